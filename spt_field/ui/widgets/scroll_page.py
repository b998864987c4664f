"""Long forms scroll; the window never grows past the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QWidget


def scrollable(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Tab goes to the fields inside, which scroll into view: the area itself is no stop.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def narrow_combo(combo: QComboBox, characters: int = 12) -> None:
    """A long label ("Person deprived of liberty") is elided rather than widening the page
    past a 13-inch screen at 150 %."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
