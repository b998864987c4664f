"""Coming back after a crash: the app reopens the visit and record the user was on and says so
in a message that does not block (what was recovered, and when that record was last saved)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from spt_field.domain.kinds import RecordKind
from spt_field.errors import NotFoundError
from spt_field.services.record_kinds import RECORD_KINDS
from spt_field.ui.i18n import country_label, translate
from spt_field.ui.settings import LastPlace

if TYPE_CHECKING:
    from spt_field.ui.main_window import MainWindow

#: The message's object name (tests find it by it).
NOTICE_NAME = "recoveryNotice"


def reopen_last_place(window: MainWindow, place: LastPlace) -> bool:
    """Open the visit and select the record of `place`; say so. False if they are gone."""
    from spt_field.services.visits import get_visit

    store = window.store
    if store is None:
        return False
    try:
        visit = store.read(get_visit, place.visit_id)
    except NotFoundError:
        return False
    window.open_visit(visit.id)
    workspace = window.workspace
    assert workspace is not None
    day = visit.start_date
    start = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    visit_text = f"{country_label(visit.country)} {start}"
    kind = RecordKind(place.kind) if place.kind in {k.value for k in RecordKind} else None
    record = None
    if kind is not None and kind is not RecordKind.VISIT:
        try:
            record = store.read(RECORD_KINDS[kind].fetch, place.record_id)
        except NotFoundError:
            record = None
    if record is not None and workspace.select(place.kind, place.record_id):
        item = workspace.model.find(place.kind, place.record_id)
        what = item.text() if item is not None else ""
        text = translate(
            "SessionRecovery",
            "Recovered after an unexpected stop: visit {0}, {1}; saved at {2}.",
        ).format(visit_text, what, _time(record.updated_at) if record.updated_at else "—")
    else:
        text = translate("SessionRecovery", "Recovered after an unexpected stop: visit {0}.")
        text = text.format(visit_text)
    _tell(window, text)
    return True


def _time(moment: datetime) -> str:
    utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    local = QDateTime.fromSecsSinceEpoch(int(utc.timestamp()))
    return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)


def _tell(window: MainWindow, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("SessionRecovery", "Work recovered"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName(NOTICE_NAME)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
