"""Opening, creating and the demo database, asking for passphrases where needed; opening a
database on a headquarters server, asking for its password where libpq has none.

SPT_FIELD_PASSPHRASE, when set, is used without asking (for unattended starts); otherwise the
passphrase dialog asks, and a wrong passphrase keeps it open for another try. A server's
password comes from PGPASSWORD or a .pgpass file (libpq reads them itself), else the password
dialog asks, and a refusal keeps it open for another try.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from spt_field.paths import demo_path
from spt_field.security.passphrase import ENVIRONMENT_VARIABLE
from spt_field.startup import build_demo, remove_database_files
from spt_field.ui.i18n import translate

if TYPE_CHECKING:  # the storage stack loads after the window's first paint
    from spt_field.db.server import ServerAddress
    from spt_field.services.storage import Database


class DatabaseOpener:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def open(self, path: Path) -> Database | None:
        from spt_field.services.storage import Database, open_database
        from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog

        preset = os.environ.get(ENVIRONMENT_VARIABLE)
        if preset:
            return open_database(path, preset)
        result = PassphraseDialog.ask(
            translate("DatabaseOpener", "Open database"),
            translate("DatabaseOpener", "Passphrase for {0}").format(path.name),
            opener=lambda passphrase: open_database(path, passphrase),
            parent=self.parent,
        )
        return result if isinstance(result, Database) else None

    def open_server(self, address: ServerAddress, *, intro: str = "") -> Database | None:
        """The database on the server, or None if the user cancelled the password prompt;
        ServerRefusedError (a UserError) when the server is unreachable or refuses."""
        from spt_field.db.server import PasswordNeededError, open_server_database
        from spt_field.ui.dialogs.server_dialogs import ServerPasswordDialog

        try:
            return open_server_database(address)
        except PasswordNeededError:
            pass
        return ServerPasswordDialog.ask(
            str(address),
            lambda password: open_server_database(address, prompt=lambda _address: password),
            intro=intro,
            parent=self.parent,
        )

    def create(self, path: Path) -> Database | None:
        from spt_field.services.storage import create_database
        from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog

        preset = os.environ.get(ENVIRONMENT_VARIABLE)
        if preset:
            return create_database(path, preset)
        result = PassphraseDialog.ask(
            translate("DatabaseOpener", "Create database"),
            translate(
                "DatabaseOpener",
                "Choose a passphrase for {0}. Without it nobody, you included, can read the "
                "database: keep it safe.",
            ).format(path.name),
            new=True,
            parent=self.parent,
        )
        return create_database(path, result) if isinstance(result, str) else None

    def fresh_demo(self) -> tuple[Database, str]:
        """A new demo database each time (fictional data, a published passphrase)."""
        path = demo_path()
        remove_database_files(path)
        return build_demo(path)
