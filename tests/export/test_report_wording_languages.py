"""The report's wording in French, Spanish and Chinese: dates, counts and lists in each
language's convention, country names with their preposition, and catalogues as complete as the
English one."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import fields
from datetime import date, timedelta

import pytest
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from extract_messages import SOURCES
from spt_field.domain.codes import (
    FindingArea,
    IntervieweeCategory,
    PersonMetCategory,
    PlaceType,
    ReportGroup,
)
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.standards import ProvisionKind, StandardReference
from spt_field.errors import UserError
from spt_field.export.language_rules import country_after_a, country_locative, french_spacing
from spt_field.export.report_languages import WORDINGS, wording_for
from spt_field.export.report_wording import ENGLISH, ReportWording

FRENCH, SPANISH, CHINESE = (wording_for(language) for language in ("fr", "es", "zh"))

NBSP = "\u00a0"
# (same month, same year, across years, one day, first of the month)
RANGES = [
    (date(2019, 3, 10), date(2019, 3, 21)),
    (date(2019, 1, 27), date(2019, 2, 7)),
    (date(2018, 12, 28), date(2019, 1, 4)),
    (date(2019, 5, 2), date(2019, 5, 2)),
    (date(2019, 3, 1), date(2019, 3, 12)),
    (date(2019, 2, 25), date(2019, 3, 1)),
]
EXPECTED = {
    "en": [
        "10 to 21\u00a0March 2019",
        "27\u00a0January to 7\u00a0February 2019",
        "28\u00a0December 2018 to 4\u00a0January 2019",
        "2\u00a0May 2019",
        "1 to 12\u00a0March 2019",
        "25\u00a0February to 1\u00a0March 2019",
    ],
    "fr": [
        "du 10 au 21\u00a0mars 2019",
        "du 27\u00a0janvier au 7\u00a0février 2019",
        "du 28\u00a0décembre 2018 au 4\u00a0janvier 2019",
        "le 2\u00a0mai 2019",
        "du 1er au 12\u00a0mars 2019",
        "du 25\u00a0février au 1er\u00a0mars 2019",
    ],
    "es": [
        "del 10 al 21\u00a0de\u00a0marzo de 2019",
        "del 27\u00a0de\u00a0enero al 7\u00a0de\u00a0febrero de 2019",
        "del 28\u00a0de\u00a0diciembre de 2018 al 4\u00a0de\u00a0enero de 2019",
        "el 2\u00a0de\u00a0mayo de 2019",
        "del 1 al 12\u00a0de\u00a0marzo de 2019",
        "del 25\u00a0de\u00a0febrero al 1\u00a0de\u00a0marzo de 2019",
    ],
    "zh": [
        "2019年3月10日至21日",
        "2019年1月27日至2月7日",
        "2018年12月28日至2019年1月4日",
        "2019年5月2日",
        "2019年3月1日至12日",
        "2019年2月25日至3月1日",
    ],
}


@pytest.mark.parametrize("language", EXPECTED)
@pytest.mark.parametrize("index", range(len(RANGES)))
def test_date_ranges_in_each_language(language: str, index: int) -> None:
    start, end = RANGES[index]
    assert wording_for(language).date_range(start, end) == EXPECTED[language][index]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "1\u00a0August 2026"),
        ("fr", "1er\u00a0août 2026"),
        ("es", "1\u00a0de\u00a0agosto de 2026"),
        ("zh", "2026年8月1日"),
    ],
)
def test_single_dates(language: str, expected: str) -> None:
    assert wording_for(language).date(date(2026, 8, 1)) == expected


@given(
    st.sampled_from(list(WORDINGS.values())),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=0, max_value=800),
)
def test_every_range_names_both_ends(wording: ReportWording, start: date, days: int) -> None:
    """Whatever the shape of the range, a reader finds the first and last day and both
    years; each year is written once."""
    end = start + timedelta(days=days)
    text = wording.date_range(start, end)
    assert text.count(str(start.year)) == 1
    assert text.count(str(end.year)) == 1
    assert wording.months[end.month - 1] in text
    first_day = wording.day_one if start.day == 1 else str(start.day)
    assert first_day in text
    if wording.language == "zh":
        assert text.startswith(wording.date(start))


@pytest.mark.parametrize(
    ("wording", "one", "many", "big"),
    [
        (ENGLISH, "one prison", "three prisons", "1,500 persons"),
        (FRENCH, "une prison", "trois prisons", f"1{NBSP}500 personnes"),
        (SPANISH, "una prisión", "tres prisiones", "1500 personas"),
        (CHINESE, "一所监狱", "三所监狱", "1,500人"),
    ],
)
def test_counted_nouns(wording: ReportWording, one: str, many: str, big: str) -> None:
    assert wording.counted(1, wording.place_type_forms[PlaceType.PRISON]) == one
    assert wording.counted(3, wording.place_type_forms[PlaceType.PRISON]) == many
    assert wording.counted(1500, wording.person_forms) == big


@pytest.mark.parametrize(
    ("wording", "police", "place", "transit"),
    [
        (ENGLISH, "one police station", "one other place", "one transit zone"),
        (FRENCH, "un poste de police", "un autre lieu", "une zone de transit"),
        (SPANISH, "una comisaría de policía", "otro lugar", "una zona de tránsito"),
        (CHINESE, "一个警察局", "一个其他场所", "一个过境区"),
    ],
)
def test_one_agrees_with_its_noun(
    wording: ReportWording, police: str, place: str, transit: str
) -> None:
    forms = wording.place_type_forms
    assert wording.counted(1, forms[PlaceType.POLICE]) == police
    assert wording.counted(1, forms[PlaceType.OTHER]) == place
    assert wording.counted(1, forms[PlaceType.TRANSIT_ZONE]) == transit


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Original : anglais", f"Original{NBSP}: anglais"),
        ("Sous-Comité: {names}.", f"Sous-Comité{NBSP}: {{names}}."),
        (f"Original{NBSP}: anglais", f"Original{NBSP}: anglais"),
        ("garanties ;", f"garanties{NBSP};"),
        ("Pourquoi ? Parce que !", f"Pourquoi{NBSP}? Parce que{NBSP}!"),
        ("{count:,} à 10:30, http://x", "{count:,} à 10:30, http://x"),
    ],
)
def test_french_spacing_before_high_punctuation(typed: str, expected: str) -> None:
    assert french_spacing(typed) == expected


def test_the_french_wording_has_a_non_breaking_space_before_high_punctuation() -> None:
    texts = [
        value for field in fields(FRENCH) if isinstance(value := getattr(FRENCH, field.name), str)
    ]
    assert any(f"{NBSP}:" in text for text in texts)
    for text in texts:
        assert not re.search(r"[^\u00a0][;:!?](\s|$)", text), text


def test_spanish_groups_figures_of_five_digits() -> None:
    assert SPANISH.number(12500) == f"12{NBSP}500"
    assert SPANISH.number(9999) == "9999"


def test_chinese_has_no_plural() -> None:
    for forms in [*CHINESE.place_type_forms.values(), *CHINESE.category_forms.values()]:
        assert forms[0] == forms[1]


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        (ENGLISH, "Ilse, Tomás and Mirela"),
        (FRENCH, "Ilse, Tomás et Mirela"),
        (SPANISH, "Ilse, Tomás y Mirela"),
        (CHINESE, "Ilse、Tomás和Mirela"),
    ],
)
def test_lists(wording: ReportWording, expected: str) -> None:
    assert wording.join(["Ilse", "Tomás", "Mirela"]) == expected


@pytest.mark.parametrize(
    ("last", "expected"),
    [("Ilse", "Tomás e Ilse"), ("Hilda", "Tomás e Hilda"), ("hielo", "Tomás y hielo")],
)
def test_spanish_and_before_an_i_sound(last: str, expected: str) -> None:
    assert SPANISH.join(["Tomás", last]) == expected


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("Suisse", "en Suisse"),
        ("Brésil", "au Brésil"),
        ("Afghanistan", "en Afghanistan"),
        ("Philippines", "aux Philippines"),
        ("États-Unis", "aux États-Unis"),
        ("Malte", "à Malte"),
        ("Mexique", "au Mexique"),
        ("Royaume-Uni", "au Royaume-Uni"),
        ("Corée du Sud", "en Corée du Sud"),
        ("Barbade", "à la Barbade"),
        ("Saint-Marin", "à Saint-Marin"),
        ("État fictif XRU", "dans l’État fictif XRU"),
    ],
)
def test_french_country_prepositions(country: str, expected: str) -> None:
    assert country_locative(country) == expected


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("Suiza", "a Suiza"),
        ("Brasil", "al Brasil"),
        ("India", "a la India"),
        ("Países Bajos", "a los Países Bajos"),
        ("República de Moldova", "a la República de Moldova"),
        ("Estado ficticio XRU", "al Estado ficticio XRU"),
    ],
)
def test_spanish_country_articles(country: str, expected: str) -> None:
    assert country_after_a(country) == expected


def test_the_registry_knows_the_four_languages() -> None:
    assert list(WORDINGS) == ["en", "fr", "es", "zh"]
    with pytest.raises(UserError, match=r"'de'.*en, fr, es, zh"):
        wording_for("de")


@pytest.mark.parametrize("wording", list(WORDINGS.values()), ids=list(WORDINGS))
def test_every_catalogue_is_complete(wording: ReportWording) -> None:
    assert set(wording.place_type_forms) == set(PlaceType)
    assert set(wording.place_type_headings) == set(PlaceType)
    assert set(wording.category_forms) == set(IntervieweeCategory)
    assert set(wording.group_headings) == set(ReportGroup)
    assert set(wording.area_headings) == set(FindingArea)
    assert set(wording.section_headings) == set(ReportSection)
    assert set(wording.standard_wording) == set(ReportSection)
    assert set(wording.person_category_headings) == set(PersonMetCategory)
    assert set(wording.addressee_in_title) == set(wording.addressee_in_text) == {"state", "npm"}
    assert len(wording.months) == 12
    assert len(wording.numerals) >= len(ReportSection)
    assert set(wording.provisions) == set(ProvisionKind)
    for reference in StandardReference:
        assert wording.cite(reference)  # every standard, with its title in the language


#: Every field a template may use: the builder passes these.
_NAMES = """country in_country dates addressee to_addressee date names name role staff places
types interviews persons categories place text refs title noun count day month year start_day
start_month start_year end_day end_month end_year numeral page pages symbol provision numbers
letter convention protocol body visits"""
_FIELDS = {name: name.upper() for name in _NAMES.split()}


@pytest.mark.parametrize("wording", list(WORDINGS.values()), ids=list(WORDINGS))
def test_every_template_fills_in(wording: ReportWording) -> None:
    """A translation's placeholders are the English ones: a misspelt field would stop the
    export with a KeyError."""
    for field in fields(wording):
        value = getattr(wording, field.name)
        if isinstance(value, str):
            used = {name for _, name, _, _ in string.Formatter().parse(value) if name}
            assert used <= set(_FIELDS), (field.name, used - set(_FIELDS))
            value.format(**_FIELDS)


@pytest.mark.parametrize(
    ("wording", "body"),
    [
        (ENGLISH, "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading"),
        (FRENCH, "Sous-Comité pour la prévention de la torture et autres peines ou traitements"),
        (SPANISH, "Subcomité para la Prevención de la Tortura y Otros Tratos o Penas Crueles"),
        (CHINESE, "防范酷刑和其他残忍、不人道或有辱人格的待遇或处罚小组委员会"),
    ],
)
def test_the_body_is_named_in_full(wording: ReportWording, body: str) -> None:
    assert wording.body.startswith(body)


def test_typed_latin_text_keeps_latin_punctuation_in_chinese() -> None:
    assert CHINESE.fitting("Beatings in the corridor").full_stop == "."
    assert CHINESE.fitting("走廊里的殴打").full_stop == "。"
    assert FRENCH.fitting("走廊").full_stop == "."


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, Mapping):
        return [text for item in value.values() for text in _texts(item)]
    return []


def test_chinese_names_a_visit_one_way() -> None:
    """查访, as the Subcommittee's Chinese documents have written "visit" since its later annual
    reports (CAT/C/73/2: "本报告所述期间进行的查访"), never 访问 beside it: neither in the
    report catalogue nor in any text of the wording (the code labels it takes included)."""
    with (SOURCES / "zh" / "LC_MESSAGES" / "report.po").open("rb") as po:
        translated = [_texts(message.string) for message in read_po(po) if message.id]
    catalogue = [text for texts in translated for text in texts]
    assert any("查访" in text for text in catalogue)
    assert not [text for text in catalogue if "访问" in text]
    texts = [text for field in fields(CHINESE) for text in _texts(getattr(CHINESE, field.name))]
    assert any("查访" in text for text in texts)
    assert not [text for text in texts if "访问" in text]
