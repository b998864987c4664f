"""One interview, built to be typed into on a laptop during and right after the interview.

A compact header that never scrolls away (pseudonym, kind, persons, category, private, the
consent scope and the reprisal flag), a collapsible row of details that usually carry over from
the previous interview, a large notes editor, and the interview's allegations below it. Notes
are saved by the binder's timer, never on the keystroke path. The real identity stays hidden
until the user asks for it and confirms.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import ConsentScope, IntervieweeCategory, InterviewKind
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Interview
from spt_field.ui.forms.base import RecordForm
from spt_field.ui.forms.fields import CodeField, CountField, FlagField, NotesField, TextField
from spt_field.ui.keyboard import DETAIL_PANE
from spt_field.ui.store import Store
from spt_field.ui.widgets.interview_allegations import AllegationsPanel
from spt_field.ui.widgets.interview_details import InterviewDetails
from spt_field.ui.widgets.interview_header import (
    CONSENT_OBJECT_NAME,
    HEADER_STYLE,
    consent_tooltip,
    reprisal_badge,
    show_consent_scope,
)
from spt_field.ui.widgets.interview_identity import IdentityPanel
from spt_field.ui.widgets.interview_notes import InterviewNotesEdit
from spt_field.ui.widgets.scroll_page import narrow_combo


class InterviewForm(RecordForm):
    kind = RecordKind.INTERVIEW

    #: The user asked for a finding from a passage of the notes: (interview id, passage).
    createFindingRequested = Signal(str, str)  # noqa: N815 (Qt naming)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.outer.addWidget(self._build_header())
        self.details = InterviewDetails(store, self.binder, self)
        self.identity = IdentityPanel(store, lambda: self.confirm_reveal(), self.details)
        self.details.bar.addWidget(self.identity)
        self.outer.addWidget(self.details)
        self.allegations = AllegationsPanel(store, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._build_notes())
        splitter.addWidget(self.allegations)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 280])
        self.outer.addWidget(splitter, 1)
        self._set_tab_order()
        self._on_kind_shown()
        self.binder.loaded.connect(self._on_loaded)
        self.setEnabled(False)

    # Building ------------------------------------------------------------------------------

    def _build_header(self) -> QFrame:
        header = QFrame(self)
        header.setObjectName("interviewHeader")
        header.setFrameShape(QFrame.Shape.StyledPanel)
        header.setStyleSheet(HEADER_STYLE)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        self._build_who(header, top)
        self._build_safety(header, bottom)
        layout = QVBoxLayout(header)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(bottom)
        return header

    def _labelled(self, row: QHBoxLayout, text: str, widget: QWidget, stretch: int = 0) -> None:
        label = QLabel(text, widget.parentWidget())
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget, stretch)
        row.addSpacing(10)

    def _build_who(self, header: QFrame, row: QHBoxLayout) -> None:
        bind = self.binder.bind
        self.pseudonym = QLineEdit(header)
        self.pseudonym.setPlaceholderText("A")
        self.pseudonym.setMaximumWidth(110)
        self.pseudonym.setMinimumWidth(60)
        self.pseudonym.setToolTip(
            self.tr("How reports refer to this person (“person A”): never a name")
        )
        self._labelled(
            row, self.tr("&Pseudonym"), bind("pseudonym", TextField(self.pseudonym)).widget
        )
        self.interview_kind = QComboBox(header)
        bind("kind", CodeField(self.interview_kind, InterviewKind))
        self.interview_kind.setToolTip(
            self.tr("A group interview has no confidentiality: keep sensitive topics individual")
        )
        self.interview_kind.currentIndexChanged.connect(self._on_kind_shown)
        self.interview_kind.activated.connect(self._on_kind_chosen)
        self._labelled(row, self.tr("&Kind"), self.interview_kind)
        self.persons = QSpinBox(header)
        bind("persons", CountField(self.persons, optional=False, minimum=1))
        self.persons.setToolTip(self.tr("Number of persons interviewed (2 or more in a group)"))
        self.persons.setMaximumWidth(80)
        self._labelled(row, self.tr("Per&sons"), self.persons)
        self.category = QComboBox(header)
        narrow_combo(self.category)
        bind("category", CodeField(self.category, IntervieweeCategory))
        self._labelled(row, self.tr("&Category"), self.category, 1)
        self.private = QCheckBox(self.tr("Priva&te"), header)
        self.private.setToolTip(
            self.tr("Held in private, without witnesses (OPCAT art. 14 (1) (d))")
        )
        bind("private", FlagField(self.private))

    def _build_safety(self, header: QFrame, row: QHBoxLayout) -> None:
        bind = self.binder.bind
        self.consent = QComboBox(header)
        narrow_combo(self.consent, 24)  # the consent scope is read in full
        self.consent.setObjectName(CONSENT_OBJECT_NAME)
        bind("consent", CodeField(self.consent, ConsentScope))
        self.consent.setToolTip(consent_tooltip())
        self.consent.currentIndexChanged.connect(lambda _index: show_consent_scope(self.consent))
        show_consent_scope(self.consent)
        self._labelled(row, self.tr("C&onsent"), self.consent)
        # Beside the consent rather than at the end of the first row: the header fits a
        # 13-inch screen at 150 %.
        row.addWidget(self.private)
        row.addSpacing(10)
        self.reprisal_risk = QCheckBox(self.tr("Reprisa&l risk"), header)
        self.reprisal_risk.setToolTip(
            self.tr("Flag an interviewee at risk of intimidation or reprisals (OPCAT art. 15)")
        )
        bind("reprisal_risk", FlagField(self.reprisal_risk))
        row.addWidget(self.reprisal_risk)
        self.reprisal_badge = reprisal_badge(header)
        self.reprisal_badge.setVisible(False)
        self.reprisal_risk.toggled.connect(self.reprisal_badge.setVisible)
        row.addWidget(self.reprisal_badge)
        row.addStretch(1)

    def _build_notes(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName(DETAIL_PANE)
        self.notes = InterviewNotesEdit(box)
        self.binder.bind("notes", NotesField(self.notes))
        self.notes.findingRequested.connect(self._request_finding)
        title = QLabel(self.tr("&Notes"), box)
        title.setBuddy(self.notes)
        title.setStyleSheet("font-weight: bold;")
        self.finding_button = QPushButton(self.tr("Create &finding from selection"), box)
        self.finding_button.setToolTip(self.notes.finding_action.toolTip())
        self.finding_button.setEnabled(False)
        self.finding_button.clicked.connect(self.notes.finding_action.trigger)
        self.notes.finding_action.enabledChanged.connect(self.finding_button.setEnabled)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.finding_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.notes, 1)
        return box

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.pseudonym,
            self.interview_kind,
            self.persons,
            self.category,
            self.consent,
            self.private,
            self.reprisal_risk,
            self.details.toggle,
            self.identity.show_button,
            self.identity.edit,
            self.identity.hide_button,
            *self.details.tab_chain(),
            self.notes,
            self.finding_button,
            self.allegations.table,
            self.allegations.add_button,
            self.allegations.delete_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # Showing a record ----------------------------------------------------------------------

    def set_visit(self, visit_id: str) -> None:
        """Offer the members of `visit_id` as interviewers."""
        self.details.set_visit(visit_id)

    def show_record(self, record: Any) -> None:
        if record is None:
            self.binder.flush()
        super().show_record(record)
        if record is None:
            self.identity.set_interview(None, False)
            self.allegations.set_interview(None)
            self.setEnabled(False)

    def _on_loaded(self, interview: Interview) -> None:
        self.setEnabled(True)
        self._on_kind_shown()
        self.identity.set_interview(interview.id, interview.has_identity)
        self.allegations.set_interview(interview.id)
        self.details.show_interview(interview)

    def focus_notes(self) -> None:
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)
        self.notes.move_cursor_to_end()

    def focus_pseudonym(self) -> None:
        self.pseudonym.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pseudonym.selectAll()

    # Reactions -----------------------------------------------------------------------------

    def _on_kind_shown(self) -> None:
        self.persons.setEnabled(self.interview_kind.currentData() == InterviewKind.GROUP)

    def _on_kind_chosen(self) -> None:
        """Back to an individual interview: one person (saved along with the kind)."""
        if self.interview_kind.currentData() == InterviewKind.INDIVIDUAL:
            self.persons.setValue(1)

    def _request_finding(self, passage: str) -> None:
        if self.record is not None:
            self.createFindingRequested.emit(self.record.id, passage)

    def confirm_reveal(self) -> bool:
        """Ask before showing a real identity on screen (tests replace this)."""
        question = self.tr(
            "Show the real identity of this interviewee on screen? Make sure nobody else can "
            "see your screen."
        )
        if self.reprisal_risk.isChecked():
            question += "\n\n" + self.tr("This person is flagged at risk of reprisals.")
        answer = QMessageBox.question(self, self.tr("Show identity"), question)
        return answer == QMessageBox.StandardButton.Yes

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        """Leaving the form (not minimising the window) hides the identity again."""
        if not event.spontaneous():
            self.identity.hide_identity()
        super().hideEvent(event)
