"""Guards against a Qt binding that miscounts references (PySide6 6.12.0 did: every data()
call that found nothing dropped a reference to None, and a long day of work aborted)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel


def test_reading_an_empty_role_leaves_none_alone() -> None:
    model = QStandardItemModel()
    item = QStandardItem("Person A")
    model.appendRow(item)
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        assert index.data(Qt.ItemDataRole.UserRole + 7) is None
        assert item.data(Qt.ItemDataRole.UserRole + 7) is None
    assert abs(sys.getrefcount(None) - before) < 50
