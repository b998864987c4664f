"""The country profile editor: reached from the open visit by Ctrl+Shift+Y (Visit menu), dates
typed like every date field, earlier visits edited in a table, errors named by their field,
saved as one undoable edit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.domain.country_profiles import CountryProfileFields, PreviousVisit
from spt_field.services.country_profiles import get_country_profile
from spt_field.ui.dialogs.country_profile_dialog import CountryProfileDialog
from spt_field.ui.main_window import MainWindow
from spt_field.ui.models.previous_visits_model import PreviousVisitsModel

PROFILE = CountryProfileFields(
    country="XRU",
    protocol_ratified_on=date(2008, 6, 3),
    previous_visits=(PreviousVisit(2011, "CAT/OP/XRU/1"),),
)


@pytest.fixture
def dialog(qtbot: QtBot) -> CountryProfileDialog:
    dialog = CountryProfileDialog(PROFILE, 2018)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_previous_visits_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = PreviousVisitsModel()
    model.set_lines([PreviousVisit(2011, "CAT/OP/XRU/1"), PreviousVisit(2015)])
    qtmodeltester.check(model)
    model.add_visit(PreviousVisit(2019))
    model.remove_visit(0)
    qtmodeltester.check(model)
    assert model.visits() == (PreviousVisit(2015), PreviousVisit(2019))


def test_cells_are_edited_in_place(qtbot: QtBot) -> None:
    model = PreviousVisitsModel()
    model.set_lines([PreviousVisit(2011)])
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(model.index(0, 1), " CAT/OP/XRU/1 ", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, 0), 2012, Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, 0), "soon", Qt.ItemDataRole.EditRole)
    assert model.visits() == (PreviousVisit(2012, "CAT/OP/XRU/1"),)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Report symbol"


def test_the_dialog_shows_the_profile_and_gives_back_what_is_typed(
    dialog: CountryProfileDialog,
) -> None:
    assert dialog.protocol.widget.text() != ""
    assert dialog.convention.widget.text() == ""
    dialog.convention.widget.setText("1996-03-12")
    dialog.npm_body.setText("  the Office of the People's Advocate ")
    dialog.npm_designated.widget.setText("2010-01-15")
    dialog.add_button.click()
    editor = QApplication.focusWidget()
    assert editor is not None and dialog.table.isAncestorOf(editor)
    assert dialog.fields() == CountryProfileFields(
        country="XRU",
        convention_ratified_on=date(1996, 3, 12),
        protocol_ratified_on=date(2008, 6, 3),
        npm_body="the Office of the People's Advocate",
        npm_designated_on=date(2010, 1, 15),
        previous_visits=(PreviousVisit(2011, "CAT/OP/XRU/1"), PreviousVisit(2012)),
    )


def test_the_first_row_added_starts_with_the_given_year(qtbot: QtBot) -> None:
    dialog = CountryProfileDialog(CountryProfileFields(country="XRU"), 2018)
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    assert dialog.visits.visits() == (PreviousVisit(2018),)
    dialog.table.setCurrentIndex(dialog.visits.index(0, 0))
    dialog.remove_button.click()
    assert dialog.visits.visits() == ()


def test_a_wrong_value_is_named_and_nothing_typed_is_lost(dialog: CountryProfileDialog) -> None:
    dialog.npm_designated.widget.setText("2010-01-15")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("National preventive mechanism:")
    assert dialog.npm_body.hasFocus()
    assert dialog.npm_designated.widget.text() != ""
    dialog.visits.setData(dialog.visits.index(0, 1), "XRU report", Qt.ItemDataRole.EditRole)
    dialog.npm_body.setText("the Ombudsperson")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Report symbol:")
    assert dialog.table.currentIndex().column() == 1


def test_a_date_that_is_not_one_is_named(dialog: CountryProfileDialog) -> None:
    dialog.convention.widget.setText("March 1996")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Convention ratified on:")


def _answer(window: MainWindow, typing: dict[str, str]) -> None:
    """Fill the dialog when it opens, then save it."""

    def fill() -> None:
        dialog = window.findChild(CountryProfileDialog)
        assert dialog is not None
        dialog.npm_body.setText(typing["npm_body"])
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_ctrl_shift_y_edits_the_open_visit_s_country_and_undo_restores_it(
    qtbot: QtBot, workspace_window: MainWindow
) -> None:
    window = workspace_window
    store = window.store
    assert store is not None
    action = window.country_profile_action
    assert action.isEnabled()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+Y")
    before = store.read(get_country_profile, "XRU")
    assert before is not None and before.npm_body == "the Office of the People’s Advocate"
    _answer(window, {"npm_body": "the National Human Rights Commission"})
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+Y"))
    after = store.read(get_country_profile, "XRU")
    assert after is not None and after.npm_body == "the National Human Rights Commission"
    assert after.previous_visits == before.previous_visits
    window.undo_action.trigger()
    undone = store.read(get_country_profile, "XRU")
    assert undone is not None and undone.npm_body == before.npm_body


def test_cancel_changes_nothing(qtbot: QtBot, workspace_window: MainWindow) -> None:
    window = workspace_window
    assert window.store is not None
    before = window.store.read(get_country_profile, "XRU")

    def cancel() -> None:
        dialog = window.findChild(CountryProfileDialog)
        assert dialog is not None
        dialog.npm_body.setText("typed, then cancelled")
        dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, cancel)
    window.country_profile_action.trigger()
    assert window.store.read(get_country_profile, "XRU") == before
    assert not window.store.undo_stack.canUndo()
