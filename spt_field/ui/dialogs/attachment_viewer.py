"""An attachment shown inside the app, from its bytes in memory: a photograph (zoom, rotate), a
PDF page by page (rendered by PDFium), anything else described.

Nothing is written to disk to show it. Opening it in another program means saving a copy where
the user chooses, after a warning that the copy is not protected; the history records it.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.attachments import Attachment
from spt_field.errors import UserError
from spt_field.safe_files import write_atomically
from spt_field.services.attachment_cleaning import PDF
from spt_field.services.attachment_release import release_attachment
from spt_field.services.attachments import read_attachment
from spt_field.ui.accessibility import name
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.models.attachment_model import file_size, metadata_note
from spt_field.ui.pdf_pages import page_count, render_page
from spt_field.ui.rule_messages import describe
from spt_field.ui.store import Store
from spt_field.ui.thumbnails import decode_image

# A PDF page's width at 100 %, in pixels.
PAGE_WIDTH = 800
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)


class AttachmentViewer(QDialog):
    def __init__(self, store: Store, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.attachment = attachment
        self.setWindowTitle(attachment.caption or attachment.file_name)
        self.data = store.read(read_attachment, attachment.id)
        self.zoom = 1.0
        self.rotation = 0
        self.page = 0
        self.pages = 0
        self.image = QImage()
        if attachment.media_type.startswith("image/"):
            self.image = decode_image(self.data)
        elif attachment.media_type == PDF:
            try:
                self.pages = page_count(self.data)
            except pdfium.PdfiumError:
                self.pages = 0
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name(
            self.scroll_area, self.tr("Picture"), self.tr("Ctrl++ and Ctrl+- zoom, Ctrl+R rotates")
        )
        self.page_label = QLabel(self)
        self.info = QLabel(self._description(), self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.controls: dict[str, QPushButton] = {}
        self._build()
        self.show_current()

    def _build(self) -> None:
        row = QHBoxLayout()
        shown = self.showable
        for control, text, keys, slot, wanted in (
            ("zoom_out", self.tr("Zoom out"), ("Ctrl+-",), self.zoom_out, shown),
            ("zoom_in", self.tr("Zoom in"), ("Ctrl++", "Ctrl+="), self.zoom_in, shown),
            ("rotate", self.tr("Rotate"), ("Ctrl+R",), self.rotate, shown),
            ("previous", self.tr("Previous page"), ("PgUp",), self.previous_page, self.pages > 1),
            ("next", self.tr("Next page"), ("PgDown",), self.next_page, self.pages > 1),
            ("save", self.tr("Save a copy…"), ("Ctrl+Shift+E",), self.save_copy, True),
        ):
            if not wanted:
                continue
            button = QPushButton(text, self)
            button.setToolTip(f"{text} ({keys[0]})")
            button.clicked.connect(slot)
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
            self.controls[control] = button
            row.addWidget(button)
        row.addWidget(self.page_label)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.resize(900, 700)

    @property
    def showable(self) -> bool:
        return not self.image.isNull() or self.pages > 0

    def _description(self) -> str:
        attachment = self.attachment
        lines = [
            self.tr("{0}, {1}, {2}").format(
                attachment.file_name, attachment.media_type, file_size(attachment.size)
            ),
            self.tr("Added by {0} on {1} (UTC); consent: {2}").format(
                attachment.added_by or "—",
                attachment.added_at.strftime("%Y-%m-%d %H:%M"),
                code_label(attachment.consent),
            ),
            self.tr("Metadata removed: {0}").format(metadata_note(attachment)),
        ]
        if not self.showable:
            lines.insert(0, self.tr("This kind of file cannot be shown here."))
        return "\n".join(lines)

    # Showing -------------------------------------------------------------------------------

    def current_image(self) -> QImage:
        """What is on screen: the picture or the page, zoomed and rotated."""
        if self.pages:
            image = render_page(self.data, self.page, round(PAGE_WIDTH * self.zoom))
        elif not self.image.isNull():
            image = self.image
            if self.zoom != 1.0:
                image = image.scaledToWidth(
                    max(1, round(image.width() * self.zoom)),
                    Qt.TransformationMode.SmoothTransformation,
                )
        else:
            return QImage()
        if self.rotation:
            image = image.transformed(QTransform().rotate(self.rotation))
        return image

    def show_current(self) -> None:
        image = self.current_image()
        if image.isNull():
            self.picture.clear()
        else:
            self.picture.setPixmap(QPixmap.fromImage(image))
        if self.pages:
            self.page_label.setText(self.tr("Page {0} of {1}").format(self.page + 1, self.pages))
        if self.pages > 1:
            self.controls["previous"].setEnabled(self.page > 0)
            self.controls["next"].setEnabled(self.page < self.pages - 1)

    def zoom_in(self) -> None:
        self.zoom = min(self.zoom * ZOOM_STEP, ZOOM_RANGE[1])
        self.show_current()

    def zoom_out(self) -> None:
        self.zoom = max(self.zoom / ZOOM_STEP, ZOOM_RANGE[0])
        self.show_current()

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self.show_current()

    def next_page(self) -> None:
        if self.page < self.pages - 1:
            self.page += 1
            self.show_current()

    def previous_page(self) -> None:
        if self.page > 0:
            self.page -= 1
            self.show_current()

    def save_copy(self) -> None:
        save_copy(self.store, self.attachment, self)


def ask_copy_path(parent: QWidget, attachment: Attachment) -> Path | None:
    """Warn that a copy leaves the database's protection, then ask where to write it."""
    answer = QMessageBox.warning(
        parent,
        translate("AttachmentViewer", "Save a copy"),
        translate(
            "AttachmentViewer",
            "The copy will not be encrypted: anyone using this computer can open it, and the"
            " program you open it with may keep copies of its own. Delete it when you are done."
            "\n\nSave a copy of {0}?",
        ).format(attachment.file_name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Save:
        return None
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("AttachmentViewer", "Save a copy"), attachment.file_name
    )
    return Path(path) if path else None


def save_copy(store: Store, attachment: Attachment, parent: QWidget) -> Path | None:
    """Write the attachment where the user chooses (after the warning); its history says so."""
    path = ask_copy_path(parent, attachment)
    if path is None:
        return None
    try:
        write_atomically(store.write(release_attachment, attachment.id), path)
    except UserError as error:
        message = describe(error)
    except OSError as error:
        message = translate("AttachmentViewer", "{0} cannot be written: {1}").format(
            path, error.strerror
        )
    else:
        return path
    QMessageBox.warning(parent, translate("AttachmentViewer", "Save a copy"), message)
    return None
