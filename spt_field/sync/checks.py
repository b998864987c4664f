"""A bundle's records checked as a JSON import checks its records: the schema and every rule.

The texts of the incoming records are checked first (check_texts); the merge runs next, in the
caller's unit of work; then the visit as it now stands is exported and validated like an
`spt-field/1` import, and every problem on a record the bundle brought is a refusal (the unit
of work rolls back: all or nothing). Texts of every incoming record,
deleted ones included, are held to the same length limits and control-character rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from spt_field.domain.limits import text_problem
from spt_field.errors import NotFoundError, UserError, ValidationError
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import document_problems

_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")
#: The most problems a refusal lists (a hostile bundle could hold millions).
_LISTED = 20


class BundleRecordsError(UserError):
    """Records of the bundle break the rules an import keeps."""

    def __init__(self, problems: Sequence[ValidationError]) -> None:
        self.problems = list(problems)
        count = len(problems)
        lines = [f"  {problem}" for problem in problems[:_LISTED]]
        if count > _LISTED:
            lines.append(f"  ... and {count - _LISTED} more")
        super().__init__(
            f"the bundle holds {count} value{'s' if count != 1 else ''} that break the rules "
            "of a visit; nothing was imported\n" + "\n".join(lines)
        )


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (item for item in value if isinstance(item, str))


def _text_problems(records: Sequence[Mapping[str, Any]]) -> Iterator[ValidationError]:
    for record in records:
        for name, value in record["f"].items():
            for text in _texts(value):
                problem = text_problem(name, text)
                if problem is not None:
                    where = f"{record['t']} {str(record['id'])[:8]}: {name}"
                    yield ValidationError(where, problem.problem)


def record_id_at(document: Any, path: str) -> str | None:
    """The id of the innermost record on the JSON `path` of `document`."""
    found, node = None, document
    for name, index in _STEP.findall(path):
        try:
            node = node[name] if name else node[int(index)]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            found = node["id"]
    return found


def check_texts(content: Mapping[str, Any]) -> None:
    """Refuse (BundleRecordsError) a text of an incoming record that breaks a limit, before
    anything is written (a server refuses to store some of them, a NUL, with its own words)."""
    problems = list(_text_problems(content["records"]))
    if problems:
        raise BundleRecordsError(problems)


def check_merged(session: Session, content: Mapping[str, Any]) -> None:
    """Refuse (BundleRecordsError) when a record the bundle brought breaks a rule of a visit
    (its texts were checked before the merge, by check_texts)."""
    try:
        document = export_document(session, str(content["visit_id"]), identities=False)
    except NotFoundError:
        return  # the visit itself was deleted: nothing of it is shown or reported
    incoming = {str(record["id"]) for record in content["records"]}
    problems = [
        problem
        for problem in document_problems(document)
        if record_id_at(document, problem.field) in incoming
    ]
    if problems:
        raise BundleRecordsError(problems)
