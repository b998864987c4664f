"""The translations below the interface: gettext catalogues (.po) that a translator, or a
translation platform, edits alone.

English is the source: each message's id is its English text, with a context (msgctxt) where
the same English needs different translations. A catalogue lives at
``spt_field/locale/<language>/LC_MESSAGES/<domain>.po``; the domains are "codes" (code-list
labels), "report" (the report's standard wording) and "rules" (the rules' messages). The
languages are the folders there are: adding one is copying and translating the catalogues
(docs/translations.md), with no change to the code. A message missing, empty or fuzzy in a
catalogue reads in English, that message only.

Catalogues are read when first asked for, one language and domain at a time, so that starting
the application in English reads none and in French reads only the French ones it shows.
The environment variable SPT_FIELD_LOCALE_PATH names further folders of the same layout,
searched before the shipped one (a translator trying a catalogue without rebuilding).
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

SOURCE_LANGUAGE = "en"
SHIPPED = Path(__file__).resolve().parent / "locale"
SEARCH_PATH_VARIABLE = "SPT_FIELD_LOCALE_PATH"
#: The languages under their own names, in the order menus offer them; a catalogue present but
#: not listed there follows, by code.
_ORDER_FILE = "languages.txt"

_Key = tuple[str | None, str]
#: What a language's folder may be named: "fr", "pt_BR", "zh_Hant".
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]{2,8})*")


def search_path() -> tuple[Path, ...]:
    """The folders holding catalogues, searched in order: the environment's, then ours."""
    extra = os.environ.get(SEARCH_PATH_VARIABLE, "")
    return (*(Path(part) for part in extra.split(os.pathsep) if part), SHIPPED)


def catalogue_file(folder: Path, language: str, domain: str) -> Path:
    return folder / language / "LC_MESSAGES" / f"{domain}.po"


@dataclass(frozen=True)
class Catalogue:
    """One language's messages of one domain. Lookups never fail: what the catalogue does not
    translate comes back in English."""

    language: str
    messages: dict[_Key, tuple[str, ...]] = field(default_factory=dict)
    plural: Callable[[int], int] = lambda n: int(n != 1)

    def gettext(self, message: str) -> str:
        return self.pgettext(None, message)

    def pgettext(self, context: str | None, message: str) -> str:
        found = self.messages.get((context, message))
        return found[0] if found and found[0] else message

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.npgettext(None, singular, plural, count)

    def npgettext(self, context: str | None, singular: str, plural: str, count: int) -> str:
        found = self.messages.get((context, singular))
        if found:
            index = min(self.plural(count), len(found) - 1)
            if found[index]:
                return found[index]
        return singular if count == 1 else plural


ENGLISH = Catalogue(SOURCE_LANGUAGE)


def catalogue(domain: str, language: str) -> Catalogue:
    """The `domain` catalogue of `language`: the first found along the search path; English
    (every message as it is) when there is none."""
    if language == SOURCE_LANGUAGE or not _LANGUAGE_CODE.fullmatch(language):
        return ENGLISH
    return _read(domain, language, search_path())


@cache
def _read(domain: str, language: str, folders: tuple[Path, ...]) -> Catalogue:
    for folder in folders:
        path = catalogue_file(folder, language, domain)
        if path.is_file():
            return read_catalogue(path, language)
    return Catalogue(language)


def read_catalogue(path: Path, language: str) -> Catalogue:
    """A .po file as a Catalogue; its fuzzy entries (not yet checked) are left out."""
    from babel.messages.pofile import read_po  # only when a catalogue is first needed

    with path.open("rb") as source:
        parsed = read_po(source, abort_invalid=True)
    messages: dict[_Key, tuple[str, ...]] = {}
    for message in parsed:
        if not message.id or message.fuzzy:
            continue
        singular = message.id[0] if isinstance(message.id, tuple | list) else message.id
        strings = message.string
        texts = tuple(strings) if isinstance(strings, tuple | list) else (strings,)
        messages[(message.context, singular)] = tuple(text or "" for text in texts)
    return Catalogue(language, messages, _plural_rule(parsed.mime_headers))


def _plural_rule(headers: list[tuple[str, str]]) -> Callable[[int], int]:
    for name, value in headers:
        if name.lower() == "plural-forms" and "plural=" in value:
            expression = value.split("plural=", 1)[1].strip().rstrip(";")
            rule: Callable[[int], int] = gettext.c2py(expression)
            return rule
    return lambda n: int(n != 1)


def available_languages() -> tuple[str, ...]:
    """English, then every language with a catalogue along the search path: those listed in
    languages.txt in its order, then the others by code."""
    found: set[str] = set()
    for folder in search_path():
        if folder.is_dir():
            found |= {entry.parent.parent.name for entry in folder.glob("*/LC_MESSAGES/*.po")}
    found.discard(SOURCE_LANGUAGE)
    listed = [code for code in _listed_names() if code in found]
    return (SOURCE_LANGUAGE, *listed, *sorted(found - set(listed)))


def language_name(code: str) -> str:
    """The language under its own name ("Français", "中文"), as languages.txt gives it, else
    as the Unicode locale data does, else its code."""
    listed = _listed_names()
    if code in listed:
        return listed[code]
    from babel import Locale, UnknownLocaleError  # only for a language not listed

    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:]


@cache
def _listed_names() -> dict[str, str]:
    """languages.txt: one language a line, its code and its own name ("fr Français")."""
    lines = (SHIPPED / _ORDER_FILE).read_text(encoding="utf-8").splitlines()
    pairs = (line.split(maxsplit=1) for line in lines if line.strip() and not line.startswith("#"))
    return {code: name.strip() for code, name in pairs}
