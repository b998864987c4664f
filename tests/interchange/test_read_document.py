"""Reading a JSON file: a clear UserError for every way it can fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from spt_field.errors import UserError
from spt_field.interchange.validate import read_document


def test_reads_a_document(tmp_path: Path) -> None:
    path = tmp_path / "visits.json"
    path.write_text('{"format": "spt-field/1", "visits": []}', encoding="utf-8")
    assert read_document(path) == {"format": "spt-field/1", "visits": []}


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nothing.json"
    with pytest.raises(UserError, match="no file at") as caught:
        read_document(path)
    assert str(path) in str(caught.value)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "spt-field/1",\n  "visits": [,]\n}\n', encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "broken.json is not valid JSON" in message
    assert "line 3, column 14" in message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    with pytest.raises(UserError, match="line 1, column 1"):
        read_document(path)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read"):
        read_document(tmp_path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "Zürich"}'.encode("latin-1"))
    with pytest.raises(UserError, match="cannot read"):
        read_document(path)


def test_deeply_nested_json(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(UserError):
        read_document(path)
