"""File → Change passphrase…: the current passphrase, then the new one twice with its strength
hint (the rows of the passphrase dialog). The current one is checked against the file before the
dialog closes; a new one equal to it is refused (nothing would change)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from spt_field.errors import UserError, WrongPassphraseError
from spt_field.security.backups import verify_passphrase
from spt_field.ui.accessibility import name_inputs
from spt_field.ui.dialogs.passphrase_dialog import (
    PassphraseRows,
    error_label,
    show_problem,
)


class ChangePassphraseDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Change passphrase"))
        intro = QLabel(
            self.tr(
                "The database {0} and its backups are encrypted again with the new passphrase; "
                "afterwards the current one opens none of them. Without the new passphrase "
                "nobody, you included, can read them: keep it safe."
            ).format(db_path.name),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        current = PassphraseRows(form, self.tr("&Current passphrase"), self, new=False)
        self.current = current.passphrase
        self.rows = PassphraseRows(form, self.tr("&New passphrase"), self, new=True)
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        name_inputs(self)

    def passphrases(self) -> tuple[str, str]:
        """(current, new) as typed."""
        return self.current.text(), self.rows.passphrase.text()

    def try_accept(self) -> None:
        old, new = self.passphrases()
        try:
            verify_passphrase(self.db_path, old)
            self.rows.check()
            if new == old:
                raise UserError(self.tr("the new passphrase is the same as the current one"))
        except WrongPassphraseError:
            self.error.setText(self.tr("The current passphrase is wrong. Try again."))
            self.current.selectAll()
            self.current.setFocus()
            return
        except UserError as error:
            show_problem(self.error, error)
            return
        self.accept()

    @classmethod
    def ask(cls, db_path: Path, parent: QWidget | None = None) -> tuple[str, str] | None:
        """(current, new) once both are checked, or None if cancelled."""
        dialog = cls(db_path, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = dialog.passphrases() if accepted else None
        dialog.deleteLater()
        return answer
