"""The introduction states the country's profile, when recorded: ratifications, the NPM's
designation, the Subcommittee's earlier visits with their reports' symbols, in the four
languages; nothing is said of what is not recorded. Read on the finished PDF and Word files."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.country_profiles import CountryProfileFields, PreviousVisit, profile_to_json
from spt_field.domain.values import Visit
from spt_field.export.frozen_report import material_from_json, material_json
from spt_field.export.report_builder import build_report, gather_material
from spt_field.export.report_export import final_text, report_bytes
from spt_field.export.report_languages import wording_for
from spt_field.export.report_model import Paragraph, Report
from spt_field.services.country_profiles import save_country_profile
from tests.export.conftest import TODAY

DEMO_PROFILE = {
    "en": (
        "The State party ratified the Convention against Torture and Other Cruel, Inhuman or "
        "Degrading Treatment or Punishment on 12 March 1996 and the Optional Protocol thereto on "
        "3 June 2008. On 15 January 2010, the State party designated the Office of the People’s "
        "Advocate as its national preventive mechanism. The Subcommittee had previously visited "
        "the State party in 2011 (see CAT/OP/XRU/1) and 2015 (see CAT/OP/XRU/2)."
    ),
    "fr": (
        "L’État partie a ratifié la Convention contre la torture et autres peines ou traitements "
        "cruels, inhumains ou dégradants le 12 mars 1996 et le Protocole facultatif s’y "
        "rapportant le 3 juin 2008. Le 15 janvier 2010, l’État partie a désigné the Office of "
        "the People’s Advocate comme mécanisme national de prévention. Le Sous-Comité s’était "
        "déjà rendu dans l’État partie en 2011 (voir CAT/OP/XRU/1) et 2015 (voir CAT/OP/XRU/2)."
    ),
    "es": "su Protocolo Facultativo el 3 de junio de 2008",
    "zh": "小组委员会曾于2011年（见CAT/OP/XRU/1）和2015年（见CAT/OP/XRU/2）查访该缔约国。",
}


def _flat(text: str) -> str:
    """Any run of spaces as one plain space (the no-break space that binds a day to its month
    included)."""
    return re.sub(r"\s+", " ", text)


def _introduction(report: Report) -> list[str]:
    section = next(section for section in report.sections if section.code == "introduction")
    return [_flat(block.text) for block in section.blocks if isinstance(block, Paragraph)]


@pytest.mark.parametrize("language", ["en", "fr", "es", "zh"])
def test_the_demo_introduction_states_the_profile(
    database: Database, demo_visit: Visit, language: str
) -> None:
    with database.begin() as session:
        report = build_report(session, demo_visit.id, language=language, today=TODAY)
    paragraphs = _introduction(report)
    assert any(DEMO_PROFILE[language] in text for text in paragraphs)
    # Right after the mandate, before the delegation.
    assert DEMO_PROFILE[language] in paragraphs[1]


def test_nothing_is_said_of_a_country_without_a_profile(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        report = build_report(session, visit.id, today=TODAY)
    text = " ".join(_introduction(report))
    assert "ratified" not in text
    assert "preventive mechanism" not in text
    assert "previously visited" not in text


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        (
            CountryProfileFields(country="XRU", protocol_ratified_on=date(2008, 6, 3)),
            "The State party ratified the Optional Protocol on 3 June 2008.",
        ),
        (
            CountryProfileFields(country="XRU", convention_ratified_on=date(1996, 3, 12)),
            "The State party ratified the Convention against Torture and Other Cruel, Inhuman or "
            "Degrading Treatment or Punishment on 12 March 1996.",
        ),
        (
            CountryProfileFields(country="XRU", npm_body="the Ombudsperson"),
            "The State party designated the Ombudsperson as its national preventive mechanism.",
        ),
        (
            CountryProfileFields(
                country="XRU",
                previous_visits=(PreviousVisit(2016), PreviousVisit(2012, "CAT/OP/XRU/1")),
            ),
            "The Subcommittee had previously visited the State party in 2012 (see CAT/OP/XRU/1) "
            "and 2016.",
        ),
    ],
)
def test_only_what_is_recorded_is_said(
    database: Database, visit: Visit, profile: CountryProfileFields, expected: str
) -> None:
    with database.begin() as session:
        save_country_profile(session, profile)
        report = build_report(session, visit.id, today=TODAY)
    assert expected in _introduction(report)


def test_an_empty_profile_says_nothing(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        without = _introduction(build_report(session, visit.id, today=TODAY))
        save_country_profile(session, CountryProfileFields(country="XRU"))
        assert _introduction(build_report(session, visit.id, today=TODAY)) == without


def test_the_report_to_the_npm_states_it_too(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        report = build_report(session, demo_visit.id, addressee="npm", today=TODAY)
    assert any(DEMO_PROFILE["en"] in text for text in _introduction(report))


def test_a_finalized_report_keeps_the_profile_it_was_built_from(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        material = gather_material(session, demo_visit.id, wording_for("en"))
    again = material_from_json(material_json(material), wording_for("en"))
    assert material.profile is not None and again.profile is not None
    assert profile_to_json(again.profile) == profile_to_json(material.profile)
    older = material_json(replace(material, profile=None))
    assert material_from_json(older, wording_for("en")).profile is None


#: Parts of the demo's profile sentences no page break falls in.
IN_THE_FILE = {
    "en": (
        "on 12 March 1996 and the Optional Protocol thereto on 3 June 2008",
        "the Office of the People’s Advocate as its national preventive mechanism",
        "in 2011 (see CAT/OP/XRU/1) and 2015 (see CAT/OP/XRU/2)",
    ),
    "fr": (
        "le 12 mars 1996 et le Protocole facultatif s’y rapportant le 3 juin 2008",
        "comme mécanisme national de prévention",
        "en 2011 (voir CAT/OP/XRU/1) et 2015 (voir CAT/OP/XRU/2)",
    ),
    "zh": ("2010年1月15日指定", "为其国家防范机制", DEMO_PROFILE["zh"]),
}


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
@pytest.mark.parametrize("language", ["en", "fr", "zh"])
def test_the_finished_file_states_the_profile(
    database: Database, demo_visit: Visit, suffix: str, language: str
) -> None:
    with database.begin() as session:
        data = report_bytes(session, demo_visit.id, suffix, language=language, today=TODAY)
    text = _flat(" ".join(text for _where, text in final_text(data, suffix)))
    if language == "zh":
        text = text.replace(" ", "")
    for part in IN_THE_FILE[language]:
        assert part in text
