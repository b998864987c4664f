"""Switching the interface language any number of times leaves nothing of the old window
listening: every kind of record can then be added and edited without an error."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spt_field.domain.kinds import RecordKind
from spt_field.ui.main_window import MainWindow
from tests.ui import test_i18n as i18n
from tests.ui import test_main_window as shared

bare_window = shared.bare_window
boxes = shared.boxes
demo_file = shared.demo_file
demo_template = shared.demo_template
settings = shared.settings
settings_file = shared.settings_file
window = shared.window
workspace_window = shared.workspace_window
english_afterwards = i18n.english_afterwards


def test_after_switching_languages_every_kind_of_record_can_be_added_and_edited(
    qtbot: QtBot,
    workspace_window: MainWindow,
    boxes: shared.MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = workspace_window
    for code in ("fr", "es", "zh", "fr"):
        i18n.choose_in_settings(window, monkeypatch, code)
        QTest.qWait(0)
    for action, kind in (
        (window.new_place_action, RecordKind.PLACE),
        (window.new_interview_action, RecordKind.INTERVIEW),
        (window.new_finding_action, RecordKind.FINDING),
        (window.new_recommendation_action, RecordKind.RECOMMENDATION),
    ):
        action.trigger()
        workspace = window.workspace
        assert workspace is not None and workspace.current[0] == kind.value
        typed_in = QApplication.focusWidget()
        assert typed_in is not None and workspace.isAncestorOf(typed_in)
        QTest.keyClicks(typed_in, " edited")
        assert window.store is not None and window.store.flush_all()
    assert boxes.shown == []
    assert window.save_state.text() == "✔ Toutes les modifications sont enregistrées"
