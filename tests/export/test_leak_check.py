"""find_leaks and the secrets drawn from a recorded identity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spt_field.domain.identity_secrets import identity_secrets
from spt_field.export.leak_check import Leak
from tests.support.leaks import find_leaks, regex_leaks


def test_a_secret_is_found_whatever_its_case_and_spacing() -> None:
    texts = [("Reprisals", "He said that  JOHN\n  smithers was beaten.")]
    assert find_leaks(texts, ["John Smithers"]) == [Leak("Reprisals", "John Smithers")]


def test_each_place_is_reported_once_per_secret() -> None:
    texts = [("A", "Smithers, Smithers"), ("B", "nothing"), ("A", "smithers again")]
    assert find_leaks(texts, ["Smithers", "smithers"]) == [Leak("A", "Smithers")]


def test_clean_texts_have_no_leak() -> None:
    assert find_leaks([("A", "Person A was beaten.")], ["John Smithers"]) == []


def test_secrets_shorter_than_three_characters_are_ignored() -> None:
    assert find_leaks([("A", "Person Al was seen by Jo.")], ["Al", " Jo ", ""]) == []
    assert find_leaks([("A", "Ann was seen.")], ["Ann"]) == [Leak("A", "Ann")]


def test_line_break_hyphenation_and_ligatures_do_not_hide_a_name() -> None:
    texts = [("page 4", "held with Valmo-\nrow and Ef\ufb01ngham")]
    assert find_leaks(texts, ["Valmorow", "Effingham"]) == [
        Leak("page 4", "Valmorow"),
        Leak("page 4", "Effingham"),
    ]


def test_a_lost_space_between_first_name_and_surname_is_caught() -> None:
    assert find_leaks([("page 1", "IskrenValmorow said")], ["Iskren Valmorow"]) == [
        Leak("page 1", "Iskren Valmorow")
    ]


def test_short_secrets_are_not_matched_across_words() -> None:
    assert find_leaks([("A", "a macabre delay")], ["Brede"]) == []


def test_identity_secrets_are_the_whole_the_name_and_its_words() -> None:
    assert identity_secrets("Rasvan Ilkotov-Brede, born 1990") == [
        "Rasvan Ilkotov-Brede, born 1990",
        "Rasvan Ilkotov-Brede",
        "Rasvan",
        "Ilkotov",
        "Brede",
    ]


def test_identity_secrets_leave_out_parts_shorter_than_three_letters() -> None:
    assert identity_secrets("Li de Vos (cell 4)") == ["Li de Vos (cell 4)", "Li de Vos", "Vos"]
    assert identity_secrets("  ") == []


def test_lowercase_parts_and_parts_after_an_apostrophe_are_secrets() -> None:
    assert identity_secrets("Amin bin Rashid O'Neill") == [
        "Amin bin Rashid O'Neill",
        "Amin",
        "bin",
        "Rashid",
        "Neill",
    ]


ORDINARY = (
    "Staff willingly examine complaints across all wings; the rosemary garden is closed. "
    "Discipline is examined by the adminstration; a willing guard and a roses' bush; "
    "Carolina and Paulina, determination, examination, amino acids, Crossley Road."
)


def test_a_name_standing_as_a_word_of_its_own_is_refused_even_lowercase() -> None:
    texts = [("paragraph 4", "Staff will examine it.")]
    assert find_leaks(texts, identity_secrets("Will Doe")) == [Leak("paragraph 4", "Will")]


@pytest.mark.parametrize("name", ["Will", "Ross", "Rose", "Lina", "Amin"])
def test_a_name_inside_other_words_is_no_leak(name: str) -> None:
    assert find_leaks([("paragraph 3", ORDINARY)], identity_secrets(f"{name} Doe")) == []


@pytest.mark.parametrize(
    "text",
    [
        "VALMORÓW was held in block 7.",
        "Mr Valmorów said so.",
        "valmorow's cell",
        "Valmorow\u2019s cell",
        "the Valmorow-Iskren family",
        "(Valmorow)",
    ],
)
def test_a_whole_name_is_found_whatever_its_case_accents_and_possessive(text: str) -> None:
    leaks = find_leaks([("paragraph 7", text)], identity_secrets("Iskren Valmorow"))
    assert Leak("paragraph 7", "Valmorow") in leaks


def test_a_recorded_name_with_accents_is_found_written_without() -> None:
    assert find_leaks([("annex II", "Zoe Muller")], ["Zoë Müller"]) == [
        Leak("annex II", "Zoë Müller")
    ]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=40))
def test_a_name_is_found_between_any_other_words(around: str) -> None:
    text = f"{around} Valmorow {around}"
    assert find_leaks([("p", text)], ["Valmorow"]) == [Leak("p", "Valmorow")]


def test_a_name_typeset_with_a_curly_apostrophe_is_still_found() -> None:
    """The report prints "O'Brien" as "O’Brien" (typography.py); the check reads both alike."""
    assert find_leaks([("paragraph 3", "Mr O\u2019Brien said")], ["O'Brien"]) == [
        Leak("paragraph 3", "O'Brien")
    ]
    assert find_leaks([("paragraph 3", "Mr O'Brien said")], ["O\u2019Brien"])


_LETTERS = "abAB éÉ-\u2010\u2011'\u2019\n.,王芳小明·ﬁ\u00ad"


@given(
    st.lists(st.text(alphabet=_LETTERS, max_size=30), max_size=3),
    st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=8), min_size=1, max_size=4),
)
def test_the_hash_matcher_finds_what_the_regular_expressions_found(
    texts: list[str], secrets: list[str]
) -> None:
    places = [(f"paragraph {n}", text) for n, text in enumerate(texts)]
    assert find_leaks(places, secrets) == regex_leaks(places, secrets)


@given(st.text(alphabet=_LETTERS, max_size=40), st.sampled_from(["ab ba", "a-b", "王芳", "bab"]))
def test_the_hash_matcher_agrees_around_a_secret_written_in(around: str, secret: str) -> None:
    places = [("p", f"{around}{secret}{around}"), ("q", f"{around} {secret.upper()}-{around}")]
    assert find_leaks(places, [secret]) == regex_leaks(places, [secret])
