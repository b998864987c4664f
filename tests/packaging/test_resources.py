"""resources/: the sources of what the package reads at run time, and the build step that turns
them into package files (build_resources.py)."""

from __future__ import annotations

import configparser
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from build_resources import SOURCES, build_resources
from spt_field.ui.launch import application_icon


def png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def test_the_build_compiles_and_copies_into_a_package_folder(tmp_path: Path) -> None:
    package = tmp_path / "spt_field"
    outputs = build_resources(package)
    names = sorted(path.relative_to(package).as_posix() for path in outputs)
    catalogues = [
        f"resources/locale/{code}/LC_MESSAGES/{domain}.mo"
        for code in ("es", "fr", "zh")
        for domain in ("codes", "report", "rules")
    ]
    assert names == sorted(
        [
            "resources/demo/demo-visit.json",
            "resources/icons/spt-field.png",
            "resources/locale/languages.txt",
            *catalogues,
            "resources/translations/spt_field_es.qm",
            "resources/translations/spt_field_fr.qm",
            "resources/translations/spt_field_zh.qm",
        ]
    )
    assert all(path.stat().st_size > 1000 for path in outputs if path.suffix != ".txt")


def test_what_is_up_to_date_is_left_alone(tmp_path: Path) -> None:
    package = tmp_path / "spt_field"
    first = {path: path.stat().st_mtime_ns for path in build_resources(package)}
    assert {path: path.stat().st_mtime_ns for path in build_resources(package)} == first


def test_the_desktop_entry_names_the_command_and_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(SOURCES / "spt-field.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Exec"], section["Icon"]) == (
        "Application",
        "spt-field",
        "spt-field",
    )
    assert {"Name", "Comment", "Comment[fr]", "Comment[es]", "Comment[zh]"} <= set(section)
    assert png_size(SOURCES / "icons" / "spt-field.png") == (256, 256)


@pytest.mark.gui
def test_the_window_icon_comes_from_the_package(qapp: QApplication) -> None:
    icon = application_icon()
    assert not icon.isNull()
    assert QSize(256, 256) in icon.availableSizes()
