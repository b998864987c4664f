"""Paints one search hit as rich text: kind and title on a line, the snippet below, matches bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from spt_field.ui.models.roles import KIND_LABEL_ROLE, SNIPPET_ROLE, TITLE_ROLE
from spt_field.ui.models.search_results_model import snippet_html

Index = QModelIndex | QPersistentModelIndex
_MARGIN = 6


def hit_html(kind: str, title: str, snippet: str, *, text: str, muted: str) -> str:
    """The rich text of a hit; `text` and `muted` are colour names."""
    return (
        f'<div style="color:{text}">'
        f'<span style="color:{muted}">{html.escape(kind)}</span>&nbsp;&nbsp;'
        f"<span style='font-size:large'>{html.escape(title)}</span><br/>"
        f"{snippet_html(snippet)}</div>"
    )


class SearchHitDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(_MARGIN)
        document.setHtml(
            hit_html(
                str(index.data(KIND_LABEL_ROLE) or ""),
                str(index.data(TITLE_ROLE) or ""),
                str(index.data(SNIPPET_ROLE) or ""),
                text=text.name(),
                muted=muted.name(),
            )
        )
        widget = option.widget
        view = widget if isinstance(widget, QAbstractItemView) else None
        width = view.viewport().width() if view is not None else option.rect.width()
        document.setTextWidth(max(width, 100))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        document = self._document(view_option, index)
        rect = view_option.rect
        painter.save()
        painter.translate(rect.topLeft())
        document.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        document = self._document(view_option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
