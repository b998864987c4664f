"""The report's wording in any language, made from the English one through the "report"
catalogue (spt_field/catalogues.py): translators edit .po files, never Python.

Every text of the English ReportWording is a message whose context is the field's name
("title"), or the field's name and key for an entry of a mapping ("addressee_in_text|state");
each month and numeral is one message too ("months", "numerals"); counted nouns are plural
messages. Where a mapping's English entry is a code's own label (section headings, group
headings...), it is that code's label in the language, from the "codes" catalogue. What is not
text (the conjunction that depends on the next word, the country's preposition, from which
figure thousands are grouped, which "one" a noun takes, Chinese's lack of space between
sentences) comes from a small table of each language's rules (language_rules.py).

The same walk over the English wording lists the messages for the template (`messages`), so
that a field added to ReportWording is translated, and asked of translators, with no other
change.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from spt_field.catalogues import SOURCE_LANGUAGE, catalogue, language_name, search_path
from spt_field.domain.catalogue import label
from spt_field.domain.codes import CodeList
from spt_field.export.language_rules import rules_for
from spt_field.export.report_wording import ENGLISH, Forms, ReportWording

DOMAIN = "report"
#: Fields that are no message: set from the language's code, name or rules.
_NOT_MESSAGES = frozenset(
    {
        "language",
        "version",
        "conjunction",
        "country_in_text",
        "min_grouped",
        "sentence_gap",
        "one_before",
    }
)
#: The message the default conjunction translates (" and ", " et ", "和").
CONJUNCTION = ("conjunction", " and ")


@dataclass(frozen=True)
class Message:
    """One message of the template: its context, its English text, and its English plural
    for a counted noun."""

    context: str
    text: str
    plural: str | None = None


class Translator(Protocol):
    def pgettext(self, context: str | None, message: str) -> str: ...

    def npgettext(self, context: str | None, singular: str, plural: str, count: int) -> str: ...


class _Recorder:
    """A translator that translates nothing and notes every message asked of it."""

    def __init__(self) -> None:
        self.asked: list[Message] = []

    def pgettext(self, context: str | None, message: str) -> str:
        self.asked.append(Message(context or "", message))
        return message

    def npgettext(self, context: str | None, singular: str, plural: str, count: int) -> str:
        if count == 1:
            self.asked.append(Message(context or "", singular, plural))
        return singular if count == 1 else plural


def messages(english: ReportWording = ENGLISH) -> list[Message]:
    """Every message of the report's wording, in the order of the fields, each once."""
    recorder = _Recorder()
    translate_wording(english, recorder, SOURCE_LANGUAGE)
    recorder.pgettext(*CONJUNCTION)
    return list(dict.fromkeys(recorder.asked))


def wording_in(language: str) -> ReportWording:
    """The report's wording in `language`: the English wording, each text from the language's
    catalogue (English where it has none)."""
    if language == SOURCE_LANGUAGE:
        return ENGLISH
    return _wording(language, search_path())


@cache
def _wording(language: str, _folders: tuple[Path, ...]) -> ReportWording:
    return translate_wording(ENGLISH, catalogue(DOMAIN, language), language)


def translate_wording(english: ReportWording, messages: Translator, language: str) -> ReportWording:
    hints = typing.get_type_hints(ReportWording)
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(english):
        if field.name not in _NOT_MESSAGES:
            value = getattr(english, field.name)
            changes[field.name] = _translated(
                field.name, value, hints[field.name], messages, language
            )
    rules = rules_for(language)
    if rules.spaced is not None:
        changes = {name: _spaced(value, rules.spaced) for name, value in changes.items()}
    conjunction = rules.conjunction or _fixed(messages.pgettext(*CONJUNCTION))
    return dataclasses.replace(
        english,
        **changes,
        language=language,
        version="" if language == SOURCE_LANGUAGE else language_name(language),
        conjunction=conjunction,
        country_in_text=rules.country_in_text or english.country_in_text,
        min_grouped=rules.min_grouped or english.min_grouped,
        sentence_gap=english.sentence_gap if rules.sentence_gap is None else rules.sentence_gap,
        one_before=rules.one_before or english.one_before,
    )


def _spaced(value: Any, spaced: Callable[[str], str]) -> Any:
    """`value`'s texts (in tuples and mappings too) spaced by the language's typography."""
    if isinstance(value, str):
        return spaced(value)
    if isinstance(value, tuple):
        return tuple(_spaced(item, spaced) for item in value)
    if isinstance(value, Mapping):
        return MappingProxyType({key: _spaced(item, spaced) for key, item in value.items()})
    return value


def _fixed(conjunction: str) -> Callable[[str], str]:
    def joining(_last: str) -> str:
        return conjunction

    return joining


def _translated(name: str, value: Any, hint: Any, messages: Translator, language: str) -> Any:
    if isinstance(value, str):
        return messages.pgettext(name, value) if value else value
    if hint == Forms:
        return _forms(name, value, messages)
    if isinstance(value, tuple):
        return tuple(messages.pgettext(name, item) for item in value)
    if isinstance(value, Mapping):
        counted = typing.get_args(hint)[1] == Forms
        return MappingProxyType(
            {
                key: _entry(name, key, text, counted, messages, language)
                for key, text in value.items()
            }
        )
    return value


def _entry(
    name: str, key: Any, text: Any, counted: bool, messages: Translator, language: str
) -> Any:
    if counted:
        return _forms(f"{name}|{key}", text, messages)
    if isinstance(key, CodeList) and text == key.label:
        return label(key, language)
    return messages.pgettext(f"{name}|{key}", text)


def _forms(context: str, forms: Forms, messages: Translator) -> Forms:
    singular, plural = forms
    return (
        messages.npgettext(context, singular, plural, 1),
        messages.npgettext(context, singular, plural, 2),
    )
