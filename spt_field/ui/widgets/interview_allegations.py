"""The allegations made in one interview: a table, add and delete, and an editor beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import AllegationForm as FormOfIllTreatment
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Allegation, AllegationFields
from spt_field.errors import UserError
from spt_field.services import allegations
from spt_field.ui.forms.allegation_form import AllegationForm
from spt_field.ui.i18n import code_label
from spt_field.ui.keyboard import DETAIL_PANE, widget_shortcut
from spt_field.ui.models.allegation_table_model import AllegationTableModel
from spt_field.ui.rule_messages import describe
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record, delete_record


class AllegationsPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(DETAIL_PANE)
        self.store = store
        self.interview_id: str | None = None
        self.model = AllegationTableModel(self)
        self.table = self._build_table()
        self.editor = AllegationForm(store, self)
        self.editor.setEnabled(False)
        self.add_button = QPushButton(self.tr("Add allegation"), self)
        self.add_button.setToolTip(self.tr("Record a new allegation made in this interview (Ins)"))
        self.add_button.clicked.connect(self.add_allegation)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected allegation (Del); undoable"))
        self.delete_button.clicked.connect(self.delete_selected)
        self._build_layout()
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (QKeySequence(Qt.Key.Key_Insert), self.add_allegation),
        ):
            widget_shortcut(key, self.table, slot)
        store.recordsChanged.connect(self._on_records_changed)
        store.recordChanged.connect(self._on_record_changed)
        self._update_buttons()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("allegationTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        return table

    def _build_layout(self) -> None:
        title = QLabel(self.tr("&Allegations"), self)
        title.setBuddy(self.table)
        title.setStyleSheet("font-weight: bold;")
        buttons = QHBoxLayout()
        buttons.addWidget(title)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # Showing an interview's allegations ---------------------------------------------------

    def set_interview(self, interview_id: str | None) -> None:
        if interview_id == self.interview_id:
            return
        self.interview_id = interview_id
        self.reload()

    def reload(self) -> None:
        """Read the allegations again, keeping the selected one selected."""
        selected = self.selected_allegation()
        found: list[Allegation] = []
        if self.interview_id is not None:
            try:
                found = self.store.read(
                    allegations.list_allegations_for_interview, self.interview_id
                )
            except UserError:  # the interview was deleted meanwhile
                found = []
        self.model.set_allegations(found)
        self.select(selected.id if selected else None)

    def select(self, allegation_id: str | None) -> None:
        """Select `allegation_id` (or the first allegation) and show it in the editor."""
        row = self.model.row_of(allegation_id) if allegation_id else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row < 0:
            self._show_in_editor(None)
        else:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show_in_editor(self.model.allegation_at(row))
        self._update_buttons()

    def selected_allegation(self) -> Allegation | None:
        current = self.table.selectionModel().currentIndex()
        return self.model.allegation_at(current.row()) if current.isValid() else None

    def _on_current_changed(self) -> None:
        self._show_in_editor(self.selected_allegation())
        self._update_buttons()

    def _show_in_editor(self, allegation: Allegation | None) -> None:
        shown = self.editor.record
        if allegation is not None and shown is not None and shown.id == allegation.id:
            return  # already shown: reloading it would move the cursor under the user's hands
        if allegation is None:
            self.editor.binder.flush()
        self.editor.show_record(allegation)
        self.editor.setEnabled(allegation is not None)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.interview_id is not None)
        self.delete_button.setEnabled(self.selected_allegation() is not None)

    def _on_records_changed(self, kind: str) -> None:
        if kind in (RecordKind.ALLEGATION.value, RecordKind.INTERVIEW.value):
            self.reload()

    def _on_record_changed(self, kind: str, record_id: str) -> None:
        if kind == RecordKind.ALLEGATION.value and self.model.row_of(record_id) >= 0:
            self.reload()

    # Adding and deleting -----------------------------------------------------------------

    def add_allegation(self) -> None:
        if self.interview_id is None:
            return
        fields = AllegationFields(form=FormOfIllTreatment.OTHER)
        try:
            allegation = create_record(self.store, RecordKind.ALLEGATION, self.interview_id, fields)
        except UserError as error:
            self.store.report_failed(describe(error))
            return
        self.select(allegation.id)
        self.editor.binder.fields["form"].widget.setFocus()

    def delete_selected(self) -> None:
        allegation = self.selected_allegation()
        if allegation is None or not self.confirm_delete(allegation):
            return
        try:
            delete_record(self.store, RecordKind.ALLEGATION, allegation.id)
        except UserError as error:
            self.store.report_failed(describe(error))

    def confirm_delete(self, allegation: Allegation) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete allegation"),
            self.tr("Delete the allegation “{0}”? You can undo this.").format(
                code_label(allegation.form)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
