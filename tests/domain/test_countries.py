"""Country codes: ISO 3166-1 alpha-3 or a user-assigned XAA-XZZ; nothing else."""

from __future__ import annotations

import re
from string import ascii_uppercase

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from spt_field.domain.countries import country_name, is_user_assigned, is_valid_country


@pytest.mark.parametrize("code", ["CHE", "BRA", "PRY", "FRA", "UKR", "NZL", "ZWE"])
def test_iso_alpha_3_codes_are_valid(code: str) -> None:
    assert is_valid_country(code)
    assert not is_user_assigned(code)


@pytest.mark.parametrize("code", ["XAA", "XRU", "XZZ", "XKX"])
def test_user_assigned_codes_are_valid(code: str) -> None:
    assert is_valid_country(code)
    assert is_user_assigned(code)


@given(st.sampled_from(ascii_uppercase), st.sampled_from(ascii_uppercase))
def test_every_code_from_xaa_to_xzz_is_valid(second: str, third: str) -> None:
    assert is_valid_country(f"X{second}{third}")


@pytest.mark.parametrize(
    "code",
    [
        "XX",  # two letters
        "CH",  # alpha-2
        "ABC",  # three letters, not assigned
        "QQQ",
        "ZZZ",
        "che",
        "Che",
        "xaa",
        "X1A",
        "XA",
        "XAAA",
        "CHEE",
        "756",  # numeric code
        "",
        " CH",
        "CHE ",
    ],
)
def test_other_codes_are_invalid(code: str) -> None:
    assert not is_valid_country(code)


@given(st.text(max_size=5).filter(lambda code: not re.fullmatch("[A-Z]{3}", code)))
def test_anything_but_three_capital_letters_is_invalid(code: str) -> None:
    assert not is_valid_country(code)


def test_names_of_countries() -> None:
    assert country_name("CHE") == "Switzerland"
    assert country_name("XRU") == "Fictional State XRU"


@pytest.mark.parametrize(
    ("code", "language", "expected"),
    [
        ("CHE", "fr", "Suisse"),
        ("CHE", "es", "Suiza"),
        ("CHE", "zh", "瑞士"),
        ("BRA", "fr", "Brésil"),
        ("BRA", "zh", "巴西"),
        ("PRY", "es", "Paraguay"),
        ("CHE", "en", "Switzerland"),
        ("CHE", "de", "Switzerland"),  # no catalogue for the language: English
    ],
)
def test_names_in_each_language(code: str, language: str, expected: str) -> None:
    assert country_name(code, language) == expected


@pytest.mark.parametrize(
    ("code", "language", "expected"),
    [
        ("RUS", "fr", "Fédération de Russie"),
        ("COD", "es", "República Democrática del Congo"),
        ("PSE", "es", "Estado de Palestina"),
        ("LAO", "fr", "République démocratique populaire Lao"),
        ("SLB", "fr", "Îles Salomon"),
    ],
)
def test_names_inverted_for_sorting_read_the_right_way_round(
    code: str, language: str, expected: str
) -> None:
    assert country_name(code, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Fictional State XRU"),
        ("fr", "État fictif XRU"),
        ("es", "Estado ficticio XRU"),
        ("zh", "虚构国家XRU"),
        ("de", "Fictional State XRU"),
    ],
)
def test_user_assigned_codes_name_a_fictional_state(language: str, expected: str) -> None:
    assert country_name("XRU", language) == expected


@pytest.mark.parametrize("language", ["fr", "es", "zh"])
def test_the_installed_pycountry_translates_the_countries(language: str) -> None:
    """The translations ship as gettext catalogues inside pycountry: nearly every country has
    a name in each language other than its English one."""
    countries = list(pycountry.countries)
    translated = [
        c for c in countries if country_name(c.alpha_3, language) != country_name(c.alpha_3)
    ]
    assert len(translated) > 0.6 * len(countries)
    names = [country_name(c.alpha_3, language) for c in countries]
    assert all(name.strip() for name in names)


def test_chinese_names_are_in_chinese() -> None:
    names = [country_name(country.alpha_3, "zh") for country in pycountry.countries]
    chinese = [name for name in names if any("\u4e00" <= char <= "\u9fff" for char in name)]
    assert len(chinese) > 0.95 * len(names)
    assert country_name("BOL", "zh") == "玻利维亚"


def test_an_unknown_code_is_shown_as_it_is() -> None:
    assert country_name("QQQ", "fr") == "QQQ"
