"""The reprisals register: for each person at risk, the follow-up after the visit.

Persons are named by their interview's pseudonym only. A case is opened for an interview marked
at risk of reprisals; its contacts, incidents alleged, actions taken and status are saved with
the button, and by themselves when another case is chosen or the page is left. Nothing here
ever reaches a report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import ReprisalAction, ReprisalStatus
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import ReprisalCase, ReprisalCaseFields
from spt_field.errors import UserError
from spt_field.services.reprisals import (
    get_reprisal_case,
    open_reprisal_case,
    persons_at_risk_without_case,
    reprisal_register,
    update_reprisal_case,
)
from spt_field.ui.accessibility import name, name_inputs
from spt_field.ui.forms.fields import ChecklistField, DateField, code_choices, fill_codes
from spt_field.ui.models.reprisal_model import ReprisalModel
from spt_field.ui.rule_messages import describe
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit
from spt_field.ui.widgets.followup_tracker import select_row, set_up_table
from spt_field.ui.widgets.scroll_page import narrow_combo, scrollable

_MESSAGE_STYLE = "background: #fdecea; color: #7f0016; padding: 6px;"
_TEXT_LINES = 3
_RELOAD_KINDS = {RecordKind.VISIT.value, RecordKind.INTERVIEW.value}


@dataclass
class _Editor:
    status: QComboBox
    opened_on: DateField
    contacts: QPlainTextEdit
    incidents: QPlainTextEdit
    actions: ChecklistField
    actions_taken: QPlainTextEdit


class ReprisalsView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._case: ReprisalCase | None = None
        self._stale = False
        self.status_filter = QComboBox(self)
        fill_codes(self.status_filter, ReprisalStatus, none_label=self.tr("Every case"))
        self.status_filter.setToolTip(self.tr("Show the cases with this status only"))
        self.model = ReprisalModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        name(self.table, self.tr("Reprisal cases"))
        self.person = QComboBox(self)
        self.person.setToolTip(
            self.tr("Interviews marked at risk of reprisals that have no case yet")
        )
        self.open_button = QPushButton(self.tr("Open a &case"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_MESSAGE_STYLE)
        self.message.hide()
        self.editor = self._build_editor()
        self.save_button = QPushButton(self.tr("Save chan&ges"), self)
        self._layout()
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_chosen)
        self.open_button.clicked.connect(self.open_case)
        self.save_button.clicked.connect(self.save)
        store.recordsChanged.connect(self._on_change)
        self.reload()
        name_inputs(self)

    def _build_editor(self) -> _Editor:
        status = QComboBox(self)
        fill_codes(status, ReprisalStatus)
        texts = []
        for tip in (
            self.tr("Contacts made with the person or those close to them since the visit"),
            self.tr("Incidents the person or others alleged since the visit"),
            self.tr("What was done: letters, interventions, whom they went to"),
        ):
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setToolTip(tip)
            text.setMinimumHeight(self.fontMetrics().lineSpacing() * _TEXT_LINES)
            texts.append(text)
        actions = ChecklistField(QListWidget(self))
        actions.set_choices(code_choices(ReprisalAction))
        actions.widget.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        contacts, incidents, taken = texts
        return _Editor(
            status=status,
            opened_on=DateField(DateEdit(self), name="opened_on"),
            contacts=contacts,
            incidents=incidents,
            actions=actions,
            actions_taken=taken,
        )

    def _layout(self) -> None:
        top = QHBoxLayout()
        self._labelled(top, self.tr("Sho&w:"), self.status_filter)
        top.addStretch(1)
        self._labelled(top, self.tr("&Person at risk:"), self.person)
        top.addWidget(self.open_button)
        editor = self.editor
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Status:"), editor.status), editor.status)
        form.addRow(
            self._label(self.tr("Opened &on:"), editor.opened_on.widget), editor.opened_on.widget
        )
        form.addRow(self._label(self.tr("Con&tacts:"), editor.contacts), editor.contacts)
        form.addRow(self._label(self.tr("&Incidents alleged:"), editor.incidents), editor.incidents)
        form.addRow(self._label(self.tr("Actio&ns:"), editor.actions.widget), editor.actions.widget)
        form.addRow(
            self._label(self.tr("What was &done:"), editor.actions_taken), editor.actions_taken
        )
        box = QGroupBox(self.tr("Follow-up of the selected case"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box_layout.addLayout(buttons)
        note = QLabel(self.tr("Internal: the register never reaches a report."), self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.message)
        # Scrolls rather than make the window taller than a small screen.
        layout.addWidget(scrollable(splitter), 1)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _labelled(self, layout: QHBoxLayout, text: str, combo: QComboBox) -> None:
        narrow_combo(combo)
        layout.addWidget(self._label(text, combo))
        layout.addWidget(combo)

    # Reading -----------------------------------------------------------------------------

    def reload(self, *_args: Any) -> None:
        self._stale = False
        kept = self._case.id if self._case else None
        status = self.status_filter.currentData()
        try:
            lines = self.store.read(
                reprisal_register, None if status is None else ReprisalStatus(status)
            )
            waiting = self.store.read(persons_at_risk_without_case)
        except UserError as error:
            self._show_message(describe(error))
            return
        self.model.set_lines(lines)
        self.person.clear()
        for person in waiting:
            where = f"{person.place_name} · {person.country} {person.visit_start.isoformat()}"
            self.person.addItem(f"{person.pseudonym} · {where}", person.interview_id)
        self.open_button.setEnabled(bool(waiting))
        self.person.setEnabled(bool(waiting))
        row = self.model.row_of(kept) if kept else None
        if row is None and lines:
            row = 0
        if row is None:
            self._show_case(None)
        else:
            select_row(self.table, row)
            self._show_case(self.model.line(row).id)

    def _on_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.line(current.row()).id if current.isValid() else None
        if case_id != (self._case.id if self._case else None):
            self.save()
            self._show_case(case_id)

    def _show_case(self, case_id: str | None) -> None:
        self._case = None if case_id is None else self.store.read(get_reprisal_case, case_id)
        editor, case = self.editor, self._case
        editor.status.setCurrentIndex(max(editor.status.findData(case.status if case else None), 0))
        editor.opened_on.set_value(case.opened_on if case else None)
        editor.contacts.setPlainText(case.contacts if case else "")
        editor.incidents.setPlainText(case.incidents if case else "")
        editor.actions.set_value(case.actions if case else ())
        editor.actions_taken.setPlainText(case.actions_taken if case else "")
        for widget in (
            editor.status,
            editor.opened_on.widget,
            editor.contacts,
            editor.incidents,
            editor.actions.widget,
            editor.actions_taken,
            self.save_button,
        ):
            widget.setEnabled(case is not None)

    # Writing -----------------------------------------------------------------------------

    def _edited(self) -> dict[str, Any]:
        """The fields the editor changed from the case as read."""
        editor, case = self.editor, self._case
        assert case is not None
        shown = {
            "status": ReprisalStatus(editor.status.currentData()),
            "opened_on": editor.opened_on.value(),
            "contacts": editor.contacts.toPlainText(),
            "incidents": editor.incidents.toPlainText(),
            "actions": tuple(editor.actions.value()),
            "actions_taken": editor.actions_taken.toPlainText(),
        }
        return {key: value for key, value in shown.items() if getattr(case, key) != value}

    def save(self) -> bool:
        """Write the editor's changes to the case; False (and a message) if refused."""
        if self._case is None:
            return True
        try:
            changes = self._edited()
            if changes:
                # loaded: a save over another drafter's change of the same field is refused.
                self._case = self.store.write(
                    update_reprisal_case, self._case.id, loaded=self._case, **changes
                )
                self.store.notify_changed(RecordKind.INTERVIEW, self._case.interview_id)
                self.reload()
        except UserError as error:
            self._show_message(self.tr("Not saved: {0}").format(describe(error)))
            return False
        self.message.hide()
        return True

    def open_case(self) -> None:
        interview_id = self.person.currentData()
        if interview_id is None or not self.save():
            return
        try:
            case = self.store.write(
                open_reprisal_case, ReprisalCaseFields(interview_id=interview_id)
            )
        except UserError as error:
            self._show_message(describe(error))
            return
        self._case = case
        self.reload()
        self.editor.contacts.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # Staying current ---------------------------------------------------------------------

    def _on_change(self, kind: str) -> None:
        if kind in _RELOAD_KINDS:
            self._stale = True
            if self.isVisible():
                self.save()
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.save()
        super().hideEvent(event)
