"""Revision 0006 indexes CJK characters apart: Chinese notes written before it are found after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command

from spt_field.db.connection import APPLICATION_ID
from spt_field.db.migrations.runner import alembic_config, current_revision, head_revision
from spt_field.db.search_index import SEARCH_FUNCTION
from spt_field.db.session import _make_engine, open_database
from spt_field.services.search import fts_query, search

PASSPHRASE = "correct horse battery staple"
BEATING = "他说警察在审讯时殴打了他。"  # "He said the police beat him during the interrogation."


def _insert(connection: sa.Connection, table: str, **values: Any) -> None:
    """A record as the application wrote it at 0005 (plain SQL: the models may be newer)."""
    row = {"created_at": "2019-01-01", "updated_at": "2019-01-01", "device_id": "d", "version": 1}
    row.update(values)
    columns = ", ".join(row)
    parameters = ", ".join(f":{column}" for column in row)
    connection.execute(sa.text(f"INSERT INTO {table} ({columns}) VALUES ({parameters})"), row)


def _interview(connection: sa.Connection, id: str, notes: str, *, deleted: bool = False) -> None:
    _insert(
        connection,
        "interview",
        id=id,
        place_id="p",
        kind="individual",
        persons=1,
        category="detainee",
        pseudonym=id.upper(),
        consent="anonymous",
        reprisal_risk=False,
        private=True,
        interviewers="[]",
        interpreter="",
        language="",
        gender="unknown",
        age_bracket="unknown",
        legal_status="unknown",
        notes=notes,
        deleted_at="2019-01-02" if deleted else None,
    )


def _fill(connection: sa.Connection) -> None:
    connection.exec_driver_sql("INSERT INTO database_info (key, value) VALUES ('device_id', 'd')")
    _insert(
        connection,
        "visit",
        id="v",
        country="XAA",
        visit_type="regular",
        status="completed",
        start_date="2019-01-01",
        end_date="2019-01-09",
        objectives="[]",
    )
    _insert(
        connection,
        "place",
        id="p",
        visit_id="v",
        name="Lorvik",
        place_type="police",
        authority="",
        region="",
        town="",
        announced=False,
        members_present="[]",
        registers_checked="[]",
        obstruction="",
    )
    _interview(connection, "a", BEATING)
    _interview(connection, "b", "Le détenu a été frappé.")
    _interview(connection, "c", "被删除的记录：殴打。", deleted=True)
    _insert(
        connection,
        "finding",
        id="f",
        visit_id="v",
        area="treatment",
        severity="high",
        title="审讯中的殴打",
        text="多名被拘留者称警察殴打他们。",
        sources="[]",
        immediate_observation=False,
    )
    _insert(
        connection,
        "recommendation",
        id="r",
        visit_id="v",
        addressee="state",
        authority="",
        text="立即停止殴打被拘留者。",
        status="not_assessed",
        state_reply="",
    )


def _database_at_0005(path: Path) -> None:
    """A database at 0005 whose search index is as before 0006 (its downgrade restores that)."""
    engine = _make_engine(path, PASSPHRASE)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(alembic_config(connection), "0006")
        command.downgrade(alembic_config(connection), "0005")
    with engine.begin() as connection:
        triggers = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger'"
        )
        assert not any(SEARCH_FUNCTION in sql for sql in triggers.scalars())
        _fill(connection)
        # The problem 0006 solves: an unspaced sentence was one word of the index.
        unfound = connection.execute(
            sa.text("SELECT rowid FROM interview_search WHERE interview_search MATCH :query"),
            {"query": fts_query("殴打")},
        )
        assert unfound.all() == []
    engine.dispose()


def test_chinese_records_written_before_are_found_after_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sptdb"
    _database_at_0005(path)
    database = open_database(path, PASSPHRASE)  # opening migrates
    try:
        with database.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
        with database.begin() as session:
            hits = {(hit.kind, hit.record_id): hit.snippet for hit in search(session, "殴打")}
            assert hits == {
                ("interview", "a"): "他说警察在审讯时[殴打]了他。",
                ("finding", "f"): "多名被拘留者称警察[殴打]他们。",
                ("recommendation", "r"): "立即停止[殴打]被拘留者。",
            }
            assert [hit.record_id for hit in search(session, "detenu frapp")] == ["b"]
        # Writes after the migration are indexed the new way too.
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE interview SET notes = '看守拒绝就医。' WHERE id = 'b'"
            )
        with database.begin() as session:
            assert [hit.record_id for hit in search(session, "就医")] == ["b"]
            assert search(session, "detenu") == []
    finally:
        database.close()
