"""Typing as a user does, with no mouse: key presses sent to whatever has the focus, modal
dialogs typed into while their own event loop runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from spt_field.ui.main_window import MainWindow

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is nowhere"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    """Type `text` where the focus is, accented letters too (QTest.keyClicks knows ASCII only)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused(), char)
        else:
            key = Qt.Key(ord(char.upper())) if ord(char) < 256 else Qt.Key.Key_unknown
            QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), key, char, NO_MODIFIER)


def shortcut(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    """Press a window shortcut such as Ctrl+N where the focus is."""
    target = QApplication.focusWidget() or window
    qtbot.keySequence(target, QKeySequence(keys))


def in_dialog(qtbot: QtBot, typing: Callable[[QDialog], None]) -> list[BaseException]:
    """Type into the modal dialog about to open (its `exec` runs its own event loop). A dialog
    the typing leaves open is closed, so that a failure reports rather than hangs: the list
    returned holds what went wrong."""
    failures: list[BaseException] = []

    def when_open() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, when_open)
            return
        try:
            qtbot.waitUntil(lambda: _holds_focus(dialog))
            typing(dialog)
            if dialog.isVisible():
                raise AssertionError(f"the typing left {dialog.windowTitle()!r} open")
        except BaseException as failure:
            failures.append(failure)
            dialog.reject()

    QTimer.singleShot(0, when_open)
    return failures


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """A closed dialog gives the keyboard back to the window: the window manager does that,
    and the offscreen platform has none."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_to(widget: QWidget, limit: int = 40) -> None:
    """Tab until `widget` has the focus, as a user does who looks at the screen."""
    for _step in range(limit):
        if focused() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget.accessibleName()!r}")


def _holds_focus(dialog: QDialog) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and dialog.isAncestorOf(widget)
