"""A word-level comparison (domain.text_diff) as rich text: removed words struck through,
added ones underlined, each on a tinted background, so that the change shows without
relying on its colour."""

from __future__ import annotations

import html

from spt_field.domain.text_diff import Change, Piece

_STYLE = {
    Change.REMOVED: ("<s style='background:#ffd7d5; color:#82071e;'>", "</s>"),
    Change.ADDED: ("<u style='background:#ccffd8; color:#055d20;'>", "</u>"),
}


def diff_html(pieces: tuple[Piece, ...]) -> str:
    """The pieces as HTML that keeps the text's spaces and line breaks."""
    parts = []
    for piece in pieces:
        text = html.escape(piece.text)
        opening, closing = _STYLE.get(piece.change, ("", ""))
        parts.append(opening + text + closing)
    return "<p style='white-space:pre-wrap;'>" + "".join(parts) + "</p>"
