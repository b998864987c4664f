"""What every record form shares: a binder, a banner for refusals, field highlighting.

A save refused because someone else saved the record meanwhile (EditConflictError, on a
headquarters server) keeps what the user typed; the banner shows the other's values and two
buttons: keep mine (save it over theirs) or take theirs (drop the typing, show their record)."""

from __future__ import annotations

import enum
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.kinds import RecordKind
from spt_field.errors import EditConflictError, UserError
from spt_field.ui.forms.binder import FormBinder
from spt_field.ui.i18n import code_label
from spt_field.ui.rule_messages import describe, field_name
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit

_ERROR_STYLE = "border: 2px solid #b00020;"


class RecordForm(QWidget):
    """A form editing one record of `kind`; subclasses add widgets and bind them."""

    kind: RecordKind
    #: The field a new record of this kind is typed into first.
    first_field = ""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.binder = FormBinder(store, self.kind, self)
        self.binder.autosave.describe = self._describe
        self.banner = QLabel(self)
        self.banner.setObjectName("refusalBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #7f0016; padding: 6px;")
        self.banner.hide()
        self._conflict: EditConflictError | None = None
        self.conflict_bar = QWidget(self)
        self.conflict_bar.setObjectName("conflictBar")
        self.keep_mine_button = QPushButton(self.tr("Keep mine"), self.conflict_bar)
        self.keep_mine_button.setToolTip(
            self.tr("Save what you typed over what the other person saved")
        )
        self.take_theirs_button = QPushButton(self.tr("Take theirs"), self.conflict_bar)
        self.take_theirs_button.setToolTip(
            self.tr("Drop what you typed and show the record as the other person saved it")
        )
        bar = QHBoxLayout(self.conflict_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.keep_mine_button)
        bar.addWidget(self.take_theirs_button)
        bar.addStretch(1)
        self.conflict_bar.hide()
        self.keep_mine_button.clicked.connect(self.binder.keep_mine)
        self.take_theirs_button.clicked.connect(self.binder.take_theirs)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.banner)
        self.outer.addWidget(self.conflict_bar)
        self.outer.addLayout(self.form)
        self.binder.refused.connect(self._show_refusal)
        self.binder.conflicted.connect(self._show_conflict)
        self.binder.saved.connect(self._clear_refusal)
        self.binder.loaded.connect(self._clear_refusal)

    def show_record(self, record: Any) -> None:
        self.binder.load(record)

    @property
    def record(self) -> Any:
        return self.binder.record

    def focus_first_field(self) -> None:
        """Put the cursor in the field a new record is typed into first (`first_field`): its
        text selected, so that typing replaces "New place", or, in a text box, after what is
        already there."""
        adapter = self.binder.fields.get(self.first_field)
        if adapter is None:
            return
        widget = adapter.widget
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(widget, QPlainTextEdit):
            widget.moveCursor(QTextCursor.MoveOperation.End)

    def set_date_reference(self, day: date) -> None:
        """Where this form's calendars open on an empty date: the visit's first day."""
        for edit in self.findChildren(DateEdit):
            edit.reference = day

    def field_labels(self) -> dict[str, str]:
        """Each bound field's name as its label on this form shows it (for the history)."""
        labels = {
            label.buddy(): label.text().replace("&", "").rstrip(":")
            for label in self.findChildren(QLabel)
            if label.buddy() is not None and label.text()
        }
        return {
            name: labels[adapter.widget]
            for name, adapter in self.binder.fields.items()
            if adapter.widget in labels
        }

    def _describe(self, error: UserError) -> str:
        if isinstance(error, EditConflictError):
            return self.conflict_text(error)
        return describe(error, self.field_labels())

    def conflict_text(self, conflict: EditConflictError) -> str:
        """Who changed what, as the form names the fields: "someone else saved this record
        meanwhile: Name is now “Prison B”. What you typed is kept here..."."""
        labels = self.field_labels()
        theirs = "; ".join(
            self.tr("{0} is now {1}").format(field_name(name, labels), self._shown(value))
            for name, value in conflict.theirs.items()
        )
        head = (
            self.tr("someone else saved this record meanwhile: {0}.").format(theirs)
            if theirs
            else self.tr("someone else saved this record meanwhile.")
        )
        return (
            head
            + " "
            + self.tr(
                "What you typed is kept here: keep yours to save it over theirs, or take theirs."
            )
        )

    def _shown(self, value: object) -> str:
        if value is None or value == "" or value == ():
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, enum.Enum):
            return f"“{code_label(value)}”"  # type: ignore[arg-type]
        if isinstance(value, tuple | list):
            return "“" + ", ".join(self._plain(item) for item in value) + "”"
        return f"“{self._plain(value)}”"

    def _plain(self, value: object) -> str:
        if isinstance(value, enum.Enum):
            return code_label(value)  # type: ignore[arg-type]
        if isinstance(value, date):
            return QLocale().toString(
                QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
            )
        if isinstance(value, time):
            return value.strftime("%H:%M")
        return str(value)

    def _show_conflict(self, conflict: EditConflictError) -> None:
        # The refusal's banner follows (refused): it shows this conflict's way out.
        self._conflict = conflict

    def _show_refusal(self, field: str, message: str) -> None:
        self._clear_highlight()
        self.banner.setText(self.tr("Not saved yet: {0}").format(message))
        self.banner.show()
        name = field.split(".")[-1].split("[")[0]
        adapter = self.binder.fields.get(name)
        if adapter is not None:
            adapter.widget.setStyleSheet(_ERROR_STYLE)
            adapter.widget.setToolTip(message)
        conflict, self._conflict = self._conflict, None
        self.conflict_bar.setVisible(conflict is not None and self.binder.theirs is not None)
        for name in conflict.theirs if conflict is not None else ():
            adapter = self.binder.fields.get(name)
            if adapter is not None:
                adapter.widget.setStyleSheet(_ERROR_STYLE)

    def _clear_refusal(self, *_args: Any) -> None:
        self.banner.hide()
        self.conflict_bar.hide()
        self._clear_highlight()

    def _clear_highlight(self) -> None:
        for adapter in self.binder.fields.values():
            if adapter.widget.styleSheet() == _ERROR_STYLE:
                adapter.widget.setStyleSheet("")
                adapter.widget.setToolTip("")
