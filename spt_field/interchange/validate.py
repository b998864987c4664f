"""Schema validation of an `spt-field/1` document, every problem named by its JSON path."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema import ValidationError as SchemaError

from spt_field.errors import InvalidDataError, UserError, ValidationError
from spt_field.interchange.parse import parse_json
from spt_field.interchange.schema import shipped_schema


def json_path(parts: Iterable[str | int]) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


#: How many characters of a wrong value a message shows.
_SHOWN = 80


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(
        shipped_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _shown(value: Any) -> str:
    """`value` as a message shows it: a long text by its start only."""
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _message(error: SchemaError) -> str:
    instance = _shown(error.instance)
    if error.validator == "enum":
        codes = ", ".join(str(code) for code in error.validator_value)  # type: ignore[union-attr]
        return f"{instance} is not one of the codes: {codes}"
    if error.validator == "pattern" and "[0-9a-fA-F]{8}" in str(error.validator_value):
        return f"{instance} is not a UUID"
    if error.validator == "maxLength" and isinstance(error.instance, str):
        return (
            f"is {len(error.instance):,} characters long; "
            f"at most {error.validator_value:,} are allowed"
        )
    if error.validator == "type":
        return f"{instance} is not of type {error.validator_value!r}"
    if len(error.message) > 2 * _SHOWN:
        return f"{instance} does not match the schema ({error.validator})"
    return error.message


def _problem(error: SchemaError) -> ValidationError:
    # anyOf (a nullable value) reports its branches; the first branch is the useful one.
    if error.validator == "anyOf" and error.context:
        return _problem(error.context[0])
    return ValidationError(json_path(error.absolute_path), _message(error))


@cache
def _compiled_validator() -> jsonschema_rs.Draft202012Validator:
    """The same schema compiled (Rust): the fast yes of the happy path. Its no is worded by
    jsonschema, which names every problem with its JSON path."""
    return jsonschema_rs.Draft202012Validator(shipped_schema(), validate_formats=True)


def schema_problems(document: Any) -> list[ValidationError]:
    if _compiled_validator().is_valid(document):
        return []
    errors = sorted(_validator().iter_errors(document), key=lambda error: list(error.path))
    return [_problem(error) for error in errors]


def validate_document(document: Any) -> None:
    problems = schema_problems(document)
    if problems:
        raise InvalidDataError(problems)


def read_document(path: Path) -> Any:
    """Parse a JSON file, or say clearly why it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"no file at {path}") from None
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from None
    return parse_json(data, path.name)
