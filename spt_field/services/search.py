"""Full-text search over interview notes, findings and recommendations (FTS5, ranked)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.domain.values import SearchHit

# One SELECT per indexed table; all share the shape (kind, id, visit, title, snippet, rank).
_SEARCH = """
SELECT 'interview', i.id, p.visit_id, 'Person ' || i.pseudonym,
       snippet(interview_search, 1, '[', ']', '…', 16), bm25(interview_search)
FROM interview_search
JOIN interview AS i ON i.rowid = interview_search.rowid
JOIN place AS p ON p.id = i.place_id
WHERE interview_search MATCH :query AND p.deleted_at IS NULL {visit_filter_p}
UNION ALL
SELECT 'finding', f.id, f.visit_id, f.title,
       snippet(finding_search, 1, '[', ']', '…', 16), bm25(finding_search)
FROM finding_search JOIN finding AS f ON f.rowid = finding_search.rowid
WHERE finding_search MATCH :query {visit_filter_f}
UNION ALL
SELECT 'recommendation', r.id, r.visit_id, substr(r.text, 1, 80),
       snippet(recommendation_search, 0, '[', ']', '…', 16), bm25(recommendation_search)
FROM recommendation_search JOIN recommendation AS r ON r.rowid = recommendation_search.rowid
WHERE recommendation_search MATCH :query {visit_filter_r}
ORDER BY 6
LIMIT :limit
"""


def fts_query(text: str) -> str:
    """Turn what a user typed into an FTS5 query: every word must match, the last as a prefix.

    Words are quoted, so FTS5 operators or stray quotes in the input cannot cause a syntax error.
    """
    # FTS5 reads a NUL as the end of the query: it cannot be part of a word anyone typed.
    words = [word.replace('"', '""') for word in text.replace("\x00", " ").split()]
    if not words:
        return ""
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(
    session: Session, text: str, *, visit_id: str | None = None, limit: int = 50
) -> list[SearchHit]:
    """Ranked hits with snippets (matches in [brackets]), best first."""
    query = fts_query(text)
    if not query:
        return []
    filters = {
        "visit_filter_p": "AND p.visit_id = :visit_id" if visit_id else "",
        "visit_filter_f": "AND f.visit_id = :visit_id" if visit_id else "",
        "visit_filter_r": "AND r.visit_id = :visit_id" if visit_id else "",
    }
    rows = session.execute(
        sa.text(_SEARCH.format(**filters)),
        {"query": query, "limit": limit, "visit_id": visit_id},
    )
    return [
        SearchHit(
            kind=kind, record_id=record_id, visit_id=visit, title=title, snippet=snippet, rank=rank
        )
        for kind, record_id, visit, title, snippet, rank in rows
    ]
