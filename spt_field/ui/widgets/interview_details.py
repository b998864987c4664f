"""The interview's secondary details, in a group that folds away to leave room for the notes.

Date, time, interviewers, interpreter and language usually carry over from the previous
interview (interview_defaults.py), so the group starts folded and shows a one-line summary.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import AgeBracket, Gender, LegalStatus
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Interview
from spt_field.services.delegation import list_delegation
from spt_field.ui.forms.binder import FormBinder
from spt_field.ui.forms.fields import ChecklistField, CodeField, DateField, TextField, TimeField
from spt_field.ui.i18n import code_label
from spt_field.ui.models.roles import VALUE_ROLE
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit
from spt_field.ui.widgets.interview_fields import NationalityBox, NationalityField

_LIST_HEIGHT = 118


class InterviewDetails(QWidget):
    def __init__(self, store: Store, binder: FormBinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.binder = store, binder
        self.visit_id: str | None = None
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("&Details"))
        self.toggle.setToolTip(self.tr("Show or hide date, time, interviewers and interviewee"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)
        self.summary = QLabel(self)
        self.summary.setObjectName("detailsSummary")
        self.summary.setStyleSheet("color: palette(mid);")
        # A long summary is clipped rather than widening the form.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.body = QWidget(self)
        self._build_body()
        #: The always visible line of the group; the form adds the identity panel at its end.
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.body)
        self.set_expanded(False)
        binder.saved.connect(self._update_summary)
        store.recordsChanged.connect(self._on_records_changed)
        store.recordChanged.connect(self._on_record_changed)

    def _build_body(self) -> None:
        bind = self.binder.bind
        self.held_on = DateEdit(self.body)
        self.held_at = QLineEdit(self.body)
        self.interpreter = QLineEdit(self.body)
        self.language = QLineEdit(self.body)
        when = QFormLayout()
        when.addRow(self.tr("Dat&e"), bind("held_on", DateField(self.held_on)).widget)
        when.addRow(self.tr("Ti&me"), bind("held_at", TimeField(self.held_at, "held_at")).widget)
        when.addRow(
            self.tr("Interpre&ter"), bind("interpreter", TextField(self.interpreter)).widget
        )
        when.addRow(self.tr("&Language"), bind("language", TextField(self.language)).widget)
        self.gender = QComboBox(self.body)
        self.age_bracket = QComboBox(self.body)
        self.legal_status = QComboBox(self.body)
        self.nationality = NationalityBox(self.body)
        self.nationality.setToolTip(self.tr("Type a country name or code; leave empty if unknown"))
        who = QFormLayout()
        who.addRow(self.tr("&Gender"), bind("gender", CodeField(self.gender, Gender)).widget)
        who.addRow(
            self.tr("Age &bracket"),
            bind("age_bracket", CodeField(self.age_bracket, AgeBracket)).widget,
        )
        who.addRow(
            self.tr("Legal stat&us"),
            bind("legal_status", CodeField(self.legal_status, LegalStatus)).widget,
        )
        who.addRow(
            self.tr("Nationalit&y"), bind("nationality", NationalityField(self.nationality)).widget
        )
        self.interviewers = QListWidget(self.body)
        self.interviewers.setMaximumHeight(_LIST_HEIGHT)
        self.interviewers.setToolTip(self.tr("Tick the delegation members who held the interview"))
        self.interviewers_field = ChecklistField(self.interviewers)
        bind("interviewers", self.interviewers_field)
        team = QFormLayout()
        team.addRow(self.tr("Intervie&wers"), self.interviewers)
        for form in (when, who, team):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QHBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(when, 2)
        layout.addLayout(who, 3)
        layout.addLayout(team, 3)

    def tab_chain(self) -> list[QWidget]:
        """The fields of the folding part, in order (the toggle comes before)."""
        return [
            self.held_on,
            self.held_at,
            self.interpreter,
            self.language,
            self.gender,
            self.age_bracket,
            self.legal_status,
            self.nationality,
            self.interviewers,
        ]

    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through `toggled`
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        self.summary.setVisible(not expanded)
        if expanded:
            self.held_on.setFocus(Qt.FocusReason.OtherFocusReason)

    # Interviewers ----------------------------------------------------------------------------

    def set_visit(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self.reload_members()

    def reload_members(self) -> None:
        if self.visit_id is None:
            return
        members = self.store.read(list_delegation, self.visit_id)
        choices = [(member.id, f"{member.name} ({code_label(member.role)})") for member in members]
        self.interviewers_field.set_choices(choices)
        record = self.binder.record
        if record is not None and not self.binder.has_pending_edits:
            self.interviewers.blockSignals(True)  # showing, not editing
            self.interviewers_field.set_value(record.interviewers)
            self.interviewers.blockSignals(False)
        self._update_summary()

    def _on_records_changed(self, kind: str) -> None:
        if kind == RecordKind.MEMBER.value:
            self.reload_members()

    def _on_record_changed(self, kind: str, _record_id: str) -> None:
        if kind == RecordKind.MEMBER.value:
            self.reload_members()

    # Summary ---------------------------------------------------------------------------------

    def show_interview(self, _interview: Interview) -> None:
        self._update_summary()

    def _update_summary(self) -> None:
        record: Interview | None = self.binder.record
        if record is None:
            self.summary.clear()
            return
        names = [
            self.interviewers.item(row).text().split(" (")[0]
            for row in range(self.interviewers.count())
            if self.interviewers.item(row).data(VALUE_ROLE) in record.interviewers
        ]
        parts = [
            record.held_on.isoformat() if record.held_on else self.tr("no date"),
            record.held_at.strftime("%H:%M") if record.held_at else "",
            ", ".join(names) or self.tr("no interviewer ticked"),
            self.tr("interpreter: {0}").format(record.interpreter) if record.interpreter else "",
            record.language,
        ]
        self.summary.setText(" · ".join(part for part in parts if part))
