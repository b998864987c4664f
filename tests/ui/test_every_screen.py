"""Checks that hold on every page and dialog, in every language: Alt letters are unique in each
window and never clash with the menu bar; every focusable widget has a name a screen reader
can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from spt_field.ui.i18n import LANGUAGES, apply_language
from spt_field.ui.main_window import FRAME_ROOM, MainWindow
from tests.support import windows
from tests.ui.screens import clashes, dialogs, main_window_pages


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: object) -> object:
    apply_language(request.param)
    yield request.param
    apply_language("en")


def test_alt_letters_are_unique_on_every_page_and_dialog(
    qtbot: QtBot, language: str, window: MainWindow, demo_file: windows.DemoFile
) -> None:
    found = {}
    for page in main_window_pages(window, demo_file.visit_id):
        if twice := clashes(window):
            found[page] = twice
    for name, dialog in dialogs(window, demo_file.visit_id):
        if twice := clashes(dialog):
            found[name] = twice
    assert found == {}, language


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for `widget` (its accessible name, else what Qt
    derives: a button's text, a buddy label's)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_focusable(window: QWidget) -> list[str]:
    """The widgets of `window` that take the keyboard but have no name to announce."""
    missing = []
    for widget in window.findChildren(QWidget):
        takes_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if not takes_focus or not widget.isVisibleTo(window) or widget.focusProxy() is not None:
            continue
        # A button says its text; an input must be named after its label (a combo box would
        # otherwise announce only its value).
        named = (
            spoken_name(widget) if isinstance(widget, QAbstractButton) else widget.accessibleName()
        )
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()!r}")
    return missing


def test_every_focusable_widget_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, demo_file: windows.DemoFile
) -> None:
    found = {}
    for page in main_window_pages(window, demo_file.visit_id):
        if missing := unnamed_focusable(window):
            found[page] = missing
    for name, dialog in dialogs(window, demo_file.visit_id):
        if missing := unnamed_focusable(dialog):
            found[name] = missing
    assert found == {}, "\n".join(f"{page}: {names}" for page, names in found.items())


def test_every_page_fits_a_1280x720_screen_at_150_percent(
    qtbot: QtBot, window: MainWindow, demo_file: windows.DemoFile
) -> None:
    """853x480 logical pixels, less a title bar: the save state in the status bar stays in
    view."""
    room = QSize(1280 * 2 // 3, 720 * 2 // 3) - FRAME_ROOM
    for page in main_window_pages(window, demo_file.visit_id):
        needed = window.minimumSizeHint()
        assert needed.width() <= room.width() and needed.height() <= room.height(), page
