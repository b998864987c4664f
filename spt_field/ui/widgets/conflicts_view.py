"""The Conflicts view: every open conflict of a visit and, for the one selected, each laptop's
version side by side (who wrote it, on which laptop, when), to keep one of them or, for text,
to type a merged text.

A resolution is a new local write that covers every version, so it closes the conflict on
every laptop once it travels in a bundle. It cannot be taken back with Undo (the versions it
replaced are no longer a conflict), so the view asks before writing it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.sync import Conflict, ConflictSide
from spt_field.domain.text_diff import marked, new_side, word_diff
from spt_field.errors import UserError
from spt_field.services.conflicts import open_conflicts, resolve_conflict
from spt_field.ui.accessibility import name
from spt_field.ui.dialogs.passphrase_dialog import error_label, show_problem
from spt_field.ui.diff_html import diff_html
from spt_field.ui.keyboard import tab_always_moves_on
from spt_field.ui.models.conflict_model import (
    DELETED_FIELD,
    ConflictModel,
    FieldLabels,
    field_text,
    is_text_conflict,
    record_text,
    side_author_text,
    side_value_text,
)
from spt_field.ui.store import Store


class SideCard(QGroupBox):
    """One laptop's version of the field, with the button that keeps it. A text shows the
    words it alone has (against `other`, another version) underlined on a tint."""

    keepRequested = Signal(object)  # noqa: N815 (Qt naming) the ConflictSide

    def __init__(
        self, number: int, conflict: Conflict, side: ConflictSide, other: ConflictSide | None
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("Version {0}").format(number))
        self.value = QTextEdit(self)
        self.value.setReadOnly(True)
        self.value.setTabChangesFocus(True)
        shown = side_value_text(conflict, side)
        name(self.value, self.tr("Version {0}").format(number))
        if other is not None and is_text_conflict(conflict):
            pieces = new_side(word_diff(str(other.value or ""), str(side.value or "")))
            self.value.setHtml(diff_html(pieces))
            self.value.setAccessibleDescription(
                self.tr("Words only in this version are marked [+ +]: {0}").format(marked(pieces))
            )
        else:
            self.value.setPlainText(shown)
        self.author = QLabel(side_author_text(side), self)
        self.author.setWordWrap(True)
        self.author.setStyleSheet("color: #555555;")
        # Alt and the version's number keeps it, in every language.
        self.keep = QPushButton(self.tr("Keep version {0}").format(f"&{number}"), self)
        self.keep.clicked.connect(lambda: self.keepRequested.emit(side))
        layout = QVBoxLayout(self)
        layout.addWidget(self.author)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.keep)


class ConflictsView(QWidget):
    """The open conflicts of one visit (of every visit, with None)."""

    #: A conflict was resolved: markers and counts elsewhere refresh.
    resolved = Signal()

    def __init__(
        self,
        store: Store,
        visit_id: str | None,
        labels: FieldLabels,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.visit_id, self.labels = store, visit_id, labels
        self.model = ConflictModel(self)
        self.table = self._make_table()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.cards = QHBoxLayout()
        self._cards: list[SideCard] = []
        self.merged = QPlainTextEdit(self)
        self.keep_merged = QPushButton(self.tr("Keep the &merged text"), self)
        self.keep_merged.clicked.connect(self._keep_merged)
        self.merge_box = self._make_merge_box()
        self.error = error_label(self)
        self.detail = QWidget(self)
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.heading)
        detail.addLayout(self.cards, 2)
        detail.addWidget(self.merge_box, 1)
        detail.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.reload()
        tab_always_moves_on(self)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        name(table, self.tr("Open conflicts"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        return table

    def _make_merge_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Or merge the texts"), self)
        hint = QLabel(
            self.tr("Both versions are below, one after the other: edit them into one text."), box
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.merged, 1)
        layout.addWidget(self.keep_merged, 0, Qt.AlignmentFlag.AlignRight)
        return box

    # Loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open conflicts again, keeping the selected one if it is still open."""
        current = self.current_conflict()
        conflicts = self.store.read(open_conflicts, self.visit_id)
        self.model.set_conflicts(conflicts, self.labels)
        explanation = self.tr(
            "Two laptops changed the same field differently since they last exchanged "
            "bundles: pick the version to keep."
        )
        if len(conflicts) == 1:
            self.summary.setText(self.tr("1 conflict to resolve. {0}").format(explanation))
        elif conflicts:
            self.summary.setText(
                self.tr("{0} conflicts to resolve. {1}").format(len(conflicts), explanation)
            )
        else:
            self.summary.setText(self.tr("No open conflicts: every laptop's edits agree."))
        row = self.model.row_of(current.id) if current is not None else None
        if conflicts:
            self.table.selectRow(row if row is not None else 0)
        self._show(self.current_conflict())

    def current_conflict(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.current_conflict())

    def _show(self, conflict: Conflict | None) -> None:
        for old in self._cards:
            self.cards.removeWidget(old)
            old.hide()  # deleted later: it must not paint meanwhile
            old.deleteLater()
        self._cards = []
        self.error.clear()
        self.detail.setVisible(conflict is not None)
        if conflict is None:
            return
        self.heading.setText(
            self.tr("<b>{0}</b> — {1}").format(
                html.escape(record_text(conflict)), html.escape(field_text(conflict, self.labels))
            )
        )
        sides = conflict.sides
        for number, side in enumerate(sides, start=1):
            # Each version against another: the first against the second, the rest the first.
            other = (sides[1] if number == 1 else sides[0]) if len(sides) > 1 else None
            card = SideCard(number, conflict, side, other)
            card.keepRequested.connect(self._keep_side)
            self.cards.addWidget(card)
            self._cards.append(card)
        text = is_text_conflict(conflict)
        self.merge_box.setVisible(text)
        if text:
            versions = (str(side.value or "") for side in conflict.sides)
            self.merged.setPlainText("\n\n".join(version for version in versions if version))

    def side_cards(self) -> list[SideCard]:
        return list(self._cards)

    # Resolving -----------------------------------------------------------------------------

    def _keep_side(self, side: ConflictSide) -> None:
        conflict = self.current_conflict()
        if conflict is not None:
            self.resolve(conflict, side.value, side_value_text(conflict, side))

    def _keep_merged(self) -> None:
        conflict = self.current_conflict()
        if conflict is not None:
            text = self.merged.toPlainText()
            self.resolve(conflict, text, text)

    def confirm(self, conflict: Conflict, shown: str) -> bool:
        excerpt = shown if len(shown) <= 200 else shown[:199] + "…"
        answer = QMessageBox.question(
            self,
            self.tr("Resolve conflict"),
            self.tr(
                "Keep “{0}” as {1} of {2}? The other versions are dropped on every laptop once "
                "your next bundle reaches them. This cannot be undone with Undo; you can still "
                "edit the record afterwards."
            ).format(excerpt, field_text(conflict, self.labels), record_text(conflict)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def resolve(self, conflict: Conflict, value: Any, shown: str) -> bool:
        """Write `value` as the field's new value, which closes the conflict; False if the user
        declined or a rule refused it (the message then shows under the versions)."""
        if not self.confirm(conflict, shown):
            return False
        self.store.flush_all()
        try:
            self.store.write(resolve_conflict, conflict.id, value)
        except UserError as error:
            show_problem(self.error, error)
            return False
        self.store.notify_structure(conflict.kind)
        if not (conflict.field == DELETED_FIELD and value is True):  # a deleted record is gone
            self.store.notify_changed(conflict.kind, conflict.record_id)
        self.reload()
        self.resolved.emit()
        return True


class ConflictsDialog(QDialog):
    """The Conflicts view in a window of its own, reachable from anywhere."""

    def __init__(
        self,
        store: Store,
        visit_id: str | None,
        labels: FieldLabels,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self.view = ConflictsView(store, visit_id, labels, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1000, 620)
