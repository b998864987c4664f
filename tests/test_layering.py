"""The layers of docs/architecture.md, checked on every import of the package (lazy and
type-checking ones too): arrows point down only, and Qt stays in ui/."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "spt_field"
_BASE = {"errors", "safe_files", "catalogues"}
_STORAGE = {"domain", "db", *_BASE}
_BELOW_UI = {*_STORAGE, "services", "security", "interchange", "export", "sync"}
#: What each part of the package may import, besides itself.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "safe_files": {"errors"},
    "catalogues": set(),  # gettext catalogues below the interface: imports nothing of ours
    "domain": {"errors", "catalogues"},
    "db": _STORAGE,
    "security": _STORAGE,
    "services": _STORAGE,
    "interchange": {*_STORAGE, "services", "security"},
    "export": {*_STORAGE, "services", "security"},
    "sync": {*_STORAGE, "services", "security", "interchange"},
    "paths": _BASE,
    "logs": {*_BASE, "paths"},
    "startup": {*_STORAGE, "services", "security"},
    "ui": {*_BELOW_UI, "__init__", "paths", "logs", "startup"},
    # The composition root and the command line may use every part.
    "app": {*_BELOW_UI, "ui", "startup", "paths", "logs"},
    "cli": {*_BELOW_UI, "__init__", "app", "paths", "logs"},
    "__main__": {"cli"},
    "__init__": set(),
    "resources": set(),  # package data: icons, fonts, translations
}
#: Imports sanctioned across the layers, each for a reason given in docs/architecture.md.
EXCEPTIONS = {
    ("services.demo", "interchange"),  # the demo visit is a bundled spt-field/1 document
    ("safe_files", "security"),  # every file written is recorded for the emergency erase
}
QT = ("PySide6", "shiboken6")


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            if node.module == "spt_field":  # from spt_field import __version__
                yield from (f"spt_field.{alias.name}" for alias in node.names)
            else:
                yield node.module


def _module(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def violations(package: Path = PACKAGE) -> Iterator[str]:
    for path in sorted(package.rglob("*.py")):
        module = _module(path, package)
        part = _part(module) if module != "spt_field" else "__init__"
        for imported in _imports(path):
            if imported.startswith(QT) and part not in ("ui",):
                yield f"{module} imports Qt ({imported}): Qt stays in ui/"
            if not imported.startswith("spt_field."):
                continue
            target = _part(imported)
            if target == "__version__":
                target = "__init__"
            if target == part or target in ALLOWED[part]:
                continue
            if (module.removeprefix("spt_field."), target) not in EXCEPTIONS:
                yield f"{module} imports {imported}: {part} may not import {target}"


def test_every_part_of_the_package_has_its_layer() -> None:
    parts = {_part(_module(path, PACKAGE)) for path in PACKAGE.rglob("*.py")}
    assert parts <= set(ALLOWED), parts - set(ALLOWED)


def test_imports_point_down_the_layers() -> None:
    assert list(violations()) == []


def test_the_check_catches_an_upward_import_and_qt_below_ui(tmp_path: Path) -> None:
    package = tmp_path / "spt_field"
    (package / "services").mkdir(parents=True)
    (package / "domain").mkdir()
    (package / "services" / "upward.py").write_text("from spt_field.ui.store import Store\n")
    (package / "domain" / "painted.py").write_text(
        "def f() -> None:\n    from PySide6.QtGui import QColor\n"
    )
    assert list(violations(package)) == [
        "spt_field.domain.painted imports Qt (PySide6.QtGui): Qt stays in ui/",
        "spt_field.services.upward imports spt_field.ui.store: services may not import ui",
    ]
