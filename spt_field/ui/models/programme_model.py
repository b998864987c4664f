"""The delegation's programme of a visit: day, time, team, place or meeting, region, notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from spt_field.services.programme import ProgrammeLine
from spt_field.ui.i18n import QT_TRANSLATE_NOOP
from spt_field.ui.models.line_table import Index, LineTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("ProgrammeModel", "Day"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Time"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Team"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Place or meeting"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Region"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Notes"),
)


class ProgrammeModel(LineTableModel[ProgrammeLine]):
    columns = COLUMNS

    def heading(self, column: str) -> str:
        return self.tr(column)

    def row_of(self, entry_id: str) -> int | None:
        return next((n for n, line in enumerate(self._lines) if line.entry.id == entry_id), None)

    def _time(self, line: ProgrammeLine) -> str:
        entry = line.entry
        if entry.starts_at is None:
            return self.tr("All day")
        times = (entry.starts_at, entry.ends_at)
        return "–".join(value.strftime("%H:%M") for value in times if value is not None)

    def _what(self, line: ProgrammeLine) -> str:
        entry = line.entry
        if entry.place_id is None and entry.register_id is None:
            return self.tr("Meeting: {0}").format(line.what) if line.what else "—"
        return line.what

    # Qt's model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        line = self._lines[index.row()]
        values = (
            line.entry.day.isoformat(),
            self._time(line),
            line.entry.team,
            self._what(line),
            line.region,
            " ".join(line.entry.notes.split()),
        )
        return values[index.column()]
