"""Full-text search over interview notes, findings and recommendations (FTS5, ranked)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.search_index import CJK_CHARACTER, CJK_SEPARATOR, SEARCH_INDEX, indexed_text
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
    ),
    _Index(
        "finding",
        "finding_search",
        1,
        "r.title",
        "JOIN finding AS r ON r.rowid = finding_search.rowid",
        "r.visit_id",
        "1",
    ),
    _Index(
        "recommendation",
        "recommendation_search",
        0,
        "substr(r.text, 1, 80)",
        "JOIN recommendation AS r ON r.rowid = recommendation_search.rowid",
        "r.visit_id",
        "1",
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


def _hits(session: Session, index: _Index, query: str, rowids: list[int]) -> list[SearchHit]:
    """Snippets for the chosen rows only: cutting one is the costly part of a search."""
    statement = (
        f"SELECT r.id, {index.visit}, {index.title}, "
        f"snippet({index.fts}, {index.snippet_column}, '[', ']', '…', {index.snippet_words}), "
        f"bm25({index.fts}) "
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
