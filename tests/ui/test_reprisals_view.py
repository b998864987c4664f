"""The reprisals register page: cases opened for persons at risk, edited and saved, by
pseudonym only."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import ReprisalAction, ReprisalStatus
from spt_field.domain.values import InterviewFields, Place
from spt_field.services.interviews import record_interview
from spt_field.services.reprisals import get_reprisal_case
from spt_field.ui.store import Store
from spt_field.ui.widgets.reprisals_view import ReprisalsView


@pytest.fixture
def view(qtbot: QtBot, store: Store, place: Place) -> ReprisalsView:
    with store.database.begin() as session:
        for pseudonym in ("RR1", "RR2"):
            record_interview(
                session, place.id, InterviewFields(pseudonym=pseudonym, reprisal_risk=True)
            )
        record_interview(session, place.id, InterviewFields(pseudonym="SAFE"))
    view = ReprisalsView(store)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_persons_at_risk_are_offered_by_pseudonym(view: ReprisalsView) -> None:
    offered = [view.person.itemText(n).split(" · ")[0] for n in range(view.person.count())]
    assert offered == ["RR1", "RR2"]
    assert view.model.rowCount() == 0
    assert not view.save_button.isEnabled()


def test_a_case_is_opened_edited_and_saved(
    view: ReprisalsView, store: Store, qtmodeltester: ModelTester
) -> None:
    view.open_case()
    assert view.model.rowCount() == 1
    assert [view.person.itemText(n).split(" · ")[0] for n in range(view.person.count())] == ["RR2"]
    qtmodeltester.check(view.model)
    editor = view.editor
    editor.status.setCurrentIndex(editor.status.findData(ReprisalStatus.MONITORING))
    editor.opened_on.widget.set_date(date(2019, 3, 1))
    editor.contacts.setPlainText("Called his sister.")
    editor.actions.set_value((ReprisalAction.ARTICLE_15,))
    assert view.save()
    case_id = view.model.line(0).id
    saved = store.read(get_reprisal_case, case_id)
    assert (saved.status, saved.opened_on, saved.contacts, saved.actions) == (
        ReprisalStatus.MONITORING,
        date(2019, 3, 1),
        "Called his sister.",
        (ReprisalAction.ARTICLE_15,),
    )
    view.status_filter.setCurrentIndex(view.status_filter.findData(ReprisalStatus.CLOSED))
    assert view.model.rowCount() == 0
    qtmodeltester.check(view.model)


def test_leaving_the_page_saves_what_was_typed(view: ReprisalsView, store: Store) -> None:
    view.open_case()
    view.editor.incidents.setPlainText("Searched twice.")
    view.hide()
    assert store.read(get_reprisal_case, view.model.line(0).id).incidents == "Searched twice."


def test_a_bad_date_is_refused_naming_the_field(view: ReprisalsView) -> None:
    view.open_case()
    view.editor.opened_on.widget.setText("31.02.2019x")
    assert not view.save()
    assert view.message.isVisibleTo(view)


def test_every_input_has_a_name(view: ReprisalsView) -> None:
    editor = view.editor
    for widget in (
        view.status_filter,
        view.person,
        view.table,
        editor.status,
        editor.opened_on.widget,
        editor.contacts,
        editor.incidents,
        editor.actions.widget,
        editor.actions_taken,
    ):
        assert widget.accessibleName()
