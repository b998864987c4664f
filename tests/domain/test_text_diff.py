"""The word-level comparison History and the Conflicts view show."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from spt_field.domain.text_diff import (
    Change,
    Piece,
    changed,
    excerpt,
    marked,
    new_side,
    old_side,
    word_diff,
)

WORDS = st.lists(st.sampled_from(["cell", "4", "held", "11", "12", "beds;", "beds,", "no"]))
TEXTS = st.builds(" ".join, WORDS) | st.text(max_size=60)


def joined(pieces: tuple[Piece, ...]) -> str:
    return "".join(piece.text for piece in pieces)


@given(TEXTS, TEXTS)
def test_each_side_puts_its_text_back_together(old: str, new: str) -> None:
    pieces = word_diff(old, new)
    assert joined(old_side(pieces)) == old
    assert joined(new_side(pieces)) == new
    assert changed(pieces) == (old != new)


def test_a_changed_word_is_removed_then_added_the_rest_stays() -> None:
    pieces = word_diff("Cell 4 held 11 people.", "Cell 4 held 12 people.")
    assert pieces == (
        Piece(Change.SAME, "Cell 4 held "),
        Piece(Change.REMOVED, "11"),
        Piece(Change.ADDED, "12"),
        Piece(Change.SAME, " people."),
    )
    assert marked(pieces) == "Cell 4 held [-11-][+12+] people."


def test_an_edit_at_the_end_of_a_long_note_shows_in_its_excerpt() -> None:
    long_note = "The delegation visited every wing of the prison. " * 30
    pieces = word_diff(long_note, long_note + "No mattresses in cell 4.")
    shown = marked(new_side(excerpt(pieces)))
    assert shown.startswith("…") and shown.endswith("[+No mattresses in cell 4.+]")
    assert len(shown) < 120


def test_an_excerpt_keeps_short_texts_whole() -> None:
    pieces = word_diff("a b c", "a x c")
    assert excerpt(pieces) == pieces
