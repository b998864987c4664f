"""Full-text search over interview notes, findings and recommendations, ranked, with snippets.

On a laptop (SQLite) FTS5 does it all. On a headquarters server (PostgreSQL) `_server_search`
finds the same records with the folded texts and trigram indexes of db/server_search.py, ranks
them by a bm25-like score of its own, and has the laptop's FTS5 cut the snippets of the hits
shown: `search` branches on the engine in one place. See `_server_search` for what differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.search_index import CJK_CHARACTER, CJK_SEPARATOR, SEARCH_INDEX, indexed_text
from spt_field.db.server_search import FOLD_FUNCTION, fts5_snippets, search_column
from spt_field.domain.values import SearchHit


@dataclass(frozen=True)
class _Index:
    kind: str
    fts: str  # the FTS5 table
    snippet_column: int  # which indexed column the snippet is cut from
    title: str  # SQL for the hit's title
    joins: str  # from the FTS table to the record and its visit
    visit: str  # SQL for the record's visit id
    live: str  # SQL that is true for a record to show
    table: str  # the record's table (the server reads it as r)
    server_joins: str  # from the record to its visit, on the server

    @property
    def snippet_words(self) -> str:
        """SQL for the snippet's length in words of the index. Each CJK character is a word of
        its own, so text that holds CJK (the index set it apart) gets more of them."""
        _fts, columns = SEARCH_INDEX[self.kind]
        column = f"{self.fts}.{columns[self.snippet_column]}"
        return (
            f"CASE WHEN instr({column}, :separator) THEN {_CJK_SNIPPET_WORDS} "
            f"ELSE {_SNIPPET_WORDS} END"
        )


_SNIPPET_WORDS = 16
# About as wide as 16 words of Latin script (FTS5 allows at most 64).
_CJK_SNIPPET_WORDS = 40

_INDEXES = (
    _Index(
        "interview",
        "interview_search",
        1,
        "'Person ' || r.pseudonym",
        "JOIN interview AS r ON r.rowid = interview_search.rowid "
        "JOIN place AS p ON p.id = r.place_id",
        "p.visit_id",
        "p.deleted_at IS NULL",
        "interview",
        "JOIN place AS p ON p.id = r.place_id",
    ),
    _Index(
        "finding",
        "finding_search",
        1,
        "r.title",
        "JOIN finding AS r ON r.rowid = finding_search.rowid",
        "r.visit_id",
        "TRUE",
        "finding",
        "",
    ),
    _Index(
        "recommendation",
        "recommendation_search",
        0,
        "substr(r.text, 1, 80)",
        "JOIN recommendation AS r ON r.rowid = recommendation_search.rowid",
        "r.visit_id",
        "TRUE",
        "recommendation",
        "",
    ),
)


def _best(
    session: Session, index: _Index, query: str, visit_id: str | None, limit: int
) -> list[Any]:
    """The best `limit` live matches of one index: rowids and ranks only, no snippets yet.

    FTS5 ranks on its own first (ORDER BY rank LIMIT is its fast path); the few best are then
    checked for being live (and in the visit), asking for more only if too many were not.
    """
    visit = f"AND {index.visit} = :visit_id" if visit_id else ""
    wanted = limit if visit_id is None else limit * 20
    while True:
        statement = (
            # The ranked subquery takes the FTS table's name, so the joins read its rowid.
            f"SELECT {index.fts}.rowid, {index.fts}.rank FROM (SELECT rowid, rank FROM "
            f"{index.fts} WHERE {index.fts} MATCH :query ORDER BY rank LIMIT :wanted) "
            f"AS {index.fts} {index.joins} WHERE {index.live} {visit} ORDER BY {index.fts}.rank"
        )
        parameters = {"query": query, "visit_id": visit_id, "wanted": wanted}
        rows = list(session.execute(sa.text(statement), parameters))
        total = session.execute(
            sa.text(
                f"SELECT count(*) FROM (SELECT 1 FROM {index.fts} WHERE {index.fts} "
                "MATCH :query LIMIT :wanted)"
            ),
            parameters,
        ).scalar_one()
        if len(rows) >= limit or total < wanted:
            return rows[:limit]
        wanted *= 4


def _snippet_sql(index: _Index) -> str:
    """SQL for a match's snippet, matches in [brackets], on the FTS table of `index`."""
    return f"snippet({index.fts}, {index.snippet_column}, '[', ']', '…', {index.snippet_words})"


def _hits(session: Session, index: _Index, query: str, rowids: list[int]) -> list[SearchHit]:
    """Snippets for the chosen rows only: cutting one is the costly part of a search."""
    statement = (
        f"SELECT r.id, {index.visit}, {index.title}, {_snippet_sql(index)}, bm25({index.fts}) "
        f"FROM {index.fts} {index.joins} "
        f"WHERE {index.fts} MATCH :query AND {index.fts}.rowid IN ({','.join(map(str, rowids))})"
    )
    return [
        SearchHit(
            kind=index.kind,
            record_id=record_id,
            visit_id=visit,
            title=title,
            # The index sets CJK characters apart: show the text as it was written.
            snippet=snippet.replace(CJK_SEPARATOR, ""),
            rank=rank,
        )
        for record_id, visit, title, snippet, rank in session.execute(
            sa.text(statement), {"query": query, "separator": CJK_SEPARATOR}
        )
    ]


