"""The rules' messages in the interface's language.

The domain's rules raise ValidationErrors naming the field by its internal name, with an English
template and its parameters ("{day} is outside the visit ({start} to {end})"): it has no Qt.
Here the template and the field's name are translated, from the "rules" catalogue of the
interface's language (domain/rule_texts.py lists the English), and the parameters filled in
(dates in the locale's form): "Date de la visite : le 01/03/2019 est en dehors de la visite
(du 27/01/2019 au 07/02/2019)".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QLocale

from spt_field.catalogues import Catalogue, catalogue
from spt_field.domain.rule_texts import FIELD_AND_PROBLEM, FIELD_NAMES, RECORD_WORDS, TEMPLATES
from spt_field.errors import InvalidDataError, ValidationError
from spt_field.ui.i18n import current_language

__all__ = ["FIELD_NAMES", "TEMPLATES", "describe", "field_name", "problem_text"]


def _messages() -> Catalogue:
    """The rules' messages in the interface's language (a .po catalogue, not Qt's)."""
    return catalogue("rules", current_language())


def field_name(field: str, labels: Mapping[str, str] | None = None) -> str:
    """`field` ("end_date", "objectives[2]") as the user knows it: its label on the form the
    user sees (`labels`), else its name in the interface's language."""
    name = field.split(".")[-1].split("[")[0]
    if labels and name in labels:
        return labels[name]
    if name in FIELD_NAMES:
        return _messages().pgettext("field", FIELD_NAMES[name])
    return name


def _shown(value: object) -> object:
    if isinstance(value, date):
        return QLocale().toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
    if isinstance(value, str) and value in RECORD_WORDS:
        return _messages().pgettext("record", RECORD_WORDS[value])
    return value


def problem_text(error: ValidationError) -> str:
    """What is wrong, in the interface's language (without the field)."""
    template = _messages().gettext(error.template)
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
        return (
            _messages()
            .gettext(FIELD_AND_PROBLEM)
            .format(field=field_name(error.field, labels), problem=problem_text(error))
        )
    return str(error)
