"""The History view: what a member changed on a record, named as the form names it, newest first;
identities never appear, but showing one does."""

from __future__ import annotations

from datetime import UTC

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import InterviewFields, Place
from spt_field.services.history import record_history
from spt_field.services.interviews import (
    record_interview,
    reveal_identity,
    set_identity,
    update_interview,
)
from spt_field.services.places import get_place
from spt_field.ui.dialogs.history_dialog import HistoryDialog
from spt_field.ui.forms.place_form import PlaceForm
from spt_field.ui.i18n import apply_language
from spt_field.ui.store import Store


@pytest.fixture
def form(qtbot: QtBot, store: Store, place: Place) -> PlaceForm:
    form = PlaceForm(store)
    qtbot.addWidget(form)
    form.show_record(store.read(get_place, place.id))
    return form


def rows(dialog: HistoryDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_an_edit_in_the_form_shows_with_its_label_member_and_values(
    qtbot: QtBot, store: Store, place: Place, form: PlaceForm, qtmodeltester: ModelTester
) -> None:
    store.database.member = "Ilse Varnava"
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Lorvik Women's Prison")
    assert form.binder.flush()
    labels = form.field_labels()
    dialog = HistoryDialog(store, RecordKind.PLACE, place.id, labels, "Place")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    newest = rows(dialog)[0]
    assert newest[1:] == [
        "Ilse Varnava",
        "Changed",
        labels["name"],
        "Central Prison of Lorvik",
        "Lorvik Women's Prison",
    ]
    assert labels["name"] and "&" not in labels["name"]
    created = [row for row in rows(dialog) if row[2] == "Created"]
    assert {row[3] for row in created} >= {labels["name"], labels["place_type"]}
    assert [row[5] for row in created if row[3] == labels["place_type"]] == ["Prison"]


def test_identities_stay_out_but_their_showing_is_listed(
    qtbot: QtBot, store: Store, place: Place
) -> None:
    interview = store.write(record_interview, place.id, InterviewFields(pseudonym="K"))
    store.write(set_identity, interview.id, "Jonas Petrauskas")
    assert store.read(reveal_identity, interview.id) == "Jonas Petrauskas"
    dialog = HistoryDialog(store, RecordKind.INTERVIEW, interview.id, {}, "Interview")
    qtbot.addWidget(dialog)
    texts = [cell for row in rows(dialog) for cell in row]
    assert "Identity shown or exported" in texts
    assert "(recorded; not kept in the history)" in texts
    assert not any("Petrauskas" in cell for cell in texts)


def test_an_edit_at_the_end_of_a_long_note_is_marked_where_it_is(
    qtbot: QtBot, store: Store, place: Place
) -> None:
    long_notes = "The detainee described the night shift and the yard in detail. " * 12
    fields = InterviewFields(pseudonym="K", notes=long_notes)
    interview = store.write(record_interview, place.id, fields)
    store.write(update_interview, interview.id, notes=long_notes + "He was beaten on arrival.")
    dialog = HistoryDialog(store, RecordKind.INTERVIEW, interview.id, {}, "Interview")
    qtbot.addWidget(dialog)
    # The creation may carry the same second: the addition's row is the one with a before.
    [row] = [n for n, cells in enumerate(rows(dialog)) if cells[4].startswith("…")]
    edit = rows(dialog)[row]
    assert edit[5].startswith("…") and edit[5].endswith("[+He was beaten on arrival.+]")
    assert "[+" not in edit[4]
    # The whole text below the table, the addition underlined (not only tinted).
    dialog.table.selectRow(row)
    shown = dialog.change.toPlainText()
    assert long_notes.strip() in shown and "He was beaten on arrival." in shown
    assert "<u" in dialog.change.toHtml() or "underline" in dialog.change.toHtml()
    assert "[+He was beaten on arrival.+]" in dialog.change.accessibleDescription()


def test_dates_follow_the_interface_language(qtbot: QtBot, store: Store, place: Place) -> None:
    apply_language("fr")
    dialog = HistoryDialog(store, RecordKind.PLACE, place.id, {}, "Lieu")
    qtbot.addWidget(dialog)
    [event] = store.read(record_history, RecordKind.PLACE, place.id)
    moment = QDateTime.fromSecsSinceEpoch(int(event.at.replace(tzinfo=UTC).timestamp()))
    french = QLocale(QLocale.Language.French).toString(moment, QLocale.FormatType.ShortFormat)
    assert rows(dialog)[0][0] == french
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Quand"
