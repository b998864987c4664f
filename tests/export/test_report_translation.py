"""The report's wording made from the English one through the catalogues: a language added by
its catalogue alone writes a whole report, its translated messages in it and English for the
rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from spt_field.catalogues import SEARCH_PATH_VARIABLE, catalogue_file
from spt_field.db.session import Database
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.values import Visit
from spt_field.export.report_builder import build_report
from spt_field.export.report_translation import messages
from spt_field.export.report_wording import ENGLISH
from tests.export.conftest import TODAY


def test_every_text_of_the_english_wording_is_a_message() -> None:
    found = {(message.context, message.text) for message in messages()}
    assert ("title", ENGLISH.title) in found
    assert ("months", "March") in found and ("numerals", "IV") in found
    assert ("addressee_in_text|state", "the State party") in found
    assert ("area_headings|other", "Other issues") in found
    # Code labels come from the codes catalogue, not from the report's.
    assert not [context for context, _ in found if context.startswith("section_headings")]
    plural = next(m for m in messages() if m.context == "place_type_forms|prison")
    assert (plural.text, plural.plural) == ("prison", "prisons")


def test_a_report_in_a_language_of_two_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database: Database, demo_visit: Visit
) -> None:
    catalog = Catalog(domain="report", fuzzy=False)
    catalog.add("Contents", "Inhalt", context="contents_heading")
    catalog.add("Distr.: Restricted", "Verteilung: beschränkt", context="distribution")
    path = catalogue_file(tmp_path, "de", "report")
    path.parent.mkdir(parents=True)
    with path.open("wb") as out:
        write_po(out, catalog)
    monkeypatch.setenv(SEARCH_PATH_VARIABLE, str(tmp_path))
    with database.begin() as session:
        report = build_report(session, demo_visit.id, today=TODAY, language="de")
        english = build_report(session, demo_visit.id, today=TODAY, language="en")
    assert report.language == "de"
    assert report.contents_heading == "Inhalt"
    assert report.masthead.distribution == "Verteilung: beschränkt"
    assert report.masthead.version == "Deutsch"
    assert report.masthead.body == english.masthead.body
    assert report.masthead.date == "26\u00a0November 2026"
    assert report.title == english.title
    assert [s.heading for s in report.sections] == [s.heading for s in english.sections]
    assert report.sections[0].heading == ReportSection.INTRODUCTION.label
