"""The interview notes editor: big, plain text, and able to turn a passage into a finding."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

# QTextCursor.selectedText() separates paragraphs with U+2029, not "\n".
_PARAGRAPH_SEPARATOR = "\u2029"


class InterviewNotesEdit(QPlainTextEdit):
    """Plain-text notes; `findingRequested` carries the selected passage."""

    findingRequested = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewNotes")
        self.setTabChangesFocus(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.setPlaceholderText(
            self.tr("Type the interview notes here: they are saved as you type.")
        )
        self.finding_action = QAction(self.tr("Create &finding from selection"), self)
        self.finding_action.setToolTip(
            self.tr("Start a finding from the selected passage, with this interview as evidence")
        )
        self.finding_action.setEnabled(False)
        self.finding_action.triggered.connect(self.request_finding)
        self.selectionChanged.connect(self._update_finding_action)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Tab moves on like everywhere else; Ctrl+Tab types a tab."""
        if (
            event.key() == Qt.Key.Key_Tab
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        return self.textCursor().selectedText().replace(_PARAGRAPH_SEPARATOR, "\n").strip()

    def request_finding(self) -> None:
        text = self.selected_text()
        if text:
            self.findingRequested.emit(text)

    def move_cursor_to_end(self) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.ensureCursorVisible()

    def build_context_menu(self, position: QPoint) -> QMenu:
        """The standard editing menu plus "Create finding from selection"."""
        menu = self.createStandardContextMenu(position)
        menu.addSeparator()
        menu.addAction(self.finding_action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _update_finding_action(self) -> None:
        self.finding_action.setEnabled(self.textCursor().hasSelection())
