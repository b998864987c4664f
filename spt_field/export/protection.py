"""Password protection of the files that leave the database: the report (PDF or Word) and the
internal notes (PDF, always).

One strength rule for every such password, the database passphrase's own
(security.passphrase.check_new_passphrase), in the command line and the window alike.
"""

from __future__ import annotations

from io import BytesIO

from msoffcrypto.format.ooxml import OOXMLFile

from spt_field.errors import UserError
from spt_field.export.pdf_protect import protect_pdf
from spt_field.security.passphrase import check_new_passphrase


def check_export_password(password: str) -> None:
    """Refuse (UserError) a password weaker than a database passphrase may be."""
    try:
        check_new_passphrase(password)
    except UserError as error:
        message = str(error).replace("the passphrase", "the password")
        raise UserError(message) from None


def protect_docx(data: bytes, password: str) -> bytes:
    """`data` (a .docx) encrypted the standard Office way (ECMA-376 agile encryption, AES), so
    that Word and LibreOffice ask for `password` to open it."""
    if not password:
        raise ValueError("a password is required to protect the Word file")
    out = BytesIO()
    OOXMLFile(BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def protect(data: bytes, suffix: str, password: str) -> bytes:
    """A finished .pdf or .docx protected with `password` (checked for strength first)."""
    check_export_password(password)
    return protect_pdf(data, password) if suffix == ".pdf" else protect_docx(data, password)
