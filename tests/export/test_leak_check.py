"""find_leaks and the secrets drawn from a recorded identity."""

from __future__ import annotations

from spt_field.export.leak_check import Leak, find_leaks, identity_secrets


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


def test_identity_secrets_leave_out_short_and_lowercase_words() -> None:
    assert identity_secrets("Li de Vos (cell 4)") == ["Li de Vos (cell 4)", "Li de Vos"]
    assert identity_secrets("  ") == []