def fts_query(text: str) -> str:
    """Turn what a user typed into an FTS5 query: every word must match, the last as a prefix.

    Words are quoted, so FTS5 operators or stray quotes in the input cannot cause a syntax error.
    Each word is cut as the index cuts text, so a CJK word is the phrase of its characters: found
    inside unspaced text, and only where its characters stand together. A CJK character is a
    whole word of the index, so a word ending in one is no prefix.
    """
    # FTS5 reads a NUL as the end of the query: it cannot be part of a word anyone typed.
    words = text.replace("\x00", " ").split()
    if not words:
        return ""
    cut = [indexed_text(word).replace('"', '""') for word in words]
    quoted = [f'"{word}"' for word in cut]
    if CJK_CHARACTER.fullmatch(words[-1][-1]) is None:
        quoted[-1] += "*"
    return " ".join(quoted)


def search(
    session: Session, text: str, *, visit_id: str | None = None, limit: int = 50
) -> list[SearchHit]:
    """Ranked hits with snippets (matches in [brackets]), best first."""
    query = fts_query(text)
    if not query:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return _server_search(session, text, query, visit_id, limit)
    ranked = [
        (rank, index, rowid)
        for index in _INDEXES
        for rowid, rank in _best(session, index, query, visit_id, limit)
    ]
    ranked.sort(key=lambda item: item[0])
    chosen: dict[str, list[int]] = {}
    for _rank, index, rowid in ranked[:limit]:
        chosen.setdefault(index.kind, []).append(int(rowid))
    hits = [
        hit
        for index in _INDEXES
        if index.kind in chosen
        for hit in _hits(session, index, query, chosen[index.kind])
    ]
    return sorted(hits, key=lambda hit: hit.rank)


# The server's rank: bm25 without its inverse document frequency (which needs statistics of the
# whole collection): for each word of the query, its occurrences in the record weighed against
# the record's length in words, over an average length of this many words.
_K1 = 1.2
_B = 0.75
_AVERAGE_WORDS = 40
# A word found in very many records (in every visit of a headquarters: "the", "police") would
# have all of them ranked: the server ranks the first this many it finds, of each kind.
_CANDIDATES = 1000


@dataclass(frozen=True)
class _Phrase:
    """A word of the query as the server matches it: its folded words, the last maybe a prefix."""

    words: tuple[str, ...]
    prefix: bool

    @property
    def like(self) -> str:
        """A LIKE pattern for the folded text (spt_fold: words between single spaces)."""
        escaped = " ".join(re.sub(r"([\\%_])", r"\\\1", word) for word in self.words)
        return f"% {escaped}{'%' if self.prefix else ' %'}"

    @property
    def counted(self) -> str:
        """What to count in the folded text with its spaces doubled (occurrences share none)."""
        return " " + "  ".join(self.words) + ("" if self.prefix else " ")


def _phrases(session: Session, text: str) -> list[_Phrase]:
    """The query's words as the laptop's FTS5 reads them (`fts_query`), folded by the server.

    A word the tokenizer finds no letters in (punctuation alone) is left out, as FTS5 leaves
    out an empty phrase; a NUL is a space, as there.
    """
    typed = text.replace("\x00", " ").split()
    prefix = CJK_CHARACTER.fullmatch(typed[-1][-1]) is None
    folded = session.execute(
        sa.text(
            "SELECT " + ", ".join(f"{FOLD_FUNCTION}(:word{number})" for number in range(len(typed)))
        ),
        {f"word{number}": word for number, word in enumerate(typed)},
    ).one()
    last = len(typed) - 1
    return [
        _Phrase(tuple(words.split()), prefix and number == last)
        for number, words in enumerate(folded)
        if words.split()
    ]


