"""Names for screen readers: every input is announced by its label.

Qt derives a button's name from its text, but on Linux a combo box announces only its value
("Anonymous use in the report") and a field with no buddy label nothing at all; so each input
gets its label's text as its accessible name, and the widgets without a label are named where
they are built.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

_CHINESE_MNEMONIC = re.compile(r"\(&.\)")


def plain_label(text: str) -> str:
    """A label's text as it is read out: "Pri&vate:" -> "Private", "同意(&O)：" -> "同意"."""
    text = _CHINESE_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


def name_inputs(root: QWidget) -> None:
    """Give every input under `root` that has a label (its buddy) the label's text as its
    accessible name, unless it already has one."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label.text():
            buddy.setAccessibleName(plain_label(label.text()))
    name_boxed_inputs(root)


def name_boxed_inputs(root: QWidget) -> None:
    """An input alone in a titled group box (the registers checked, the obstruction notes,
    a table of people) is named after the box."""
    for box in root.findChildren(QGroupBox):
        inputs = [
            widget
            for widget in box.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QAbstractButton)
            and widget.focusProxy() is None
        ]
        if len(inputs) == 1 and not inputs[0].accessibleName() and box.title():
            inputs[0].setAccessibleName(plain_label(box.title()))


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Name (and describe) a widget that has no label of its own."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
