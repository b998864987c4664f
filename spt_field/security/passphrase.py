"""Where a passphrase comes from, and what a new one must be.

Never from a plain command-line argument (it would land in shell history): the environment
variable SPT_FIELD_PASSPHRASE, else a file the user names, else an interactive prompt.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from spt_field.errors import UserError
from spt_field.security.strength import REFUSED_BELOW, rate_passphrase

if TYPE_CHECKING:
    from spt_field.db.server import ServerAddress

ENVIRONMENT_VARIABLE = "SPT_FIELD_PASSPHRASE"
NEW_ENVIRONMENT_VARIABLE = "SPT_FIELD_NEW_PASSPHRASE"
MINIMUM_LENGTH = 12


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase (of a database, bundle, report or internal notes) that is shorter
    than MINIMUM_LENGTH or that zxcvbn rates among the weakest; UserError says why."""
    if len(passphrase) < MINIMUM_LENGTH:
        raise UserError(f"the passphrase must have at least {MINIMUM_LENGTH} characters")
    rating = rate_passphrase(passphrase)
    if rating.score < REFUSED_BELOW:
        why = f" ({rating.warning.rstrip('.')})" if rating.warning else ""
        raise UserError(
            f"the passphrase is too easy to guess{why}: use a few uncommon words, "
            "not a common password, a keyboard run or a date"
        )


def _from_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot read the passphrase file {path}: {error.strerror}") from None
    passphrase = text.splitlines()[0] if text.strip() else ""
    if not passphrase:
        raise UserError(f"the passphrase file {path} is empty")
    return passphrase


def _prompt(*, new: bool) -> str:
    if not sys.stdin.isatty():
        raise UserError(
            f"no passphrase: set {ENVIRONMENT_VARIABLE} or use --passphrase-file "
            "(there is no terminal to ask on)"
        )
    passphrase = getpass.getpass("New passphrase: " if new else "Passphrase: ")
    if new and getpass.getpass("Repeat the passphrase: ") != passphrase:
        raise UserError("the two passphrases differ")
    return passphrase


def obtain_passphrase(passphrase_file: Path | None, *, new: bool = False) -> str:
    """The passphrase for a database; `new` checks it is strong enough to create one."""
    passphrase = os.environ.get(ENVIRONMENT_VARIABLE)
    if not passphrase:
        passphrase = _from_file(passphrase_file) if passphrase_file else _prompt(new=new)
    if new:
        check_new_passphrase(passphrase)
    return passphrase


def obtain_new_passphrase(passphrase_file: Path | None) -> str:
    """The replacement passphrase of `spt-field passwd`, checked for strength."""
    passphrase = os.environ.get(NEW_ENVIRONMENT_VARIABLE)
    if not passphrase:
        passphrase = _from_file(passphrase_file) if passphrase_file else _prompt(new=True)
    check_new_passphrase(passphrase)
    return passphrase


BUNDLE_ENVIRONMENT_VARIABLE = "SPT_FIELD_BUNDLE_PASSPHRASE"


def obtain_bundle_passphrase(passphrase_file: Path | None) -> str:
    """The delegation passphrase of field bundles, agreed out of band (not the database's):
    SPT_FIELD_BUNDLE_PASSPHRASE, else the file's first line, else a prompt."""
    passphrase = os.environ.get(BUNDLE_ENVIRONMENT_VARIABLE)
    if passphrase:
        return passphrase
    if passphrase_file:
        return _from_file(passphrase_file)
    if not sys.stdin.isatty():
        raise UserError(
            f"no delegation passphrase: set {BUNDLE_ENVIRONMENT_VARIABLE} or use "
            "--bundle-passphrase-file (there is no terminal to ask on)"
        )
    return getpass.getpass("Delegation passphrase for the bundle: ")


def ask_server_password(address: ServerAddress) -> str:
    """The password of a headquarters server's user, typed on the terminal (never echoed):
    asked only when neither PGPASSWORD nor a .pgpass file gave it to libpq."""
    if not sys.stdin.isatty():
        raise UserError(
            f"the server {address} asks for a password: set PGPASSWORD or use a .pgpass "
            "file (there is no terminal to ask on)"
        )
    return getpass.getpass(f"Password for {address}: ")