def _server_ranked(
    session: Session, index: _Index, phrases: list[_Phrase], visit_id: str | None, limit: int
) -> list[Any]:
    """The best `limit` live matches of one index on the server: ids and ranks.

    A record matches when each phrase is in one of its indexed columns (as in FTS5, different
    phrases may be in different columns). Each LIKE is on the column's folded text, which has a
    trigram index of live rows: the query keeps to live rows, the index's condition.
    """
    _fts, columns = SEARCH_INDEX[index.kind]
    parameters: dict[str, Any] = {"visit_id": visit_id, "limit": limit}
    matches = []
    counts = []
    for number, phrase in enumerate(phrases):
        parameters[f"like{number}"] = phrase.like
        parameters[f"count{number}"] = phrase.counted
        matches.append(
            "("
            + " OR ".join(f"r.{search_column(column)} LIKE :like{number}" for column in columns)
            + ")"
        )
        occurrences = " + ".join(
            f"(octet_length(f.{column}) - octet_length(replace(f.{column}, :count{number}, '')))"
            f" / octet_length(:count{number})"
            for column in columns
        )
        counts.append(f"({occurrences})::float")
    words = " + ".join(
        f"greatest(octet_length(f.{column}) - octet_length(replace(f.{column}, ' ', '')) - 2, 0)"
        " / 2"
        for column in columns
    )
    norm = f"{_K1} * (1 - {_B} + {_B} * ({words}) / {_AVERAGE_WORDS}.0)"
    score = " + ".join(f"{tf} * {_K1 + 1} / ({tf} + {norm})" for tf in counts)
    stored = ", ".join(f"r.{search_column(column)} AS {column}" for column in columns)
    folded = ", ".join(
        f"replace(coalesce(m.{column}, ''), ' ', '  ') AS {column}" for column in columns
    )
    visit = f"AND {index.visit} = :visit_id" if visit_id else ""
    parameters["candidates"] = _CANDIDATES
    statement = (
        f"SELECT m.id, -s.score FROM (SELECT r.id, {stored} "
        f"FROM {index.table} AS r {index.server_joins} "
        f"WHERE r.deleted_at IS NULL AND {index.live} {visit} AND {' AND '.join(matches)} "
        "LIMIT :candidates) AS m "
        f"CROSS JOIN LATERAL (SELECT {score} AS score FROM (SELECT {folded} OFFSET 0) AS f) AS s "
        "ORDER BY s.score DESC, m.id LIMIT :limit"
    )
    return list(session.execute(sa.text(statement), parameters))


def _server_hits(
    session: Session, index: _Index, query: str, ranks: dict[str, float]
) -> list[SearchHit]:
    """The chosen records with their snippets, cut by the laptop's FTS5 (`fts5_snippets`) from
    the same text with the same query: the same length rules and [brackets] as on a laptop."""
    _fts, columns = SEARCH_INDEX[index.kind]
    rows = {
        record_id: (visit, title, values)
        for record_id, visit, title, *values in session.execute(
            sa.text(
                f"SELECT r.id, {index.visit}, {index.title}, "
                f"{', '.join(f'r.{column}' for column in columns)} "
                f"FROM {index.table} AS r {index.server_joins} WHERE r.id IN :ids"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": list(ranks)},
        )
    }
    snippets = fts5_snippets(
        index.kind,
        query,
        ((record_id, values) for record_id, (_v, _t, values) in rows.items()),
        _snippet_sql(index),
    )
    return [
        SearchHit(
            kind=index.kind,
            record_id=record_id,
            visit_id=visit,
            title=title,
            snippet=snippets.get(record_id, _opening(values[index.snippet_column])).replace(
                CJK_SEPARATOR, ""
            ),
            rank=ranks[record_id],
        )
        for record_id, (visit, title, values) in rows.items()
    ]


def _opening(text: str | None) -> str:
    """A snippet where FTS5 sees no match the server saw (see server_search.py: the case of
    letters of recent scripts): the text's first words."""
    words = (text or "").split()
    return " ".join(words[:_SNIPPET_WORDS]) + ("…" if len(words) > _SNIPPET_WORDS else "")


def _server_search(
    session: Session, text: str, query: str, visit_id: str | None, limit: int
) -> list[SearchHit]:
    """`search` on a PostgreSQL server: the records FTS5 would find for `query` on a laptop
    holding the same data, ranked by a bm25-like score (higher first, given as a negative rank
    like bm25's): occurrences of each word against the record's length in words.

    The same records are found when they fit in `limit`; their order is the laptop's where one
    is clearly better, and may differ between hits of close ranks, as the server weighs no word
    by its rarity. Hits of equal rank come in the order of their ids. Where more than `limit`
    records match, both show `limit` of them, each its best by its own rank; the server ranks
    only the first `_CANDIDATES` matches of each kind, which keeps a word found everywhere fast.
    """
    phrases = _phrases(session, text)
    if not phrases:
        return []
    # The driver prepares a statement run often; a plan made for any pattern (a generic plan)
    # cannot narrow the records down by the pattern's trigrams.
    session.execute(sa.text("SET LOCAL plan_cache_mode = force_custom_plan"))
    ranked = [
        (rank, index, record_id)
        for index in _INDEXES
        for record_id, rank in _server_ranked(session, index, phrases, visit_id, limit)
    ]
    ranked.sort(key=lambda item: (item[0], item[2]))
    chosen: dict[str, dict[str, float]] = {}
    for rank, index, record_id in ranked[:limit]:
        chosen.setdefault(index.kind, {})[record_id] = rank
    hits = [
        hit
        for index in _INDEXES
        if index.kind in chosen
        for hit in _server_hits(session, index, query, chosen[index.kind])
    ]
    return sorted(hits, key=lambda hit: (hit.rank, hit.record_id))
