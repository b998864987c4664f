"""A password typed twice, for a file that leaves the database (the report, the internal
notes), checked by the same rule as the command line's (export.protection)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from spt_field.errors import UserError
from spt_field.export.protection import check_export_password


class PasswordFields(QObject):
    """The two line edits, added to a form by `add_to`."""

    def __init__(self, parent: QWidget, placeholder: str) -> None:
        super().__init__(parent)
        self.password = QLineEdit(parent)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(placeholder)
        self.password.setAccessibleName(self.tr("Password"))
        self.repeat = QLineEdit(parent)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat password"))

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Repea&t password"), self.repeat)

    def value(self, *, required: bool) -> str | None:
        """The password, None if none was typed and none is `required`; UserError if the two
        differ, one is missing or the password is too weak."""
        password = self.password.text()
        if not password and not required:
            return None
        if not password:
            raise UserError(self.tr("type a password: the file is always encrypted"))
        if password != self.repeat.text():
            raise UserError(self.tr("the two passwords differ"))
        check_export_password(password)
        return password
