"""Schema validation of an `spt-field/1` document, every problem named by its JSON path."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema import ValidationError as SchemaError

from spt_field.errors import InvalidDataError, UserError, ValidationError
from spt_field.interchange.schema import shipped_schema


def json_path(parts: Iterable[str | int]) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(
        shipped_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _message(error: SchemaError) -> str:
    if error.validator == "enum":
        codes = ", ".join(str(code) for code in error.validator_value)  # type: ignore[union-attr]
        return f"{error.instance!r} is not one of the codes: {codes}"
    if error.validator == "pattern" and "[0-9a-fA-F]{8}" in str(error.validator_value):
        return f"{error.instance!r} is not a UUID"
    return error.message


def _problem(error: SchemaError) -> ValidationError:
    # anyOf (a nullable value) reports its branches; the first branch is the useful one.
    if error.validator == "anyOf" and error.context:
        return _problem(error.context[0])
    return ValidationError(json_path(error.absolute_path), _message(error))


def schema_problems(document: Any) -> list[ValidationError]:
    errors = sorted(_validator().iter_errors(document), key=lambda error: list(error.path))
    return [_problem(error) for error in errors]


def validate_document(document: Any) -> None:
    problems = schema_problems(document)
    if problems:
        raise InvalidDataError(problems)


def read_document(path: Path) -> Any:
    """Parse a JSON file, or say clearly why it cannot be read."""
    try:
        with path.open("rb") as stream:
            return json.load(stream)
    except FileNotFoundError:
        raise UserError(f"no file at {path}") from None
    except json.JSONDecodeError as error:
        raise UserError(
            f"{path.name} is not valid JSON: line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise UserError(f"{path.name} is nested too deeply to be an spt-field/1 file") from None
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as error:
        raise UserError(f"cannot read {path}: {error}") from None
