"""Search on a headquarters server finds what a laptop's search finds in the same data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
import sqlcipher3
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from spt_field.db.search_index import SEARCH_INDEX, TOKENIZER, indexed_text
from spt_field.db.server_search import FOLD_FUNCTION, index_name
from spt_field.db.session import Database, create_database
from spt_field.domain.codes import FindingArea, PlaceType
from spt_field.domain.values import (
    FindingFields,
    InterviewFields,
    PlaceFields,
    RecommendationFields,
    VisitFields,
)
from spt_field.services.findings import add_finding
from spt_field.services.interviews import record_interview
from spt_field.services.places import add_place
from spt_field.services.recommendations import add_recommendation
from spt_field.services.search import search
from spt_field.services.visits import create_visit
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.server


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    database = create_database(tmp_path / "laptop.sptdb", PASSPHRASE)
    yield database
    database.close()


# Letters with and without accents, upper and lower case, CJK, and what stands between words.
_LETTERS = "aeioucdlnrtAEÉàáâäãåçèéêëìíîïñòóôöõùúûüýÿœæøßłčšžğışğăőűČŠŽÅÑ"
_CJK = "殴打警察审讯他了说在时被拘留者牢房メモカタ경찰관"
_BETWEEN = " ,.;:'-()\n\t«»！。、"
_TEXT = st.text(st.sampled_from(_LETTERS + _CJK + _BETWEEN), max_size=60)


def _records(database: Database, texts: list[str]) -> dict[str, str]:
    """The texts as interviews, findings and recommendations of a new visit: record id -> the
    label it has on both engines (its kind and the text's place in the list)."""
    labels = {}
    with database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(country="FRA", start_date=date(2020, 1, 1), end_date=date(2020, 1, 9)),
        )
        place = add_place(session, visit.id, PlaceFields(name="P", place_type=PlaceType.PRISON))
        for number, text in enumerate(texts):
            kind = ("interview", "finding", "recommendation")[number % 3]
            if kind == "interview":
                record_id = record_interview(
                    session, place.id, InterviewFields(pseudonym=f"P{number}", notes=text)
                ).id
            elif kind == "finding":
                record_id = add_finding(
                    session,
                    visit.id,
                    FindingFields(area=FindingArea.TREATMENT, title=f"T{number}", text=text),
                ).id
            else:
                record_id = add_recommendation(
                    session, visit.id, RecommendationFields(text=text if text.strip() else "-")
                ).id
            labels[record_id] = f"{kind} {number}"
    labels[""] = visit.id
    return labels


def _found(database: Database, labels: dict[str, str], query: str) -> dict[str, str]:
    """The labels of the hits of `query` in the visit, with their snippets."""
    with database.begin() as session:
        hits = search(session, query, visit_id=labels[""])
    return {labels[hit.record_id]: hit.snippet for hit in hits}


@st.composite
def _data(draw: st.DrawFn) -> tuple[list[str], str]:
    """A few texts and a query of words taken from them (the last maybe cut short)."""
    texts = draw(st.lists(_TEXT, min_size=1, max_size=6))
    pieces = [piece for text in texts for piece in text.split()] or ["x"]
    words = draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=3))
    cut = draw(st.integers(min_value=1, max_value=max(1, len(words[-1]))))
    words[-1] = words[-1][:cut]
    if draw(st.booleans()):
        words = [word.upper() for word in words]
    return texts, " ".join(words)


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
    max_examples=80,
)
@given(data=_data())
@example(data=(["Le détenu a été frappé au commissariat."], "detenu FRAPP"))
@example(data=(["The cellar, the cells."], "cell the"))  # a whole word, unless the last
@example(data=(["The cellar, the cells."], "the cell"))
@example(data=(["他说警察在审讯时殴打了他。"], "审讯 殴"))
@example(data=(["殴，打", "殴打", "打殴"], "殴打"))  # a phrase of characters, as FTS5 reads it
@example(data=(["police殴打了他 in Lorvik"], "police殴打"))
@example(data=(["L'eau froide", "leau"], "l'eau"))
@example(data=(["Straße ŁÓDŹ Ærø", "strasse lodz aero"], "straße łódź ærø"))
@example(data=(["naïve Noël", "NAIVE noel"], "NAÏVE noë"))
@example(data=(["a - b", "cell -"], "cell -"))  # a word of punctuation alone is left out
def test_the_server_finds_what_the_laptop_finds(
    laptop: Database, server_database: Database, data: tuple[list[str], str]
) -> None:
    texts, query = data
    on_laptop = _found(laptop, _records(laptop, texts), query)
    on_server = _found(server_database, _records(server_database, texts), query)
    assert set(on_server) == set(on_laptop)
    assert on_server == on_laptop  # the snippets too


