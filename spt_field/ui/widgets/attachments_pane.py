"""The photographs and documents of the record being edited (a place, an interview or a
finding): a list with thumbnails and captions, and the ways to add to it.

The pane folds to its heading row ("Photos and documents (3)"), folded at first so the editor
above keeps the height; it unfolds by itself when a file comes in, and stays as the user left it
from one record to the next.

Files come in by the file dialog (Ins), by dropping them on the list, or by pasting (Ctrl+V) a
picture or copied files. Each is cleaned of the metadata that could betray people before it is
stored (the user is told what went), unless "keep the original" is ticked for that one file. The
file is read and stored on the database worker, so a large one shows progress and the window
stays painted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.attachments import MAX_ATTACHMENT_BYTES, Attachment, AttachmentOwner
from spt_field.domain.codes import ConsentScope
from spt_field.errors import UserError
from spt_field.services import allegations, attachments
from spt_field.ui.accessibility import name
from spt_field.ui.background import BackgroundJobs
from spt_field.ui.i18n import code_label
from spt_field.ui.keyboard import DETAIL_PANE, widget_shortcut
from spt_field.ui.metadata_words import removed_words
from spt_field.ui.models.attachment_model import CAPTION_COLUMN, AttachmentModel
from spt_field.ui.rule_messages import describe
from spt_field.ui.settings import MEGABYTE
from spt_field.ui.store import Store
from spt_field.ui.thumbnails import THUMBNAIL_SIZE, ThumbnailCache

# Qt's QWIDGETSIZE_MAX: no largest size.
QWIDGETSIZE_MAX = (1 << 24) - 1
# The space above the heading, apart from the editor's last line.
_TOP_MARGIN = 4

if TYPE_CHECKING:
    from spt_field.services.storage import Session

# The record kinds (navigator kind codes) that can hold attachments.
OWNER_KINDS = {owner.value: owner for owner in AttachmentOwner}


class AttachmentsPane(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(DETAIL_PANE)
        self.setAcceptDrops(True)
        self.store = store
        # The largest file accepted (bytes): the main window sets it from the settings.
        self.limit_bytes = MAX_ATTACHMENT_BYTES
        # Where files are read and stored: the main window hands over its database worker.
        self.jobs = BackgroundJobs(self)
        self.owner: tuple[AttachmentOwner, str] | None = None
        self.thumbnails = ThumbnailCache(lambda key: store.read(attachments.read_attachment, key))
        self.model = AttachmentModel(self.thumbnails, self._save_caption, self)
        self.model.refused.connect(self._show_error)
        self.table = self._build_table()
        self.consent = QComboBox(self)
        for scope in ConsentScope:
            self.consent.addItem(code_label(scope), scope.value)
        self.consent.activated.connect(self._save_consent)
        self.consent.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.consent.setMinimumContentsLength(14)
        self.in_notes = QCheckBox(self.tr("In the internal notes"), self)
        self.in_notes.setToolTip(
            self.tr(
                "Print this photograph with its caption in the delegation's internal notes"
                " (never in a report; left out if its consent forbids any use)"
            )
        )
        self.in_notes.clicked.connect(self._save_in_notes)
        self.keep_original = QCheckBox(self.tr("Keep the next file's original metadata"), self)
        self.keep_original.setToolTip(
            self.tr(
                "Store the next file as it is, with its GPS position, camera serial or author:"
                " recorded in its history"
            )
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()  # shown with something to say
        # An interview's files, or those of one of its allegations.
        self.attached_to = QComboBox(self)
        self.attached_to.activated.connect(self._on_attached_to)
        self.attached_to_label = QLabel(self.tr("Files of"), self)
        self.attached_to_label.setBuddy(self.attached_to)
        name(self.attached_to, self.tr("Files of"))
        self.record: tuple[str, str] | None = None
        self.toggle = self._build_toggle()
        self.buttons = self._build_buttons()
        self.body = QWidget(self)
        self.options = QWidget(self)
        self._build_layout()
        self.set_expanded(False)
        self._update_count()
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.choose_files),
            (QKeySequence(QKeySequence.StandardKey.Paste), self.paste),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected),
            (QKeySequence("Ctrl+Shift+E"), self.save_copy),
        ):
            widget_shortcut(key, self.table, slot)
        self.table.activated.connect(lambda _index: self.view_selected())
        store.recordsChanged.connect(self._on_records_changed)
        self._update_buttons()

    # Building ----------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("attachmentTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        table.setIconSize(THUMBNAIL_SIZE)
        table.setWordWrap(False)
        # Fixed row heights and column widths: sizing to contents would decode every thumbnail.
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(THUMBNAIL_SIZE.height() + 6)
        columns = table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        columns.setDefaultSectionSize(table.fontMetrics().averageCharWidth() * 18)
        columns.resizeSection(CAPTION_COLUMN, THUMBNAIL_SIZE.width() * 3)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        name(
            table,
            self.tr("Photos and documents"),
            self.tr(
                "Ins adds a file, Ctrl+V pastes, Enter opens, F2 edits the caption, Del removes"
            ),
        )
        return table

    def _build_toggle(self) -> QToolButton:
        """The heading: folds and unfolds the list and its buttons (Space or Enter)."""
        toggle = QToolButton(self)
        toggle.setObjectName("attachmentsToggle")
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setAutoRaise(True)
        toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        toggle.setStyleSheet("font-weight: bold;")
        toggle.setToolTip(self.tr("Show or hide the photos and documents"))
        toggle.toggled.connect(self.set_expanded)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            widget_shortcut(QKeySequence(key), toggle, toggle.toggle)
        return toggle

    def _build_buttons(self) -> dict[str, QPushButton]:
        buttons = {}
        for key, text, tip, slot in (
            (
                "add",
                self.tr("Add file…"),
                self.tr("Attach a photo or document (Ins)"),
                self.choose_files,
            ),
            (
                "paste",
                self.tr("Paste"),
                self.tr("Attach the copied picture or files (Ctrl+V)"),
                self.paste,
            ),
            (
                "view",
                self.tr("View"),
                self.tr("Show the selected file (Enter)"),
                self.view_selected,
            ),
            (
                "save",
                self.tr("Save a copy…"),
                self.tr("Write the file outside the database to open it elsewhere (Ctrl+Shift+E)"),
                self.save_copy,
            ),
            (
                "remove",
                self.tr("Remove…"),
                self.tr("Delete the selected file for good (Del)"),
                self.remove_selected,
            ),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons[key] = button
        return buttons

    def _build_layout(self) -> None:
        consent_label = QLabel(self.tr("Consent for this file"), self)
        consent_label.setBuddy(self.consent)
        name(self.consent, self.tr("Consent for this file"))
        # Three short rows around the list: it shares the height with the editor above it,
        # which on a small screen at 150 % has little to spare; folded, only the heading shows.
        options = QHBoxLayout(self.options)
        options.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.attached_to_label,
            self.attached_to,
            consent_label,
            self.consent,
        ):
            options.addWidget(widget)
        heading = QHBoxLayout()
        heading.addWidget(self.toggle)
        heading.addStretch(1)
        heading.addWidget(self.options)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.in_notes)
        row.addWidget(self.keep_original)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.table, 1)
        body.addLayout(row)
        body.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, _TOP_MARGIN, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.body, 1)

    # Folding -------------------------------------------------------------------------------

    def set_expanded(self, expanded: bool) -> None:
        """Show the list and its buttons, or only the heading (one row of height)."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through `toggled`
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        self.options.setVisible(expanded)
        if expanded:
            self.setMaximumHeight(QWIDGETSIZE_MAX)
        else:
            self.setMaximumHeight(self.toggle.sizeHint().height() + _TOP_MARGIN)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def _update_count(self) -> None:
        text = self.tr("Photos and documents ({0})").format(len(self.model.attachments))
        self.toggle.setText(text)
        name(
            self.toggle,
            text,
            self.tr("Space or Enter shows or hides the list of photos and documents"),
        )

    # Following the record being edited ---------------------------------------------------

    def show_owner(self, kind: str, record_id: str) -> bool:
        """List the attachments of the record shown; False if records of `kind` have none.
        An interview's own files come first; its allegations' are a choice away."""
        owner = OWNER_KINDS.get(kind)
        self.record = (kind, record_id) if owner is not None else None
        self.owner = (owner, record_id) if owner is not None else None
        self._clear_message()
        self.keep_original.setChecked(False)
        self._fill_attached_to()
        self.reload()
        return self.owner is not None

    def _fill_attached_to(self) -> None:
        """The interview and each of its allegations, for an interview; hidden otherwise."""
        self.attached_to.clear()
        interview = self.record is not None and self.record[0] == AttachmentOwner.INTERVIEW
        self.attached_to.setVisible(interview)
        self.attached_to_label.setVisible(interview)
        if self.record is None or not interview:
            return
        interview_id = self.record[1]
        self.attached_to.addItem(
            self.tr("This interview"), _key(AttachmentOwner.INTERVIEW, interview_id)
        )
        try:
            found = self.store.read(allegations.list_allegations_for_interview, interview_id)
        except UserError:  # the interview was deleted meanwhile
            found = []
        for number, allegation in enumerate(found, start=1):
            self.attached_to.addItem(
                self.tr("Allegation {0}: {1}").format(number, code_label(allegation.form)),
                _key(AttachmentOwner.ALLEGATION, allegation.id),
            )
        chosen = self.attached_to.findData(_key(*self.owner) if self.owner else "")
        self.attached_to.setCurrentIndex(max(chosen, 0))
        self.owner = _owner(str(self.attached_to.currentData()))

    def _on_attached_to(self) -> None:
        self.owner = _owner(str(self.attached_to.currentData()))
        self._clear_message()
        self.reload()

    def _on_records_changed(self, kind: str) -> None:
        """An allegation added to or deleted from the interview shown changes the choice."""
        if kind == "allegation" and self.record is not None:
            before = self.owner
            self._fill_attached_to()
            if self.owner != before:
                self.reload()

    def reload(self) -> None:
        if self.owner is None:
            self.model.set_attachments(())
        else:
            self.model.set_attachments(self.store.read(attachments.list_attachments, *self.owner))
        self._update_count()
        self._on_current_changed()

    def selected(self) -> Attachment | None:
        index = self.table.currentIndex()
        return self.model.attachment(index.row()) if index.isValid() else None

    def _on_current_changed(self) -> None:
        attachment = self.selected()
        # Blank while no file is selected: no scope shown is taken for a file's.
        shown = -1 if attachment is None else self.consent.findData(attachment.consent.value)
        self.consent.setCurrentIndex(shown)
        self.in_notes.setChecked(attachment is not None and attachment.in_internal_notes)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for key in ("view", "save", "remove"):
            self.buttons[key].setEnabled(chosen)
        self.consent.setEnabled(chosen)
        photo = self.selected()
        self.in_notes.setEnabled(photo is not None and photo.media_type.startswith("image/"))
        for key in ("add", "paste"):
            self.buttons[key].setEnabled(self.owner is not None)

    # Adding --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.owner is None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach photos or documents"),
            "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx)"),
        )
        self.add_files([Path(path) for path in paths])

    def add_files(self, paths: Sequence[Path]) -> list[Attachment]:
        """Attach the files in order; stop at the first one refused, saying why."""
        added: list[Attachment] = []
        for path in paths:
            try:
                size = path.stat().st_size
            except OSError as error:
                self._show_error(
                    self.tr("{0} cannot be read: {1}").format(path.name, error.strerror)
                )
                break
            if size > self.limit_bytes:
                self._show_error(self._too_large(path.name, size))
                break
            attachment = self._attach(path.name, path.read_bytes)
            if attachment is None:
                break
            added.append(attachment)
        if added:
            self._report(added)
        return added

    def paste(self) -> list[Attachment]:
        """Attach what the clipboard holds: copied files, else a picture (stored as PNG)."""
        return self.add_mime(QGuiApplication.clipboard().mimeData())

    def add_mime(self, mime: QMimeData | None) -> list[Attachment]:
        if self.owner is None or mime is None:
            return []
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if files:
            return self.add_files(files)
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                data = _png_bytes(image)
                if len(data) > self.limit_bytes:
                    self._show_error(self._too_large(self.tr("The pasted picture"), len(data)))
                    return []
                attachment = self._attach(self.tr("Pasted picture.png"), lambda: data)
                if attachment is not None:
                    self._report([attachment])
                    return [attachment]
                return []
        self._show_error(self.tr("The clipboard holds no picture and no file to attach."))
        return []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        mime = event.mimeData()
        if self.owner is not None and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        if self.owner is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_mime(event.mimeData())

    def _attach(self, file_name: str, read: Callable[[], bytes]) -> Attachment | None:
        """Read, clean and store one file on the database worker; None if it was refused."""
        assert self.owner is not None
        owner_kind, owner_id = self.owner
        keep = self.keep_original.isChecked()
        member = str(getattr(self.store.database, "member", "") or "")
        limit = self.limit_bytes

        def job() -> Attachment:
            return self.store.write(
                attachments.attach,
                owner_kind,
                owner_id,
                file_name,
                read(),
                "",
                member,
                datetime.now(UTC).replace(tzinfo=None),
                keep_original=keep,
                max_bytes=limit,
            )

        try:
            attachment = self.jobs.run(self, self.tr("Attaching {0}…").format(file_name), job)
        except UserError as error:
            self._show_error(
                self.tr("{0} was not attached: {1}").format(file_name, describe(error))
            )
            return None
        except OSError as error:
            self._show_error(self.tr("{0} cannot be read: {1}").format(file_name, error.strerror))
            return None
        self.keep_original.setChecked(False)  # the choice is made again for every file
        self.reload()
        self._select(attachment.id)
        return attachment

    def _too_large(self, what: str, size: int) -> str:
        return self.tr(
            "{0} is {1} MB: the largest file allowed is {2} MB (change it in Settings)."
        ).format(what, f"{size / MEGABYTE:.1f}", f"{self.limit_bytes / MEGABYTE:g}")

    def _report(self, added: Sequence[Attachment]) -> None:
        """Tell the user what was removed from each file just attached."""
        lines = []
        for attachment in added:
            if attachment.kept_original:
                what = self.tr("kept as it was, with its metadata")
            elif attachment.metadata_removed:
                what = self.tr("removed {0}").format(removed_words(attachment.metadata_removed))
            else:
                what = self.tr("no metadata to remove")
            lines.append(self.tr("{0} attached: {1}.").format(attachment.file_name, what))
        self.message.setStyleSheet("")
        self.message.setText("\n".join(lines))
        self.message.show()
        self.set_expanded(True)

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)
        self.message.show()
        self.set_expanded(True)

    def _select(self, attachment_id: str) -> None:
        for row, attachment in enumerate(self.model.attachments):
            if attachment.id == attachment_id:
                self.table.setCurrentIndex(self.model.index(row, CAPTION_COLUMN))

    # Editing, viewing, removing --------------------------------------------------------------

    def _save_caption(self, attachment_id: str, caption: str) -> Attachment:
        return self.store.write(_update, attachment_id, {"caption": caption})

    def _save_consent(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        scope = ConsentScope(str(self.consent.currentData()))
        if scope is not attachment.consent:
            self.model.replace(self.store.write(_update, attachment.id, {"consent": scope}))

    def _save_in_notes(self, include: bool) -> None:
        attachment = self.selected()
        if attachment is not None and include != attachment.in_internal_notes:
            saved = self.store.write(attachments.include_in_internal_notes, attachment.id, include)
            self.model.replace(saved)

    def view_selected(self) -> None:
        from spt_field.ui.dialogs.attachment_viewer import AttachmentViewer

        attachment = self.selected()
        if attachment is None:
            return
        viewer = AttachmentViewer(self.store, attachment, self)
        viewer.exec()
        viewer.deleteLater()

    def save_copy(self) -> None:
        from spt_field.ui.dialogs.attachment_viewer import save_copy

        attachment = self.selected()
        if attachment is not None:
            save_copy(self.store, attachment, self)

    def remove_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or not self.confirm_remove(attachment):
            return
        self.store.write(attachments.delete_attachment, attachment.id)
        self.reload()
        self._clear_message()

    def confirm_remove(self, attachment: Attachment) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            self.tr(
                "Delete {0} from this database for good? It cannot be undone or restored."
            ).format(attachment.file_name),
        )
        return answer == QMessageBox.StandardButton.Yes


def _key(owner: AttachmentOwner, record_id: str) -> str:
    """An owner as a combo box item's data (Qt compares strings, not Python tuples)."""
    return f"{owner.value}:{record_id}"


def _owner(key: str) -> tuple[AttachmentOwner, str]:
    kind, record_id = key.split(":", 1)
    return AttachmentOwner(kind), record_id


def _update(session: Session, attachment_id: str, changes: dict[str, object]) -> Attachment:
    return attachments.update_attachment(session, attachment_id, **changes)


def _png_bytes(image: QImage) -> bytes:
    """A picture as PNG bytes, made in memory."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(array.data())
