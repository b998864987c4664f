"""The interface in English, French, Spanish and Chinese.

The language comes from the command line, else the settings, else the system; switching it in
Settings rebuilds the window at once, with the user's work saved and the same record shown;
Qt's own buttons, code-list labels, country names and dates follow; Chinese has a font.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import IntervieweeCategory, PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.services import interviews
from spt_field.ui.dialogs.export_report_dialog import PROGRESS_STEPS
from spt_field.ui.dialogs.settings_dialog import SettingsDialog
from spt_field.ui.i18n import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    apply_language,
    choose_language,
    code_label,
    country_label,
    current_language,
    short_date,
    translations_folder,
)
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import Settings
from spt_field.ui.widgets.country_box import CountryBox
from tests.conftest import PASSPHRASE
from tests.support import windows


@pytest.fixture(autouse=True, scope="module")
def compiled_translations() -> None:
    """The .qm catalogues are built by make, not kept in git."""
    missing = [
        code
        for code in LANGUAGES
        if code != SOURCE_LANGUAGE and not (translations_folder() / f"spt_field_{code}.qm").exists()
    ]
    if missing:
        pytest.fail(f"no compiled translations for {missing}: run `make test`, which builds them")


@pytest.fixture(autouse=True)
def english_afterwards(qapp: object) -> Iterator[None]:
    """Every other test reads the English texts: leave the interface as it was."""
    locale = QLocale()
    yield
    apply_language("en")
    QLocale.setDefault(locale)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def label_texts(widget: QWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def choose_in_settings(window: MainWindow, monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """Pick `code` in the Settings dialog and press OK, as the user does."""

    def run(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", run)
    window.settings_action.trigger()


# Choosing the language --------------------------------------------------------------------------


def test_the_command_line_wins_then_the_settings_then_the_system() -> None:
    assert choose_language("es", "fr", ["zh-CN"]) == "es"
    assert choose_language(None, "fr", ["zh-CN"]) == "fr"
    assert choose_language(None, "", ["de-CH", "zh-Hans-CN", "en"]) == "zh"
    assert choose_language(None, "", ["de-DE", "C"]) == "en"


@given(
    st.one_of(st.none(), st.sampled_from(LANGUAGES)),
    st.sampled_from(("", *LANGUAGES)),
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_", max_size=12)
    ),
)
def test_the_choice_is_always_a_language_we_have(
    command_line: str | None, setting: str, system: list[str]
) -> None:
    chosen = choose_language(command_line, setting, system)
    assert chosen in LANGUAGES
    assert chosen == (command_line or setting or chosen)


# Installing it ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "cancel", "file_menu"),
    [("fr", "Annuler", "&Fichier"), ("es", "Cancelar", "&Archivo"), ("zh", "取消", "文件(&F)")],
)
def test_our_texts_qt_buttons_and_the_locale_follow_the_language(
    qtbot: QtBot, settings: Settings, code: str, cancel: str, file_menu: str
) -> None:
    apply_language(code)
    assert current_language() == code
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == cancel  # Qt's own translations
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert menu_titles(window)[0] == file_menu
    assert QLocale().name().startswith(code)


def test_english_removes_every_translation(qtbot: QtBot) -> None:
    apply_language("fr")
    apply_language("en")
    assert current_language() == "en"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == "Cancel"


def test_code_labels_countries_and_dates_follow_the_language() -> None:
    apply_language("fr")
    assert code_label(PlaceType.POLICE) == "Poste de police"
    assert code_label(IntervieweeCategory.DETAINEE) == "Personne privée de liberté"
    assert country_label("DEU") == "Allemagne"
    assert short_date(date(2019, 1, 28)) == "28 janv."
    apply_language("zh")
    assert code_label(PlaceType.POLICE) == "警察局"
    assert short_date(date(2019, 1, 28)) == "1月28日"


def test_the_country_picker_names_and_sorts_countries_in_the_language(qtbot: QtBot) -> None:
    apply_language("fr")
    box = CountryBox()
    qtbot.addWidget(box)
    names = [box.itemText(row) for row in range(box.count())]
    assert "Allemagne (DEU)" in names
    # "Égypte" sorts among the E's, not after "Zimbabwe" as a byte order would put it.
    assert (
        names.index("Égypte (EGY)") < names.index("Espagne (ESP)") < names.index("Zimbabwe (ZWE)")
    )
    box.set_code("CHE")
    assert box.currentText() == "Suisse (CHE)"


_LAY_OUT_CHINESE = """
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication
from spt_field.ui.i18n import apply_language

