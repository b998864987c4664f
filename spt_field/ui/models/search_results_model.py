"""Full-text search hits, best first: kind, title and a snippet with the matches marked.

The snippet comes from services.search with the matched words in [brackets]; `snippet_html`
turns it into rich text with the matches in bold, for the delegate that paints each hit.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import SearchHit
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.models.roles import ID_ROLE, KIND_LABEL_ROLE, KIND_ROLE, SNIPPET_ROLE, TITLE_ROLE

Index = QModelIndex | QPersistentModelIndex

# A match as services.search marks it; brackets the user typed themselves rarely pair this way.
_MATCH = re.compile(r"\[([^\[\]]*)\]")


def kind_label(kind: str) -> str:
    """The translated name of a kind of record ("Interview", "Finding"...)."""
    try:
        return code_label(RecordKind(kind))
    except ValueError:
        return kind.replace("_", " ").capitalize()


def hit_title(hit: SearchHit) -> str:
    """The hit's title; an interview is "Person <pseudonym>", translated here."""
    if hit.kind == RecordKind.INTERVIEW.value and hit.title.startswith("Person "):
        return translate("SearchResultsModel", "Person {0}").format(
            hit.title.removeprefix("Person ")
        )
    return " ".join(hit.title.split())


def plain_snippet(snippet: str) -> str:
    """The snippet without its match markers, on one line."""
    return " ".join(_MATCH.sub(r"\1", snippet).split())


def snippet_html(snippet: str) -> str:
    """The snippet as rich text: user text escaped, matches in bold."""
    parts: list[str] = []
    position = 0
    text = " ".join(snippet.split())
    for match in _MATCH.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        parts.append(f"<b>{html.escape(match.group(1))}</b>")
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "".join(parts)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_label(hit.kind)}: {hit_title(hit)} — {plain_snippet(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_snippet(hit.snippet)
        values = {
            KIND_ROLE: hit.kind,
            ID_ROLE: hit.record_id,
            KIND_LABEL_ROLE: kind_label(hit.kind),
            TITLE_ROLE: hit_title(hit),
            SNIPPET_ROLE: hit.snippet,
        }
        return values.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
