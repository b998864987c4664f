"""What changed between two texts, word by word: the one comparison History and the Conflicts
view both show.

A text is split into words and the spaces between them, so that the pieces put back together
give each text exactly; `marked` writes a comparison as plain text ([-removed-] and
[+added+]), for screen readers and anyone who cannot tell the highlight's colour.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum


class Change(Enum):
    SAME = "same"
    REMOVED = "removed"  # in the old text only
    ADDED = "added"  # in the new text only


@dataclass(frozen=True)
class Piece:
    change: Change
    text: str


_TOKENS = re.compile(r"\s+|[^\s]+")
#: An unchanged run of at most this many words between two changes joins them.
_GLUE_WORDS = 1
#: How much unchanged text an excerpt keeps on each side of a change.
EXCERPT_CONTEXT = 40


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> tuple[Piece, ...]:
    """`old` against `new`: unchanged, removed and added runs of words, in reading order."""
    before, after = _tokens(old), _tokens(new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    pieces: list[Piece] = []
    for same, old_start, old_end, new_start, new_end in _runs(matcher.get_opcodes(), before):
        if same:
            _append(pieces, Change.SAME, "".join(before[old_start:old_end]))
            continue
        _append(pieces, Change.REMOVED, "".join(before[old_start:old_end]))
        _append(pieces, Change.ADDED, "".join(after[new_start:new_end]))
    return tuple(pieces)


def _runs(
    opcodes: Sequence[tuple[str, int, int, int, int]], before: list[str]
) -> list[tuple[bool, int, int, int, int]]:
    """The matcher's steps with the changes on either side of a space or a single word joined
    into one: "[-beds; no-][+beds, according+]" rather than "[-beds;-][+beds,+] [-no-]
    [+according+]", and a rewritten sentence reads as one change, not as words that happen to
    recur in it ("the")."""
    runs: list[tuple[bool, int, int, int, int]] = []
    last = len(opcodes) - 1
    for n, (tag, old_start, old_end, new_start, new_end) in enumerate(opcodes):
        words = sum(not token.isspace() for token in before[old_start:old_end])
        same = tag == "equal" and not (words <= _GLUE_WORDS and 0 < n < last)
        if runs and not same and not runs[-1][0]:
            _, start, _, new_first, _ = runs[-1]
            runs[-1] = (False, start, old_end, new_first, new_end)
        else:
            runs.append((same, old_start, old_end, new_start, new_end))
    return runs


def _append(pieces: list[Piece], change: Change, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].change is change:
        pieces[-1] = Piece(change, pieces[-1].text + text)
    else:
        pieces.append(Piece(change, text))


def old_side(pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """The old text, its removed words marked."""
    return tuple(piece for piece in pieces if piece.change is not Change.ADDED)


def new_side(pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """The new text, its added words marked."""
    return tuple(piece for piece in pieces if piece.change is not Change.REMOVED)


def marked(pieces: tuple[Piece, ...]) -> str:
    """The comparison as plain text: [-removed-] and [+added+]."""
    opening = {Change.SAME: "", Change.REMOVED: "[-", Change.ADDED: "[+"}
    closing = {Change.SAME: "", Change.REMOVED: "-]", Change.ADDED: "+]"}
    return "".join(opening[p.change] + p.text + closing[p.change] for p in pieces)


def excerpt(pieces: tuple[Piece, ...], context: int = EXCERPT_CONTEXT) -> tuple[Piece, ...]:
    """The changes with `context` characters of unchanged text around each, the rest cut to
    "…": where a long note changed shows even when the change is at its end."""
    shortened: list[Piece] = []
    last = len(pieces) - 1
    for n, piece in enumerate(pieces):
        text = piece.text
        if piece.change is Change.SAME:
            keep_start = context if n > 0 else 0  # after a change
            keep_end = context if n < last else 0  # before a change
            if len(text) > keep_start + keep_end + 1:
                text = _shortened(text, keep_start, keep_end)
        shortened.append(Piece(piece.change, text))
    return tuple(shortened)


def _shortened(text: str, head: int, tail: int) -> str:
    """`text` cut to "…" but for about `head` characters at its start and `tail` at its end,
    between words, not inside one."""
    tokens = _tokens(text)
    kept_head = "".join(_words_up_to(tokens, head))
    kept_tail = "".join(reversed(_words_up_to(tokens[::-1], tail)))
    return " ".join(part for part in (kept_head.rstrip(), "…", kept_tail.lstrip()) if part)


def _words_up_to(tokens: list[str], length: int) -> list[str]:
    """The first tokens, whole, until they make `length` characters."""
    kept: list[str] = []
    size = 0
    for token in tokens:
        if size >= length:
            break
        kept.append(token)
        size += len(token)
    return kept


def changed(pieces: tuple[Piece, ...]) -> bool:
    return any(piece.change is not Change.SAME for piece in pieces)
