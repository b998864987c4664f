"""One recommendation being followed up: its text, its status and the State party's reply.

The status and the reply are bound to the recommendation by a FormBinder: saved by themselves
(at most a second after typing, on leaving the field, before undo), each save one undo step.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import Addressee, RecommendationStatus
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Recommendation
from spt_field.errors import UserError
from spt_field.services.recommendations import get_recommendation
from spt_field.services.status_history import status_history
from spt_field.ui.accessibility import name, name_inputs
from spt_field.ui.forms.binder import FormBinder
from spt_field.ui.forms.fields import CodeField, DateField, NotesField
from spt_field.ui.i18n import code_label
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit

_MESSAGE_STYLE = "background: #fdecea; color: #7f0016; padding: 6px;"
_TEXT_LINES = 4
_REPLY_LINES = 5
_HISTORY_LINES = 5


class RecommendationFollowUp(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.binder = FormBinder(store, RecordKind.RECOMMENDATION, self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("refusalBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_MESSAGE_STYLE)
        self.banner.hide()
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setToolTip(self.tr("The recommendation as the report states it"))
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * _TEXT_LINES)
        self.status = self.binder.bind(
            "status", CodeField(QComboBox(self), RecommendationStatus)
        ).widget
        self.status.setToolTip(
            self.tr("How far it was implemented, from the State's reply or a follow-up visit")
        )
        self.reply = self.binder.bind("state_reply", NotesField(QPlainTextEdit(self))).widget
        self.reply.setTabChangesFocus(True)
        self.reply.setPlaceholderText(self.tr("What the State party replied on this paragraph"))
        self.reply.setToolTip(self.tr("Saved by itself as you type"))
        self.reply.setMinimumHeight(self.fontMetrics().lineSpacing() * _REPLY_LINES)
        self.reply_on = self.binder.bind(
            "state_reply_on", DateField(DateEdit(self), name="state_reply_on")
        ).widget
        self.reply_on.setToolTip(self.tr("The date of the State party's reply"))
        self.history = QListWidget(self)
        name(self.history, self.tr("Status history"))
        self.history.setToolTip(self.tr("Every status given to it, oldest first"))
        self.history.setMaximumHeight(self.fontMetrics().lineSpacing() * _HISTORY_LINES)
        self._layout()
        self.binder.refused.connect(self._show_refusal)
        self.binder.saved.connect(self._clear_refusal)
        self.binder.saved.connect(self._show_history)
        store.recordChanged.connect(self._on_record_changed)
        self.binder.loaded.connect(self._show_heading)
        self.show_recommendation(None)
        name_inputs(self)

    def _layout(self) -> None:
        """The recommendation on the left; its status and the reply on the right."""
        text_label = QLabel(self.tr("Te&xt:"), self)
        text_label.setBuddy(self.text)
        left = QVBoxLayout()
        left.addWidget(text_label)
        left.addWidget(self.text, 1)
        left.addWidget(QLabel(self.tr("Status history:"), self))
        left.addWidget(self.history)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("Date of re&ply:"), self.reply_on)
        reply_label = QLabel(self.tr("St&ate reply:"), self)
        reply_label.setBuddy(self.reply)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(reply_label)
        right.addWidget(self.reply, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)

    @property
    def record(self) -> Recommendation | None:
        record: Recommendation | None = self.binder.record
        return record

    def show_recommendation(self, recommendation_id: str | None) -> None:
        """Show one recommendation (None: nothing); pending edits of the last one are saved."""
        self.binder.flush()
        self._clear_refusal()
        record = None
        if recommendation_id is not None:
            try:
                record = self.store.read(get_recommendation, recommendation_id)
            except UserError:
                record = None
        if record is None:
            self.binder.load(None)
            self.heading.setText(self.tr("Select a recommendation to record the reply."))
            self.text.clear()
            self.reply.blockSignals(True)
            self.reply.clear()
            self.reply.blockSignals(False)
        else:
            self.binder.load(record)
        self._show_history()
        for widget in (self.text, self.status, self.reply_on, self.reply, self.history):
            widget.setEnabled(record is not None)

    def _show_heading(self, record: Recommendation) -> None:
        paragraph = (
            self.tr("Paragraph {0}").format(record.paragraph_number)
            if record.paragraph_number is not None
            else self.tr("Not numbered yet")
        )
        addressee = code_label(record.addressee)
        if record.addressee is Addressee.AUTHORITY and record.authority:
            addressee = f"{addressee}: {record.authority}"
        self.heading.setText(f"<b>{escape(paragraph)}</b> · {escape(addressee)}")
        if self.text.toPlainText() != record.text:
            self.text.setPlainText(record.text)

    def _on_record_changed(self, kind: str, record_id: str) -> None:
        """An undo or another page changed this recommendation: its history may have grown."""
        if kind == RecordKind.RECOMMENDATION.value and self.record and self.record.id == record_id:
            self._show_history()

    def _show_history(self, *_args: Any) -> None:
        self.history.clear()
        record = self.record
        if record is None:
            return
        for change in self.store.read(status_history, record.id):
            when = change.state_reply_on.isoformat() if change.state_reply_on else "—"
            self.history.addItem(f"{when} · {code_label(change.status)}")

    def _show_refusal(self, _field: str, message: str) -> None:
        self.banner.setText(self.tr("Not saved yet: {0}").format(message))
        self.banner.show()

    def _clear_refusal(self, *_args: Any) -> None:
        self.banner.hide()
