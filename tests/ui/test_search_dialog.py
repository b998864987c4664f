"""The search dialog: type, see ranked hits with snippets, open one with Enter or a double-click."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import FindingArea
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    FindingFields,
    Interview,
    InterviewFields,
    Place,
    Visit,
    VisitFields,
)
from spt_field.services.findings import add_finding
from spt_field.services.interviews import record_interview
from spt_field.services.visits import create_visit
from spt_field.ui.dialogs.search_dialog import SearchDialog
from spt_field.ui.models.roles import ID_ROLE, KIND_ROLE, SNIPPET_ROLE
from spt_field.ui.store import Store
from spt_field.ui.undo import delete_record


@pytest.fixture
def interview(store: Store, visit: Visit, place: Place) -> Interview:
    """An interview mentioning a truncheon; another visit's finding mentions one too."""
    with store.database.begin() as session:
        found = record_interview(
            session,
            place.id,
            InterviewFields(
                pseudonym="B",
                notes="He says he was hit with a truncheon in the van on the way to the station.",
            ),
        )
        record_interview(session, place.id, InterviewFields(pseudonym="C", notes="Food is scarce."))
        other = create_visit(
            session,
            VisitFields(country="XRU", start_date=date(2020, 3, 1), end_date=date(2020, 3, 9)),
        )
        add_finding(
            session,
            other.id,
            FindingFields(
                area=FindingArea.TREATMENT,
                title="Truncheons carried in the cell block",
                text="Staff carry truncheons.",
            ),
        )
    return found


@pytest.fixture
def dialog(qtbot: QtBot, store: Store, interview: Interview) -> SearchDialog:
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def search_for(qtbot: QtBot, dialog: SearchDialog, text: str, hits: int) -> None:
    qtbot.keyClicks(dialog.query, text)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == hits)


def test_typing_finds_a_word_of_the_notes_with_its_snippet(
    qtbot: QtBot, dialog: SearchDialog, interview: Interview
) -> None:
    qtbot.keyClicks(dialog.query, "van")
    assert dialog.model.rowCount() == 0  # the search waits for a pause in the typing
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    hit = dialog.model.index(0, 0)
    assert (hit.data(KIND_ROLE), hit.data(ID_ROLE)) == ("interview", interview.id)
    assert "[van]" in hit.data(SNIPPET_ROLE)
    assert dialog.count.text() == "1 result"


def test_every_visit_is_searched_best_first(
    qtbot: QtBot, dialog: SearchDialog, tmp_path: Path
) -> None:
    search_for(qtbot, dialog, "truncheon", 2)
    kinds = {dialog.model.index(row, 0).data(KIND_ROLE) for row in range(2)}
    assert kinds == {"interview", "finding"}
    ranks = [hit.rank for hit in dialog.model.hits]
    assert ranks == sorted(ranks)
    assert dialog.count.text() == "2 results"
    assert dialog.grab().save(str(tmp_path / "search_dialog.png"))


def test_enter_in_the_list_opens_the_hit_and_closes(
    qtbot: QtBot, dialog: SearchDialog, interview: Interview
) -> None:
    search_for(qtbot, dialog, "van", 1)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().row() == 0
    with qtbot.waitSignal(dialog.openRecord) as opened:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert opened.args == [RecordKind.INTERVIEW.value, interview.id]
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_enter_in_the_search_line_searches_at_once_then_opens_the_best_hit(
    qtbot: QtBot, dialog: SearchDialog, interview: Interview
) -> None:
    qtbot.keyClicks(dialog.query, "van")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 1  # no waiting for the pause
    with qtbot.waitSignal(dialog.openRecord) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened.args == ["interview", interview.id]


def test_double_click_opens_a_hit(qtbot: QtBot, dialog: SearchDialog) -> None:
    search_for(qtbot, dialog, "cell block", 1)
    viewport = dialog.results.viewport()
    point = dialog.results.visualRect(dialog.model.index(0, 0)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    with qtbot.waitSignal(dialog.openRecord) as opened:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert opened.args[0] == "finding"


def test_no_result_and_escape_closes(qtbot: QtBot, dialog: SearchDialog) -> None:
    qtbot.keyClicks(dialog.query, "zebra")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.count.text() == "0 results" and not dialog.open_button.isEnabled()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_a_deleted_record_leaves_the_results(
    qtbot: QtBot, dialog: SearchDialog, store: Store, interview: Interview
) -> None:
    search_for(qtbot, dialog, "van", 1)
    delete_record(store, RecordKind.INTERVIEW, interview.id)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    store.undo_stack.undo()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
