"""The interviewee's real identity: kept apart, shown only on an explicit, confirmed request.

The panel says whether an identity is recorded without showing it. "Show identity…" asks for
confirmation, then reveals it in a line edit where it can be corrected; "Hide" (or showing
another interview) hides it again. Identities never go through the undo stack: an undo
history must not keep names around.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from spt_field.domain.kinds import RecordKind
from spt_field.errors import UserError
from spt_field.services import interviews
from spt_field.ui.rule_messages import describe
from spt_field.ui.store import Store


class IdentityPanel(QWidget):
    def __init__(
        self, store: Store, confirm: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._confirm = confirm
        self.interview_id: str | None = None
        self.has_identity = False
        self.status = QLabel(self)
        self.status.setObjectName("identityStatus")
        self.show_button = QPushButton(self)
        self.show_button.clicked.connect(self.reveal)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("identityEdit")
        self.edit.setMaximumWidth(280)
        # Tinted while a real name is on screen.
        self.edit.setStyleSheet("QLineEdit#identityEdit { background: #fff4e0; }")
        self.edit.setPlaceholderText(self.tr("Real name: kept apart, never in a report"))
        self.edit.setToolTip(
            self.tr("The interviewee's real identity. Saved when you leave the field or hide it.")
        )
        self.edit.editingFinished.connect(self.commit)
        self.hide_button = QPushButton(self.tr("&Hide"), self)
        self.hide_button.setToolTip(self.tr("Hide the identity again"))
        self.hide_button.clicked.connect(self.hide_identity)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.show_button, self.edit, self.hide_button):
            layout.addWidget(widget)
        self._set_revealed(False)

    @property
    def revealed(self) -> bool:
        return not self.edit.isHidden()

    def set_interview(self, interview_id: str | None, has_identity: bool) -> None:
        """Show the state of `interview_id`; a different interview hides the identity."""
        if interview_id != self.interview_id:
            self.hide_identity()
        self.interview_id = interview_id
        self.has_identity = has_identity
        self._update_status()

    def reveal(self) -> None:
        if self.interview_id is None or (self.has_identity and not self._confirm()):
            return
        try:
            identity = self.store.read(interviews.reveal_identity, self.interview_id)
        except UserError as error:
            self.store.report_failed(describe(error))
            return
        self.edit.setText(identity or "")
        self.edit.setModified(False)
        self._set_revealed(True)
        self.edit.setFocus()

    def hide_identity(self) -> None:
        self.commit()
        had_focus = self.edit.hasFocus() or self.hide_button.hasFocus()
        self._set_revealed(False)  # first: a hidden edit is never committed
        self.edit.clear()
        self.edit.setModified(False)
        if had_focus:
            self.show_button.setFocus()

    def commit(self) -> None:
        """Save the identity typed in the line edit, if it was changed."""
        if self.interview_id is None or not self.revealed or not self.edit.isModified():
            return
        text = self.edit.text()
        try:
            self.store.write(interviews.set_identity, self.interview_id, text)
        except UserError as error:
            self.store.report_failed(describe(error))
            return
        self.edit.setModified(False)
        self.has_identity = bool(text.strip())
        self._update_status()
        self.store.notify_changed(RecordKind.INTERVIEW, self.interview_id)

    def _set_revealed(self, revealed: bool) -> None:
        self.edit.setVisible(revealed)
        self.hide_button.setVisible(revealed)
        self.show_button.setVisible(not revealed)

    def _update_status(self) -> None:
        if self.has_identity:
            self.status.setText(self.tr("Identity recorded"))
            self.status.setToolTip(
                self.tr("A real identity is recorded, kept apart from the notes")
            )
            self.show_button.setText(self.tr("Show &identity…"))
            self.show_button.setToolTip(self.tr("Reveal the recorded identity (asks first)"))
        else:
            self.status.setText(self.tr("No identity recorded"))
            self.status.setToolTip(self.tr("Only the pseudonym is known to the database"))
            self.show_button.setText(self.tr("Record &identity…"))
            self.show_button.setToolTip(self.tr("Record the interviewee's real identity"))
        self.show_button.setEnabled(self.interview_id is not None)
