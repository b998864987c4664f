"""What a language's report needs beyond its catalogue's words: small rules in code, keyed by
language code. A language with none here takes the defaults: its catalogue's conjunction
(" and ", " et ", "和") before a list's last item, the country's name as it is, figures
grouped by thousands from 1,000 on, and a space between sentences.

French: the preposition a country name takes ("en Suisse", "au Brésil", "aux Philippines",
"à Malte"). Spanish: "e" for "y" before an "i" sound ("Tomás e Ilse"), figures grouped only from
five digits ("1500", "12 500"), and the article some country names take in United Nations usage
("al Brasil", "a la India"). French and Spanish: which counted nouns are feminine, for "une" and
"una" ("otro lugar" takes none); French, a non-breaking space before high punctuation.
Chinese: no space between sentences. Each language's quotation marks (typography.py sets them):
“…” in English and Chinese (the UN's Chinese documents use “…”, as mainland usage does, not
「…」), « … » with narrow non-breaking spaces in French, «…» in Spanish.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from spt_field.export.report_wording import One


@dataclass(frozen=True)
class LanguageRules:
    #: The separator before the last item of a list, when it depends on that item.
    conjunction: Callable[[str], str] | None = None
    #: The country as the title and mandate name it ("en Suisse", "al Brasil").
    country_in_text: Callable[[str], str] | None = None
    #: The smallest figure grouped by thousands.
    min_grouped: int | None = None
    #: Between the sentences of a generated paragraph, where it is not a space (none in
    #: Chinese): a catalogue cannot translate a text into nothing.
    sentence_gap: str | None = None
    #: Which "one" a counted noun takes ("une prison", "una prisión", "otro lugar").
    one_before: Callable[[str], One] | None = None
    #: The wording's spacing by the language's typography ("Original\u00a0: anglais").
    spaced: Callable[[str], str] | None = None
    #: The double quotation marks, opening and closing (“…”, « … », «…»).
    quotes: tuple[str, str] = ("\u201c", "\u201d")


# The preposition before a country's name: "en" for feminine names and those starting with a
# vowel, "au" for masculine names, "aux" for plural names, "à" for islands and city States.
_WITH_A_THE = ("Grenade", "Barbade", "Dominique", "Trinité-et-Tobago")
_WITH_A = (
    "Cuba",
    "Chypre",
    "Malte",
    "Madagascar",
    "Maurice",
    "Singapour",
    "Monaco",
    "Bahreïn",
    "Nauru",
    "Tuvalu",
    "Kiribati",
    "Djibouti",
    "Oman",
    "Sri Lanka",
    "Cabo Verde",
    "Antigua-et-Barbuda",
    "Sao Tomé-et-Principe",
)
_WITH_A_PREFIXES = ("Saint-", "Sainte-")
_PLURAL_PREFIXES = (
    "États-Unis",
    "Pays-Bas",
    "Émirats",
    "Philippines",
    "Comores",
    "Maldives",
    "Seychelles",
    "Bahamas",
    "Fidji",
    "Îles",
    "Palaos",
    "Tonga",
)
_MASCULINE_IN_E = ("Mexique", "Cambodge", "Mozambique", "Zimbabwe", "Belize", "Suriname", "Royaume")
_FEMININE_OTHERWISE = ("Haïti", "Sierra Leone")


def _starts_with_vowel(name: str) -> bool:
    first = unicodedata.normalize("NFD", name[:1])[:1]
    return first.upper() in "AEIOU"


def country_locative(country: str) -> str:
    """ "en Suisse", "au Brésil", "aux Philippines", "à Malte", "dans l’État fictif XRU"."""
    if country.startswith("État "):
        return f"dans l’{country}"
    if country in _WITH_A_THE:
        return f"à la {country}"
    if country in _WITH_A or country.startswith(_WITH_A_PREFIXES):
        return f"à {country}"
    if country.startswith(_PLURAL_PREFIXES):
        return f"aux {country}"
    first_word = re.split(r"[ -]", country, maxsplit=1)[0]
    feminine = first_word.endswith("e") and first_word not in _MASCULINE_IN_E
    if feminine or country in _FEMININE_OTHERWISE or _starts_with_vowel(country):
        return f"en {country}"
    return f"au {country}"


#: Names that United Nations Spanish writes with "el" ("el Brasil") or "la" ("la India").
_MASCULINE_ARTICLE = frozenset(
    {
        "Afganistán",
        "Brasil",
        "Camerún",
        "Canadá",
        "Chad",
        "Congo",
        "Ecuador",
        "Gabón",
        "Iraq",
        "Japón",
        "Líbano",
        "Níger",
        "Pakistán",
        "Paraguay",
        "Perú",
        "Senegal",
        "Sudán",
        "Togo",
        "Uruguay",
        "Yemen",
    }
)
_FEMININE_ARTICLE = frozenset({"Argentina", "India"})
_MASCULINE_TITLES = ("Estado", "Reino", "Principado", "Gran Ducado", "Sultanato")
_FEMININE_TITLES = ("República", "Federación", "Mancomunidad")
_PLURAL_TITLES = ("Estados Unidos", "Países Bajos", "Emiratos")


def country_after_a(country: str) -> str:
    """ "a Suiza", "al Brasil", "a la India", "a los Países Bajos", "al Estado ficticio XRU"."""
    if country in _MASCULINE_ARTICLE or country.startswith(_MASCULINE_TITLES):
        return f"al {country}"
    if country in _FEMININE_ARTICLE or country.startswith(_FEMININE_TITLES):
        return f"a la {country}"
    if country.startswith(_PLURAL_TITLES):
        return f"a los {country}"
    if country.startswith("Islas"):
        return f"a las {country}"
    return f"a {country}"


def spanish_conjunction(last: str) -> str:
    """ "y", but "e" before a word sounding "i" ("Ilse", "Hilda"), not before "hie", "hia"."""
    word = last.strip().casefold()
    i_sound = word.startswith(("i", "í", "hi", "hí")) and not word.startswith(
        ("hia", "hie", "hio", "hiu")
    )
    return " e " if i_sound else " y "


#: The feminine nouns the report counts, by the first word of their singular ("prison", "zone
#: de transit"), after "autre" in French, which is both genders; Spanish "otro", "otra" take no
#: "one".
_FRENCH_FEMININE = frozenset({"prison", "zone", "personne", "maison", "institution", "unité"})
_SPANISH_FEMININE = frozenset(
    {"comisaría", "prisión", "institución", "zona", "entrevista", "persona", "unidad"}
)


def french_one(noun: str) -> One:
    """ "une prison", "une autre personne", "un poste de police", "un autre lieu"."""
    words = noun.split()
    if words[:1] == ["autre"]:
        words = words[1:]
    return One.FEMININE if words[:1] and words[0] in _FRENCH_FEMININE else One.MASCULINE


def spanish_one(noun: str) -> One:
    """ "una prisión", "una entrevista individual", "un lugar", "otra persona"."""
    first = noun.split(" ", 1)[0]
    if first in ("otro", "otra"):
        return One.NONE
    return One.FEMININE if first in _SPANISH_FEMININE else One.MASCULINE


_BEFORE_HIGH_PUNCTUATION = re.compile(r"[ \u00a0\u202f]*([;:!?])(?=\s|$)")


def french_spacing(text: str) -> str:
    """A non-breaking space before ";", ":", "!" and "?" where a word or a field ends before
    them ("Sous-Comité\u00a0: {names}"), whatever the catalogue's translator typed."""
    return _BEFORE_HIGH_PUNCTUATION.sub("\u00a0\\1", text)


_RULES = {
    "fr": LanguageRules(
        country_in_text=country_locative,
        one_before=french_one,
        spaced=french_spacing,
        quotes=("\u00ab\u202f", "\u202f\u00bb"),
    ),
    "es": LanguageRules(
        conjunction=spanish_conjunction,
        country_in_text=country_after_a,
        min_grouped=10_000,
        one_before=spanish_one,
        quotes=("\u00ab", "\u00bb"),
    ),
    "zh": LanguageRules(sentence_gap=""),
}


def rules_for(language: str) -> LanguageRules:
    return _RULES.get(language, LanguageRules())
