"""The visit workspace: the navigator beside the editor of whatever is selected in it."""

from __future__ import annotations

from contextlib import suppress
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTreeView, QVBoxLayout, QWidget

from spt_field.domain.codes import FindingArea, PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import FindingFields, PlaceFields, RecommendationFields, Visit
from spt_field.errors import NotFoundError
from spt_field.services import conflicts, findings, interviews, places, recommendations, visits
from spt_field.services.record_kinds import RECORD_KINDS
from spt_field.services.unused_records import discard_unused_interview
from spt_field.ui.accessibility import name, name_inputs
from spt_field.ui.forms.base import RecordForm
from spt_field.ui.forms.delegation_page import DelegationPage
from spt_field.ui.forms.finding_form import FindingForm
from spt_field.ui.forms.interview_form import InterviewForm
from spt_field.ui.forms.place_form import PlaceForm
from spt_field.ui.forms.recommendation_form import RecommendationForm
from spt_field.ui.forms.visit_form import VisitForm
from spt_field.ui.interview_defaults import next_interview_fields
from spt_field.ui.keyboard import DETAIL_PANE, PaneCycle, tab_always_moves_on
from spt_field.ui.models.navigator_model import (
    SECTION_DELEGATION,
    SECTION_EARLIER,
    SECTION_INTERVIEWS,
    SECTION_OVERVIEW,
    SECTION_REPORT,
    NavigatorModel,
    interview_label,
    mark_reprisal_risk,
)
from spt_field.ui.models.roles import ID_ROLE, KIND_ROLE
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record, delete_record, forget_creation
from spt_field.ui.widgets.attachments_pane import AttachmentsPane
from spt_field.ui.widgets.earlier_visits import EarlierVisitsPage
from spt_field.ui.widgets.interview_table import InterviewTable
from spt_field.ui.widgets.overview import OverviewPage
from spt_field.ui.widgets.report_page import ReportPage
from spt_field.ui.widgets.scroll_page import scrollable

FINDING_TITLE_WORDS = 8


