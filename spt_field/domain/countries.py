"""Country codes: ISO 3166-1 alpha-3, or a user-assigned XAA-XZZ for fictional or training data.

Names come from pycountry's ISO 3166 data and its translations (gettext catalogues shipped with
it), so a report in French, Spanish or Chinese names the country in that language; a fictional
State's name comes from our own "codes" catalogues.
"""

from __future__ import annotations

import gettext
import re
from functools import cache
from typing import Any

from spt_field.catalogues import SOURCE_LANGUAGE, catalogue

_USER_ASSIGNED = re.compile(r"X[A-Z]{2}")
_ALPHA_3 = re.compile(r"[A-Z]{3}")

#: pycountry's locale of a language, where it is not the language's code.
_LOCALES = {"zh": "zh_CN"}
#: How a user-assigned code is named: a fictional State, translated in the "codes" catalogues.
FICTIONAL = "Fictional State {code}"
FICTIONAL_CONTEXT = "country"
#: Catalogue names inverted for sorting ("Russie, Fédération de", "Salomon, Îles"): in running
#: text they read the other way round ("Fédération de Russie", "Îles Salomon").
_INVERTED = re.compile(
    r"(?P<name>[^,]+), (?P<title>.*\b(?:de|del|d['’]|of)"
    r"|(?:Île|Îles|Islas|République|República|Fédération|État|Estado)\b[^(]*)"
)
#: Misprints in pycountry's translations, until they are fixed there.
_CORRECTIONS = {("zh", "BOL"): "玻利维亚"}


def _pycountry() -> Any:
    """pycountry, imported when a real country is first named: the import alone takes about
    20 ms, which the window's first paint of a list of fictional States does not need."""
    import pycountry

    return pycountry


def is_user_assigned(code: str) -> bool:
    return bool(_USER_ASSIGNED.fullmatch(code))


@cache
def is_valid_country(code: str) -> bool:
    if is_user_assigned(code):
        return True
    return bool(_ALPHA_3.fullmatch(code)) and _pycountry().countries.get(alpha_3=code) is not None


def country_name(code: str, language: str = "en") -> str:
    """The short name in `language` (English for a language without translations); a
    user-assigned code names a fictional State, an unknown code is shown as it is."""
    if is_user_assigned(code):
        fictional = catalogue("codes", language).pgettext(FICTIONAL_CONTEXT, FICTIONAL)
        return fictional.format(code=code)
    country = _pycountry().countries.get(alpha_3=code)
    if country is None:
        return code
    common = getattr(country, "common_name", None)
    english = str(common or country.name)
    if language == SOURCE_LANGUAGE or not catalogue("codes", language).found:
        return english  # a language we do not speak
    corrected = _CORRECTIONS.get((language, code))
    if corrected is not None:
        return corrected
    translations = _translations(language)
    # The common name's translation if there is one ("Bolivie"), else the full name's.
    for msgid in (common, country.name):
        if msgid and translations.gettext(msgid) != msgid:
            return _uninverted(translations.gettext(msgid))
    return english


@cache
def _translations(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1",
        _pycountry().LOCALES_DIR,
        languages=[_LOCALES.get(language, language)],
        fallback=True,
    )


def _uninverted(name: str) -> str:
    """ "Fédération de Russie" from "Russie, Fédération de"; other names as they are."""
    found = _INVERTED.fullmatch(name)
    if found is None:
        return name
    title = found["title"]
    joint = "" if title.endswith(("'", "’")) else " "
    return f"{title}{joint}{found['name']}"
