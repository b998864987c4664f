"""Fixtures of the storage tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from spt_field.db.connection import RawConnection, connect
from spt_field.db.session import Database
from tests.conftest import PASSPHRASE


@pytest.fixture
def writer(db_path: Path, database: Database) -> Iterator[RawConnection]:
    """A second connection in the middle of a write transaction."""
    connection = connect(db_path, PASSPHRASE)
    connection.isolation_level = None
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    connection.execute("ROLLBACK")
    connection.close()
