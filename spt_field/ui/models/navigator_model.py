"""The visit navigator: visit -> places -> interviews; findings; recommendations; delegation.

Every item carries the kind and id of the record it opens. A reprisal-risk interview is marked
(⚠, in red, with a tooltip) here as in every other list, and so is a record with conflicting
edits from two laptops (conflict_marks.py).
"""

from __future__ import annotations

import re
from collections.abc import Set

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Finding, Interview, InterviewLine, Place, Recommendation, Visit
from spt_field.ui.i18n import code_label, country_label, short_date, translate
from spt_field.ui.models.conflict_marks import (
    CONFLICT_BACKGROUND,
    conflict_icon,
    with_conflict_tooltip,
)
from spt_field.ui.models.roles import CONFLICT_ROLE, ID_ROLE, KIND_ROLE

# "The Subcommittee recommends that the State party ..." says nothing in a list: show the rest.
_STANDARD_OPENING = re.compile(
    r"^\s*the (subcommittee|committee|mechanism) recommends that (the state party )?", re.I
)
REPRISAL_COLOR = QColor("#b00020")

# Section nodes that are not records (their id is the visit's).
SECTION_DELEGATION = "delegation"
SECTION_INTERVIEWS = "interviews"
SECTION_OVERVIEW = "overview"
SECTION_REPORT = "report"
SECTION_EARLIER = "earlier_visits"


def interview_label(interview: Interview | InterviewLine) -> str:
    marker = "⚠ " if interview.reprisal_risk else ""
    persons = f" ×{interview.persons}" if interview.persons > 1 else ""
    person = translate("Navigator", "Person {0}").format(interview.pseudonym)
    category, consent = code_label(interview.category), code_label(interview.consent)
    return f"{marker}{person}{persons} · {category} · {consent}"


def mark_reprisal_risk(item: QStandardItem, interview: Interview | InterviewLine) -> None:
    """Mark (or, when the flag was lifted, unmark) a reprisal-risk interview's line."""
    if interview.reprisal_risk:
        item.setForeground(QBrush(REPRISAL_COLOR))
        tooltip = translate("Navigator", "Reprisal risk: this person must never be identifiable")
    else:
        item.setData(None, Qt.ItemDataRole.ForegroundRole)
        tooltip = item.text()
    item.setToolTip(with_conflict_tooltip(tooltip) if item.data(CONFLICT_ROLE) else tooltip)


def mark_conflict(item: QStandardItem) -> None:
    """Mark the line of a record that two laptops changed differently."""
    item.setData(True, CONFLICT_ROLE)
    item.setIcon(conflict_icon())
    item.setBackground(QBrush(CONFLICT_BACKGROUND))
    item.setToolTip(with_conflict_tooltip(item.toolTip()))


