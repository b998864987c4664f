"""The rules' messages in the interface's language.

The domain's rules raise ValidationErrors naming the field by its internal name, with an English
template and its parameters ("{day} is outside the visit ({start} to {end})"): it has no Qt.
Here the template and the field's name are translated, from the same catalogues as the rest of
the interface, and the parameters filled in (dates in the locale's form): "Date de la visite :
le 01/03/2019 est en dehors de la visite (du 27/01/2019 au 07/02/2019)".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QLocale

from spt_field.errors import InvalidDataError, ValidationError
from spt_field.ui.i18n import QT_TRANSLATE_NOOP, translate

# Every template the rules (domain/rules.py and the services) raise; a test keeps it complete.
TEMPLATES = (
    QT_TRANSLATE_NOOP("Rules", "must not be empty"),
    QT_TRANSLATE_NOOP("Rules", "{day} is outside the visit ({start} to {end})"),
    QT_TRANSLATE_NOOP("Rules", "must not be negative"),
    QT_TRANSLATE_NOOP("Rules", "must not be more than {maximum:,}"),
    QT_TRANSLATE_NOOP("Rules", "no {what} {record} in this visit"),
    QT_TRANSLATE_NOOP("Rules", "{country!r} is not an ISO 3166-1 alpha-3 code nor XAA-XZZ"),
    QT_TRANSLATE_NOOP("Rules", "must not be before the start date"),
    QT_TRANSLATE_NOOP("Rules", "a postponed visit needs the reason"),
    QT_TRANSLATE_NOOP("Rules", "must not be before the report's transmission date"),
    QT_TRANSLATE_NOOP("Rules", "the report has not been transmitted yet"),
    QT_TRANSLATE_NOOP("Rules", "say who requested publication"),
    QT_TRANSLATE_NOOP("Rules", "must not be before the arrival time"),
    QT_TRANSLATE_NOOP("Rules", "must be between -90 and 90"),
    QT_TRANSLATE_NOOP("Rules", "must be between -180 and 180"),
    QT_TRANSLATE_NOOP("Rules", "{count} is more than the population ({population})"),
    QT_TRANSLATE_NOOP("Rules", "lists a register twice"),
    QT_TRANSLATE_NOOP("Rules", "{pseudonym!r} is already used in this visit"),
    QT_TRANSLATE_NOOP("Rules", "a group interview has at least 2 persons"),
    QT_TRANSLATE_NOOP("Rules", "an individual interview has exactly 1 person"),
    QT_TRANSLATE_NOOP("Rules", "{country!r} is not a country code"),
    QT_TRANSLATE_NOOP(
        "Rules", "the interview's consent is {consent!r}: transmission needs 'transmit'"
    ),
    QT_TRANSLATE_NOOP("Rules", "a consistency opinion needs a medical examination"),
    QT_TRANSLATE_NOOP("Rules", "must not be after the visit"),
    QT_TRANSLATE_NOOP("Rules", "lists an interview twice"),
    QT_TRANSLATE_NOOP("Rules", "lists a finding twice"),
    QT_TRANSLATE_NOOP("Rules", "must be 1 or more"),
    QT_TRANSLATE_NOOP("Rules", "a place or interview is dated {day}"),
    QT_TRANSLATE_NOOP("Rules", "an allegation is dated {day}"),
    QT_TRANSLATE_NOOP(
        "Rules",
        "{count} allegation(s) of this interview are marked for transmission to the "
        "authorities: untick that first",
    ),
    QT_TRANSLATE_NOOP("Rules", "is {length:,} characters long; at most {limit:,} are allowed"),
    QT_TRANSLATE_NOOP("Rules", "holds the control character {code} at position {position}"),
    QT_TRANSLATE_NOOP(
        "Rules",
        "holds half of a UTF-16 pair ({code}) at position {position}: the text was damaged on "
        "its way",
    ),
    QT_TRANSLATE_NOOP("Rules", "is {size:,} bytes; at most {limit:,} are allowed"),
    QT_TRANSLATE_NOOP(
        "Rules",
        "{name!r} is not a photograph (JPEG, PNG) nor a PDF, Word, Excel or PowerPoint file",
    ),
    QT_TRANSLATE_NOOP("Rules", "{name!r} is damaged and cannot be read"),
    QT_TRANSLATE_NOOP("Rules", "a PDF protected by a password cannot be attached"),
)

# What a "{what}" parameter names.
RECORD_WORDS = {
    "member": QT_TRANSLATE_NOOP("Rules", "member"),
    "place": QT_TRANSLATE_NOOP("Rules", "place"),
    "interview": QT_TRANSLATE_NOOP("Rules", "interview"),
    "finding": QT_TRANSLATE_NOOP("Rules", "finding"),
}

# The fields' names where no form shows their label (a dialog, a list).
FIELD_NAMES = {
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End date"),
    "postponement_reason": QT_TRANSLATE_NOOP("Fields", "Postponement reason"),
    "transmitted_on": QT_TRANSLATE_NOOP("Fields", "Transmitted on"),
    "reply_due_on": QT_TRANSLATE_NOOP("Fields", "Reply due on"),
    "reply_received_on": QT_TRANSLATE_NOOP("Fields", "Reply received on"),
    "publication_requested_on": QT_TRANSLATE_NOOP("Fields", "Publication requested on"),
    "publication_requested_by": QT_TRANSLATE_NOOP("Fields", "Publication requested by"),
    "objectives": QT_TRANSLATE_NOOP("Fields", "Objectives"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "visited_on": QT_TRANSLATE_NOOP("Fields", "Visited on"),
    "arrived_at": QT_TRANSLATE_NOOP("Fields", "Arrived at"),
    "left_at": QT_TRANSLATE_NOOP("Fields", "Left at"),
    "latitude": QT_TRANSLATE_NOOP("Fields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Fields", "Longitude"),
    "capacity": QT_TRANSLATE_NOOP("Fields", "Capacity"),
    "population": QT_TRANSLATE_NOOP("Fields", "Population"),
    "men": QT_TRANSLATE_NOOP("Fields", "Men"),
    "women": QT_TRANSLATE_NOOP("Fields", "Women"),
    "children": QT_TRANSLATE_NOOP("Fields", "Children"),
    "pretrial": QT_TRANSLATE_NOOP("Fields", "Pre-trial detainees"),
    "sentenced": QT_TRANSLATE_NOOP("Fields", "Sentenced"),
    "administrative": QT_TRANSLATE_NOOP("Fields", "Administrative detention"),
    "foreign_nationals": QT_TRANSLATE_NOOP("Fields", "Foreign nationals"),
    "registers_checked": QT_TRANSLATE_NOOP("Fields", "Registers checked"),
    "members_present": QT_TRANSLATE_NOOP("Fields", "Members present"),
    "pseudonym": QT_TRANSLATE_NOOP("Fields", "Pseudonym"),
    "persons": QT_TRANSLATE_NOOP("Fields", "Persons"),
    "held_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "nationality": QT_TRANSLATE_NOOP("Fields", "Nationality"),
    "interviewers": QT_TRANSLATE_NOOP("Fields", "Interviewers"),
    "consent": QT_TRANSLATE_NOOP("Fields", "Consent"),
    "consent_to_transmit": QT_TRANSLATE_NOOP("Fields", "Consent to transmit"),
    "consistency": QT_TRANSLATE_NOOP("Fields", "Consistency"),
    "occurred_on": QT_TRANSLATE_NOOP("Fields", "Occurred on"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "place_id": QT_TRANSLATE_NOOP("Fields", "Place"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "Evidence"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "authority": QT_TRANSLATE_NOOP("Fields", "Authority"),
    "finding_ids": QT_TRANSLATE_NOOP("Fields", "Findings"),
    "paragraph_number": QT_TRANSLATE_NOOP("Fields", "Paragraph number"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "File name"),
    "caption": QT_TRANSLATE_NOOP("Fields", "Caption"),
}


def field_name(field: str, labels: Mapping[str, str] | None = None) -> str:
    """`field` ("end_date", "objectives[2]") as the user knows it: its label on the form the
    user sees (`labels`), else its name in the interface's language."""
    name = field.split(".")[-1].split("[")[0]
    if labels and name in labels:
        return labels[name]
    if name in FIELD_NAMES:
        return translate("Fields", FIELD_NAMES[name])
    return name


def _shown(value: object) -> object:
    if isinstance(value, date):
        return QLocale().toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
    if isinstance(value, str) and value in RECORD_WORDS:
        return translate("Rules", RECORD_WORDS[value])
    return value


def problem_text(error: ValidationError) -> str:
    """What is wrong, in the interface's language (without the field)."""
    template = translate("Rules", error.template)
    if not error.params:
        return template
    params = {key: _shown(value) for key, value in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a parameter
        return error.template.format(**params)


def describe(error: Exception, labels: Mapping[str, str] | None = None) -> str:
    """A user error as the user should read it: "End: must not be before the start date"."""
    if isinstance(error, InvalidDataError) and error.problems:
        return "\n".join(describe(problem, labels) for problem in error.problems)
    if isinstance(error, ValidationError):
        return translate("Rules", "{field}: {problem}").format(
            field=field_name(error.field, labels), problem=problem_text(error)
        )
    return str(error)
