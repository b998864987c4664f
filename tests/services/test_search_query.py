"""What a user types never breaks the search: fts_query quotes every word."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from spt_field.db.session import Database
from spt_field.domain.values import InterviewFields, Place
from spt_field.services.interviews import record_interview
from spt_field.services.search import fts_query, search


def test_words_are_quoted_and_the_last_is_a_prefix() -> None:
    assert fts_query("beaten  in cell") == '"beaten" "in" "cell"*'
    assert fts_query('say "no') == '"say" """no"*'
    assert fts_query("   ") == ""


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
# Lone surrogates are not text a user can type (they cannot even be encoded as UTF-8).
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=40))
@example("a\x00b")
@example('"')
@example('a" OR "b')
@example("NEAR(a b)")
@example("*")
@example("a:b")
@example("^start")
@example("-x +y")
@example("(((")
@example("AND OR NOT")
@example("\u200b")
def test_no_text_makes_search_fail(database: Database, place: Place, text: str) -> None:
    with database.begin() as session:
        if not search(session, "seed"):
            record_interview(session, place.id, InterviewFields(pseudonym="A", notes="seed notes"))
        search(session, text)


@pytest.mark.parametrize(
    ("text", "hits"), [("\x00", 0), ("x\x00y", 0), ("cell \x00", 1), ("\x00bl", 1)]
)
def test_a_nul_character_is_a_word_break(
    database: Database, place: Place, text: str, hits: int
) -> None:
    with database.begin() as session:
        record_interview(session, place.id, InterviewFields(pseudonym="A", notes="cell block"))
        assert len(search(session, text)) == hits