app = QApplication([])

def drawn_with(text: str) -> str:
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    blank = any(index == 0 for run in runs for index in run.glyphIndexes())
    return "boxes" if blank else "|".join(run.rawFont().familyName() for run in runs)

before = drawn_with("剥夺自由场所")
apply_language("zh")
print(before, drawn_with("剥夺自由场所"), sep="\\n")
"""


def test_chinese_is_drawn_even_on_a_machine_without_a_chinese_font(tmp_path: Path) -> None:
    """Fontconfig limited to one Latin font: Chinese shows as boxes until the interface is
    switched to Chinese, which registers the shipped font for Qt's fallback."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    latin = files("spt_field.resources").joinpath("fonts", "DejaVuSerif.ttf")
    (fonts / "DejaVuSerif.ttf").write_bytes(latin.read_bytes())
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{fonts}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    environment = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _LAY_OUT_CHINESE],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == ["boxes", "Droid Sans Fallback"]


def test_every_step_of_the_report_export_is_translatable(
    qtbot: QtBot, workspace_window: MainWindow, demo_file: windows.DemoFile
) -> None:
    """The export layer names its progress steps in English; the dialog translates them."""
    from spt_field.export.report_export import report_bytes

    assert workspace_window.store is not None
    steps: list[str] = []
    workspace_window.store.read(
        report_bytes,
        demo_file.visit_id,
        ".pdf",
        password="a password long enough",
        progress=lambda _percent, what: steps.append(what),
    )
    assert steps and set(steps) <= set(PROGRESS_STEPS)


# Switching while working ------------------------------------------------------------------------


