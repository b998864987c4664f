"""The sections of the confidential visit report (domain.md section 7) and the standard wording
each drafter's narrative starts from."""

from __future__ import annotations

from spt_field.domain.codes import CodeList


class ReportSection(CodeList):
    INTRODUCTION = "introduction", "Introduction"
    FACILITATION = "facilitation", "Facilitation of the visit and cooperation"
    REPRISALS = "reprisals", "Reprisals"
    NPM = "npm", "National preventive mechanism"
    LEGAL_FRAMEWORK = "legal_framework", "Legal and institutional framework"
    SITUATION = "situation", "Situation of persons deprived of their liberty"
    NEXT_STEPS = "next_steps", "Next steps"


STANDARD_WORDING: dict[ReportSection, str] = {
    ReportSection.INTRODUCTION: (
        "In accordance with its mandate under articles 11 and 13 of the Optional Protocol, the "
        "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or "
        "Punishment undertook a visit to the State party."
    ),
    ReportSection.FACILITATION: (
        "The Subcommittee thanks the authorities for their cooperation in facilitating the visit."
    ),
    ReportSection.REPRISALS: (
        "The Subcommittee recalls that any form of intimidation or reprisal against persons "
        "deprived of their liberty who have been in contact with it, or seek to be, constitutes a "
        "violation of the State party's obligations under article 15 of the Optional Protocol."
    ),
    ReportSection.NPM: (
        "The Subcommittee met the national preventive mechanism and discussed its mandate, "
        "independence, resources and working methods."
    ),
    ReportSection.LEGAL_FRAMEWORK: (
        "The Subcommittee examined the legal and institutional framework relevant to the "
        "prevention of torture and ill-treatment."
    ),
    ReportSection.SITUATION: (
        "The observations below concern the places of deprivation of liberty visited by the "
        "Subcommittee."
    ),
    ReportSection.NEXT_STEPS: (
        "The Subcommittee requests that a reply to the present report be provided within six "
        "months from the date of its transmission to the State party, giving a full account of "
        "the actions taken to implement the recommendations."
    ),
}
