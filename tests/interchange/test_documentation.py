"""docs/interchange.md keeps up with the format: every key and code, and a working example."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import import_document
from spt_field.interchange.schema import build_schema

DOC = Path(__file__).resolve().parents[2] / "docs" / "interchange.md"


@pytest.fixture(scope="module")
def text() -> str:
    return DOC.read_text(encoding="utf-8")


def _keys_and_codes(schema: Any) -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    codes: set[str] = set()
    if isinstance(schema, dict):
        keys.update(schema.get("properties", {}))
        codes.update(str(code) for code in schema.get("enum", []))
        for value in schema.values():
            more_keys, more_codes = _keys_and_codes(value)
            keys |= more_keys
            codes |= more_codes
    elif isinstance(schema, list):
        for value in schema:
            more_keys, more_codes = _keys_and_codes(value)
            keys |= more_keys
            codes |= more_codes
    return keys, codes


def test_every_key_is_documented(text: str) -> None:
    keys, _codes = _keys_and_codes(build_schema())
    assert sorted(key for key in keys if f"`{key}`" not in text) == []


def test_every_code_is_documented(text: str) -> None:
    _keys, codes = _keys_and_codes(build_schema())
    assert sorted(code for code in codes if f"`{code}`" not in text) == []


def test_example_imports_and_exports_unchanged(text: str, empty_database: Database) -> None:
    example = json.loads(re.findall(r"```json\n(.*?)```", text, re.DOTALL)[-1])
    with empty_database.begin() as session:
        import_document(session, example)
    with empty_database.begin() as session:
        exported = export_document(session)
    visit, original = exported["visits"][0], example["visits"][0]
    assert visit["id"] == original["id"]
    assert visit["findings"] == original["findings"]
    assert visit["recommendations"] == [{**original["recommendations"][0], "authority": ""}]
    assert exported["country_profiles"] == example["country_profiles"]
