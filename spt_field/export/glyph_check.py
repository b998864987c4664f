"""No script silently vanishes from a PDF: text the embedded fonts cannot draw would print as
empty boxes (and escape the leak check on the final text), so the export is refused instead,
naming the paragraph and the characters.

Liberation Serif and DejaVu Serif draw Latin, Greek and Cyrillic; Droid Sans Fallback draws Chinese
and Japanese.
Arabic, Hebrew, Devanagari, Thai, Korean and the like are refused: a transliteration prints.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from spt_field.errors import UserError
from spt_field.export.pdf_styles import drawable, printable

#: So many characters are named at most, in Unicode order (never in the order typed: the
#: message must not spell out a name).
_SHOWN = 8


def undrawable(text: str) -> list[str]:
    """The distinct characters of `text` no embedded font draws, in Unicode order."""
    return sorted({char for char in printable(text) if not drawable(char)})


def _script(char: str) -> str:
    """ "Arabic" from "ARABIC LETTER MEEM"; "Hangul" from "HANGUL SYLLABLE HAN"."""
    name = unicodedata.name(char, "")
    return name.split(" ")[0].capitalize() if name else f"U+{ord(char):04X}"


def check_drawable(texts: Iterable[tuple[str, str]]) -> None:
    """Refuse (UserError) if any text holds characters the PDF fonts cannot draw."""
    for where, text in texts:
        missing = undrawable(text)
        if missing:
            scripts = ", ".join(dict.fromkeys(_script(char) for char in missing))
            shown = " ".join(f"{char} (U+{ord(char):04X})" for char in missing[:_SHOWN])
            more = f" and {len(missing) - _SHOWN} more" if len(missing) > _SHOWN else ""
            raise UserError(
                f"{where} holds characters the report's fonts cannot draw ({scripts}: "
                f"{shown}{more}): write them in Latin script and export again"
            )
