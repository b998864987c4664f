"""Where to write an exported file: a line to type the path in and a Browse… button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class SaveFileRow(QWidget):
    """`choose` asks for a file name (a save dialog) and returns "" if none was chosen."""

    def __init__(self, parent: QWidget, placeholder: str, choose: Callable[[], str]) -> None:
        super().__init__(parent)
        self.choose = choose
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(placeholder)
        self.path.setAccessibleName(placeholder)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(browse)
        self.setFocusProxy(self.path)

    def _browse(self) -> None:
        name = self.choose()
        if name:
            self.path.setText(name)
