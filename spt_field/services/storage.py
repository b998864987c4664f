"""The database as the interface holds it: opened or created with a passphrase, then read and
written one unit of work (a Session) at a time. The interface reaches storage only through
services; this module names what it holds."""

from __future__ import annotations

from sqlalchemy.orm import Session

from spt_field.db.session import Database, create_database, open_database

__all__ = ["Database", "Session", "create_database", "open_database"]
