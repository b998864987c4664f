"""Pseudonyms are unique in a visit, however they arrive: import or form."""

from __future__ import annotations

import pytest

from spt_field.db.session import Database
from spt_field.domain.values import InterviewFields
from spt_field.errors import ValidationError
from spt_field.interchange.import_json import import_document
from spt_field.services.interviews import record_interview
from tests.support.interchange_sample import valid_document


def test_imported_pseudonym_with_spaces_still_blocks_the_same_pseudonym(
    empty_database: Database,
) -> None:
    document = valid_document()
    place = document["visits"][0]["places"][0]
    place["interviews"][1]["pseudonym"] = " B "
    with empty_database.begin() as session:
        import_document(session, document)
    with pytest.raises(ValidationError, match="already used"), empty_database.begin() as session:
        record_interview(session, place["id"], InterviewFields(pseudonym="B"))


def test_pseudonym_taken_by_an_imported_interview_is_refused(empty_database: Database) -> None:
    document = valid_document()
    place = document["visits"][0]["places"][0]
    with empty_database.begin() as session:
        import_document(session, document)
    with pytest.raises(ValidationError, match="already used"), empty_database.begin() as session:
        record_interview(session, place["id"], InterviewFields(pseudonym="B"))