def _item(text: str, kind: str, record_id: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setToolTip(text)
    item.setEditable(False)
    item.setData(kind, KIND_ROLE)
    item.setData(record_id, ID_ROLE)
    return item


def _short(text: str, length: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"


class NavigatorModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels([translate("Navigator", "Visit")])
        self._conflicted: Set[tuple[RecordKind, str]] = frozenset()

    def populate(
        self,
        visit: Visit,
        places: list[Place],
        interviews: list[InterviewLine],
        findings: list[Finding],
        recommendations: list[Recommendation],
        conflicted: Set[tuple[RecordKind, str]] = frozenset(),
    ) -> None:
        """Show the visit's records; those in `conflicted` (kind, id) are marked."""
        self._conflicted = conflicted
        self.clear()
        self.setHorizontalHeaderLabels([translate("Navigator", "Visit")])
        root = self.invisibleRootItem()
        title = f"{country_label(visit.country)} {visit.start_date:%Y}"
        root.appendRow(self._record(title, RecordKind.VISIT, visit.id))
        root.appendRow(_item(translate("Navigator", "Overview"), SECTION_OVERVIEW, visit.id))
        root.appendRow(
            _item(
                translate("Navigator", "Delegation and persons met"), SECTION_DELEGATION, visit.id
            )
        )
        root.appendRow(_item(translate("Navigator", "Earlier visits"), SECTION_EARLIER, visit.id))
        root.appendRow(self._places(visit, places, interviews))
        all_interviews = _item(
            translate("Navigator", "All interviews ({0})").format(len(interviews)),
            SECTION_INTERVIEWS,
            visit.id,
        )
        root.appendRow(all_interviews)
        root.appendRow(self._findings(visit, findings))
        root.appendRow(self._recommendations(visit, recommendations))
        root.appendRow(_item(translate("Navigator", "Report draft"), SECTION_REPORT, visit.id))

    def _places(
        self, visit: Visit, places: list[Place], interviews: list[InterviewLine]
    ) -> QStandardItem:
        section = _item(
            translate("Navigator", "Places ({0})").format(len(places)), "places", visit.id
        )
        by_place: dict[str, list[InterviewLine]] = {}
        for interview in interviews:
            by_place.setdefault(interview.place_id, []).append(interview)
        for place in places:
            day = f" · {short_date(place.visited_on)}" if place.visited_on else ""
            place_item = self._record(
                f"{place.name} ({code_label(place.place_type)}){day}", RecordKind.PLACE, place.id
            )
            for interview in by_place.get(place.id, []):
                item = self._record(interview_label(interview), RecordKind.INTERVIEW, interview.id)
                mark_reprisal_risk(item, interview)
                place_item.appendRow(item)
            section.appendRow(place_item)
        return section

    def _findings(self, visit: Visit, findings: list[Finding]) -> QStandardItem:
        section = _item(
            translate("Navigator", "Findings ({0})").format(len(findings)), "findings", visit.id
        )
        for finding in findings:
            urgent = "‼ " if finding.severity.value == "urgent" else ""
            section.appendRow(
                self._record(
                    f"{urgent}{code_label(finding.area)}: {_short(finding.title)}",
                    RecordKind.FINDING,
                    finding.id,
                )
            )
        return section

    def _recommendations(
        self, visit: Visit, recommendations: list[Recommendation]
    ) -> QStandardItem:
        section = _item(
            translate("Navigator", "Recommendations ({0})").format(len(recommendations)),
            "recommendations",
            visit.id,
        )
        for recommendation in recommendations:
            number = (
                f"{recommendation.paragraph_number}. " if recommendation.paragraph_number else ""
            )
            gist = _STANDARD_OPENING.sub("", recommendation.text) or recommendation.text
            section.appendRow(
                self._record(
                    f"{number}{_short(gist[:1].upper() + gist[1:])}",
                    RecordKind.RECOMMENDATION,
                    recommendation.id,
                )
            )
        return section

    def _record(self, text: str, kind: RecordKind, record_id: str) -> QStandardItem:
        """The item of a record, marked if it has open conflicts."""
        item = _item(text, kind.value, record_id)
        if (kind, record_id) in self._conflicted:
            mark_conflict(item)
        return item

    def first_of_kind(self, kind: str) -> str | None:
        """The id of the first record of `kind` in the tree (depth first)."""
        pending = [self.invisibleRootItem()]
        while pending:
            parent = pending.pop(0)
            for row in range(parent.rowCount()):
                child = parent.child(row)
                if child.data(KIND_ROLE) == kind:
                    return str(child.data(ID_ROLE))
                pending.append(child)
        return None

    def find(self, kind: str, record_id: str) -> QStandardItem | None:
        """The item of a record, searched depth first."""
        pending = [self.invisibleRootItem()]
        while pending:
            parent = pending.pop()
            for row in range(parent.rowCount()):
                child = parent.child(row)
                if child.data(KIND_ROLE) == kind and child.data(ID_ROLE) == record_id:
                    return child
                pending.append(child)
        return None
