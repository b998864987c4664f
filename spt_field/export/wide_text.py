"""Wide characters: the ideographs, kana and hangul of Chinese, Japanese and Korean, and the
full-width punctuation set with them. Text in them has no spaces between words, takes
full-width punctuation and breaks its lines between characters, and a name in them is short."""

from __future__ import annotations

import unicodedata

_WIDE = ("W", "F")


def is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in _WIDE


def has_wide(text: str) -> bool:
    """Whether `text` holds any wide character."""
    return any(map(is_wide, text))
