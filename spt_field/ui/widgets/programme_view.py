"""The delegation's daily programme of the open visit: which team goes to which place on which
day, and the meetings with the authorities. An entry is edited below the table and saved with
the button, or by itself when another entry is chosen or the page is left. The programme is
printed as the delegation's internal PDF and exported as a calendar for the members' phones.
Below, the country's register of places: the NPM's list, imported here, with when and how often
each place was visited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from spt_field.domain.countries import country_name
from spt_field.domain.values import ProgrammeEntry, ProgrammeEntryFields, Visit
from spt_field.errors import UserError
from spt_field.export.programme_calendar import export_programme_calendar
from spt_field.export.programme_pdf import export_programme_pdf
from spt_field.interchange.places_list import read_places_list
from spt_field.services.places import list_places_for_visit
from spt_field.services.places_register import import_register_list, register_of_country
from spt_field.services.programme import (
    add_programme_entry,
    delete_programme_entry,
    get_programme_entry,
    programme_lines,
    update_programme_entry,
)
from spt_field.services.visits import get_visit
from spt_field.ui.accessibility import name, name_inputs
from spt_field.ui.forms.fields import DateField, TimeField
from spt_field.ui.i18n import current_language
from spt_field.ui.models.programme_model import ProgrammeModel
from spt_field.ui.models.register_model import RegisterModel
from spt_field.ui.rule_messages import describe
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit
from spt_field.ui.widgets.followup_tracker import select_row, set_up_table
from spt_field.ui.widgets.scroll_page import narrow_combo, scrollable

_MESSAGE_STYLE = "background: #fdecea; color: #7f0016; padding: 6px;"
_NOTES_LINES = 3
_PLACE, _REGISTER = "place:", "register:"


@dataclass
class _Editor:
    day: DateField
    starts_at: TimeField
    ends_at: TimeField
    team: QLineEdit
    place: QComboBox
    meeting_with: QLineEdit
    notes: QPlainTextEdit


def _choices(session: Session, visit: Visit) -> list[tuple[str, str]]:
    """The places an entry may go to: the visit's, then the country's register."""
    return [
        *(
            (f"{_PLACE}{place.id}", place.name)
            for place in list_places_for_visit(session, visit.id)
        ),
        *(
            (f"{_REGISTER}{entry.id}", entry.name)
            for entry in register_of_country(session, visit.country)
        ),
    ]


class ProgrammeView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit: Visit | None = None
        self._entry: ProgrammeEntry | None = None
        self.title = QLabel(self)
        self.model = ProgrammeModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        name(self.table, self.tr("Programme entries"))
        self.add_button = QPushButton(self.tr("&Add an entry"), self)
        self.delete_button = QPushButton(self.tr("De&lete the entry"), self)
        self.pdf_button = QPushButton(self.tr("Print as &PDF…"), self)
        self.calendar_button = QPushButton(self.tr("Export as cale&ndar…"), self)
        self.register_button = QPushButton(self.tr("&Update the register of places…"), self)
        self.register_button.setToolTip(
            self.tr("Import the country's list of places kept by the NPM (CSV or Excel)")
        )
        self.register = RegisterModel(self)
        self.register_table = QTableView(self)
        self.register_table.setModel(self.register)
        set_up_table(self.register_table)
        self.register_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.register_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        name(self.register_table, self.tr("Register of places"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_MESSAGE_STYLE)
        self.message.hide()
        self.editor = self._build_editor()
        self.save_button = QPushButton(self.tr("Save chan&ges"), self)
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(self._on_chosen)
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.calendar_button.clicked.connect(self.export_calendar)
        self.register_button.clicked.connect(self.import_register)
        name_inputs(self)

    def _build_editor(self) -> _Editor:
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(self.fontMetrics().lineSpacing() * _NOTES_LINES)
        notes.setToolTip(self.tr("For the delegation only; never a name of a person interviewed"))
        place = QComboBox(self)
        place.setToolTip(self.tr("The visit's places first, then the country's register"))
        narrow_combo(place)
        meeting = QLineEdit(self)
        meeting.setToolTip(self.tr("The authority met, when the entry is a meeting"))
        return _Editor(
            day=DateField(DateEdit(self), optional=False, name="day"),
            starts_at=TimeField(QLineEdit(self), "starts_at"),
            ends_at=TimeField(QLineEdit(self), "ends_at"),
            team=QLineEdit(self),
            place=place,
            meeting_with=meeting,
            notes=notes,
        )

    def _layout(self) -> None:
        editor = self.editor
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (
            self.add_button,
            self.delete_button,
            self.pdf_button,
            self.calendar_button,
            self.register_button,
        ):
            top.addWidget(button)
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Day:"), editor.day.widget),
            (self.tr("&Starts at:"), editor.starts_at.widget),
            (self.tr("Ends a&t:"), editor.ends_at.widget),
            (self.tr("Tea&m:"), editor.team),
            (self.tr("Pla&ce:"), editor.place),
            (self.tr("Meeting w&ith:"), editor.meeting_with),
            (self.tr("N&otes:"), editor.notes),
        )
        for text, widget in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        box = QGroupBox(self.tr("The selected entry"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box_layout.addLayout(buttons)
        note = QLabel(
            self.tr("Internal to the delegation: the printed programme is marked confidential."),
            self,
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(box)
        self.register_box = QGroupBox(self)
        register_layout = QVBoxLayout(self.register_box)
        register_layout.addWidget(self.register_table)
        splitter.addWidget(self.register_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(scrollable(splitter), 1)

    # Reading -----------------------------------------------------------------------------

    def set_visit(self, visit_id: str) -> None:
        """Show the programme of the visit (saving the entry being edited first)."""
        self.save()
        self.visit = self.store.read(get_visit, visit_id)
        self._entry = None
        self.editor.place.clear()
        self.editor.place.addItem(self.tr("No place: a meeting"), None)
        for data, label in self.store.read(_choices, self.visit):
            self.editor.place.addItem(label, data)
        self.register.set_lines(self.store.read(register_of_country, self.visit.country))
        self.register_box.setTitle(
            self.tr("Register of places of {0} ({1})").format(
                country_name(self.visit.country, current_language()), self.register.rowCount()
            )
        )
        self.reload()

    def reload(self) -> None:
        if self.visit is None:
            return
        self.title.setText(
            self.tr("Programme of the visit to {0}, {1} to {2}").format(
                country_name(self.visit.country, current_language()),
                self.visit.start_date.isoformat(),
                self.visit.end_date.isoformat(),
            )
        )
        kept = self._entry.id if self._entry else None
        lines = self.store.read(programme_lines, self.visit.id)
        self.model.set_lines(lines)
        row = self.model.row_of(kept) if kept else None
        if row is None and lines:
            row = 0
        if row is None:
            self._show_entry(None)
        else:
            select_row(self.table, row)
            self._show_entry(self.model.line(row).entry.id)

    def _on_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = self.model.line(current.row()).entry.id if current.isValid() else None
        if entry_id != (self._entry.id if self._entry else None):
            self.save()
            self._show_entry(entry_id)

    def _show_entry(self, entry_id: str | None) -> None:
        self._entry = None if entry_id is None else self.store.read(get_programme_entry, entry_id)
        editor, entry = self.editor, self._entry
        editor.day.set_value(entry.day if entry else None)
        editor.starts_at.set_value(entry.starts_at if entry else None)
        editor.ends_at.set_value(entry.ends_at if entry else None)
        editor.team.setText(entry.team if entry else "")
        place = None
        if entry is not None and entry.place_id:
            place = f"{_PLACE}{entry.place_id}"
        elif entry is not None and entry.register_id:
            place = f"{_REGISTER}{entry.register_id}"
        editor.place.setCurrentIndex(max(editor.place.findData(place), 0))
        editor.meeting_with.setText(entry.meeting_with if entry else "")
        editor.notes.setPlainText(entry.notes if entry else "")
        for widget in (
            editor.day.widget,
            editor.starts_at.widget,
            editor.ends_at.widget,
            editor.team,
            editor.place,
            editor.meeting_with,
            editor.notes,
            self.save_button,
            self.delete_button,
        ):
            widget.setEnabled(entry is not None)

    # Writing -----------------------------------------------------------------------------

    def _edited(self) -> dict[str, Any]:
        """The fields the editor changed from the entry as read."""
        editor, entry = self.editor, self._entry
        assert entry is not None
        place = editor.place.currentData() or ""
        shown = {
            "day": editor.day.value(),
            "starts_at": editor.starts_at.value(),
            "ends_at": editor.ends_at.value(),
            "team": editor.team.text(),
            "place_id": place.removeprefix(_PLACE) if place.startswith(_PLACE) else None,
            "register_id": (place.removeprefix(_REGISTER) if place.startswith(_REGISTER) else None),
            "meeting_with": editor.meeting_with.text(),
            "notes": editor.notes.toPlainText(),
        }
        return {key: value for key, value in shown.items() if getattr(entry, key) != value}

    def save(self) -> bool:
        """Write the editor's changes to the entry; False (and a message) if refused."""
        if self._entry is None:
            return True
        try:
            changes = self._edited()
            if changes:
                # loaded: a save over another drafter's change of the same field is refused
                # (the message shows theirs; the typing stays in the editor).
                self._entry = self.store.write(
                    update_programme_entry, self._entry.id, loaded=self._entry, **changes
                )
                self.reload()
        except UserError as error:
            self._show_message(self.tr("Not saved: {0}").format(describe(error)))
            return False
        self.message.hide()
        return True

    def add_entry(self) -> None:
        """A new entry on the selected entry's day (else the visit's first day)."""
        if self.visit is None or not self.save():
            return
        day = self._entry.day if self._entry else self.visit.start_date
        try:
            self._entry = self.store.write(
                add_programme_entry, self.visit.id, ProgrammeEntryFields(day=day)
            )
        except UserError as error:
            self._show_message(describe(error))
            return
        self.reload()
        self.editor.starts_at.widget.setFocus()

    def delete_entry(self) -> None:
        if self._entry is None:
            return
        try:
            self.store.write(delete_programme_entry, self._entry.id)
        except UserError as error:
            self._show_message(describe(error))
            return
        self._entry = None
        self.reload()

    # Exporting ---------------------------------------------------------------------------

    @classmethod
    def ask_list(cls, parent: QWidget, title: str, kinds: str) -> Path | None:
        """The list of places to import, or None if the user cancelled (tests patch this)."""
        path, _filter = QFileDialog.getOpenFileName(parent, title, "", kinds)
        return Path(path) if path else None

    def import_register(self) -> None:
        """Add the NPM's list to the country's register (all or nothing), then offer its
        places."""
        if self.visit is None or not self.save():
            return
        path = self.ask_list(
            self,
            self.tr("Update the register of places"),
            self.tr("Lists of places (*.csv *.xlsx)"),
        )
        if path is None:
            return
        try:
            rows = read_places_list(path)
            self.store.write(import_register_list, self.visit.country, rows)
        except UserError as error:
            self._show_message(self.tr("Nothing imported: {0}").format(describe(error)))
            return
        self.message.hide()
        self.set_visit(self.visit.id)

    @classmethod
    def ask_path(cls, parent: QWidget, title: str, suggested: str, kinds: str) -> Path | None:
        """The file to write, or None if the user cancelled (tests patch this)."""
        path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
        return Path(path) if path else None

    def export_pdf(self) -> None:
        if self.visit is None or not self.save():
            return
        path = self.ask_path(
            self, self.tr("Print the programme"), "programme.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is not None:
            self._export(export_programme_pdf, self.visit.id, path)

    def export_calendar(self) -> None:
        if self.visit is None or not self.save():
            return
        path = self.ask_path(
            self,
            self.tr("Export the programme as a calendar"),
            "programme.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if path is not None:
            self._export(export_programme_calendar, self.visit.id, path, now=datetime.now(UTC))

    def _export(self, function: Any, *args: Any, **kwargs: Any) -> None:
        try:
            self.store.read(function, *args, **kwargs)
        except (UserError, OSError) as error:
            text = describe(error) if isinstance(error, UserError) else str(error.strerror)
            self._show_message(self.tr("Not exported: {0}").format(text))
            return
        self.message.hide()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.save()
        super().hideEvent(event)
