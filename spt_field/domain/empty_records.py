"""Empty records are not evidence: an interview started by a stray Ctrl+N and never filled in
(no notes, no allegations, no identity, every field about the interviewee as it started) counts
in no figure of the report and in no statistic. It stays in the database: nothing a user typed
is ever lost, and the pseudonym, team and day carried over from the previous interview are not
what makes an interview real."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from spt_field.domain.values import Interview, InterviewFields

#: The fields describing the interviewee and the interview's use, with the values a new
#: interview starts with (InterviewFields' own defaults, the one source of them).
INTERVIEWEE_FIELDS = (
    "kind",
    "persons",
    "category",
    "consent",
    "reprisal_risk",
    "private",
    "gender",
    "age_bracket",
    "legal_status",
    "nationality",
)
UNTOUCHED: dict[str, Any] = {
    field.name: field.default
    for field in fields(InterviewFields)
    if field.name in INTERVIEWEE_FIELDS
}


def is_empty_interview(interview: Interview, *, has_allegations: bool) -> bool:
    """Whether `interview` holds nothing: no notes, no allegation, no identity, defaults."""
    return (
        not interview.notes.strip()
        and not has_allegations
        and not interview.has_identity
        and all(getattr(interview, name) == value for name, value in UNTOUCHED.items())
    )
