"""Connecting to a headquarters server: the password prompt, and the connection profiles (a
name and a libpq URL each, kept in the settings, never with a password).

The password lives only in the prompt's field and the caller's variable: libpq is given it
to connect, and the window keeps none (locking asks again when libpq has none of its own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spt_field.db.server import server_address
from spt_field.errors import UserError
from spt_field.ui.accessibility import name_inputs
from spt_field.ui.dialogs.passphrase_dialog import error_label, password_field, show_problem
from spt_field.ui.models.roles import VALUE_ROLE
from spt_field.ui.settings import ConnectionProfile, Settings

T = TypeVar("T")


class ServerPasswordDialog(QDialog):
    """Asks the password of a server's user; `opener` connects with it, and a refusal (a wrong
    password, an unreachable server) is said in the dialog, which stays open for another try."""

    def __init__(
        self,
        where: str,
        opener: Callable[[str], object],
        *,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Server password"))
        self.setAccessibleName(self.tr("Server password"))
        self.opener: Callable[[str], object] | None = opener
        self.result_value: object = None
        layout = QVBoxLayout(self)
        text = intro or self.tr("The server asks for a password to connect to {0}.")
        message = QLabel(text.format(where), self)
        message.setWordWrap(True)
        layout.addWidget(message)
        form = QFormLayout()
        self.password = password_field(self)
        self.password.setAccessibleDescription(
            self.tr("Not kept: SPT Field asks again after locking or the next time")
        )
        form.addRow(self.tr("&Password"), self.password)
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        name_inputs(self)

    def try_accept(self) -> None:
        if self.opener is None:
            return
        try:
            self.result_value = self.opener(self.password.text())
        except UserError as error:
            show_problem(self.error, error)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        where: str,
        opener: Callable[[str], T],
        *,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> T | None:
        """Run the dialog: what `opener` returned, or None if cancelled."""
        dialog = cls(where, opener, intro=intro, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_value  # type: ignore[return-value]
        finally:
            dialog.forget()

    def forget(self) -> None:
        """Let go of the password and what it opened."""
        self.password.clear()
        self.result_value = None
        self.opener = None
        self.deleteLater()


class ProfileDialog(QDialog):
    """One connection profile: its name and its libpq URL, checked as the command line checks
    `--server` (no password in it; TLS unless a local socket)."""

    def __init__(
        self,
        profile: ConnectionProfile | None,
        taken: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Edit connection") if profile else self.tr("New connection")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.taken = taken
        self.profile: ConnectionProfile | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(profile.name if profile else "", self)
        self.name.setPlaceholderText(self.tr("Headquarters"))
        self.url = QLineEdit(profile.url if profile else "", self)
        self.url.setPlaceholderText(self.tr("postgresql://user@host:5432/database"))
        self.url.setAccessibleDescription(
            self.tr(
                "A PostgreSQL URL without password: libpq finds it (PGPASSWORD, .pgpass) or "
                "SPT Field asks for it"
            )
        )
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Server &URL"), self.url)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Never put the password in the URL: it is asked when connecting, or found by "
                "libpq in PGPASSWORD or a .pgpass file."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        name_inputs(self)

    def try_accept(self) -> None:
        name = self.name.text().strip()
        url = self.url.text().strip()
        try:
            if not name:
                raise UserError(self.tr("give the connection a name"))
            if name in self.taken:
                raise UserError(self.tr("another connection is called {0}").format(name))
            server_address(url)
        except UserError as error:
            show_problem(self.error, error)
            return
        self.profile = ConnectionProfile(name, url)
        self.accept()


class ConnectDialog(QDialog):
    """The connection profiles: choose one to connect to, add, edit or remove one, all with
    the keyboard (Enter connects, Insert adds, F2 edits, Delete removes)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        self.setAccessibleName(self.tr("Connect to a server"))
        self.settings = settings
        self.chosen: ConnectionProfile | None = None
        self.profiles = QListWidget(self)
        self.profiles.itemActivated.connect(lambda _item: self.connect_chosen())
        label = QLabel(self.tr("Connection &profiles"), self)
        label.setBuddy(self.profiles)
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_chosen)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.add_profile)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_profile)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_profile)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.clicked.connect(self.reject)
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_profile),
            (Qt.Key.Key_Insert, self.add_profile),
            (Qt.Key.Key_F2, self.edit_profile),
        ):
            shortcut = QShortcut(QKeySequence(key), self.profiles)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.empty = QLabel(
            self.tr("No connection yet: Add one with the URL your headquarters gave you."), self
        )
        self.empty.setWordWrap(True)
        side = QVBoxLayout()
        for button in (
            self.connect_button,
            self.add_button,
            self.edit_button,
            self.remove_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.close_button)
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(self.profiles)
        column.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 1)
        layout.addLayout(side)
        self.setMinimumSize(560, 320)
        self._fill()
        name_inputs(self)

    def _fill(self, select: str | None = None) -> None:
        self.profiles.clear()
        for profile in self.settings.connection_profiles:
            item = QListWidgetItem(f"{profile.name}   —   {profile.url}", self.profiles)
            item.setData(VALUE_ROLE, profile.name)
            if profile.name == select:
                self.profiles.setCurrentItem(item)
        if self.profiles.currentRow() < 0 and self.profiles.count():
            self.profiles.setCurrentRow(0)
        has_any = self.profiles.count() > 0
        self.empty.setVisible(not has_any)
        for button in (self.connect_button, self.edit_button, self.remove_button):
            button.setEnabled(has_any)

    def current(self) -> ConnectionProfile | None:
        if self.profiles.currentRow() < 0:
            return None
        item = self.profiles.currentItem()
        name = str(item.data(VALUE_ROLE))
        return next((p for p in self.settings.connection_profiles if p.name == name), None)

    def connect_chosen(self) -> None:
        self.chosen = self.current()
        if self.chosen is not None:
            self.accept()

    def add_profile(self) -> None:
        self._edit(None)

    def edit_profile(self) -> None:
        profile = self.current()
        if profile is not None:
            self._edit(profile)

    def _edit(self, profile: ConnectionProfile | None) -> None:
        profiles = self.settings.connection_profiles
        taken = {p.name for p in profiles if profile is None or p.name != profile.name}
        dialog = ProfileDialog(profile, taken, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.profile is None:
            return
        new = dialog.profile
        if profile is None:
            profiles.append(new)
        else:
            profiles = [new if p.name == profile.name else p for p in profiles]
        self.settings.connection_profiles = profiles
        self._fill(select=new.name)
        self.profiles.setFocus()

    def remove_profile(self) -> None:
        profile = self.current()
        if profile is None:
            return
        row = self.profiles.currentRow()
        self.settings.connection_profiles = [
            p for p in self.settings.connection_profiles if p.name != profile.name
        ]
        self._fill()
        if self.profiles.count():
            self.profiles.setCurrentRow(min(row, self.profiles.count() - 1))
        self.profiles.setFocus()
