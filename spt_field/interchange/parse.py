"""JSON text -> Python values, refusing what the JSON standard allows but no SPT Field record
can hold, each with a clear message: bytes that are not UTF-8 (raw ``ED A0 80``), lone UTF-16
surrogates (``\\ud800``), numbers of more than 20 digits, NaN and Infinity, deep nesting."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from spt_field.errors import UserError

#: The longest integer literal read (MAX_COUNT has 8 digits; Python's own limit is 4,300).
MAX_DIGITS = 20
# Any \\uD800-\\uDFFF escape: only then can a decoded string hold a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _NumberError(ValueError):
    pass


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _NumberError(f"a number of {len(text.lstrip('-')):,} digits")
    return int(text)


def _float(text: str) -> float:
    if len(text) > 100:
        raise _NumberError(f"a number written with {len(text):,} characters")
    value = float(text)
    if math.isinf(value):
        raise _NumberError(f"the number {text}, too large for any field")
    return value


def _constant(name: str) -> Any:
    raise _NumberError(f"{name}, which is not a JSON number")


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def parse_json(data: bytes, name: str) -> Any:
    """The value in `data`, or UserError naming `name` and what is wrong (line and column
    where JSON itself says so)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UserError(
            f"cannot read {name}: it is not UTF-8 text (byte {error.start + 1}: "
            f"{data[error.start : error.start + 3].hex(' ').upper()}); save it as UTF-8"
        ) from None
    try:
        value = json.loads(text, parse_int=_integer, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise UserError(
            f"{name} is not valid JSON: line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except _NumberError as error:
        raise UserError(f"{name} holds {error}; no field takes such a value") from None
    except RecursionError:
        raise UserError(f"{name} is nested too deeply to be an spt-field/1 file") from None
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(value):
        raise UserError(
            f"{name} holds a lone UTF-16 surrogate (an escape between \\ud800 and \\udfff "
            "that is not half of a pair): the text was damaged on its way"
        )
    return value
