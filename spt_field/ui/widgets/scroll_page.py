"""Long forms scroll; the window never grows past the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrollable(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Tab goes to the fields inside, which scroll into view: the area itself is no stop.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
