"""Every interview of a visit, one row each, loaded a page at a time as the view scrolls.

A visit may hold 150,000 interviews: the model asks services.interview_pages for the first
page only, and for the next one whenever the view calls fetchMore. A reprisal-risk interview is
marked (⚠, in red, with a tooltip) as in every other list, and so is an interview with
conflicting edits from two laptops (conflict_marks.py; one query per reload).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from spt_field.domain.codes import InterviewKind
from spt_field.domain.kinds import RecordKind
from spt_field.services.conflicts import conflicted_interviews
from spt_field.services.interview_pages import (
    InterviewListRow,
    count_interviews,
    interview_list_row,
    interview_page,
    sort_key,
)
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.models.conflict_marks import (
    CONFLICT_BACKGROUND,
    conflict_icon,
    with_conflict_tooltip,
)
from spt_field.ui.models.roles import ID_ROLE
from spt_field.ui.store import Store

Index = QModelIndex | QPersistentModelIndex
REPRISAL_COLOR = QColor("#b00020")
PAGE_SIZE = 200
# A reload keeps at most this many rows loaded, so that it stays quick however far one scrolled.
RELOAD_LIMIT = 20 * PAGE_SIZE
EXCERPT_CHARS = 80

# Column numbers.
PSEUDONYM, PLACE, DATE, CATEGORY, KIND, CONSENT, REPRISAL, NOTES = range(8)
# Kinds whose additions, deletions or edits can change which rows the table shows.
_STRUCTURE_KINDS = {RecordKind.INTERVIEW.value, RecordKind.PLACE.value, RecordKind.VISIT.value}


def _headers() -> tuple[str, ...]:
    return (
        translate("InterviewTableModel", "Pseudonym"),
        translate("InterviewTableModel", "Place"),
        translate("InterviewTableModel", "Date"),
        translate("InterviewTableModel", "Category"),
        translate("InterviewTableModel", "Kind"),
        translate("InterviewTableModel", "Consent"),
        translate("InterviewTableModel", "Reprisal risk"),
        translate("InterviewTableModel", "Notes"),
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _excerpt(text: str) -> str:
    line = _one_line(text)
    return line if len(line) <= EXCERPT_CHARS else line[: EXCERPT_CHARS - 1] + "…"


def _when(row: InterviewListRow) -> str:
    day = row.held_on.isoformat() if row.held_on else ""
    hour = f"{row.held_at:%H:%M}" if row.held_at else ""
    return f"{day} {hour}".strip()


def _kind(row: InterviewListRow) -> str:
    if row.kind is InterviewKind.GROUP:
        return translate("InterviewTableModel", "Group of {0}").format(row.persons)
    return code_label(row.kind)


def _display(row: InterviewListRow, column: int) -> str:
    values = (
        row.pseudonym,
        row.place_name,
        _when(row),
        code_label(row.category),
        _kind(row),
        code_label(row.consent),
        "⚠" if row.reprisal_risk else "",
        _excerpt(row.notes_excerpt),
    )
    return values[column]


class InterviewTableModel(QAbstractTableModel):
    """The interviews of one visit (or of every visit, with None), fetched page by page."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit_id: str | None = None
        self._shown = False  # set_visit was called: a None visit id then means every visit
        self.rows: list[InterviewListRow] = []
        self._positions: dict[str, int] = {}  # interview id -> row
        self._conflicted: set[str] = set()  # ids of the interviews with open conflicts
        self.total = 0
        self._fetching = False  # views and testers may ask for more from inside our signals
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)  # one reload for a burst of changes
        self._reload_timer.timeout.connect(self.reload)
        store.recordsChanged.connect(self._on_records_changed)
        store.recordChanged.connect(self._on_record_changed)

    # Loading -----------------------------------------------------------------------------

    def set_visit(self, visit_id: str | None) -> None:
        """Show the visit's interviews (every visit's with None): the first page only."""
        self.visit_id = visit_id
        self._shown = True
        self._reload(PAGE_SIZE)

    def reload(self) -> None:
        """Read again, keeping as many rows loaded as before (up to RELOAD_LIMIT)."""
        if self._shown:
            self._reload(min(max(PAGE_SIZE, len(self.rows)), RELOAD_LIMIT))

    def _reload(self, limit: int) -> None:
        self._reload_timer.stop()
        self.beginResetModel()
        self.total = self.store.read(count_interviews, self.visit_id)
        self.rows = self.store.read(interview_page, self.visit_id, 0, limit)
        self._conflicted = self.store.read(conflicted_interviews, self.visit_id)
        self._positions = {row.id: position for position, row in enumerate(self.rows)}
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 (Qt override)
        if not self.canFetchMore(parent):
            return
        page = self.store.read(interview_page, self.visit_id, len(self.rows), PAGE_SIZE)
        if len(page) < PAGE_SIZE:  # interviews deleted since the count: stop asking
            self.total = len(self.rows) + len(page)
        if not page:
            return
        first = len(self.rows)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self._positions.update((row.id, first + n) for n, row in enumerate(page))
            self.endInsertRows()
        finally:
            self._fetching = False

    def _on_records_changed(self, kind: str) -> None:
        if kind in _STRUCTURE_KINDS and self._shown:
            self._reload_timer.start()

    def _on_record_changed(self, kind: str, record_id: str) -> None:
        if kind == RecordKind.INTERVIEW.value:
            self._refresh_row(record_id)
        elif kind == RecordKind.PLACE.value and any(row.place_id == record_id for row in self.rows):
            self._reload_timer.start()  # the place was renamed

    def _refresh_row(self, interview_id: str) -> None:
        """An edited interview: it may move (or move into the loaded rows), or just change."""
        if not self._shown or self._reload_timer.isActive():
            return
        fresh = self.store.read(interview_list_row, interview_id)
        position = self.row_of(interview_id)
        if position is None:
            if fresh is not None and self._belongs_in_loaded_rows(fresh):
                self._reload_timer.start()
            return
        if fresh is None or sort_key(fresh) != sort_key(self.rows[position]):
            self._reload_timer.start()
            return
        self.rows[position] = fresh
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(position, 0), self.index(position, last))

    def _belongs_in_loaded_rows(self, row: InterviewListRow) -> bool:
        if self.visit_id is not None and row.visit_id != self.visit_id:
            return False
        return not self.rows or sort_key(row) < sort_key(self.rows[-1])

    # Reading -----------------------------------------------------------------------------

    def row_of(self, interview_id: str) -> int | None:
        """The position of a loaded interview."""
        return self._positions.get(interview_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else NOTES + 1

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= NOTES:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == REPRISAL:
            return self.tr("⚠ marks a person at risk of reprisals")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.reprisal_risk:
            return QBrush(REPRISAL_COLOR)
        conflicted = row.id in self._conflicted
        if role == Qt.ItemDataRole.BackgroundRole and conflicted:
            return QBrush(CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and conflicted and column == PSEUDONYM:
            return conflict_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = self._tooltip(row, column)
            return with_conflict_tooltip(tooltip) if conflicted else tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REPRISAL:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _tooltip(row: InterviewListRow, column: int) -> str | None:
        """The whole text of a cell (it may be cut), after the warning on an at-risk row."""
        text = _one_line(row.notes_excerpt) if column == NOTES else _display(row, column)
        if column == REPRISAL:
            text = ""
        if row.reprisal_risk:
            warning = translate(
                "InterviewTableModel", "Reprisal risk: this person must never be identifiable"
            )
            return f"{warning}\n{text}" if text else warning
        return text or None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
