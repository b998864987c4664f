"""The delegation and the persons it met: two editable tables, each with Add and Delete.
A member's gender makes the report's roles agree ("la cheffe de la délégation"); a person's
protocol rank orders annex I (1 first, the unranked after).

Every change is one undo step (undo.create_record, edit_record, delete_record); a deletion is a
soft delete that undo brings back. Refusals are shown in a line above the tables.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import DelegationRole, Gender, PersonMetCategory
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import DelegationMemberFields, PersonMetFields
from spt_field.errors import UserError
from spt_field.services.delegation import list_delegation, list_persons_met
from spt_field.services.storage import Session
from spt_field.ui.i18n import code_label
from spt_field.ui.models.people_table_model import PeopleColumn, PeopleTableModel
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record, delete_record
from spt_field.ui.widgets.people_delegate import CodeComboDelegate

_MESSAGE_STYLE = "background: #fdecea; color: #7f0016; padding: 6px;"


class PeopleSection(QGroupBox):
    """One table of people with its Add and Delete buttons."""

    def __init__(
        self,
        title: str,
        model: PeopleTableModel,
        list_records: Callable[[Session, str], list[Any]],
        buttons: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.model = model
        self.list_records = list_records
        self.view = QTableView(self)
        self.view.setModel(model)
        self._set_up_view()
        self.add_button = QPushButton(buttons[0], self)
        self.delete_button = QPushButton(buttons[1], self)
        self.delete_button.setEnabled(False)
        self.add_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_action)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)

    def _set_up_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        view.verticalHeader().hide()
        view.setToolTip(
            self.tr("Double-click a cell or press F2 to edit it; each change is saved at once")
        )
        header = view.horizontalHeader()
        for number, column in enumerate(self.model.people_columns):
            if column.number:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
            elif column.codes is None:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            else:
                # Wide enough for the longest label and the combo box's arrow while editing.
                widest = max(
                    view.fontMetrics().horizontalAdvance(code_label(c)) for c in column.codes
                )
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(number, widest + 48)
                view.setItemDelegateForColumn(number, CodeComboDelegate(column.codes, view))

    def _update_buttons(self, *_args: Any) -> None:
        self.delete_button.setEnabled(self.selected_record() is not None)

    def selected_record(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.line(rows[0].row()) if rows else None

    def reload(self, visit_id: str) -> None:
        """Read the list again, keeping the selected record selected."""
        selected = self.selected_record()
        self.model.set_lines(self._read(visit_id))
        if selected is not None:
            self.select(selected.id)

    def _read(self, visit_id: str) -> list[Any]:
        store: Store = self.model.store
        return store.read(self.list_records, visit_id)

    def select(self, record_id: str, *, edit: bool = False) -> None:
        row = self.model.row_of(record_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        if edit:
            self.view.setFocus()
            self.view.edit(index)


class DelegationPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit_id: str | None = None
        self.message = QLabel(self)
        self.message.setObjectName("refusalMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_MESSAGE_STYLE)
        self.message.hide()
        self.members = self._members_section()
        self.persons = self._persons_section()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.members, 2)
        layout.addWidget(self.persons, 3)
        store.recordsChanged.connect(self._on_records_changed)

    def _members_section(self) -> PeopleSection:
        columns = [
            PeopleColumn("name", self.tr("Name")),
            PeopleColumn("role", self.tr("Role"), DelegationRole),
            PeopleColumn(
                "gender",
                self.tr("Gender"),
                Gender,
                tip=self.tr(
                    'The report\'s roles agree with it ("la cheffe de la délégation"); '
                    "not recorded keeps the wording that names no gender"
                ),
            ),
        ]
        model = PeopleTableModel(self.store, RecordKind.MEMBER, columns, self)
        section = PeopleSection(
            self.tr("Delegation &members"),
            model,
            list_delegation,
            (self.tr("&Add member"), self.tr("&Delete member")),
            self,
        )
        section.add_button.setToolTip(self.tr("Add a member to the delegation"))
        section.add_button.clicked.connect(self.add_member)
        self._wire(section)
        return section

    def _persons_section(self) -> PeopleSection:
        columns = [
            PeopleColumn("name", self.tr("Name")),
            PeopleColumn("title", self.tr("Title")),
            PeopleColumn("institution", self.tr("Institution")),
            PeopleColumn("category", self.tr("Category"), PersonMetCategory),
            PeopleColumn(
                "protocol_rank",
                self.tr("Protocol rank"),
                number=True,
                tip=self.tr(
                    "Order of annex I in the category: 1 for the head of State or government, "
                    "then the ministers as the State's protocol lists their ministries; the "
                    "persons without a rank follow"
                ),
            ),
        ]
        model = PeopleTableModel(self.store, RecordKind.PERSON_MET, columns, self)
        section = PeopleSection(
            self.tr("Perso&ns met"),
            model,
            list_persons_met,
            (self.tr("Add &person met"), self.tr("De&lete person met")),
            self,
        )
        section.add_button.setToolTip(self.tr("Add an official or other person the delegation met"))
        section.add_button.clicked.connect(self.add_person_met)
        self._wire(section)
        return section

    def _wire(self, section: PeopleSection) -> None:
        section.delete_button.setToolTip(self.tr("Delete the selected row (can be undone)"))
        section.delete_button.clicked.connect(lambda: self.delete_selected(section))
        section.delete_action.triggered.connect(lambda: self.delete_selected(section))
        section.model.refused.connect(self._show_refusal)
        section.model.edited.connect(self._clear_message)

    # Showing a visit ---------------------------------------------------------------------

    def set_visit(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self._clear_message()
        for section in (self.members, self.persons):
            section.add_button.setEnabled(True)
            section.reload(visit_id)

    def _on_records_changed(self, kind: str) -> None:
        if self.visit_id is None:
            return
        for section in (self.members, self.persons):
            if kind == section.model.kind.value:
                section.reload(self.visit_id)

    # Actions -----------------------------------------------------------------------------

    def add_member(self) -> None:
        self._add(self.members, DelegationMemberFields(name=self.tr("New member")))

    def add_person_met(self) -> None:
        self._add(self.persons, PersonMetFields(name=self.tr("New person")))

    def _add(self, section: PeopleSection, fields: Any) -> None:
        if self.visit_id is None:
            return
        try:
            record = create_record(self.store, section.model.kind, self.visit_id, fields)
        except UserError as error:
            self._show_message(self.tr("Could not add: {0}").format(error))
            return
        self._clear_message()
        section.select(record.id, edit=True)

    def delete_selected(self, section: PeopleSection) -> None:
        record = section.selected_record()
        if record is None or not self.confirm_delete(record.name):
            return
        try:
            delete_record(self.store, section.model.kind, record.id)
        except UserError as error:
            self._show_message(self.tr("Could not delete: {0}").format(error))
            return
        self._clear_message()

    def confirm_delete(self, name: str) -> bool:
        """Ask before deleting; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete {0}? You can undo this with Undo.").format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_refusal(self, message: str) -> None:
        self._show_message(self.tr("Not saved: {0}").format(message))

    def _show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
