"""The delegation's programme page: entries added, edited and saved from the keyboard, a place
chosen from the visit or the register, printed and exported."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.db.session import open_database
from spt_field.domain.values import Place, Visit
from spt_field.services.places import update_place
from spt_field.services.places_register import import_register_list, matching_entry
from spt_field.services.programme import programme_for_visit, update_programme_entry
from spt_field.ui.store import Store
from spt_field.ui.widgets.programme_view import ProgrammeView
from tests.conftest import PASSPHRASE


@pytest.fixture
def view(qtbot: QtBot, store: Store, visit: Visit, place: Place) -> ProgrammeView:
    with store.database.begin() as session:
        import_register_list(session, "XRU", [["name", "type"], ["Brask police station", "police"]])
    view = ProgrammeView(store)
    qtbot.addWidget(view)
    view.set_visit(visit.id)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_places_come_from_the_visit_then_the_register(view: ProgrammeView) -> None:
    place = view.editor.place
    assert [place.itemText(n) for n in range(place.count())] == [
        "No place: a meeting",
        "Central Prison of Lorvik",
        "Brask police station",
    ]


def test_an_entry_is_added_edited_and_saved(
    view: ProgrammeView, store: Store, visit: Visit, qtmodeltester: ModelTester
) -> None:
    view.add_entry()
    assert view.model.rowCount() == 1
    editor = view.editor
    assert QApplication.focusWidget() is editor.starts_at.widget
    editor.day.widget.set_date(date(2019, 1, 29))
    editor.starts_at.widget.setText("9:30")
    editor.ends_at.widget.setText("12:00")
    editor.team.setText("Team A")
    editor.place.setCurrentIndex(2)
    assert view.save()
    [entry] = store.read(programme_for_visit, visit.id)
    assert (entry.day, entry.starts_at, entry.ends_at, entry.team) == (
        date(2019, 1, 29),
        time(9, 30),
        time(12),
        "Team A",
    )
    assert entry.register_id is not None and entry.place_id is None
    assert view.model.data(view.model.index(0, 3)) == "Brask police station"
    assert view.model.data(view.model.index(0, 1)) == "09:30–12:00"
    qtmodeltester.check(view.model)
    view.add_entry()
    view.editor.meeting_with.setText("Ombudsperson")
    assert view.save()
    assert view.model.rowCount() == 2
    assert view.model.data(view.model.index(0, 3)) == "Meeting: Ombudsperson"
    qtmodeltester.check(view.model)
    view.delete_entry()
    assert view.model.rowCount() == 1
    qtmodeltester.check(view.model)


def test_a_day_outside_the_visit_is_refused_and_kept(view: ProgrammeView) -> None:
    view.add_entry()
    view.editor.day.widget.set_date(date(2020, 1, 1))
    assert not view.save()
    assert view.message.isVisibleTo(view)
    assert view.editor.day.value() == date(2020, 1, 1)


def test_a_save_over_another_drafters_change_is_refused_and_the_typing_kept(
    view: ProgrammeView, store: Store, visit: Visit
) -> None:
    view.add_entry()
    view.editor.team.setText("Team A")
    assert view.save()
    [entry] = store.read(programme_for_visit, visit.id)
    assert store.database.path is not None
    with open_database(store.database.path, PASSPHRASE) as other, other.begin() as session:
        update_programme_entry(session, entry.id, loaded=entry, team="Team B")
    view.editor.team.setText("Team C")
    assert not view.save()
    assert view.message.isVisibleTo(view)
    assert "Team B" in view.message.text()
    assert view.editor.team.text() == "Team C"
    [stored] = store.read(programme_for_visit, visit.id)
    assert stored.team == "Team B"


def test_leaving_the_page_saves_what_was_typed(
    view: ProgrammeView, store: Store, visit: Visit
) -> None:
    view.add_entry()
    view.editor.notes.setPlainText("Bring the lists.")
    view.hide()
    assert store.read(programme_for_visit, visit.id)[0].notes == "Bring the lists."


def test_keyboard_only_adds_an_entry(qtbot: QtBot, view: ProgrammeView) -> None:
    view.add_button.setFocus()
    qtbot.keyClick(view.add_button, Qt.Key.Key_Space)
    assert view.model.rowCount() == 1
    qtbot.keyClicks(QApplication.focusWidget(), "10:00")
    assert view.editor.starts_at.widget.text() == "10:00"


def test_printed_and_exported(
    view: ProgrammeView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.add_entry()
    view.editor.meeting_with.setText("Ministry of Justice")
    targets = iter([tmp_path / "programme.pdf", tmp_path / "programme.ics"])
    monkeypatch.setattr(ProgrammeView, "ask_path", classmethod(lambda *_args: next(targets)))
    view.export_pdf()
    view.export_calendar()
    assert (tmp_path / "programme.pdf").read_bytes().startswith(b"%PDF")
    assert b"Meeting: Ministry of Justice" in (tmp_path / "programme.ics").read_bytes()
    assert not view.message.isVisibleTo(view)


def test_every_input_has_a_name(view: ProgrammeView) -> None:
    editor = view.editor
    for widget in (
        view.table,
        editor.day.widget,
        editor.starts_at.widget,
        editor.ends_at.widget,
        editor.team,
        editor.place,
        editor.meeting_with,
        editor.notes,
    ):
        assert widget.accessibleName()


def test_the_register_is_updated_from_the_npms_list(
    view: ProgrammeView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text("Name,Type\nHarbour cells,court_cells\n", encoding="utf-8")
    bad.write_text("Name,Type\nDock,boat\n", encoding="utf-8")
    lists = iter([bad, good])
    monkeypatch.setattr(ProgrammeView, "ask_list", classmethod(lambda *_args: next(lists)))
    view.import_register()
    assert view.message.isVisibleTo(view) and "row 2" in view.message.text()
    view.import_register()
    assert not view.message.isVisibleTo(view)
    place = view.editor.place
    assert "Harbour cells" in [place.itemText(n) for n in range(place.count())]
    assert "(2)" in view.register_box.title()


def test_the_register_shows_when_its_places_were_visited(
    store: Store, qtbot: QtBot, visit: Visit, place: Place, qtmodeltester: ModelTester
) -> None:
    with store.database.begin() as session:
        import_register_list(
            session,
            "XRU",
            [
                ["name", "type", "region", "capacity"],
                ["Central Prison of Lorvik", "prison", "Capital", "120"],
                ["Brask police station", "police", "North", ""],
            ],
        )
        entry = matching_entry(session, "XRU", place.name)
        assert entry is not None
        update_place(session, place.id, register_id=entry.id)
    view = ProgrammeView(store)
    qtbot.addWidget(view)
    view.set_visit(visit.id)
    qtmodeltester.check(view.register)
    shown = {
        view.register.data(view.register.index(row, 0)): [
            view.register.data(view.register.index(row, column)) for column in range(1, 6)
        ]
        for row in range(view.register.rowCount())
    }
    assert shown == {
        "Central Prison of Lorvik": ["Prison", "Capital", "120", "2019-01-28", "1"],
        "Brask police station": ["Police station", "North", "", "never", "0"],
    }
    assert view.register_table.accessibleName() == "Register of places"
