"""Pseudonyms: reports say "person A", never a name."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import count, product
from string import ascii_uppercase


def _letters() -> Iterator[str]:
    for length in count(1):
        for letters in product(ascii_uppercase, repeat=length):
            yield "".join(letters)


def next_free_pseudonym(taken: Collection[str]) -> str:
    """The first of A, B, ... Z, AA, AB ... not yet used in the visit."""
    return next(name for name in _letters() if name not in taken)
