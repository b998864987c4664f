"""Earlier visits, for a follow-up visit: what was recommended before to the same country, how
far the State party implemented it, and what was found before at the places visited again.

The status and the State's reply of an earlier recommendation can be updated here as the
delegation checks them; every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import VisitType
from spt_field.domain.kinds import RecordKind
from spt_field.errors import UserError
from spt_field.services.follow_up import (
    EarlierFinding,
    PlaceHistory,
    PlaceRecommendation,
    earlier_findings_for_visit,
    earlier_recommendations,
    earlier_recommendations_for,
)
from spt_field.services.visits import get_visit
from spt_field.ui.accessibility import name, name_inputs
from spt_field.ui.i18n import code_label, country_label
from spt_field.ui.models.followed_recommendation_model import FollowedRecommendationModel
from spt_field.ui.models.roles import FINDING_ROLE
from spt_field.ui.store import Store
from spt_field.ui.widgets.followup_tracker import (
    select_row,
    set_up_recommendation_columns,
    set_up_table,
)
from spt_field.ui.widgets.recommendation_follow_up import RecommendationFollowUp

_MESSAGE_STYLE = "background: #fdecea; color: #7f0016; padding: 6px;"
# Kinds whose changes can change what this page shows (recommendation edits update in place).
_WATCHED_KINDS = {
    kind.value
    for kind in (RecordKind.VISIT, RecordKind.PLACE, RecordKind.FINDING, RecordKind.RECOMMENDATION)
}


class EarlierVisitsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit_id: str | None = None
        self._stale = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_MESSAGE_STYLE)
        self.message.hide()
        self.recommendations = FollowedRecommendationModel(store, self, with_visit=True)
        self.recommendation_view = QTableView(self)
        name(self.recommendation_view, self.tr("Recommendations of earlier visits"))
        self.recommendation_view.setModel(self.recommendations)
        set_up_table(self.recommendation_view)
        set_up_recommendation_columns(self.recommendation_view, self.recommendations)
        self.detail = RecommendationFollowUp(store, self)
        self.asked_here = self._asked_here_list()
        self.findings = self._findings_tree()
        self.finding_text = QLabel(self)
        self.finding_text.setWordWrap(True)
        self.finding_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.recommendation_view.selectionModel().currentRowChanged.connect(self._on_chosen)
        self.recommendations.refused.connect(self._show_refusal)
        self.recommendations.edited.connect(self.message.hide)
        self.findings.currentItemChanged.connect(self._show_finding)
        self.asked_here.currentItemChanged.connect(self._on_asked_here_chosen)
        store.recordsChanged.connect(self._on_change)
        store.recordChanged.connect(self._on_change)
        name_inputs(self)

    def _findings_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        name(tree, self.tr("Findings of earlier visits"))
        tree.setHeaderLabels(
            [
                self.tr("Place / earlier visit"),
                self.tr("Area"),
                self.tr("Severity"),
                self.tr("Finding"),
            ]
        )
        tree.setAlternatingRowColors(True)
        tree.setToolTip(
            self.tr("Findings of earlier visits at a place of the same name and region")
        )
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return tree

    def _asked_here_list(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        name(tree, self.tr("Recommendations made at the places of this visit"))
        tree.setHeaderLabels(
            [self.tr("Place"), self.tr("Recommendation"), self.tr("Status"), self.tr("Due")]
        )
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setToolTip(
            self.tr(
                "What earlier visits recommended on their findings at a place of the same name "
                "and region; choose one to record how it stands"
            )
        )
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        return tree

    def _layout(self) -> None:
        self.asked_here_box = QGroupBox(
            self.tr("Asked before at the places of this follow-up visit"), self
        )
        QVBoxLayout(self.asked_here_box).addWidget(self.asked_here)
        recommendations_box = QGroupBox(self.tr("Recommendations of earlier visits"), self)
        QVBoxLayout(recommendations_box).addWidget(self.recommendation_view)
        findings_box = QGroupBox(self.tr("Earlier findings at the places of this visit"), self)
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.addWidget(self.findings, 1)
        findings_layout.addWidget(self.finding_text)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for part in (self.asked_here_box, recommendations_box, self.detail, findings_box):
            splitter.addWidget(part)
        splitter.setSizes([200, 260, 200, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    # Public ------------------------------------------------------------------------------

    def set_visit(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self.refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        if self.visit_id is None:
            return
        self.detail.binder.flush()
        selected = self.detail.record.id if self.detail.record else None
        try:
            visit = self.store.read(get_visit, self.visit_id)
            earlier = self.store.read(earlier_recommendations, self.visit_id)
            places = self.store.read(earlier_findings_for_visit, self.visit_id)
            follow_up = visit.visit_type == VisitType.FOLLOW_UP
            asked = self.store.read(earlier_recommendations_for, self.visit_id) if follow_up else []
        except UserError as error:
            self._show_nothing(self.tr("Nothing to show: {0}").format(error))
            return
        visits = len({record.visit_id for record in earlier})
        country = f"{country_label(visit.country)} ({visit.country})"
        if earlier:
            self.heading.setText(
                self.tr(
                    "Earlier visits to {0}: {1} recommendations of {2} visits to check."
                ).format(country, len(earlier), visits)
            )
        else:
            self.heading.setText(
                self.tr("No recommendations of earlier visits to {0}.").format(country)
            )
        self.recommendations.set_lines(list(earlier))
        self._choose(selected)
        self.asked_here_box.setVisible(follow_up)
        self._fill_asked_here(asked)
        self._fill_findings(places)

    # Asked at the same places ------------------------------------------------------------

    def _fill_asked_here(self, asked: list[PlaceRecommendation]) -> None:
        self.asked_here.blockSignals(True)
        try:
            self.asked_here.clear()
            for line in asked:
                due = line.due_on.isoformat() if line.due_on else self.tr("not set")
                item = QTreeWidgetItem(
                    self.asked_here,
                    [line.place_name, line.text, code_label(line.status), due],
                )
                item.setData(0, Qt.ItemDataRole.UserRole, line.id)
                item.setToolTip(1, line.text)
        finally:
            self.asked_here.blockSignals(False)

    def _on_asked_here_chosen(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        """The recommendation chosen opens below, where its status and reply are updated."""
        if current is not None:
            self._choose(str(current.data(0, Qt.ItemDataRole.UserRole)))

    # Recommendations ---------------------------------------------------------------------

    def _choose(self, recommendation_id: str | None) -> None:
        row = self.recommendations.row_of(recommendation_id) if recommendation_id else None
        if row is None and self.recommendations.rowCount():
            row = 0
        if row is None:
            self.detail.show_recommendation(None)
            return
        select_row(self.recommendation_view, row)
        self.detail.show_recommendation(self.recommendations.line(row).id)

    def _on_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.recommendations.line(current.row()).id if current.isValid() else None
        if record_id != (self.detail.record.id if self.detail.record else None):
            self.detail.show_recommendation(record_id)

    # Findings ----------------------------------------------------------------------------

    def _fill_findings(self, places: list[PlaceHistory]) -> None:
        self.findings.clear()
        self.finding_text.clear()
        # Places visited before first: they are the ones to check.
        for place in sorted(places, key=lambda place: not place.findings):
            name = f"{place.name} ({place.region})" if place.region.strip() else place.name
            count = len(place.findings)
            summary = (
                self.tr("Earlier findings: {0}").format(count)
                if count
                else self.tr("No earlier findings")
            )
            item = QTreeWidgetItem(self.findings, [name, "", "", summary])
            for finding in place.findings:
                child = QTreeWidgetItem(item, self._finding_cells(finding))
                child.setData(0, FINDING_ROLE, finding)
                child.setToolTip(3, finding.text or finding.title)
            item.setExpanded(bool(count))
            if not count:
                item.setForeground(3, self.palette().placeholderText())

    def _finding_cells(self, finding: EarlierFinding) -> list[str]:
        visit = f"{finding.visit_start.isoformat()} – {finding.visit_end.isoformat()}"
        if finding.restricted_symbol:
            visit += f" ({finding.restricted_symbol})"
        title = finding.title
        if finding.immediate_observation:
            title = self.tr("{0} (immediate observation)").format(title)
        area = code_label(finding.area)
        severity = code_label(finding.severity)
        return [visit, area, severity, title]

    def _show_finding(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        finding = current.data(0, FINDING_ROLE) if current is not None else None
        if isinstance(finding, EarlierFinding):
            self.finding_text.setText(finding.text or finding.title)
        else:
            self.finding_text.clear()

    # Messages and staying current --------------------------------------------------------

    def _show_nothing(self, message: str) -> None:
        self.heading.setText(message)
        self.recommendations.set_lines([])
        self.detail.show_recommendation(None)
        self.asked_here.clear()
        self.findings.clear()

    def _show_refusal(self, message: str) -> None:
        self.message.setText(self.tr("Not saved: {0}").format(message))
        self.message.show()

    def _on_change(self, kind: str, *record_id: str) -> None:
        if kind not in _WATCHED_KINDS or self.visit_id is None:
            return
        if kind == RecordKind.RECOMMENDATION.value and record_id:
            return  # an edit: the recommendation's line updates itself
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()
