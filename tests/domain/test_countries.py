"""Country codes: ISO 3166-1 alpha-3 or a user-assigned XAA-XZZ; nothing else."""

from __future__ import annotations

import re
from string import ascii_uppercase

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
