"""Search in Chinese, Japanese and Korean: words found inside text written without spaces."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from spt_field.db.session import Database
from spt_field.domain.codes import FindingArea
from spt_field.domain.values import (
    FindingFields,
    Interview,
    InterviewFields,
    Place,
    RecommendationFields,
    SearchHit,
    Visit,
)
from spt_field.services.findings import add_finding
from spt_field.services.interviews import delete_interview, record_interview, suggest_pseudonym
from spt_field.services.recommendations import add_recommendation
from spt_field.services.search import fts_query, search

SENTENCE = "他说警察在审讯时殴打了他。"  # "He said the police beat him during the interrogation."


def _ids(hits: list[SearchHit]) -> list[str]:
    return [hit.record_id for hit in hits]


def _find(database: Database, text: str) -> list[SearchHit]:
    with database.begin() as session:
        return search(session, text)


def _interview(database: Database, place: Place, notes: str, pseudonym: str = "A") -> Interview:
    with database.begin() as session:
        return record_interview(
            session, place.id, InterviewFields(pseudonym=pseudonym, notes=notes)
        )


@pytest.mark.parametrize(
    ("word", "snippet"),
    [
        ("殴打", "他说警察在审讯时[殴打]了他。"),  # two characters
        ("警察", "他说[警察]在审讯时殴打了他。"),  # at the start of the sentence's words
        ("审讯时", "他说警察在[审讯时]殴打了他。"),  # three
        ("警察在审讯", "他说[警察在审讯]时殴打了他。"),  # five
        ("他。", "[他]说警察在审讯时殴打了[他]。"),  # punctuation is no part of a word
    ],
)
def test_a_word_is_found_inside_an_unspaced_sentence(
    database: Database, place: Place, word: str, snippet: str
) -> None:
    interview = _interview(database, place, SENTENCE)
    hits = _find(database, word)
    assert _ids(hits) == [interview.id]
    assert hits[0].snippet == snippet


def test_findings_and_recommendations_are_found_too(
    database: Database, visit: Visit, place: Place
) -> None:
    interview = _interview(database, place, SENTENCE)
    with database.begin() as session:
        finding = add_finding(
            session,
            visit.id,
            FindingFields(
                area=FindingArea.TREATMENT,
                title="审讯中的殴打",
                text="多名被拘留者称警察在审讯时殴打他们。",
            ),
        )
        recommendation = add_recommendation(
            session, visit.id, RecommendationFields(text="立即停止在审讯中殴打被拘留者。")
        )
    hits = {hit.kind: hit for hit in _find(database, "殴打")}
    assert {kind: hit.record_id for kind, hit in hits.items()} == {
        "interview": interview.id,
        "finding": finding.id,
        "recommendation": recommendation.id,
    }
    assert hits["finding"].title == "审讯中的殴打"
    assert hits["finding"].snippet == "多名被拘留者称警察在审讯时[殴打]他们。"
    assert hits["recommendation"].snippet == "立即停止在审讯中[殴打]被拘留者。"
    assert hits["recommendation"].title == "立即停止在审讯中殴打被拘留者。"


@pytest.mark.parametrize(
    ("notes", "word"),
    [
        ("殴人后打开门", "殴打"),  # both characters, apart
        ("打殴", "殴打"),  # both, the wrong way round
        ("警方在审讯时殴打了他", "警察"),  # one of the two
    ],
)
def test_characters_that_do_not_stand_together_are_no_hit(
    database: Database, place: Place, notes: str, word: str
) -> None:
    _interview(database, place, notes)
    assert _find(database, word) == []


def test_words_typed_apart_must_each_be_there(database: Database, place: Place) -> None:
    both = _interview(database, place, "殴人后打开门")
    assert _ids(_find(database, "殴 打")) == [both.id]


def test_the_better_hit_comes_first(database: Database, place: Place) -> None:
    padding = "食物送来得很晚而且是冷的。" * 20  # "the food came late and cold"
    weak = _interview(database, place, f"{padding}看守提到过一次殴打。", "A")
    strong = _interview(database, place, "殴打，殴打，又是殴打，在四号牢房。", "B")
    hits = _find(database, "殴打")
    assert _ids(hits) == [strong.id, weak.id]
    assert hits[1].snippet.startswith("…")
    assert "[殴打]" in hits[1].snippet
    assert "\u200b" not in hits[1].snippet


def test_mixed_queries_and_mixed_text(database: Database, place: Place) -> None:
    interview = _interview(database, place, "The police殴打了他 in Lorvik. Le détenu a été frappé.")
    _interview(database, place, "The police station was clean.", "B")
    for typed in ("police 殴打", "殴打 police", "police殴打", "lorvik 殴打", "detenu 殴打 frapp"):
        assert _ids(_find(database, typed)) == [interview.id], typed
    hits = _find(database, "police 殴打")
    assert hits[0].snippet == "The [police][殴打]了他 in Lorvik. Le détenu a été frappé."


@pytest.mark.parametrize(
    ("notes", "word", "snippet"),
    [
        ("警察官に殴られたと話した。", "殴られた", "警察官に[殴られた]と話した。"),  # Japanese
        ("カタカナのメモ", "メモ", "カタカナの[メモ]"),  # katakana, with its long-vowel mark
        ("그는 경찰관이 때렸다고 말했다.", "경찰", "그는 [경찰]관이 때렸다고 말했다."),  # Korean
        ("經常毆打", "毆打", "經常[毆打]"),  # traditional characters
    ],
)
def test_japanese_korean_and_traditional_chinese(
    database: Database, place: Place, notes: str, word: str, snippet: str
) -> None:
    interview = _interview(database, place, notes)
    hits = _find(database, word)
    assert _ids(hits) == [interview.id]
    assert hits[0].snippet == snippet


def test_latin_search_is_unchanged(database: Database, place: Place) -> None:
    assert fts_query("le détenu frapp") == '"le" "détenu" "frapp"*'
    interview = _interview(database, place, "Le détenu a été frappé au commissariat.")
    for typed in ("detenu", "DÉTENU frappe", "commiss", "été"):
        assert _ids(_find(database, typed)) == [interview.id], typed
    assert _find(database, "commiss frappe") == []  # only the last word is a prefix
    assert _find(database, "detenu")[0].snippet == "Le [détenu] a été frappé au commissariat."


def test_a_cjk_word_is_no_prefix(database: Database, place: Place) -> None:
    assert fts_query("police 殴打") == '"police" "殴\u200b打"'
    assert fts_query("殴打 pol") == '"殴\u200b打" "pol"*'


def test_plain_sql_writes_are_indexed(database: Database, place: Place) -> None:
    """The triggers index whatever code writes, so SQL outside the services is found too."""
    interview = _interview(database, place, "Nothing noted.")
    with database.engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE interview SET notes = :notes WHERE id = :id"),
            {"notes": SENTENCE, "id": interview.id},
        )
    assert _ids(_find(database, "殴打")) == [interview.id]
    assert _find(database, "nothing") == []


_CJK = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # Han
    st.characters(min_codepoint=0x3041, max_codepoint=0x3096),  # hiragana
    st.characters(min_codepoint=0x30A1, max_codepoint=0x30FA),  # katakana (not the "・" dot)
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # Hangul syllables
    st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF),  # Han, extension B
    st.sampled_from("々〇ー"),
)
# Anything a note may hold around the word: letters with accents, digits, punctuation, spaces,
# combining marks, more CJK (but no brackets, which would read as highlights here, nor the
# control characters no note may hold).
_CONTROLS = "".join(chr(code) for code in range(32) if chr(code) not in "\t\n\r")
_AROUND = st.text(
    st.one_of(_CJK, st.characters(exclude_categories=["Cs"], exclude_characters="[]" + _CONTROLS)),
    max_size=30,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(before=_AROUND, word=st.text(_CJK, min_size=2, max_size=6), after=_AROUND)
@example(before="police", word="殴打", after="了他")
@example(before="é\u0301", word="殴打", after="\u0301x")
@example(before="殴", word="殴打", after="打")
@example(before="a\t", word="殴打", after="")
def test_any_cjk_run_of_a_note_finds_it(
    database: Database, place: Place, before: str, word: str, after: str
) -> None:
    notes = before + word + after
    with database.begin() as session:
        pseudonym = suggest_pseudonym(session, place.visit_id)
    interview = _interview(database, place, notes, pseudonym)
    hits = _find(database, word)
    assert interview.id in _ids(hits)
    snippet = hits[_ids(hits).index(interview.id)].snippet
    assert any(word in highlighted for highlighted in re.findall(r"\[([^]]*)\]", snippet))
    # The snippet shows the note as written, cut and with highlights added; only invisible
    # characters differ: a NUL shows as a space, zero-width spaces are left out.
    shown = notes.replace("\x00", " ").replace("\u200b", "")
    assert all(piece in shown for piece in re.split(r"[][]|…", snippet))
    with database.begin() as session:
        delete_interview(session, interview.id)