class Workspace(QWidget):
    #: The record shown in the editor changed (kind code or section, id).
    currentChanged = Signal(str, str)  # noqa: N815

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit: Visit | None = None
        self.current: tuple[str, str] = ("", "")
        self.last_interview_id: str | None = None
        # The interview Ctrl+N just started: left untouched, it goes when the user moves on.
        self.fresh_interview_id: str | None = None
        self._rebuilding = False
        self.model = NavigatorModel()
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.editors = QStackedWidget(self)
        self.forms: dict[str, RecordForm] = {
            RecordKind.VISIT.value: VisitForm(store),
            RecordKind.PLACE.value: PlaceForm(store),
            RecordKind.INTERVIEW.value: InterviewForm(store),
            RecordKind.FINDING.value: FindingForm(store),
            RecordKind.RECOMMENDATION.value: RecommendationForm(store),
        }
        self.pages: dict[str, QWidget] = {}
        for kind, form in self.forms.items():
            self.pages[kind] = scrollable(form) if kind != RecordKind.INTERVIEW.value else form
        self.delegation = DelegationPage(store)
        self.overview = OverviewPage(store)
        self.interview_table = InterviewTable(store)
        self.pages[SECTION_DELEGATION] = self.delegation
        # Pages of charts and tables scroll rather than widen the window past a small screen.
        self.pages[SECTION_OVERVIEW] = scrollable(self.overview)
        self.pages[SECTION_INTERVIEWS] = self.interview_table
        self.report_page = ReportPage(store)
        self.pages[SECTION_REPORT] = self.report_page
        self.earlier_visits = EarlierVisitsPage(store)
        self.pages[SECTION_EARLIER] = scrollable(self.earlier_visits)
        for page in self.pages.values():
            self.editors.addWidget(page)
        interview_form = self.forms[RecordKind.INTERVIEW.value]
        assert isinstance(interview_form, InterviewForm)
        self.interview_form = interview_form
        interview_form.createFindingRequested.connect(self.create_finding_from_selection)
        self.interview_table.openInterview.connect(
            lambda record_id: self.select(RecordKind.INTERVIEW.value, record_id)
        )
        # The photos and documents of the record in the editor, below it (for the kinds of
        # record that have them).
        self.attachments = AttachmentsPane(store, self)
        self.attachments.hide()
        self.editor_split = QSplitter(Qt.Orientation.Vertical, self)
        self.editor_split.addWidget(self.editors)
        self.editor_split.addWidget(self.attachments)
        self.editor_split.setStretchFactor(0, 4)
        self.editor_split.setStretchFactor(1, 1)
        self.editor_split.setCollapsible(0, False)
        self.editor_split.setCollapsible(1, False)
        # Unfolded, the list takes a share of the height; folded, it keeps its heading row.
        self.attachments.toggle.toggled.connect(self._on_attachments_folded)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.editor_split)
        splitter.setStretchFactor(1, 3)
        # The navigator stays readable however the splitter is dragged (at 150 % too).
        self.tree.setMinimumWidth(self.tree.fontMetrics().averageCharWidth() * 18)
        splitter.setCollapsible(0, False)
        splitter.setSizes([320, 900])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        store.recordsChanged.connect(self._on_records_changed)
        store.recordChanged.connect(self._relabel)
        tab_always_moves_on(self)
        name(
            self.tree, self.tr("Navigator"), self.tr("The visit's records: F6 moves to the editor")
        )
        name_inputs(self)
        self.panes = PaneCycle(self, self._panes)

    def _panes(self) -> list[QWidget]:
        """What F6 moves between: the navigator, the editor and its detail panes."""
        page = self.editors.currentWidget()
        if page is None:
            return [self.tree]
        details = sorted(
            page.findChildren(QWidget, DETAIL_PANE), key=lambda pane: pane.mapTo(page, QPoint()).y()
        )
        return [self.tree, page, *details, self.attachments]

    # Loading -------------------------------------------------------------------------------

    def set_visit(self, visit_id: str) -> None:
        self.store.flush_all()
        self.discard_fresh_interview()
        self.visit = self.store.read(visits.get_visit, visit_id)
        for form in self.forms.values():
            form.set_date_reference(self.visit.start_date)
            set_visit = getattr(form, "set_visit", None)
            if set_visit is not None:
                set_visit(visit_id)
        for page in (
            self.delegation,
            self.overview,
            self.interview_table,
            self.report_page,
            self.earlier_visits,
        ):
            page.set_visit(visit_id)
        self.last_interview_id = None
        self.reload(refresh_forms=False)  # they were just given the visit
        self.select(RecordKind.VISIT.value, visit_id)
        self.tree.expandToDepth(0)

    def reload(self, *, refresh_forms: bool = True) -> None:
        """Rebuild the navigator from the database, keeping the selection where it was."""
        if self.visit is None:
            return
        visit_id = self.visit.id
        try:
            self.visit = self.store.read(visits.get_visit, visit_id)
        except NotFoundError:  # the visit itself was deleted (undo of its creation)
            self.visit = None
            self.model.clear()
            return
        kind, record_id = self.current
        expanded = self._expanded_ids()
        # Rebuilding moves the navigator's current line by itself: that is no move of the
        # user's (it would save the editor's typing and rebuild again, inside this rebuild).
        self._rebuilding = True
        try:
            self._populate(visit_id)
        finally:
            self._rebuilding = False
        for form in self.forms.values() if refresh_forms else ():
            set_visit = getattr(form, "set_visit", None)
            if set_visit is not None and form is not self.forms.get(kind):
                set_visit(visit_id)
        self._restore_expanded(expanded)
        if not self.select(kind, record_id):
            self.select(RecordKind.VISIT.value, visit_id)

    def _populate(self, visit_id: str) -> None:
        assert self.visit is not None
        self.model.populate(
            self.visit,
            self.store.read(places.list_places_for_visit, visit_id),
            self.store.read(interviews.interview_lines_for_visit, visit_id),
            self.store.read(findings.list_findings_for_visit, visit_id),
            self.store.read(recommendations.list_recommendations_for_visit, visit_id),
            self.store.read(conflicts.conflicted_records, visit_id),
        )

    def refresh_from_others(self) -> None:
        """Others saved records of this visit (ui/refresh.py): show them without touching an
        editor the user is typing in (or one holding a refused save)."""
        if self.visit is None:
            return
        visit_id = self.visit.id
        self.reload()
        if self.model.rowCount() == 0:  # the other deleted the visit
            return
        # The page in view may be mid-edit (a table cell): it is left as it is.
        for page in (self.delegation, self.overview, self.interview_table, self.earlier_visits):
            if not self._showing(page):
                page.set_visit(visit_id)
        kind, record_id = self.current
        form = self.forms.get(kind)
        if form is None or form.binder.has_pending_edits or form.binder.theirs is not None:
            return
        with suppress(NotFoundError):  # deleted by the other: the navigator moved on already
            form.show_record(self.store.read(RECORD_KINDS[RecordKind(kind)].fetch, record_id))

    def _showing(self, page: QWidget) -> bool:
        shown = self.editors.currentWidget()
        return shown is not None and (shown is page or shown.isAncestorOf(page))

    def _on_records_changed(self, _kind: str) -> None:
        # A bound method, not a lambda: Qt disconnects it when this workspace is destroyed.
        self.reload()

    def _expanded_ids(self) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    found.add((str(index.data(KIND_ROLE)), str(index.data(ID_ROLE))))
                    pending.append(index)
        return found

    def _restore_expanded(self, expanded: set[tuple[str, str]]) -> None:
        for kind, record_id in expanded:
            item = self.model.find(kind, record_id)
            if item is not None:
                self.tree.expand(item.index())

    def _relabel(self, kind: str, record_id: str) -> None:
        """A record was edited: refresh its line in the navigator (cheaply, for interviews)."""
        item = self.model.find(kind, record_id)
        if item is None:
            return
        if kind == RecordKind.INTERVIEW.value:
            interview = self.store.read(interviews.get_interview, record_id)
            item.setText(interview_label(interview))
            mark_reprisal_risk(item, interview)
        else:
            self.reload()

    # Selection -----------------------------------------------------------------------------

    def select(self, kind: str, record_id: str) -> bool:
        item = self.model.find(kind, record_id)
        if item is None:
            return False
        index = item.index()
        self.tree.scrollTo(index)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show(kind, record_id)
        return True

    def _on_current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid() and not self._rebuilding:
            self._show(str(index.data(KIND_ROLE)), str(index.data(ID_ROLE)))

    def _show(self, kind: str, record_id: str) -> None:
        if (kind, record_id) == self.current and self.editors.currentWidget() is self.pages.get(
            kind
        ):
            return
        page = self.pages.get(kind)
        if page is None:  # a section heading such as "Places": show the visit
            return
        if not self._leave_current():
            return
        if self.fresh_interview_id not in (None, record_id):
            # After the navigator has moved on: the discard rebuilds it.
            QTimer.singleShot(0, self.discard_fresh_interview)
        form = self.forms.get(kind)
        if form is not None:
            form.show_record(self.store.read(RECORD_KINDS[RecordKind(kind)].fetch, record_id))
        if kind == RecordKind.INTERVIEW.value:
            self.last_interview_id = record_id
        self.current = (kind, record_id)
        self.editors.setCurrentWidget(page)
        self.attachments.setVisible(self.attachments.show_owner(kind, record_id))
        self.currentChanged.emit(kind, record_id)

    def _on_attachments_folded(self, expanded: bool) -> None:
        if expanded:
            QTimer.singleShot(0, self, self._size_attachments)  # not after the page is gone

    def _size_attachments(self) -> None:
        """The list just unfolded takes what it asks for, up to a third of the height, so the
        notes stay readable on a small screen (the handle between them gives it more)."""
        total = sum(self.editor_split.sizes())
        wanted = max(self.attachments.minimumSizeHint().height(), total // 3)
        wanted = min(self.attachments.sizeHint().height(), wanted)
        self.editor_split.setSizes([max(total - wanted, 0), wanted])

    def _leave_current(self) -> bool:
        """Save the record being left; an edit a rule refuses keeps the user on it (marked,
        with the form's message) instead of being dropped on the way to another record."""
        form = self.forms.get(self.current[0])
        if form is None or not form.binder.has_pending_edits or form.binder.flush():
            return True
        QTimer.singleShot(0, self._back_to_current)
        return False

    def _back_to_current(self) -> None:
        item = self.model.find(*self.current)
        if item is not None:
            self.tree.selectionModel().setCurrentIndex(
                item.index(), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def current_place_id(self) -> str | None:
        kind, record_id = self.current
        if kind == RecordKind.PLACE.value:
            return record_id
        if kind == RecordKind.INTERVIEW.value:
            return str(self.store.read(interviews.get_interview, record_id).place_id)
        return None

    # Creating and deleting -----------------------------------------------------------------

    def new_interview(self) -> bool:
        """Ctrl+N: a new interview at the current place, carrying over the last one's team."""
        place_id = self.current_place_id() or self._last_place_id()
        if self.visit is None or place_id is None:
            return False
        self.store.flush_all()
        place = self.store.read(places.get_place, place_id)
        previous = None
        if self.last_interview_id:
            try:
                previous = self.store.read(interviews.get_interview, self.last_interview_id)
            except NotFoundError:  # deleted since: start from the defaults
                self.last_interview_id = None
        pseudonym = self.store.read(interviews.suggest_pseudonym, self.visit.id)
        fields = next_interview_fields(previous, pseudonym, place.visited_on)
        interview = create_record(self.store, RecordKind.INTERVIEW, place_id, fields)
        self.select(RecordKind.INTERVIEW.value, interview.id)
        self.fresh_interview_id = interview.id
        self.interview_form.focus_notes()
        return True

    def discard_fresh_interview(self) -> None:
        """Delete the interview Ctrl+N started if the user changed nothing in it."""
        interview_id, self.fresh_interview_id = self.fresh_interview_id, None
        if interview_id is None or self.current == (RecordKind.INTERVIEW.value, interview_id):
            self.fresh_interview_id = interview_id  # still being looked at
            return
        if self.store.write(discard_unused_interview, interview_id):
            forget_creation(self.store, RecordKind.INTERVIEW, interview_id)
            if self.last_interview_id == interview_id:
                self.last_interview_id = None
            self.store.notify_structure(RecordKind.INTERVIEW)

    def _last_place_id(self) -> str | None:
        if self.visit is None:
            return None
        known = self.store.read(places.list_places_for_visit, self.visit.id)
        return known[-1].id if known else None

    def new_place(self) -> None:
        if self.visit is None:
            return
        day = min(max(date.today(), self.visit.start_date), self.visit.end_date)
        fields = PlaceFields(name=self.tr("New place"), place_type=PlaceType.OTHER, visited_on=day)
        place = create_record(self.store, RecordKind.PLACE, self.visit.id, fields)
        self.select(RecordKind.PLACE.value, place.id)
        self.forms[RecordKind.PLACE.value].focus_first_field()

    def new_finding(self, **preset: Any) -> None:
        if self.visit is None:
            return
        fields = FindingFields(
            area=preset.pop("area", FindingArea.OTHER),
            title=preset.pop("title", self.tr("New finding")),
            place_id=preset.pop("place_id", self.current_place_id()),
            **preset,
        )
        finding = create_record(self.store, RecordKind.FINDING, self.visit.id, fields)
        self.select(RecordKind.FINDING.value, finding.id)
        self.forms[RecordKind.FINDING.value].focus_first_field()

    def create_finding_from_selection(self, interview_id: str, text: str) -> None:
        """A finding citing the interview the text was selected in, as its evidence."""
        self.store.flush_all()
        interview = self.store.read(interviews.get_interview, interview_id)
        words = " ".join(text.split()).split(" ")
        title = " ".join(words[:FINDING_TITLE_WORDS]) + ("…" if len(words) > 8 else "")
        self.new_finding(
            title=title, text=text.strip(), evidence=(interview_id,), place_id=interview.place_id
        )

    def new_recommendation(self) -> None:
        if self.visit is None:
            return
        kind, record_id = self.current
        linked = (record_id,) if kind == RecordKind.FINDING.value else ()
        fields = RecommendationFields(
            text=self.tr("The Subcommittee recommends that the State party "), finding_ids=linked
        )
        recommendation = create_record(self.store, RecordKind.RECOMMENDATION, self.visit.id, fields)
        self.select(RecordKind.RECOMMENDATION.value, recommendation.id)
        self.forms[RecordKind.RECOMMENDATION.value].focus_first_field()

    def deletable_current(self) -> tuple[RecordKind, str] | None:
        kind, record_id = self.current
        if kind in {k.value for k in RecordKind} and kind != RecordKind.VISIT.value:
            return RecordKind(kind), record_id
        return None

    def delete_current(self) -> None:
        target = self.deletable_current()
        if target is not None:
            delete_record(self.store, *target)
