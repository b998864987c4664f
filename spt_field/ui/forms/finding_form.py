"""A finding: what the delegation observed, where, and on what evidence (domain.md section 6).

The evidence is the visit's interviews (filterable, with the reprisal and consent warnings) and
the other sources; a hint under it says whether the finding is triangulated, i.e. rests on two
or more sources, as practice asks.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from spt_field.domain.codes import EvidenceSource, FindingArea, Severity
from spt_field.domain.kinds import RecordKind
from spt_field.services.interviews import list_interviews_for_visit
from spt_field.services.places import list_places_for_visit
from spt_field.ui.forms.base import RecordForm
from spt_field.ui.forms.fields import (
    ChecklistField,
    ChoiceField,
    CodeField,
    FlagField,
    NotesField,
    TextField,
    code_choices,
    standards_field,
)
from spt_field.ui.store import Store
from spt_field.ui.widgets.interview_evidence import InterviewEvidenceField

TRIANGULATED_STYLE = "color: #1b7a32; font-weight: bold;"
NOT_TRIANGULATED_STYLE = "color: #c05a00; font-weight: bold;"
_TEXT_LINES = 8
_EVIDENCE_LINES = 6
_RELOADING_KINDS = {RecordKind.PLACE.value, RecordKind.INTERVIEW.value}


class FindingForm(RecordForm):
    kind = RecordKind.FINDING
    first_field = "title"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self._visit_id: str | None = None
        # The evidence list holds a line per interview of the visit: while the form is hidden,
        # changes only mark it stale, so saving an interview's notes never waits on it.
        self._stale = False
        self._add_summary_rows()
        self.outer.addWidget(self._evidence_box())
        immediate = QCheckBox(self.tr("Raised on the spot as an i&mmediate observation"))
        immediate.setToolTip(
            self.tr("Ticked if the delegation raised this with the authorities during the visit")
        )
        self.immediate = self.binder.bind("immediate_observation", FlagField(immediate)).widget
        self.outer.addWidget(self.immediate)
        self.outer.addStretch(1)
        self._set_tab_order()
        self.evidence_filter.textChanged.connect(self._apply_filter)
        self.evidence.itemChanged.connect(self._show_triangulation)
        self.sources.itemChanged.connect(self._show_triangulation)
        self.binder.loaded.connect(self._show_triangulation)
        store.recordsChanged.connect(self._on_records_changed)
        store.recordChanged.connect(self._on_record_changed)
        self._show_triangulation()

    # Building ----------------------------------------------------------------------------

    def _add_summary_rows(self) -> None:
        bind, add = self.binder.bind, self.form.addRow
        self.area = bind("area", CodeField(QComboBox(), FindingArea)).widget
        self.area.setToolTip(self.tr("The thematic area under which the report presents it"))
        add(self.tr("&Area"), self.area)
        self.severity = bind("severity", CodeField(QComboBox(), Severity)).widget
        add(self.tr("&Severity"), self.severity)
        self.place_field = ChoiceField(
            QComboBox(), none_label=self.tr("Cross-cutting (no single place)")
        )
        self.place = bind("place_id", self.place_field).widget
        self.place.setToolTip(
            self.tr("Where it was observed; cross-cutting if it concerns several places")
        )
        add(self.tr("&Place"), self.place)
        self.title = bind("title", TextField(QLineEdit())).widget
        self.title.setPlaceholderText(self.tr("One line, e.g. No register of the use of force"))
        add(self.tr("&Title"), self.title)
        self.text = bind("text", NotesField(QPlainTextEdit())).widget
        self.text.setPlaceholderText(self.tr("What the delegation observed, where and when"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * _TEXT_LINES)
        add(self.tr("Te&xt"), self.text)
        self.standards = bind("standards", standards_field()).widget
        self.standards.setToolTip(self.tr("Tick the standards the report cites for this finding"))
        add(self.tr("Standards &cited"), self.standards)

    def _evidence_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Evidence"), self)
        grid = QGridLayout(box)
        self.evidence_filter = QLineEdit(box)
        self.evidence_filter.setPlaceholderText(self.tr("Pseudonym, place, category or consent"))
        self.evidence_filter.setClearButtonEnabled(True)
        self.evidence_filter.setToolTip(self.tr("Show only the interviews matching every word"))
        self.evidence_field = InterviewEvidenceField(QListWidget())
        self.evidence = self.binder.bind("evidence", self.evidence_field).widget
        self.evidence.setToolTip(
            self.tr(
                "Tick the interviews this finding rests on. ⚠ in red: reprisal risk. "
                "Greyed: the consent does not allow citing it in the report."
            )
        )
        self.evidence.setMinimumHeight(self.fontMetrics().lineSpacing() * _EVIDENCE_LINES)
        # Long labels wrap: the consent at their end must stay visible.
        self.evidence.setWordWrap(True)
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence.setResizeMode(QListView.ResizeMode.Adjust)
        sources_field = ChecklistField(QListWidget())
        sources_field.set_choices(code_choices(EvidenceSource))
        self.sources = self.binder.bind("sources", sources_field).widget
        self.sources.setToolTip(self.tr("Tick the other sources this finding rests on"))
        self.sources.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.sources.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.triangulation = QLabel(box)
        self.triangulation.setObjectName("triangulationHint")
        self.triangulation.setToolTip(
            self.tr("A finding is triangulated when two or more independent sources support it")
        )
        grid.addWidget(self._buddy(self.tr("&Interviews"), self.evidence, box), 0, 0)
        grid.addLayout(self._filter_row(box), 1, 0)
        grid.addWidget(self.evidence, 2, 0)
        grid.addWidget(self._buddy(self.tr("Other so&urces"), self.sources, box), 0, 1)
        grid.addWidget(self.sources, 1, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.triangulation, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        return box

    def _filter_row(self, box: QGroupBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self._buddy(self.tr("Fi&lter"), self.evidence_filter, box))
        row.addWidget(self.evidence_filter, 1)
        return row

    @staticmethod
    def _buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(widget)
        return label

    def _set_tab_order(self) -> None:
        chain = [self.area, self.severity, self.place, self.title, self.text, self.standards]
        chain += [self.evidence_filter, self.evidence, self.sources, self.immediate]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # Behaviour ---------------------------------------------------------------------------

    def show_record(self, record: Any) -> None:
        if record is not None and record.visit_id != self._visit_id:
            self.set_visit(record.visit_id)
        super().show_record(record)

    def set_visit(self, visit_id: str) -> None:
        """(Re)load the choices that depend on the visit: its places and its interviews
        (when the form is next shown, if it is hidden now)."""
        self._visit_id = visit_id
        if not self.isVisible():
            self._stale = True
            return
        self._load_choices(visit_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._stale and self._visit_id is not None:
            self._load_choices(self._visit_id)
        super().showEvent(event)

    def _load_choices(self, visit_id: str) -> None:
        self._stale = False
        places = self.store.read(list_places_for_visit, visit_id)
        interviews = self.store.read(list_interviews_for_visit, visit_id)
        self.place_field.set_choices((place.id, place.name) for place in places)
        self.evidence_field.set_interviews(interviews, {place.id: place.name for place in places})
        if self.record is not None and not self.binder.has_pending_edits:
            self.place_field.set_value(self.record.place_id)
            self.evidence_field.set_value_quietly(self.record.evidence)
        self._apply_filter()
        self._show_triangulation()

    def _on_records_changed(self, kind: str) -> None:
        if kind in _RELOADING_KINDS and self._visit_id is not None:
            self.set_visit(self._visit_id)

    def _on_record_changed(self, kind: str, _record_id: str) -> None:
        """A place renamed or an interview's consent changed: relabel the choices."""
        self._on_records_changed(kind)

    def _apply_filter(self, *_args: Any) -> None:
        self.evidence_field.apply_filter(self.evidence_filter.text())

    def _show_triangulation(self, *_args: Any) -> None:
        interviews = len(self.evidence_field.value())
        others = len(self.binder.fields["sources"].value())
        self.triangulation.setText(
            self.tr("Evidence: {0} interviews + {1} other sources").format(interviews, others)
        )
        triangulated = interviews + others >= 2
        self.triangulation.setStyleSheet(
            TRIANGULATED_STYLE if triangulated else NOT_TRIANGULATED_STYLE
        )
