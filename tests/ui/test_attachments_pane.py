"""The attachments pane on real widgets over a real encrypted database: it folds to its heading
and unfolds when files come in by the file dialog's path, the clipboard and drag and drop, cleaned
and told; the viewer draws from memory; nothing readable is left on disk."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from spt_field.db.models import AuditEventRow
from spt_field.db.session import Database
from spt_field.domain.attachments import AttachmentOwner
from spt_field.domain.audit import AuditAction
from spt_field.domain.codes import AllegationForm, ConsentScope
from spt_field.domain.values import AllegationFields, InterviewFields, Place
from spt_field.services import allegations, interviews
from spt_field.services.attachments import list_attachments, read_attachment
from spt_field.ui.dialogs import attachment_viewer
from spt_field.ui.dialogs.attachment_viewer import AttachmentViewer
from spt_field.ui.settings import DEFAULT_ATTACHMENT_LIMIT_MB, Settings
from spt_field.ui.store import Store
from spt_field.ui.widgets.attachments_pane import AttachmentsPane
from tests.services import attachment_files as files

MARKER = "Distinctive-Marker-5d20b9"


def drawn_pdf(text: str = MARKER) -> bytes:
    """A one-page PDF with a filled blue square (something to see) and `text` in its
    uncompressed content stream (something to look for on disk)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    content = DecodedStreamObject()
    content.set_data(f"0 0 1 rg 40 40 120 120 re f % {text}".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = DictionaryObject()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """Where the user's files come from (outside what is scanned for leaks)."""
    folder = tmp_path / "camera"
    folder.mkdir()
    return folder


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


@pytest.fixture
def pane(qtbot: QtBot, store: Store, place: Place) -> AttachmentsPane:
    pane = AttachmentsPane(store)
    qtbot.addWidget(pane)
    assert pane.show_owner(AttachmentOwner.PLACE.value, place.id)
    pane.resize(700, 320)
    pane.show()
    return pane


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def stored(database: Database, place: Place) -> list[bytes]:
    with database.read() as session:
        return [
            read_attachment(session, attachment.id)
            for attachment in list_attachments(session, AttachmentOwner.PLACE, place.id)
        ]


def folded(pane: AttachmentsPane) -> bool:
    return not pane.is_expanded() and not pane.table.isVisible()


def test_the_pane_is_folded_at_first_and_its_heading_counts_the_files(
    pane: AttachmentsPane, source: Path, place: Place
) -> None:
    assert folded(pane)
    assert pane.toggle.text() == "Photos and documents (0)"
    assert pane.height() < pane.table.minimumSizeHint().height()  # the heading's row only

    pane.add_files([write(source, "cell.jpg", files.photograph())])

    assert pane.is_expanded() and pane.table.isVisible() and pane.message.isVisible()
    assert pane.toggle.text() == "Photos and documents (1)"
    assert pane.toggle.accessibleName() == "Photos and documents (1)"


def test_the_fold_is_kept_from_one_record_to_the_next(pane: AttachmentsPane, place: Place) -> None:
    pane.set_expanded(True)
    assert pane.show_owner(AttachmentOwner.PLACE.value, place.id)
    assert pane.is_expanded()
    pane.set_expanded(False)
    assert pane.show_owner(AttachmentOwner.PLACE.value, place.id)
    assert folded(pane)


def test_space_and_enter_on_the_heading_fold_and_unfold_it(
    qtbot: QtBot, pane: AttachmentsPane
) -> None:
    pane.activateWindow()
    before = QWidget(pane)  # something to Tab from
    before.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    before.show()
    QWidget.setTabOrder(before, pane.toggle)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert pane.toggle.hasFocus()

    QTest.keyClick(pane.toggle, Qt.Key.Key_Space)
    assert pane.is_expanded() and pane.table.isVisible()
    QTest.keyClick(pane.toggle, Qt.Key.Key_Return)
    assert folded(pane)
    QTest.keyClick(pane.toggle, Qt.Key.Key_Enter)
    assert pane.is_expanded()


def test_the_lists_shortcuts_work_once_unfolded(
    qtbot: QtBot, pane: AttachmentsPane, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = write(source, "cell.jpg", files.photograph())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: ([str(chosen)], ""))
    done: list[str] = []
    monkeypatch.setattr(pane, "view_selected", lambda: done.append("view"))
    monkeypatch.setattr(attachment_viewer, "save_copy", lambda *_args: done.append("save"))
    monkeypatch.setattr(pane, "confirm_remove", lambda _attachment: done.append("remove"))
    copied = QMimeData()
    copied.setUrls([QUrl.fromLocalFile(str(write(source, "scan.pdf", drawn_pdf())))])
    QGuiApplication.clipboard().setMimeData(copied)
    pane.set_expanded(True)
    pane.activateWindow()
    pane.table.setFocus()
    qtbot.waitUntil(pane.table.hasFocus)

    QTest.keyClick(pane.table, Qt.Key.Key_Insert)
    QTest.keyClick(pane.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [a.file_name for a in pane.model.attachments] == ["cell.jpg", "scan.pdf"]
    pane.table.setFocus()  # back from the progress of the second file
    qtbot.waitUntil(pane.table.hasFocus)
    QTest.keyClick(pane.table, Qt.Key.Key_Return)
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(pane.table, Qt.Key.Key_E, shift_control)
    QTest.keyClick(pane.table, Qt.Key.Key_Delete)

    assert done == ["view", "save", "remove"]
    assert pane.model.rowCount() == 2  # the removal was not confirmed


def test_the_file_dialogs_path_attaches_the_file_cleaned_and_says_what_went(
    pane: AttachmentsPane, source: Path, database: Database, place: Place, store: Store
) -> None:
    store.database.member = "Ilse Varnava"
    [attachment] = pane.add_files([write(source, "cell.jpg", files.photograph())])

    assert attachment.added_by == "Ilse Varnava"
    assert attachment.consent is ConsentScope.INTERNAL  # a place's photograph
    [data] = stored(database, place)
    assert files.SERIAL.encode() not in data
    assert "GPS position" in pane.message.text()
    assert "camera serial number" in pane.message.text()
    assert pane.model.rowCount() == 1
    assert pane.table.currentIndex().row() == 0


def test_keeping_the_original_is_chosen_for_one_file_at_a_time(
    pane: AttachmentsPane, source: Path, database: Database, place: Place
) -> None:
    pane.keep_original.setChecked(True)
    [kept] = pane.add_files([write(source, "a.jpg", files.photograph())])
    assert kept.kept_original
    assert not pane.keep_original.isChecked()
    assert "kept as it was" in pane.message.text()
    [cleaned] = pane.add_files([write(source, "b.jpg", files.photograph())])
    assert not cleaned.kept_original
    first, second = stored(database, place)
    assert files.SERIAL.encode() in first and files.SERIAL.encode() not in second


def test_a_picture_is_pasted_from_the_clipboard(
    pane: AttachmentsPane, database: Database, place: Place
) -> None:
    picture = QImage(30, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    QGuiApplication.clipboard().setImage(picture)
    assert folded(pane)

    [attachment] = pane.paste()

    assert pane.is_expanded()
    assert attachment.media_type == "image/png"
    [data] = stored(database, place)
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (30, 20)


def test_copied_files_are_pasted_from_the_clipboard(pane: AttachmentsPane, source: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write(source, "scan.pdf", drawn_pdf())))])
    QGuiApplication.clipboard().setMimeData(mime)

    [attachment] = pane.paste()

    assert attachment.file_name == "scan.pdf"


