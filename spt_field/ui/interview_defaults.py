"""What a new interview starts with when the user presses Ctrl+N in the middle of a round.

Interviews come in series: the same sub-team, with the same interpreter, on the same day.
Only that carries over; everything about the interviewee starts from the safe defaults
(no consent to any use, no reprisal flag, an individual interview).
"""

from __future__ import annotations

from datetime import date

from spt_field.domain.values import Interview, InterviewFields


def next_interview_fields(
    previous: Interview | None, pseudonym: str, day: date | None
) -> InterviewFields:
    """The fields of the next interview after `previous` (None for the first one).

    `day` is used when the previous interview has no date (or there is none): usually today,
    or the day the place was visited.
    """
    if previous is None:
        return InterviewFields(pseudonym=pseudonym, held_on=day)
    return InterviewFields(
        pseudonym=pseudonym,
        interviewers=previous.interviewers,
        interpreter=previous.interpreter,
        language=previous.language,
        held_on=previous.held_on or day,
    )
