"""Pseudonyms: A..Z, then AA, AB...; a taken one is never handed out again."""

from __future__ import annotations

from string import ascii_uppercase

from hypothesis import given
from hypothesis import strategies as st

from spt_field.domain.pseudonyms import next_free_pseudonym

SHORT_PSEUDONYMS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=2)


def test_first_is_a() -> None:
    assert next_free_pseudonym(set()) == "A"


def test_letters_in_order() -> None:
    taken: set[str] = set()
    handed_out = []
    for _ in range(26):
        name = next_free_pseudonym(taken)
        handed_out.append(name)
        taken.add(name)
    assert handed_out == list(ascii_uppercase)


def test_after_z_comes_aa_then_ab() -> None:
    taken = set(ascii_uppercase)
    assert next_free_pseudonym(taken) == "AA"
    assert next_free_pseudonym(taken | {"AA"}) == "AB"
    assert next_free_pseudonym(taken | {f"A{c}" for c in ascii_uppercase}) == "BA"


def test_gaps_are_filled_first() -> None:
    assert next_free_pseudonym({"A", "B", "D"}) == "C"
    assert next_free_pseudonym({"B", "C"}) == "A"


def test_names_that_are_not_letters_do_not_block() -> None:
    assert next_free_pseudonym({"Person 1", "a", "X-1"}) == "A"


@given(st.sets(SHORT_PSEUDONYMS, max_size=200))
def test_never_returns_a_taken_pseudonym(taken: set[str]) -> None:
    name = next_free_pseudonym(taken)
    assert name not in taken
    assert name.isalpha() and name.isupper()


@given(st.sets(SHORT_PSEUDONYMS, max_size=200))
def test_returns_the_first_free_one_in_order(taken: set[str]) -> None:
    name = next_free_pseudonym(taken)
    order = list(ascii_uppercase) + [a + b for a in ascii_uppercase for b in ascii_uppercase]
    assert all(earlier in taken for earlier in order[: order.index(name)])
