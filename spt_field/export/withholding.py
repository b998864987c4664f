"""Which findings and recommendations a report to the State party or the NPM may print.

A finding rests on interviews, on the delegation's own sources (observation, registers,
documents, photographs, a medical examination), or on both. It prints if it has a source of its
own or no interview behind it at all, or if at least one of its interviews may be used in a
report (consent `anonymous` or `transmit`, nobody flagged at risk of reprisals). A finding whose
every interview forbids use is withheld, and so is a recommendation answering only withheld
findings. Nothing is withheld silently: every withheld record is named with its reasons.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spt_field.domain.codes import ConsentScope
from spt_field.domain.values import Finding, Interview, Recommendation


class WithholdingReason(enum.StrEnum):
    NO_CONSENT = "no_consent"
    INTERNAL_ONLY = "internal_only"
    REPRISAL_RISK = "reprisal_risk"
    ONLY_WITHHELD_FINDINGS = "only_withheld_findings"

    @property
    def description(self) -> str:
        """In English, for the command line (the window words it in its own language)."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    WithholdingReason.NO_CONSENT: "an interviewee consented to no use",
    WithholdingReason.INTERNAL_ONLY: "an interviewee allowed delegation use only",
    WithholdingReason.REPRISAL_RISK: "an interviewee is at risk of reprisals",
    WithholdingReason.ONLY_WITHHELD_FINDINGS: "it answers only withheld findings",
}


@dataclass(frozen=True)
class Withheld:
    """A record left out of the report: `kind` "finding" or "recommendation", its id, its
    title (a recommendation's text) and why."""

    kind: str
    record_id: str
    title: str
    reasons: tuple[WithholdingReason, ...]

    @property
    def short_title(self) -> str:
        """The title on one line, cut at 80 characters (a recommendation's text is long)."""
        flat = " ".join(self.title.split())
        return flat if len(flat) <= _TITLE_LIMIT else flat[: _TITLE_LIMIT - 1] + "\u2026"

    def describe(self) -> str:
        """ "finding 'Beatings in the corridor' withheld: an interviewee is at risk of
        reprisals"."""
        why = "; ".join(reason.description for reason in self.reasons)
        return f"{self.kind} '{self.short_title}' withheld: {why}"


_TITLE_LIMIT = 80


def citable(interview: Interview) -> bool:
    """Whether what the interviewee said may be used in a report to the State or the NPM."""
    return interview.consent.allows_report and not interview.reprisal_risk


def _reason(interview: Interview) -> WithholdingReason:
    if interview.reprisal_risk:
        return WithholdingReason.REPRISAL_RISK
    if interview.consent is ConsentScope.NONE:
        return WithholdingReason.NO_CONSENT
    return WithholdingReason.INTERNAL_ONLY


def finding_withholding(
    finding: Finding, interviews: Mapping[str, Interview]
) -> tuple[WithholdingReason, ...]:
    """Why `finding` may not be printed; empty if it may."""
    cited = [interviews[i] for i in finding.evidence if i in interviews]
    if finding.sources or not cited or any(map(citable, cited)):
        return ()
    found = {_reason(interview) for interview in cited}
    return tuple(reason for reason in WithholdingReason if reason in found)


@dataclass(frozen=True)
class Printable:
    """What a report may print, and what it withholds."""

    findings: list[Finding]
    recommendations: list[Recommendation]
    withheld: tuple[Withheld, ...]


def split_printable(
    findings: Iterable[Finding],
    recommendations: Iterable[Recommendation],
    interviews: Iterable[Interview],
) -> Printable:
    by_id = {interview.id: interview for interview in interviews}
    printed: list[Finding] = []
    withheld: list[Withheld] = []
    for finding in findings:
        reasons = finding_withholding(finding, by_id)
        if reasons:
            withheld.append(Withheld("finding", finding.id, finding.title, reasons))
        else:
            printed.append(finding)
    left_out = {w.record_id for w in withheld}
    kept: list[Recommendation] = []
    for recommendation in recommendations:
        answered = recommendation.finding_ids
        if answered and all(f in left_out for f in answered):
            reason = (WithholdingReason.ONLY_WITHHELD_FINDINGS,)
            withheld.append(
                Withheld("recommendation", recommendation.id, recommendation.text, reason)
            )
        else:
            kept.append(recommendation)
    return Printable(printed, kept, tuple(withheld))
