"""One keyboard model for every page: Tab always moves on, F6 / Shift+F6 move between panes.

Text editors keep Tab for moving on (Ctrl+Tab types a tab where one is wanted, in the notes);
tables and lists leave their cells to the arrow keys, so Tab never stays trapped in them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit, QWidget

# The object name of a pane inside an editor page that F6 stops at (the interview's notes and
# allegations).
DETAIL_PANE = "detailPane"


def widget_shortcut(key: QKeySequence, widget: QWidget, slot: Callable[[], object]) -> QShortcut:
    """A key that calls `slot` only while `widget` has the focus (PySide's constructor taking
    the context leaves it window-wide, which makes the same key on two tables ambiguous)."""
    shortcut = QShortcut(key, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def tab_always_moves_on(root: QWidget) -> None:
    """No editor, table or list under `root` keeps Tab for itself."""
    for plain in root.findChildren(QPlainTextEdit):
        plain.setTabChangesFocus(True)
    for rich in root.findChildren(QTextEdit):
        rich.setTabChangesFocus(True)
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def first_focusable(pane: QWidget) -> QWidget | None:
    """The first widget of `pane`, in Tab order, that takes the keyboard."""
    if pane.focusPolicy() & Qt.FocusPolicy.TabFocus and pane.isEnabled():
        return pane
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        accepts = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if pane.isAncestorOf(widget) and accepts and widget.isVisible() and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    return None


class PaneCycle:
    """F6 and Shift+F6 on `host`: focus the next or previous of the panes `panes()` gives
    (those shown at the moment), where the focus was last in each."""

    def __init__(self, host: QWidget, panes: Callable[[], Sequence[QWidget]]) -> None:
        self.host = host
        self.panes = panes
        for key, step in (("F6", 1), ("Shift+F6", -1)):
            shortcut = QShortcut(QKeySequence(key), host)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move(step))

    def move(self, step: int) -> None:
        shown = [pane for pane in self.panes() if pane.isVisible()]
        if not shown:
            return
        focused = self.host.focusWidget()
        # The innermost pane holding the focus (the notes rather than the page around them).
        holding = [
            n
            for n, pane in enumerate(shown)
            if focused is not None and (pane is focused or pane.isAncestorOf(focused))
        ]
        here = holding[-1] if holding else -1
        for offset in range(1, len(shown) + 1):
            target = first_focusable(shown[(here + step * offset) % len(shown)])
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
