"""Table column widths are remembered from one opening of a database to the next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from spt_field.db.session import open_database
from spt_field.domain.values import Visit
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import Settings
from tests.conftest import PASSPHRASE


def test_the_visit_list_keeps_its_column_widths(
    qtbot: QtBot, db_path: Path, demo_visit: Visit, tmp_path: Path
) -> None:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.use_database(open_database(db_path, PASSPHRASE))
    assert window.visit_list is not None
    header = window.visit_list.table.horizontalHeader()
    header.resizeSection(1, 211)
    assert window.close_database()
    window.use_database(open_database(db_path, PASSPHRASE))
    assert window.visit_list is not None
    assert window.visit_list.table.horizontalHeader().sectionSize(1) == 211
    window.close_database()
