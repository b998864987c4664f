"""A child process that edits a database through the UI layer, for the crash-safety tests.

    SPT_FIELD_PASSPHRASE=... python tests/ui/writer_process.py notes DB INTERVIEW_ID PLACE_ID
    SPT_FIELD_PASSPHRASE=... python tests/ui/writer_process.py session DB VISIT_ID PLACE_ID EDITS

`notes`: edits without end, as a delegation member typing: each round appends " edit-N." to
the interview's notes in the InterviewForm and saves it through the binder, then renames the
place's town through `edit_record`, then prints "done N" (so the parent knows that edit N was
written) and goes on until it is killed.

`session`: the visit open in a Workspace; renames the place through the PlaceForm EDITS times
(each save rebuilds the navigator, as in a long day of work), then prints "finished".

The passphrase comes from the environment, never the command line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from spt_field.db.session import open_database
from spt_field.domain.kinds import RecordKind
from spt_field.security.passphrase import ENVIRONMENT_VARIABLE
from spt_field.services import interviews, places
from spt_field.ui.forms.interview_form import InterviewForm
from spt_field.ui.store import Store
from spt_field.ui.undo import edit_record


def edit_notes_until_killed(store: Store, interview_id: str, place_id: str) -> None:
    form = InterviewForm(store)
    form.show_record(store.read(interviews.get_interview, interview_id))
    number = 0
    while True:
        number += 1
        form.notes.moveCursor(QTextCursor.MoveOperation.End)
        form.notes.insertPlainText(f" edit-{number}.")  # as typed: the binder marks it dirty
        if not form.binder.flush():
            raise SystemExit(f"edit {number} was refused")
        old = store.read(places.get_place, place_id)
        edit_record(store, RecordKind.PLACE, place_id, {"town": old.town}, {"town": f"T{number}"})
        print(f"done {number}", flush=True)


def long_session(store: Store, visit_id: str, place_id: str, edits: int) -> None:
    from spt_field.ui.forms.place_form import PlaceForm
    from spt_field.ui.workspace import Workspace

    workspace = Workspace(store)
    workspace.set_visit(visit_id)
    workspace.select(RecordKind.PLACE.value, place_id)
    form = workspace.forms[RecordKind.PLACE.value]
    assert isinstance(form, PlaceForm)
    for number in range(edits):
        form.name.setText(f"Central prison, wing {number}")
        form.name.textEdited.emit(form.name.text())  # what typing emits
        if not form.binder.flush():
            raise SystemExit(f"edit {number} was refused")
        QApplication.processEvents()
    print("finished", flush=True)


def main(argv: list[str]) -> int:
    mode, path, *rest = argv
    application = QApplication(sys.argv[:1])
    database = open_database(Path(path), os.environ[ENVIRONMENT_VARIABLE])
    store = Store(database)
    if mode == "notes":
        edit_notes_until_killed(store, rest[0], rest[1])
    elif mode == "session":
        long_session(store, rest[0], rest[1], int(rest[2]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    store.close()
    application.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
