"""What every record form shares: a binder, a banner for refusals, field highlighting."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from spt_field.domain.kinds import RecordKind
from spt_field.ui.forms.binder import FormBinder
from spt_field.ui.rule_messages import describe
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
        self.binder.autosave.describe = lambda error: describe(error, self.field_labels())
        self.banner = QLabel(self)
        self.banner.setObjectName("refusalBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #7f0016; padding: 6px;")
        self.banner.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.banner)
        self.outer.addLayout(self.form)
        self.binder.refused.connect(self._show_refusal)
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

    def _show_refusal(self, field: str, message: str) -> None:
        self._clear_highlight()
        self.banner.setText(self.tr("Not saved yet: {0}").format(message))
        self.banner.show()
        name = field.split(".")[-1].split("[")[0]
        adapter = self.binder.fields.get(name)
        if adapter is not None:
            adapter.widget.setStyleSheet(_ERROR_STYLE)
            adapter.widget.setToolTip(message)

    def _clear_refusal(self, *_args: Any) -> None:
        self.banner.hide()
        self._clear_highlight()

    def _clear_highlight(self) -> None:
        for adapter in self.binder.fields.values():
            if adapter.widget.styleSheet() == _ERROR_STYLE:
                adapter.widget.setStyleSheet("")
                adapter.widget.setToolTip("")
