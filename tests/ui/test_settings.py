"""Settings: typed preferences over one QSettings file, and the dialog that edits them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from spt_field.domain.values import DelegationMember
from spt_field.ui.dialogs.settings_dialog import SettingsDialog
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import DEFAULT_AUTO_LOCK_MINUTES, Settings
from spt_field.ui.store import Store


def reread(path: Path) -> Settings:
    """The settings as the next start of the application reads them."""
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def raw(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


# Settings ---------------------------------------------------------------------------------------


def test_defaults(settings: Settings) -> None:
    assert settings.language == ""
    assert settings.auto_lock_minutes == DEFAULT_AUTO_LOCK_MINUTES
    assert settings.member_name == ""
    assert settings.recent_databases == []
    assert settings.window_state("main_window/geometry") is None


def test_preferences_survive_a_restart(settings: Settings, settings_file: Path) -> None:
    settings.language = "fr"
    settings.auto_lock_minutes = 25
    settings.member_name = "  Ilse Varnava "
    settings.sync()
    again = reread(settings_file)
    assert again.language == "fr"
    assert again.auto_lock_minutes == 25
    assert again.member_name == "Ilse Varnava"


@pytest.mark.parametrize(("stored", "read"), [("de", ""), ("zh", "zh"), ("", "")])
def test_an_unknown_language_falls_back_to_the_system(
    settings_file: Path, stored: str, read: str
) -> None:
    raw(settings_file).setValue("preferences/language", stored)
    assert reread(settings_file).language == read


@pytest.mark.parametrize(
    ("stored", "read"), [("0", 1), ("-5", 1), ("soon", DEFAULT_AUTO_LOCK_MINUTES), ("30", 30)]
)
def test_a_bad_auto_lock_value_is_made_sensible(
    settings_file: Path, stored: str, read: int
) -> None:
    raw(settings_file).setValue("preferences/auto_lock_minutes", stored)
    assert reread(settings_file).auto_lock_minutes == read


def test_one_recent_database_reads_back_as_a_list(
    settings: Settings, settings_file: Path, tmp_path: Path
) -> None:
    settings.remember_database(tmp_path / "only.sptdb")
    settings.sync()
    assert reread(settings_file).recent_databases == [(tmp_path / "only.sptdb").resolve()]


def test_recent_paths_with_commas_and_spaces_survive(
    settings: Settings, settings_file: Path, tmp_path: Path
) -> None:
    odd = [tmp_path / "Visit, Lorvik 2019.sptdb", tmp_path / "x y.sptdb"]
    for path in odd:
        settings.remember_database(path)
    settings.sync()
    assert reread(settings_file).recent_databases == [p.resolve() for p in reversed(odd)]


def test_forgetting_the_recent_databases(settings: Settings, tmp_path: Path) -> None:
    settings.remember_database(tmp_path / "a.sptdb")
    settings.forget_recent_databases()
    assert settings.recent_databases == []


def test_window_state_is_kept_apart_from_preferences(
    settings: Settings, settings_file: Path
) -> None:
    settings.save_window_state("workspace/splitter", QByteArray(b"\x00\x01state"))
    settings.sync()
    assert reread(settings_file).window_state("workspace/splitter") == QByteArray(b"\x00\x01state")
    assert raw(settings_file).value("state/workspace/splitter") is not None
    assert raw(settings_file).value("preferences/workspace/splitter") is None


# The dialog -------------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(which)
    assert button is not None
    button.click()


def test_the_dialog_shows_the_current_settings(qtbot: QtBot, settings: Settings) -> None:
    settings.language = "es"
    settings.auto_lock_minutes = 45
    settings.member_name = "Ilse Varnava"
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "es"
    assert dialog.auto_lock.value() == 45
    assert dialog.member.text() == "Ilse Varnava"


def test_ok_saves_language_auto_lock_and_member(
    qtbot: QtBot, dialog: SettingsDialog, settings_file: Path
) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.auto_lock.clear()
    QTest.keyClicks(dialog.auto_lock, "25")
    QTest.keyClicks(dialog.member, "Ilse Varnava")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = reread(settings_file)  # synced to disk by OK
    assert again.language == "fr"
    assert again.auto_lock_minutes == 25
    assert again.member_name == "Ilse Varnava"


def test_cancel_saves_nothing(qtbot: QtBot, dialog: SettingsDialog, settings_file: Path) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    QTest.keyClicks(dialog.member, "Somebody")
    press(dialog, QDialogButtonBox.StandardButton.Cancel)
    again = reread(settings_file)
    assert again.language == ""
    assert again.member_name == ""


def test_the_system_language_choice_saves_an_empty_code(
    dialog: SettingsDialog, settings: Settings
) -> None:
    settings.language = "fr"
    dialog.language.setCurrentIndex(0)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert settings.language == ""


def test_auto_lock_stays_between_one_minute_and_four_hours(dialog: SettingsDialog) -> None:
    dialog.auto_lock.setValue(0)
    assert dialog.auto_lock.value() == 1
    dialog.auto_lock.setValue(1000)
    assert dialog.auto_lock.value() == 240


def test_member_names_are_offered_from_the_delegations(
    qtbot: QtBot, settings: Settings, store: Store, member: DelegationMember
) -> None:
    dialog = SettingsDialog(settings, store)
    qtbot.addWidget(dialog)
    completer = dialog.member.completer()
    assert completer is not None
    model = completer.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == ["Ilse Varnava"]
    completer.setCompletionPrefix("Ils")
    assert completer.currentCompletion() == "Ilse Varnava"


def test_the_settings_action_opens_the_dialog_over_the_open_database(
    window: MainWindow, settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[SettingsDialog] = []

    def run(dialog: SettingsDialog) -> int:
        opened.append(dialog)
        dialog.member.setText("Mateo Quispe")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", run)
    window.settings_action.trigger()
    assert len(opened) == 1
    completer = opened[0].member.completer()
    assert completer is not None and completer.model().rowCount() > 0  # the demo delegation
    assert reread(settings_file).member_name == "Mateo Quispe"


def test_the_largest_attachment_is_set_in_the_dialog_and_reaches_the_workspace(
    qtbot: QtBot, workspace_window: MainWindow, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_8_mb(dialog: SettingsDialog) -> int:
        assert dialog.attachment_limit.value() == 50  # the default
        dialog.attachment_limit.setValue(8)
        dialog.accept()
        return int(SettingsDialog.DialogCode.Accepted)

    monkeypatch.setattr(SettingsDialog, "exec", choose_8_mb)
    workspace_window.edit_settings()

    assert settings.attachment_limit_mb == 8
    assert workspace_window.workspace is not None
    assert workspace_window.workspace.attachments.limit_bytes == 8 * 1024 * 1024
