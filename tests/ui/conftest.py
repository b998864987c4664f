"""Fixtures for the Qt tests: a Store over a real encrypted database holding the demo visit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database
from spt_field.domain.values import Visit
from spt_field.ui.i18n import apply_language
from spt_field.ui.store import Store


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> None:
    """Every test starts in English, whatever the machine's language or an earlier test chose."""
    apply_language("en")


@pytest.fixture
def store(qtbot: QtBot, database: Database) -> Iterator[Store]:
    store = Store(database)
    yield store
    store.flush_all()


@pytest.fixture
def demo_visit(database: Database) -> Visit:
    demo = pytest.importorskip("spt_field.services.demo")
    with database.begin() as session:
        visit: Visit = demo.create_demo_visit(session)
    return visit


# The main window over a copy of the demo database, for every test module that drives it.
from tests.support.windows import (  # noqa: E402
    bare_window,
    boxes,
    demo_file,
    demo_template,
    settings,
    settings_file,
    window,
    workspace_window,
)

__all__ = [
    "bare_window",
    "boxes",
    "demo_file",
    "demo_template",
    "settings",
    "settings_file",
    "window",
    "workspace_window",
]
