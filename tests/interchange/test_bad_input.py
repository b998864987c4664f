"""Hostile input: every value JSON allows but no record can hold ends in a clear UserError,
never an internal error, and the database is left as it was."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spt_field.db.session import Database
from spt_field.domain.limits import LONG_TEXT, SHORT_TEXT
from spt_field.errors import InvalidDataError, UserError
from spt_field.interchange.import_json import import_document
from spt_field.interchange.parse import parse_json
from spt_field.interchange.validate import read_document
from tests.support.interchange_sample import row_counts, valid_document


def _document_text(notes: str = '"n"') -> bytes:
    """The valid sample document as JSON text, with `notes` (JSON text) as an interview's notes."""
    document = valid_document()
    document["visits"][0]["places"][0]["interviews"][0]["notes"] = "NOTES-HERE"
    text = json.dumps(document, ensure_ascii=False)
    return text.replace('"NOTES-HERE"', notes).encode("utf-8")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"\\ud800"', "lone UTF-16 surrogate"),
        ('"a\\udfffb"', "lone UTF-16 surrogate"),
        ('"\\udc00\\ud800"', "lone UTF-16 surrogate"),
        ("9" * 5000, "a number of 5,000 digits"),
        ("-" + "1" * 21, "a number of 21 digits"),
        ("1e999", "too large"),
        ("NaN", "NaN, which is not a JSON number"),
        ("-Infinity", "-Infinity, which is not a JSON number"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_values_no_record_can_hold_are_refused_clearly(value: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_json(_document_text(value), "visits.json")


def test_raw_surrogate_bytes_are_refused_with_their_position(tmp_path: Path) -> None:
    path = tmp_path / "visits.json"
    path.write_bytes(b'{"format": "spt-field/1", "visits": ["\xed\xa0\x80"]}')
    with pytest.raises(UserError, match=r"not UTF-8 text \(byte 39: ED A0 80\)"):
        read_document(path)


def test_a_surrogate_pair_is_a_character() -> None:
    document = parse_json(_document_text('"\\ud83d\\ude00 smiled"'), "visits.json")
    notes = document["visits"][0]["places"][0]["interviews"][0]["notes"]
    assert notes == "\U0001f600 smiled"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("notes", "x" * (LONG_TEXT + 1), "is 200,001 characters long; at most 200,000"),
        ("pseudonym", "P" * (SHORT_TEXT + 1), "is 1,001 characters long; at most 1,000"),
        ("notes", "said \x00 nothing", "control character U+0000 at position 6"),
        ("pseudonym", "B\x07", "control character U+0007"),
        ("notes", "half \ud800 a pair", "half of a UTF-16 pair (U+D800) at position 6"),
    ],
)
def test_texts_over_the_limits_or_with_controls_are_refused(
    database: Database, field: str, value: str, message: str
) -> None:
    document = valid_document()
    document["visits"][0]["places"][0]["interviews"][0][field] = value
    before = row_counts(database)
    with pytest.raises(InvalidDataError) as caught, database.begin() as session:
        import_document(session, document)
    problems = [str(problem) for problem in caught.value.problems]
    assert any(f"interviews[0].{field}" in problem and message in problem for problem in problems)
    assert all(len(problem) < 300 for problem in problems)
    assert row_counts(database) == before


class _RolledBackError(Exception):
    pass


HOSTILE = st.sampled_from(
    ['"\\ud800"', '"\\udfff"', "9" * 5000, "1e999", "NaN", '"\\u0000"', '"x\\u0007"', "-5", "[]"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=HOSTILE, position=st.integers(min_value=0))
def test_any_value_replaced_by_a_hostile_one_is_refused_or_imported(
    shared_database: Database, value: str, position: int
) -> None:
    text = _document_text().decode()
    values = list(re.finditer(r'(?<=": )("[^"]*"|-?[0-9.]+|true|false|null)', text))
    match = values[position % len(values)]
    data = (text[: match.start()] + value + text[match.end() :]).encode()
    with pytest.raises(_RolledBackError), shared_database.begin() as session:
        with contextlib.suppress(UserError):
            import_document(session, parse_json(data, "visits.json"))
        raise _RolledBackError  # the shared database stays as it was
