"""A date the user can type: 2026-12-03, or the interface locale's short form (03/12/2026 in
French), or pick from a calendar (the button, Alt+Down or F4). Empty means no date.

Qt's QDateEdit cannot be empty (an optional date needed a sentinel year shown as "—"), types
over its sections in ways nobody expects and keeps Tab inside the field: a line edit does none
of that.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QMenu,
    QStyle,
    QWidget,
    QWidgetAction,
)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$|^(\d{4})(\d{2})(\d{2})$")
# A two-digit year typed in the locale's short form is in this century.
_CENTURY = 2000


def _iso(text: str) -> date | None:
    match = _ISO.match(text)
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups() if part is not None)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _in_locale(text: str, locale: QLocale) -> date | None:
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    long_year = short if "yyyy" in short else short.replace("yy", "yyyy")
    for pattern in dict.fromkeys((long_year, short)):
        parsed = locale.toDate(text, pattern)
        if parsed.isValid():
            year = parsed.year()
            if "yyyy" not in pattern and year < _CENTURY:
                year = _CENTURY + year % 100
            return date(year, parsed.month(), parsed.day())
    return None


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """The date `text` names, in ISO 8601 (with or without dashes) or in the short form of
    `locale` (the interface's by default); None for an empty text.

    Raises ValueError for anything else."""
    text = text.strip()
    if not text:
        return None
    found = _iso(text) or _in_locale(text, locale or QLocale())
    if found is None:
        raise ValueError(text)
    return found


def format_date(day: date | None) -> str:
    """How a date field shows a date: ISO 8601, the same in every language."""
    return "" if day is None else day.isoformat()


class DateEdit(QLineEdit):
    """A line edit for one date with a calendar at hand."""

    # The user typed or picked a date (not emitted when the program sets one).
    dateEdited = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference: date | None = None  # where the calendar opens on an empty field
        self.calendar: QCalendarWidget | None = None
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setToolTip(
            self.tr("Type the date as 2026-12-03 or {0}; Alt+Down opens a calendar").format(
                QLocale().toString(QDate(2026, 12, 3), QLocale.FormatType.ShortFormat)
            )
        )
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        button = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        button.setToolTip(self.tr("Open the calendar"))
        button.triggered.connect(self.open_calendar)
        self.textEdited.connect(lambda _text: self.dateEdited.emit())

    def set_date(self, day: date | None) -> None:
        self.setText(format_date(day))

    def date(self) -> date | None:
        """The date typed; raises ValueError when the text is not a date."""
        return parse_date(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """A calendar below the field on the date typed, else on the reference date (the
        visit's), else on today; Enter or a click takes the date, Escape leaves it."""
        try:
            shown = self.date() or self.reference or date.today()
        except ValueError:
            shown = self.reference or date.today()
        popup = QMenu(self)
        calendar = QCalendarWidget(popup)
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.setAccessibleName(self.accessibleName() or self.tr("Calendar"))
        holder = QWidgetAction(popup)
        holder.setDefaultWidget(calendar)
        popup.addAction(holder)
        calendar.activated.connect(lambda picked: self._pick(picked, popup))
        calendar.clicked.connect(lambda picked: self._pick(picked, popup))
        popup.aboutToHide.connect(popup.deleteLater)
        self.calendar = calendar
        popup.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()

    def _pick(self, picked: QDate, popup: QMenu) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        popup.close()
        self.calendar = None
        self.setFocus()
        self.dateEdited.emit()
