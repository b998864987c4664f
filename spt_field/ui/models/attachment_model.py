"""The attachments of one record, one row each: a thumbnail and caption, the file, its consent,
who added it and when, and what was removed from it on import.

Thumbnails come from a ThumbnailCache when the view asks for a row's picture, so only rows on
screen are ever decoded; the caption is edited in place (`save_caption` writes it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap

from spt_field.domain.attachments import Attachment
from spt_field.errors import UserError
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.metadata_words import removed_words
from spt_field.ui.models.allegation_table_model import AnyIndex
from spt_field.ui.models.roles import ID_ROLE
from spt_field.ui.rule_messages import describe
from spt_field.ui.thumbnails import ThumbnailCache

CAPTION_COLUMN = 0


def file_size(size: int) -> str:
    """A file's size as people read it: "820 KB", "4.2 MB"."""
    if size < 1024 * 1024:
        return translate("AttachmentModel", "{0} KB").format(max(1, round(size / 1024)))
    return translate("AttachmentModel", "{0} MB").format(f"{size / 1024 / 1024:.1f}")


def metadata_note(attachment: Attachment) -> str:
    if attachment.kept_original:
        return translate("AttachmentModel", "Original kept, with its metadata")
    if not attachment.metadata_removed:
        return translate("AttachmentModel", "None found")
    return removed_words(attachment.metadata_removed)


_CELLS: tuple[Callable[[Attachment], str], ...] = (
    lambda a: a.caption or a.file_name,
    lambda a: f"{a.file_name} ({file_size(a.size)})",
    lambda a: code_label(a.consent),
    lambda a: a.added_by or "—",
    lambda a: a.added_at.strftime("%Y-%m-%d %H:%M"),
    metadata_note,
)


def _headers() -> tuple[str, ...]:
    return (
        translate("AttachmentModel", "Caption"),
        translate("AttachmentModel", "File"),
        translate("AttachmentModel", "Consent"),
        translate("AttachmentModel", "Added by"),
        translate("AttachmentModel", "Added (UTC)"),
        translate("AttachmentModel", "Metadata removed"),
    )


class AttachmentModel(QAbstractTableModel):
    #: A caption the rules refused, with the message for the user.
    refused = Signal(str)

    def __init__(
        self,
        thumbnails: ThumbnailCache,
        save_caption: Callable[[str, str], Attachment],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.save_caption = save_caption
        self.attachments: list[Attachment] = []

    def set_attachments(self, attachments: Sequence[Attachment]) -> None:
        self.beginResetModel()
        self.attachments = list(attachments)
        self.thumbnails.keep_only({attachment.id for attachment in self.attachments})
        self.endResetModel()

    def attachment(self, row: int) -> Attachment:
        return self.attachments[row]

    def replace(self, changed: Attachment) -> None:
        for row, attachment in enumerate(self.attachments):
            if attachment.id == changed.id:
                self.attachments[row] = changed
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(_CELLS) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.attachments)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_CELLS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        attachment = self.attachments[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _CELLS[column](attachment)
        if role == Qt.ItemDataRole.EditRole and column == CAPTION_COLUMN:
            return attachment.caption
        if role == Qt.ItemDataRole.DecorationRole and column == CAPTION_COLUMN:
            image = self.thumbnails.get(attachment)
            return None if image.isNull() else QPixmap.fromImage(image)
        if role == Qt.ItemDataRole.ToolTipRole and column == CAPTION_COLUMN:
            return translate("AttachmentModel", "{0}: F2 edits the caption, Enter opens it").format(
                attachment.file_name
            )
        if role == ID_ROLE:
            return attachment.id
        return None

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != CAPTION_COLUMN:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        attachment = self.attachments[index.row()]
        if str(value) == attachment.caption:
            return True
        try:
            changed = self.save_caption(attachment.id, str(value))
        except UserError as error:
            self.refused.emit(describe(error, {"caption": _headers()[CAPTION_COLUMN]}))
            return False
        self.attachments[index.row()] = changed
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CAPTION_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = _headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None
