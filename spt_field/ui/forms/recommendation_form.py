"""A recommendation: to whom, what, which findings it answers, and how far it was implemented.

Its paragraph number is shown but not edited: the report gives it when its numbering is final,
and the State party's reply quotes it from then on (domain.md section 8).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from spt_field.domain.codes import (
    Addressee,
    AuthorityKind,
    FindingArea,
    Priority,
    RecommendationStatus,
)
from spt_field.domain.kinds import RecordKind
from spt_field.services.findings import list_findings_for_visit
from spt_field.ui.forms.base import RecordForm
from spt_field.ui.forms.fields import (
    ChecklistField,
    CodeField,
    CountField,
    DateField,
    NotesField,
    TextField,
    code_choices,
    standards_field,
)
from spt_field.ui.i18n import code_label
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit

_TEXT_LINES = 8
_FINDING_LINES = 6
_THEME_LINES = 6


class RecommendationForm(RecordForm):
    kind = RecordKind.RECOMMENDATION
    first_field = "text"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self._visit_id: str | None = None
        self._add_addressee_rows()
        self._add_content_rows()
        self._add_follow_up_rows()
        self.outer.addStretch(1)
        self.addressee.currentIndexChanged.connect(self._enable_authority)
        self.addressee.activated.connect(self._on_addressee_picked)
        store.recordsChanged.connect(self._on_records_changed)
        store.recordChanged.connect(self._on_record_changed)
        self._enable_authority()

    # Building ----------------------------------------------------------------------------

    def _add_addressee_rows(self) -> None:
        bind, add = self.binder.bind, self.form.addRow
        self.addressee = bind("addressee", CodeField(QComboBox(), Addressee)).widget
        self.addressee.setToolTip(
            self.tr("To whom it is addressed: the State party, the NPM or a named authority")
        )
        add(self.tr("&Addressee"), self.addressee)
        self.authority = bind("authority", TextField(QLineEdit())).widget
        self.authority.setPlaceholderText(self.tr("e.g. Ministry of the Interior"))
        self.authority.setToolTip(
            self.tr("The authority addressed; needed when the addressee is a named authority")
        )
        add(self.tr("A&uthority"), self.authority)
        self.authority_kind = bind("authority_kind", CodeField(QComboBox(), AuthorityKind)).widget
        self.authority_kind.setToolTip(
            self.tr("The kind of authority that must act on it, for the follow-up across countries")
        )
        add(self.tr("Kind of authorit&y"), self.authority_kind)

    def _add_content_rows(self) -> None:
        bind, add = self.binder.bind, self.form.addRow
        self.text = bind("text", NotesField(QPlainTextEdit())).widget
        self.text.setPlaceholderText(self.tr("The Subcommittee recommends that …"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * _TEXT_LINES)
        add(self.tr("&Text"), self.text)
        self.findings_field = ChecklistField(QListWidget())
        self.finding_ids = bind("finding_ids", self.findings_field).widget
        self.finding_ids.setToolTip(self.tr("Tick the findings this recommendation answers"))
        self.finding_ids.setMinimumHeight(self.fontMetrics().lineSpacing() * _FINDING_LINES)
        self.finding_ids.setWordWrap(True)
        self.finding_ids.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.finding_ids.setResizeMode(QListView.ResizeMode.Adjust)
        add(self.tr("F&indings answered"), self.finding_ids)
        self.priority = bind("priority", CodeField(QComboBox(), Priority)).widget
        add(self.tr("Pri&ority"), self.priority)
        themes = ChecklistField(QListWidget())
        themes.set_choices(code_choices(FindingArea))
        self.themes = bind("themes", themes).widget
        self.themes.setToolTip(self.tr("Tick the themes it concerns"))
        # Two columns of check boxes rather than a long list.
        self.themes.setFlow(QListView.Flow.TopToBottom)
        self.themes.setWrapping(True)
        self.themes.setResizeMode(QListView.ResizeMode.Adjust)
        self.themes.setMinimumHeight(self.fontMetrics().lineSpacing() * _THEME_LINES)
        add(self.tr("The&mes"), self.themes)
        self.standards = bind("standards", standards_field()).widget
        self.standards.setToolTip(
            self.tr("Tick the standards the report cites for this recommendation")
        )
        add(self.tr("Standards &cited"), self.standards)

    def _add_follow_up_rows(self) -> None:
        bind, add = self.binder.bind, self.form.addRow
        self.status = bind("status", CodeField(QComboBox(), RecommendationStatus)).widget
        self.status.setToolTip(
            self.tr("How far it was implemented, from the State's reply or a follow-up visit")
        )
        add(self.tr("&Status"), self.status)
        self.due_on = bind("due_on", DateField(DateEdit(), name="due_on")).widget
        self.due_on.setPlaceholderText(self.tr("six months after transmission"))
        self.due_on.setToolTip(
            self.tr(
                "When it must be implemented; empty: six months after the report's transmission"
            )
        )
        add(self.tr("Due &by"), self.due_on)
        paragraph = CountField(QSpinBox(), optional=True, minimum=1)
        self.paragraph_number = bind("paragraph_number", paragraph).widget
        self.paragraph_number.setReadOnly(True)
        self.paragraph_number.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.paragraph_number.setToolTip(self.tr("Set when the report's numbering is finalized"))
        self.paragraph_number.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * 10)
        add(self.tr("&Paragraph number"), self.paragraph_number)

    # Behaviour ---------------------------------------------------------------------------

    def show_record(self, record: Any) -> None:
        if record is not None and record.visit_id != self._visit_id:
            self.set_visit(record.visit_id)
        super().show_record(record)

    def set_visit(self, visit_id: str) -> None:
        """(Re)load the choices that depend on the visit: the findings it may answer."""
        self._visit_id = visit_id
        findings = self.store.read(list_findings_for_visit, visit_id)
        self.findings_field.set_choices(
            (finding.id, f"{code_label(finding.area)}: {finding.title}") for finding in findings
        )
        if self.record is not None and not self.binder.has_pending_edits:
            # Ticking is not the user's edit: keep the binder from taking it for one.
            self.finding_ids.blockSignals(True)
            try:
                self.findings_field.set_value(self.record.finding_ids)
            finally:
                self.finding_ids.blockSignals(False)

    def _on_records_changed(self, kind: str) -> None:
        if kind == RecordKind.FINDING.value and self._visit_id is not None:
            self.set_visit(self._visit_id)

    def _on_record_changed(self, kind: str, _record_id: str) -> None:
        """A finding retitled: relabel the choices."""
        self._on_records_changed(kind)

    def _enable_authority(self, *_args: Any) -> None:
        self.authority.setEnabled(self.addressee.currentData() == Addressee.AUTHORITY)

    def _on_addressee_picked(self, *_args: Any) -> None:
        if self.authority.isEnabled() and not self.authority.text().strip():
            self.authority.setFocus()