def test_a_selective_search_uses_the_trigram_indexes(server_database: Database) -> None:
    """The server's search can read each column through its trigram index: the LIKEs are on the
    indexed folded text and the query keeps to live rows, the index's condition. (In a visit
    the planner may rather read the visit's rows by their place: then it checks stored folded
    texts, which is cheap too.)"""
    with server_database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(country="FRA", start_date=date(2020, 1, 1), end_date=date(2020, 1, 9)),
        )
        place = add_place(session, visit.id, PlaceFields(name="P", place_type=PlaceType.PRISON))
        for number in range(40):
            record_interview(
                session,
                place.id,
                InterviewFields(pseudonym=f"P{number}", notes=f"Routine visit number {number}."),
            )
        record_interview(
            session, place.id, InterviewFields(pseudonym="Z", notes="Handcuffed to a radiator.")
        )
    statements: list[tuple[str, object]] = []

    def keep(
        _conn: object, _cursor: object, statement: str, parameters: object, *_: object
    ) -> None:
        if "LIKE" in statement:
            statements.append((statement, parameters))

    sa.event.listen(server_database.engine, "before_cursor_execute", keep)
    try:
        with server_database.begin() as session:
            assert len(search(session, "handcuffed radia")) == 1
    finally:
        sa.event.remove(server_database.engine, "before_cursor_execute", keep)
    interview = next(s for s in statements if "FROM interview AS r" in s[0])
    with server_database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        # A table this small is read whole faster: only say what the planner can do.
        connection.exec_driver_sql("SET enable_seqscan = off")
        connection.exec_driver_sql("SET enable_indexscan = off")
        plan = "\n".join(
            row[0]
            for row in connection.exec_driver_sql(f"EXPLAIN {interview[0]}", interview[1])  # type: ignore[arg-type]
        )
    _search, columns = SEARCH_INDEX["interview"]
    for column in columns:
        assert index_name("interview", column) in plan, plan


def test_the_server_cuts_and_folds_every_character_as_the_laptop(
    server_database: Database,
) -> None:
    """Every character below U+30000, between letters (plain, and accented: such a text takes
    another way through `spt_fold`), is cut and folded as the laptop's FTS5 index does it.
    The one difference said in server_search.py: the server lowers the case of letters of
    scripts the laptop's tokenizer (Unicode 6.1) does not know."""
    texts = {
        (code, before): f"{before}{chr(code)}x"
        for code in range(1, 0x30000)
        if not 0xD800 <= code <= 0xDFFF
        for before in ("x", "é")
    }
    keys = list(texts)
    laptop = sqlcipher3.connect(":memory:")
    laptop.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '{TOKENIZER}')")
    laptop.execute("CREATE VIRTUAL TABLE words USING fts5vocab(t, instance)")
    laptop.executemany(
        "INSERT INTO t (rowid, x) VALUES (?, ?)",
        ((number, indexed_text(texts[key])) for number, key in enumerate(keys)),
    )
    on_laptop: dict[int, list[str]] = {}
    for number, word in laptop.execute("SELECT doc, term FROM words ORDER BY doc, offset"):
        on_laptop.setdefault(number, []).append(word)
    laptop.close()
    with server_database.engine.connect() as connection:
        on_server = connection.execute(
            sa.text(f"SELECT {FOLD_FUNCTION}(x) FROM unnest(CAST(:texts AS text[])) AS x"),
            {"texts": [texts[key] for key in keys]},
        ).scalars()
        differ = [
            (hex(key[0]), key[1], on_laptop.get(number, []), folded.split())
            for number, (key, folded) in enumerate(zip(keys, on_server, strict=True))
            if on_laptop.get(number, []) != folded.split()
        ]
    # Kept as it is by the laptop, lowered by the server: a capital it does not know.
    assert [
        (code, before, laptop_words, server_words)
        for code, before, laptop_words, server_words in differ
        if server_words != [word.lower() for word in laptop_words]
        or chr(int(code, 16)) not in "".join(laptop_words)
    ] == []
