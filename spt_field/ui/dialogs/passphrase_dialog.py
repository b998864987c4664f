"""Asking for a passphrase: to open a database (with retry) or to create one (twice, with a
strength hint). The passphrase lives only in the dialog's field and the caller's variable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
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
from spt_field.ui.accessibility import name_inputs

T = TypeVar("T")


def password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def error_label(parent: QWidget) -> QLabel:
    """Where a dialog says what is wrong with what was typed."""
    label = QLabel(parent)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


def show_problem(label: QLabel, error: UserError) -> None:
    message = str(error)
    label.setText(message[:1].upper() + message[1:])


class PassphraseRows(QObject):
    """The passphrase rows of a form. `new=True`: the passphrase, its repetition and a strength
    hint that follows the typing (at least MINIMUM_LENGTH characters); `new=False`: one field."""

    def __init__(self, form: QFormLayout, label: str, parent: QWidget, *, new: bool) -> None:
        super().__init__(parent)
        self.passphrase = password_field(parent)
        self.repeat = password_field(parent)
        self.hint = QLabel(parent)
        form.addRow(label, self.passphrase)
        if new:
            form.addRow(self.tr("Repe&at"), self.repeat)
            form.addRow("", self.hint)
            self.passphrase.textChanged.connect(self._update_hint)
            self._update_hint("")
        else:
            self.repeat.hide()
            self.hint.hide()

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

    def check(self) -> str:
        """The new passphrase, or UserError: too short, too easy, or not repeated exactly."""
        text = self.passphrase.text()
        check_new_passphrase(text)
        if text != self.repeat.text():
            raise UserError(self.tr("the two passphrases differ"))
        return text


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
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        intro = QLabel(prompt, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.rows = PassphraseRows(form, self.tr("&Passphrase"), self, new=new)
        self.passphrase = self.rows.passphrase
        self.repeat = self.rows.repeat
        self.hint = self.rows.hint
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        name_inputs(self)

    def try_accept(self) -> None:
        text = self.passphrase.text()
        try:
            if self.new:
                self.rows.check()
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
            show_problem(self.error, error)
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
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            if opener is not None:
                return dialog.result_value  # type: ignore[return-value]
            return dialog.passphrase.text()
        finally:
            dialog.forget()

    def forget(self) -> None:
        """Let go of the passphrase and what it opened (locking must leave neither behind)."""
        for line in self.findChildren(QLineEdit):
            line.clear()
        self.result_value = None
        self.opener = None
        self.deleteLater()