def test_switching_to_french_in_settings_rebuilds_the_window_and_keeps_the_work(
    qtbot: QtBot,
    workspace_window: MainWindow,
    demo_file: windows.DemoFile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = workspace_window
    assert window.workspace is not None
    interview_id = window.workspace.model.first_of_kind(RecordKind.INTERVIEW.value)
    assert interview_id is not None
    window.workspace.select(RecordKind.INTERVIEW.value, interview_id)
    notes = windows.interview_form(window).notes
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    QTest.keyClicks(notes, " Typed just before switching.")  # not yet autosaved
    assert menu_titles(window)[:2] == ["&File", "&Edit"]

    choose_in_settings(window, monkeypatch, "fr")

    assert menu_titles(window)[:5] == ["&Fichier", "É&dition", "&Visite", "&Rapports", "&Aide"]
    assert window.settings.language == "fr"
    workspace = window.workspace
    assert workspace is not None and window.pages.currentWidget() is workspace
    assert workspace.current == (RecordKind.INTERVIEW.value, interview_id)
    form = windows.interview_form(window)
    assert form.record.id == interview_id
    assert "C&onsentement" in label_texts(form)
    assert form.notes.toPlainText().endswith(" Typed just before switching.")
    saved = windows.read_back(demo_file.path, interviews.get_interview, interview_id)
    assert saved.notes.endswith(" Typed just before switching.")
    assert window.save_state.text() == "✔ Toutes les modifications sont enregistrées"
    assert window.new_interview_action.isEnabled()
    assert window.visit_list is not None
    assert window.visit_list.table.model().headerData(0, Qt.Orientation.Horizontal) == "Pays"


def test_after_switching_languages_every_kind_of_record_can_be_added_and_edited(
    qtbot: QtBot,
    workspace_window: MainWindow,
    boxes: windows.MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = workspace_window
    for code in ("fr", "es", "zh", "fr"):
        choose_in_settings(window, monkeypatch, code)
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


def test_switching_back_to_english_keeps_the_page_the_user_was_on(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_dashboard()
    qtbot.waitUntil(lambda: window.safety.label.text() != "", timeout=20_000)  # a backup
    choose_in_settings(window, monkeypatch, "es")
    assert type(window.pages.currentWidget()).__name__ == "Dashboard"
    assert menu_titles(window)[0] == "&Archivo"
    assert window.safety.label.text().startswith("Copia de seguridad a las ")
    choose_in_settings(window, monkeypatch, "en")
    assert type(window.pages.currentWidget()).__name__ == "Dashboard"
    assert menu_titles(window)[0] == "&File"
    assert window.lock.screen.unlock_button.text() == "&Unlock…"


def test_the_start_screen_and_lock_screen_switch_too(
    qtbot: QtBot, bare_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_in_settings(bare_window, monkeypatch, "fr")
    assert bare_window.pages.currentWidget() is bare_window.start
    assert "&Bases de données récentes" in label_texts(bare_window.start)
    assert bare_window.lock.screen.unlock_button.text() == "&Déverrouiller…"


def test_a_refused_edit_keeps_the_language_until_the_next_start_if_the_user_says_no(
    qtbot: QtBot,
    workspace_window: MainWindow,
    demo_file: windows.DemoFile,
    boxes: windows.MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = workspace_window
    windows.refuse_an_edit(window, demo_file.visit_id)
    form = windows.interview_form(window)
    boxes.answer = QMessageBox.StandardButton.No
    choose_in_settings(window, monkeypatch, "fr")
    assert len(boxes.texts("question")) == 1
    assert menu_titles(window)[0] == "&File"
    assert windows.interview_form(window) is form
    assert form.binder.has_pending_edits  # still there to correct
    assert window.settings.language == "fr"  # used from the next start


def test_a_refused_edit_is_dropped_if_the_user_says_yes(
    qtbot: QtBot,
    workspace_window: MainWindow,
    demo_file: windows.DemoFile,
    boxes: windows.MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = workspace_window
    refused = windows.refuse_an_edit(window, demo_file.visit_id)
    boxes.answer = QMessageBox.StandardButton.Yes
    choose_in_settings(window, monkeypatch, "fr")
    assert menu_titles(window)[0] == "&Fichier"
    form = windows.interview_form(window)
    assert form.record.id == refused.id
    assert form.pseudonym.text() == refused.pseudonym  # the stored one


# From the command line --------------------------------------------------------------------------

_REPORT_MENUS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from spt_field import cli

app = QApplication(sys.argv[:1])

def report() -> None:
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
    print("MENUS", "|".join(a.text() for a in window.menuBar().actions()), flush=True)

QTimer.singleShot(0, report)
sys.exit(cli.main(sys.argv[1:]))
"""


def test_lang_on_the_command_line_opens_the_app_in_french(
    tmp_path: Path, demo_file: windows.DemoFile
) -> None:
    environment = {**windows.own_profile(tmp_path / "home", PASSPHRASE), "LANG": "en_US.UTF-8"}
    png = tmp_path / "workspace-fr.png"
    args = ["--db", str(demo_file.path), "--lang", "fr", "--screenshot", str(png)]
    result = subprocess.run(
        [sys.executable, "-c", _REPORT_MENUS, *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    menus = next(line for line in result.stdout.splitlines() if line.startswith("MENUS "))
    assert menus.removeprefix("MENUS ").split("|")[:2] == ["&Fichier", "É&dition"]
    assert png.exists()


def test_an_unknown_language_on_the_command_line_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "spt_field", "--lang", "de"],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "--lang" in result.stderr and "'fr'" in result.stderr
