"""Password protection of a finished PDF: AES-256 (PDF 2.0 security handler) with pypdf."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter


def protect_pdf(data: bytes, password: str) -> bytes:
    """`data` encrypted with AES-256 so that it opens only with `password`.

    The same password serves as owner password: whoever may read the report may also print
    or copy it, and no second secret has to be kept."""
    if not password:
        raise ValueError("a password is required to protect the PDF")
    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password, algorithm="AES-256")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
