"""Fixtures of the report tests: the demo visit in a real encrypted database, and its report."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.values import Visit
from spt_field.export.report_builder import build_report
from spt_field.export.report_model import Report
from spt_field.services.demo import create_demo_visit

TODAY = date(2026, 11, 26)


@pytest.fixture
def demo_visit(database: Database) -> Visit:
    with database.begin() as session:
        return create_demo_visit(session)


@pytest.fixture
def demo_report(database: Database, demo_visit: Visit) -> Report:
    with database.begin() as session:
        return build_report(session, demo_visit.id, today=TODAY)
