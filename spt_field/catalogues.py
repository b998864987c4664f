"""The translations below the interface: gettext catalogues that a translator, or a translation
platform, edits alone.

English is the source: each message's id is its English text, with a context (msgctxt) where
the same English needs different translations. The sources are resources/locale/<language>/
LC_MESSAGES/<domain>.po; the build compiles them into the package (spt_field/resources/locale/,
.mo files, build_resources.py). The domains are "codes" (code-list labels), "report" (the
report's standard wording) and "rules" (the rules' messages). The languages are the catalogues
there are: adding one is copying and translating the catalogues (docs/translations.md), with no
change to the code. A message missing, empty or fuzzy in a catalogue reads in English, that
message only.

Catalogues are read when first asked for, one language and domain at a time, so that starting
the application in English reads none and in French reads only the French ones it shows. The
environment variable SPT_FIELD_LOCALE_PATH names further folders of the same layout, holding
.po (read with Babel, no build needed: a translator trying a catalogue) or .mo files, searched
before the package's own.
"""

from __future__ import annotations

import gettext
import io
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

SOURCE_LANGUAGE = "en"
SEARCH_PATH_VARIABLE = "SPT_FIELD_LOCALE_PATH"
#: The languages under their own names, in the order menus offer them; a catalogue present but
#: not listed there follows, by code.
_NAMES_FILE = "languages.txt"
#: What a language's folder may be named: "fr", "pt_BR", "zh_Hant".
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]{2,8})*")


def compiled_folder() -> Path:
    """Where the build puts the compiled catalogues (<language>/LC_MESSAGES/<domain>.mo)."""
    return Path(str(files("spt_field.resources").joinpath("locale")))


def search_path() -> tuple[Path, ...]:
    """The folders holding catalogues, searched in order: the environment's, then ours."""
    extra = os.environ.get(SEARCH_PATH_VARIABLE, "")
    return (*(Path(part) for part in extra.split(os.pathsep) if part), compiled_folder())


def catalogue_file(folder: Path, language: str, domain: str, suffix: str = ".po") -> Path:
    return folder / language / "LC_MESSAGES" / f"{domain}{suffix}"


@dataclass(frozen=True)
class Catalogue:
    """One language's messages of one domain. Lookups never fail: what the catalogue does not
    translate comes back in English."""

    language: str
    translations: gettext.NullTranslations
    #: Whether a catalogue file was found (else every message reads in English).
    found: bool = True

    def gettext(self, message: str) -> str:
        return self.pgettext(None, message)

    def pgettext(self, context: str | None, message: str) -> str:
        if context is None:
            return self.translations.gettext(message) or message
        return self.translations.pgettext(context, message) or message

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.npgettext(None, singular, plural, count)

    def npgettext(self, context: str | None, singular: str, plural: str, count: int) -> str:
        if context is None:
            found = self.translations.ngettext(singular, plural, count)
        else:
            found = self.translations.npgettext(context, singular, plural, count)
        return found or (singular if count == 1 else plural)


ENGLISH = Catalogue(SOURCE_LANGUAGE, gettext.NullTranslations(), found=False)


def catalogue(domain: str, language: str) -> Catalogue:
    """The `domain` catalogue of `language`: the first found along the search path; English
    (every message as it is) when there is none."""
    if language == SOURCE_LANGUAGE or not _LANGUAGE_CODE.fullmatch(language):
        return ENGLISH
    return _read(domain, language, search_path())


@cache
def _read(domain: str, language: str, folders: tuple[Path, ...]) -> Catalogue:
    for folder in folders:
        for suffix in (".mo", ".po"):
            path = catalogue_file(folder, language, domain, suffix)
            if path.is_file():
                return read_catalogue(path, language)
    return Catalogue(language, gettext.NullTranslations(), found=False)


def read_catalogue(path: Path, language: str) -> Catalogue:
    """A compiled (.mo) or source (.po) catalogue; a source's fuzzy and empty messages are
    left out, as the build leaves them out of a compiled one."""
    if path.suffix == ".mo":
        with path.open("rb") as compiled:
            return Catalogue(language, gettext.GNUTranslations(compiled))
    from babel.messages.mofile import write_mo  # only for a source catalogue
    from babel.messages.pofile import read_po

    with path.open("rb") as source:
        parsed = read_po(source, abort_invalid=True)
    compiled_in_memory = io.BytesIO()
    write_mo(compiled_in_memory, parsed, use_fuzzy=False)
    compiled_in_memory.seek(0)
    return Catalogue(language, gettext.GNUTranslations(compiled_in_memory))


def available_languages() -> tuple[str, ...]:
    """English, then every language with a catalogue along the search path: those listed in
    languages.txt in its order, then the others by code."""
    found: set[str] = set()
    for folder in search_path():
        if folder.is_dir():
            for pattern in ("*/LC_MESSAGES/*.mo", "*/LC_MESSAGES/*.po"):
                found |= {entry.parent.parent.name for entry in folder.glob(pattern)}
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
    path = compiled_folder() / _NAMES_FILE
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    pairs = (line.split(maxsplit=1) for line in lines if line.strip() and not line.startswith("#"))
    return {code: name.strip() for code, name in pairs}