def test_a_file_dropped_on_the_folded_heading_is_attached(
    pane: AttachmentsPane, source: Path
) -> None:
    assert folded(pane)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write(source, "register.png", files.png())))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    QApplication.sendEvent(pane.toggle, enter)  # as a drag over the heading does first
    assert enter.isAccepted()
    QApplication.sendEvent(pane.toggle, drop)

    assert [a.file_name for a in pane.model.attachments] == ["register.png"]
    assert pane.is_expanded()


def test_a_file_over_the_size_limit_is_refused_with_a_clear_message(
    pane: AttachmentsPane, source: Path, database: Database, place: Place
) -> None:
    pane.limit_bytes = 1024 * 1024
    big = write(source, "huge.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 1))

    assert pane.add_files([big]) == []

    assert "huge.pdf is 1.0 MB: the largest file allowed is 1 MB" in pane.message.text()
    assert stored(database, place) == []


def test_the_limit_is_a_setting_of_50_mb_by_default(tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.attachment_limit_mb == DEFAULT_ATTACHMENT_LIMIT_MB == 50
    settings.attachment_limit_mb = 8
    assert settings.attachment_limit_mb == 8


def test_caption_and_consent_are_edited_in_the_list(
    pane: AttachmentsPane, source: Path, database: Database, place: Place
) -> None:
    pane.add_files([write(source, "cell.jpg", files.photograph())])
    assert pane.model.setData(pane.model.index(0, 0), "Cell 4, window")
    pane.consent.setCurrentIndex(pane.consent.findData(ConsentScope.ANONYMOUS.value))
    pane.consent.activated.emit(pane.consent.currentIndex())

    with database.read() as session:
        [attachment] = list_attachments(session, AttachmentOwner.PLACE, place.id)
    assert attachment.caption == "Cell 4, window"
    assert attachment.consent is ConsentScope.ANONYMOUS


def test_a_photograph_is_chosen_for_the_internal_notes(
    qtbot: QtBot, pane: AttachmentsPane, source: Path, database: Database, place: Place
) -> None:
    pane.add_files(
        [write(source, "cell.jpg", files.photograph()), write(source, "letter.pdf", drawn_pdf())]
    )
    pane.set_expanded(True)
    photo_row = next(
        row
        for row in range(pane.model.rowCount())
        if pane.model.attachment(row).file_name == "cell.jpg"
    )
    pane.table.setCurrentIndex(pane.model.index(photo_row, 0))
    assert pane.in_notes.isEnabled() and not pane.in_notes.isChecked()
    assert pane.in_notes.accessibleName() or pane.in_notes.text()
    pane.in_notes.setFocus()
    QTest.keyClick(pane.in_notes, Qt.Key.Key_Space)
    with database.read() as session:
        chosen = {
            attachment.file_name: attachment.in_internal_notes
            for attachment in list_attachments(session, AttachmentOwner.PLACE, place.id)
        }
    assert chosen == {"cell.jpg": True, "letter.pdf": False}
    pane.table.setCurrentIndex(pane.model.index(1 - photo_row, 0))
    assert not pane.in_notes.isEnabled()  # only photographs are printed in the notes
    pane.table.setCurrentIndex(pane.model.index(photo_row, 0))
    assert pane.in_notes.isChecked()


def test_a_caption_the_rules_refuse_is_explained(pane: AttachmentsPane, source: Path) -> None:
    pane.add_files([write(source, "cell.jpg", files.photograph())])
    assert not pane.model.setData(pane.model.index(0, 0), "bad\x07caption")
    assert pane.message.text().startswith("Caption")


def test_the_model_passes_the_model_tester(
    pane: AttachmentsPane, source: Path, qtmodeltester: object
) -> None:
    pane.add_files(
        [write(source, "a.jpg", files.photograph()), write(source, "b.pdf", drawn_pdf())]
    )
    qtmodeltester.check(pane.model)  # type: ignore[attr-defined]


def test_only_the_rows_on_screen_have_their_thumbnails_decoded(
    qtbot: QtBot, pane: AttachmentsPane, source: Path
) -> None:
    pane.add_files([write(source, f"cell-{n}.png", files.png()) for n in range(30)])
    pane.reload()
    pane.table.scrollToTop()
    qtbot.waitUntil(lambda: len(pane.thumbnails) > 0)
    assert len(pane.thumbnails) < 30


def test_the_viewer_draws_a_pdf_page_from_memory(
    qtbot: QtBot, pane: AttachmentsPane, source: Path
) -> None:
    [attachment] = pane.add_files([write(source, "scan.pdf", drawn_pdf())])
    viewer = AttachmentViewer(pane.store, attachment)
    qtbot.addWidget(viewer)

    page = viewer.current_image()

    assert viewer.pages == 1 and not page.isNull()
    blue = sum(
        1
        for x in range(0, page.width(), 10)
        for y in range(0, page.height(), 10)
        if QColor(page.pixel(x, y)).blue() > 200 and QColor(page.pixel(x, y)).red() < 50
    )
    assert blue > 10


def test_the_viewer_zooms_and_rotates_a_photograph(
    qtbot: QtBot, pane: AttachmentsPane, source: Path
) -> None:
    [attachment] = pane.add_files([write(source, "cell.jpg", files.photograph())])
    viewer = AttachmentViewer(pane.store, attachment)
    qtbot.addWidget(viewer)
    assert (viewer.current_image().width(), viewer.current_image().height()) == (40, 20)
    viewer.zoom_in()
    assert viewer.current_image().width() == 50
    viewer.rotate()
    assert (viewer.current_image().width(), viewer.current_image().height()) == (25, 50)


def test_saving_a_copy_writes_the_file_and_the_history_says_so(
    qtbot: QtBot,
    pane: AttachmentsPane,
    source: Path,
    tmp_path: Path,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    [attachment] = pane.add_files([write(source, "scan.pdf", drawn_pdf())])
    target = tmp_path / "outside" / "scan.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(attachment_viewer, "ask_copy_path", lambda _parent, _a: target)

    pane.save_copy()

    assert target.read_bytes() == stored(database, pane.store.read(_place_of, attachment.id))[0]
    with database.read() as session:
        actions = session.scalars(
            sa.select(AuditEventRow.action).where(AuditEventRow.record_id == attachment.id)
        ).all()
    assert AuditAction.EXPORT_FILE in actions


def _place_of(session: object, attachment_id: str) -> Place:
    from spt_field.db.models import AttachmentRow
    from spt_field.services.places import get_place

    row = session.get(AttachmentRow, attachment_id)  # type: ignore[attr-defined]
    return get_place(session, row.owner_id)  # type: ignore[arg-type]


def test_removing_deletes_the_file_after_asking(
    pane: AttachmentsPane,
    source: Path,
    database: Database,
    place: Place,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pane.add_files([write(source, "cell.jpg", files.photograph())])
    monkeypatch.setattr(pane, "confirm_remove", lambda _attachment: True)

    pane.remove_selected()

    assert pane.model.rowCount() == 0
    assert stored(database, place) == []


def test_nothing_readable_is_left_on_disk_after_attach_view_and_thumbnail(
    qtbot: QtBot,
    temp_folder: Path,
    pane: AttachmentsPane,
    source: Path,
    tmp_path: Path,
) -> None:
    [attachment] = pane.add_files([write(source, "scan.pdf", drawn_pdf())])
    pane.thumbnails.get(attachment)
    viewer = AttachmentViewer(pane.store, attachment)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.next_page()
    viewer.zoom_in()
    qtbot.waitExposed(viewer)
    pane.store.flush_all()

    scanned = [
        path for path in tmp_path.rglob("*") if path.is_file() and source not in path.parents
    ]
    assert any(path.suffix == ".sptdb" for path in scanned)
    for path in scanned:
        assert MARKER.encode() not in path.read_bytes(), path


def test_an_interviews_files_or_one_of_its_allegations_are_a_choice_away(
    qtbot: QtBot, store: Store, database: Database, place: Place, source: Path
) -> None:
    with database.begin() as session:
        interview = interviews.record_interview(
            session, place.id, InterviewFields(pseudonym="A", consent=ConsentScope.ANONYMOUS)
        )
        allegation = allegations.add_allegation(
            session, interview.id, AllegationFields(form=AllegationForm.BEATING)
        )
    pane = AttachmentsPane(store)
    qtbot.addWidget(pane)
    pane.show_owner(AttachmentOwner.INTERVIEW.value, interview.id)
    pane.set_expanded(True)
    pane.show()
    assert pane.attached_to.isVisible()
    assert pane.attached_to.count() == 2
    pane.add_files([write(source, "letter.pdf", drawn_pdf())])

    pane.attached_to.setCurrentIndex(1)
    pane.attached_to.activated.emit(1)
    assert pane.model.rowCount() == 0
    [bruise] = pane.add_files([write(source, "bruise.jpg", files.photograph())])

    assert (bruise.owner_kind, bruise.owner_id) == (AttachmentOwner.ALLEGATION, allegation.id)
    assert bruise.consent is ConsentScope.ANONYMOUS  # the interview's
    pane.show_owner(AttachmentOwner.PLACE.value, place.id)
    assert not pane.attached_to.isVisible()
