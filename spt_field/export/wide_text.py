"""Wide characters: the ideographs, kana and hangul of Chinese, Japanese and Korean, and the
full-width punctuation set with them. Text in them has no spaces between words, takes
full-width punctuation and breaks its lines between characters, and a name in them is short."""

from __future__ import annotations

from spt_field.domain.identity_secrets import is_wide

__all__ = ["has_wide", "is_wide"]


def has_wide(text: str) -> bool:
    """Whether `text` holds any wide character."""
    return any(map(is_wide, text))
