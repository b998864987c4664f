"""Asking for a passphrase: to open a database (with retry) or to create one (twice, with a
strength hint). The passphrase lives only in the dialog's field and the caller's variable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from spt_field.errors import UserError, WrongPassphraseError
from spt_field.security.passphrase import MINIMUM_LENGTH, check_new_passphrase
from spt_field.security.strength import Strength, passphrase_strength

T = TypeVar("T")


class PassphraseDialog(QDialog):
    """`new=False`: one field; `opener` is tried and a wrong passphrase keeps the dialog open.
    `new=True`: two fields that must match, at least MINIMUM_LENGTH characters."""

    def __init__(
        self,
        title: str,
        prompt: str,
        *,
        new: bool = False,
        opener: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.new = new
        self.opener = opener
        self.result_value: object = None
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        intro = QLabel(prompt, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        if new:
            form.addRow(self.tr("&Repeat"), self.repeat)
            form.addRow("", self.hint)
            self.passphrase.textChanged.connect(self._update_hint)
            self._update_hint("")
        else:
            self.repeat.hide()
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _update_hint(self, text: str) -> None:
        strength = passphrase_strength(text, MINIMUM_LENGTH)
        hints = {
            Strength.TOO_SHORT: self.tr("At least {0} characters ({1} so far)").format(
                MINIMUM_LENGTH, len(text)
            ),
            Strength.WEAK: self.tr("Weak: add words or characters"),
            Strength.FAIR: self.tr("Fair: a few more words make it strong"),
            Strength.STRONG: self.tr("Strong"),
        }
        colors = {Strength.STRONG: "#1b5e20", Strength.FAIR: "#8a6d00"}
        self.hint.setStyleSheet(f"color: {colors.get(strength, '#b00020')};")
        self.hint.setText(hints[strength])

    def try_accept(self) -> None:
        text = self.passphrase.text()
        try:
            if self.new:
                check_new_passphrase(text)
                if text != self.repeat.text():
                    raise UserError(self.tr("the two passphrases differ"))
            if self.opener is not None:
                self.result_value = self.opener(text)
        except WrongPassphraseError:
            self.error.setText(
                self.tr("Wrong passphrase, or this file is not an SPT Field database. Try again.")
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except UserError as error:
            message = str(error)
            self.error.setText(message[:1].upper() + message[1:])
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        title: str,
        prompt: str,
        *,
        new: bool = False,
        opener: Callable[[str], T] | None = None,
        parent: QWidget | None = None,
    ) -> T | str | None:
        """Run the dialog; the opener's result (or the passphrase), or None if cancelled."""
        dialog = cls(title, prompt, new=new, opener=opener, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if opener is not None:
            return dialog.result_value  # type: ignore[return-value]
        return dialog.passphrase.text()
