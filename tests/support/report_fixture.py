"""A confidential report built by hand, as report_builder.py would hand it to the renderers.

Shaped like a real SPT report (domain.md section 7): seven sections, subheadings in the
situation chapter, numbered paragraphs 1 to 27 with lettered sub-paragraphs, bold
recommendations, two annexes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spt_field.export.report_model import (
    Annex,
    AnnexGroup,
    Block,
    Masthead,
    Paragraph,
    Report,
    Section,
    Subheading,
)

# Markup characters in a finding: the renderers must print them as they are.
ESCAPE_PROBE = 'cell 4 was marked "<b>& isolation</b>" on the door'

SYMBOL = "CAT/OP/XRU/R.1"
TITLE = (
    "Visit to the Fictional State XRU undertaken from 27 January to 7 February 2019: "
    "recommendations and observations addressed to the State party"
)
FOOTNOTE = (
    "In accordance with article 16 (1) of the Optional Protocol, the present report was "
    "transmitted confidentially to the State party on 26 November 2026."
)
RUNNING_HEADER = "CONFIDENTIAL \u2014 DRAFT"
INSTRUMENT = (
    "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading "
    "Treatment or Punishment"
)
SUBTITLE = "Report of the Subcommittee"
UNEDITED = "The present document is being issued without formal editing."

_FINDING = (
    "The delegation received consistent accounts from persons held at the facility that they "
    "had not been informed of their rights upon arrival, that their families had not been "
    "notified of their detention and that they had not had access to a lawyer during the first "
    "hours of police custody, which is when the risk of ill-treatment is highest."
)


def _recommendation(number: int, text: str, *items: str) -> Paragraph:
    return Paragraph(
        text, number=number, bold=True, items=items, recommendation_id=f"rec-{number:03d}"
    )


def _sections() -> tuple[Section, ...]:
    n = iter(range(1, 1000))
    intro: tuple[Block, ...] = (
        Paragraph(
            "In accordance with its mandate under articles 11 and 13 of the Optional Protocol, "
            "the Subcommittee on Prevention of Torture undertook its first visit to the State "
            "party from 27 January to 7 February 2019.",
            number=next(n),
        ),
        Paragraph(
            "The Subcommittee was represented by the following members: Ilse Varnava (head of "
            "delegation), Tomás Okafor and Mirela Dunst.",
            number=next(n),
        ),
        Paragraph(
            "The main objectives of the visit were:",
            number=next(n),
            items=(
                "To visit places of deprivation of liberty, in order to assist the State party "
                "in fully implementing its obligations under the Optional Protocol;",
                "To provide advice and technical assistance to the national preventive mechanism;",
                "To assess the safeguards against torture and ill-treatment.",
            ),
        ),
        Paragraph(
            "The delegation held meetings with the persons listed in annex I and visited the "
            "places of deprivation of liberty listed in annex II. It conducted interviews with "
            "persons deprived of their liberty, law enforcement and detention officers, medical "
            "personnel and others.",
            number=next(n),
        ),
    )
    facilitation = (
        Paragraph(
            "The Subcommittee thanks the authorities for their cooperation in facilitating the "
            "visit.",
            number=next(n),
        ),
        Paragraph(
            "At the police station of Brevik, access was delayed for forty minutes while the "
            "officer on duty sought clearance from the regional police directorate.",
            number=next(n),
        ),
        _recommendation(
            next(n),
            "The Subcommittee recommends that the State party ensure that all officials are "
            "aware of the Subcommittee's mandate and grant it unrestricted access.",
        ),
    )
    reprisals = (
        Paragraph(
            "The Subcommittee recalls that any form of intimidation or reprisal against persons "
            "deprived of their liberty who have been in contact with it constitutes a violation "
            "of article 15 of the Optional Protocol.",
            number=next(n),
        ),
        _recommendation(
            next(n),
            "The Subcommittee recommends that the State party take all necessary measures to "
            "ensure that no one is subjected to reprisals for having talked to it.",
        ),
    )
    npm = (
        Paragraph(
            "The Subcommittee met the national preventive mechanism and discussed its mandate, "
            "independence, resources and working methods.",
            number=next(n),
        ),
        _recommendation(
            next(n),
            "The Subcommittee recommends that the State party provide the national preventive "
            "mechanism with a separate budget line and with the resources it needs.",
        ),
    )
    framework = (
        Paragraph(
            "The Subcommittee examined the legal and institutional framework relevant to the "
            "prevention of torture and ill-treatment.",
            number=next(n),
        ),
        Paragraph(
            "The definition of torture in the Criminal Code does not cover all the elements of "
            "article 1 of the Convention.",
            number=next(n),
        ),
    )
    situation: list[Block] = [
        Paragraph(
            "The observations below concern the places of deprivation of liberty visited by the "
            "Subcommittee.",
            number=next(n),
        ),
        Subheading("A. Police custody", level=1),
        Subheading("1. Legal safeguards", level=2),
        Paragraph(_FINDING, number=next(n)),
        Paragraph(f"At the police station of Brevik, {ESCAPE_PROBE}.", number=next(n)),
        _recommendation(
            next(n),
            "The Subcommittee recommends that the State party guarantee in law and in practice "
            "that all persons deprived of their liberty enjoy from the very outset:",
            "The right to be informed of their rights in a language they understand;",
            "The right to notify a relative or person of their choice;",
            "The right of access to a lawyer and to a medical doctor.",
        ),
        Subheading("2. Material conditions", level=2),
        Paragraph(
            "The cells were dark, poorly ventilated and without access to drinking water. "
            "Detainees slept on the concrete floor without mattresses or blankets.",
            number=next(n),
        ),
        Subheading("B. Prisons", level=1),
        Paragraph(
            "The Central Prison of Lorvik held 151 prisoners for an official capacity of 120. "
            "Up to 14 persons shared cells of 20 square metres, with one toilet separated by a "
            "low wall.",
            number=next(n),
        ),
        Paragraph(_FINDING, number=next(n)),
        _recommendation(
            next(n),
            "The Subcommittee recommends that the State party reduce overcrowding, in "
            "particular by making greater use of non-custodial measures.",
        ),
    ]
    next_steps = (
        Paragraph(
            "The Subcommittee requests that a reply to the present report be provided within "
            "six months from the date of its transmission to the State party, giving a full "
            "account of the actions taken to implement the recommendations.",
            number=next(n),
        ),
    )
    parts: list[tuple[str, str, str, tuple[Block, ...]]] = [
        ("introduction", "I", "Introduction", intro),
        ("facilitation", "II", "Facilitation of the visit and cooperation", facilitation),
        ("reprisals", "III", "Reprisals", reprisals),
        ("npm", "IV", "National preventive mechanism", npm),
        ("legal_framework", "V", "Legal and institutional framework", framework),
        ("situation", "VI", "Situation of persons deprived of their liberty", tuple(situation)),
        ("next_steps", "VII", "Next steps", next_steps),
    ]
    return tuple(
        Section(code, numeral, heading, blocks) for code, numeral, heading, blocks in parts
    )


def _annexes() -> tuple[Annex, ...]:
    persons = Annex(
        "I",
        "List of persons met by the Subcommittee",
        (
            AnnexGroup(
                "Executive authorities",
                (
                    "Ministry of Justice: Anton Rell, Deputy Minister",
                    "Ministry of the Interior: Sara Quist, Director of Police Affairs",
                ),
            ),
            AnnexGroup("National preventive mechanism", ("Lena Brask, Chair",)),
        ),
    )
    places = Annex(
        "II",
        "Places of deprivation of liberty visited by the Subcommittee",
        (
            AnnexGroup("Police stations", ("Police station of Brevik",)),
            AnnexGroup("Prisons", ("Central Prison of Lorvik",)),
        ),
    )
    return (persons, places)


def sample_report(**changes: Any) -> Report:
    """The sample report; keyword arguments replace its fields."""
    report = Report(
        language="en",
        addressee="state",
        masthead=Masthead(
            body=(
                "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading "
                "Treatment or Punishment"
            ),
            symbol=SYMBOL,
            distribution="Distr.: Restricted",
            date="26 November 2026",
            original="Original: English",
            organization="United Nations",
            instrument=INSTRUMENT,
        ),
        title=TITLE,
        footnote=FOOTNOTE,
        contents_heading="Contents",
        sections=_sections(),
        annexes=_annexes(),
        running_header=RUNNING_HEADER,
        watermark="DRAFT",
        page_label="Page {page} of {pages}",
        annex_label="Annex {numeral}",
        subtitle=SUBTITLE,
        unedited_note=UNEDITED,
        contents_columns=("Paragraphs", "Page"),
    )
    return replace(report, **changes)
