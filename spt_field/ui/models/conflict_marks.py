"""How every list marks a record with open conflicts: an amber background, a ⇄ icon and a
tooltip that says what happened and where to resolve it.

Lists ask for the conflicted records once per reload (services.conflicts.conflicted_records)
and look each row up in that set, so marking costs one query, not one per row.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from spt_field.ui.i18n import translate

CONFLICT_BACKGROUND = QColor("#ffe0b2")
CONFLICT_COLOR = QColor("#e65100")
_ICON_SIZE = 16


def conflict_tooltip() -> str:
    return translate("ConflictMarks", "Conflicting edits from two laptops: resolve in Conflicts")


def with_conflict_tooltip(text: str | None) -> str:
    """The conflict warning first, then whatever the row's tooltip said."""
    warning = conflict_tooltip()
    return f"{warning}\n{text}" if text else warning


@cache
def conflict_icon() -> QIcon:
    """A small amber disc with ⇄: visible at a glance in any list, whatever the row's color."""
    pixmap = QPixmap(_ICON_SIZE, _ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CONFLICT_COLOR)
    painter.drawEllipse(0, 0, _ICON_SIZE, _ICON_SIZE)
    font = QFont()
    font.setPixelSize(_ICON_SIZE - 4)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, _ICON_SIZE, _ICON_SIZE), Qt.AlignmentFlag.AlignCenter, "⇄")
    painter.end()
    return QIcon(pixmap)
