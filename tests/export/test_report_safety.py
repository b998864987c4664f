"""Do no harm: identities never appear, interviewees are cited only by pseudonym and only as
their consent allows, a person at risk of reprisals is never cited, and the leak check refuses a
report in which a drafter typed a name."""

from __future__ import annotations

import re
from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import ConsentScope, FindingArea, InterviewKind
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.values import FindingFields, InterviewFields, Place, Visit
from spt_field.errors import UserError
from spt_field.export.leak_check import check_report
from spt_field.export.report_builder import build_report
from spt_field.export.report_model import Report
from spt_field.services.findings import add_finding, list_findings_for_visit, update_finding
from spt_field.services.interviews import (
    identities_for_visit,
    list_interviews_for_visit,
    record_interview,
    set_identity,
)
from spt_field.services.narratives import set_narrative
from spt_field.services.places import list_places_for_visit, update_place
from tests.export.conftest import TODAY
from tests.support.export import all_text, finding_paragraphs


def _interview(
    database: Database,
    place: Place,
    pseudonym: str,
    consent: ConsentScope,
    *,
    reprisal_risk: bool = False,
    persons: int = 1,
) -> str:
    with database.begin() as session:
        return record_interview(
            session,
            place.id,
            InterviewFields(
                pseudonym=pseudonym,
                consent=consent,
                reprisal_risk=reprisal_risk,
                kind=InterviewKind.GROUP if persons > 1 else InterviewKind.INDIVIDUAL,
                persons=persons,
                held_on=date(2019, 1, 28),
                notes="Talked in private.",  # an empty interview would count nowhere
            ),
        ).id


@pytest.fixture
def evidence(database: Database, place: Place) -> dict[str, str]:
    """Interviews at the place with distinctive pseudonyms: two that may be cited, three that
    may not."""
    return {
        "KK5": _interview(database, place, "KK5", ConsentScope.ANONYMOUS),
        "GG6": _interview(database, place, "GG6", ConsentScope.TRANSMIT, persons=4),
        "QQ7": _interview(database, place, "QQ7", ConsentScope.NONE),
        "QQ8": _interview(database, place, "QQ8", ConsentScope.INTERNAL),
        "RR9": _interview(database, place, "RR9", ConsentScope.TRANSMIT, reprisal_risk=True),
    }


def _report_with_finding(
    database: Database, visit: Visit, place: Place, evidence: dict[str, str], area: FindingArea
) -> tuple[Report, str]:
    with database.begin() as session:
        finding = add_finding(
            session,
            visit.id,
            FindingFields(
                place_id=place.id,
                area=area,
                title="Beatings in the corridor",
                text="Several detainees described beatings.",
                evidence=tuple(evidence.values()),
            ),
        )
        return build_report(session, visit.id, today=TODAY), finding.id


def test_no_pseudonym_or_interview_code_is_printed_whatever_the_consent(
    database: Database, visit: Visit, place: Place, evidence: dict[str, str]
) -> None:
    report, finding_id = _report_with_finding(
        database, visit, place, evidence, FindingArea.TREATMENT
    )
    assert finding_paragraphs(report)[finding_id].text == (
        "Beatings in the corridor (Central Prison of Lorvik). Several detainees described beatings."
    )
    assert not re.search(r"KK5|GG6|QQ7|QQ8|RR9|Interviews with", all_text(report))


def test_a_person_at_risk_of_reprisals_is_never_cited(
    database: Database, visit: Visit, place: Place, evidence: dict[str, str]
) -> None:
    report, _ = _report_with_finding(database, visit, place, evidence, FindingArea.TREATMENT)
    assert "RR9" not in all_text(report)


def test_nobody_is_cited_in_the_reprisals_section(
    database: Database, visit: Visit, place: Place, evidence: dict[str, str]
) -> None:
    report, finding_id = _report_with_finding(
        database, visit, place, evidence, FindingArea.REPRISALS
    )
    assert finding_paragraphs(report)[finding_id].text == (
        "Beatings in the corridor (Central Prison of Lorvik). Several detainees described beatings."
    )
    assert not re.search(r"KK5|GG6|QQ7|QQ8|RR9", all_text(report))


def test_every_interview_counts_in_the_totals_whatever_its_consent(
    database: Database, visit: Visit, place: Place, evidence: dict[str, str]
) -> None:
    report, _ = _report_with_finding(database, visit, place, evidence, FindingArea.TREATMENT)
    assert (
        "It conducted five individual or collective interviews with eight persons: eight persons "
        "deprived "
        "of their liberty." in report.paragraphs()[1].text
    )


def test_identities_never_appear_in_the_demo_report(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    with database.begin() as session:
        identities = identities_for_visit(session, demo_visit.id)
    assert len(identities) == 3
    text = all_text(demo_report).casefold()
    for identity in identities.values():
        name = identity.split(",")[0]
        assert identity.casefold() not in text
        for word in name.split():
            assert word.casefold() not in text


def test_an_identified_interviewee_who_consented_is_neither_named_nor_cited(
    database: Database, visit: Visit, place: Place, evidence: dict[str, str]
) -> None:
    with database.begin() as session:
        set_identity(session, evidence["KK5"], "Ondrej Pastyrik, cell 12")
    report, _ = _report_with_finding(database, visit, place, evidence, FindingArea.TREATMENT)
    assert "KK5" not in all_text(report)
    assert "pastyrik" not in all_text(report).casefold()


def test_the_demo_report_cites_no_pseudonym(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    with database.begin() as session:
        pseudonyms = {i.pseudonym for i in list_interviews_for_visit(session, demo_visit.id)}
    text = all_text(demo_report)
    cited = r"\b(?:persons?|groups?) (?:" + "|".join(pseudonyms) + r")\b"
    assert not re.search(cited, text)
    assert "Interviews with" not in text


def _demo_finding_id(database: Database, visit: Visit, title_start: str) -> str:
    with database.begin() as session:
        findings = list_findings_for_visit(session, visit.id)
    return next(f.id for f in findings if f.title.startswith(title_start))


def _paragraph_of(database: Database, visit: Visit, finding_id: str) -> int | None:
    with database.begin() as session:
        update_finding(session, finding_id, text="Held there for 45 days.")
        report = build_report(session, visit.id, today=TODAY)
    return finding_paragraphs(report)[finding_id].number


@pytest.mark.parametrize(
    "typed",
    [
        "Iskren Valmorow, born 1987",
        "ISKREN   valmorow",
        "Mr Valmorow",
        "Iskren\nValmorow",
    ],
)
def test_the_builder_refuses_a_finding_naming_an_interviewee(
    database: Database, demo_visit: Visit, typed: str
) -> None:
    finding_id = _demo_finding_id(database, demo_visit, "Disciplinary cells in block 7")
    with database.begin() as session:
        update_finding(session, finding_id, text=f"{typed} was held there for 45 days.")
        with pytest.raises(UserError) as refused:
            build_report(session, demo_visit.id, today=TODAY)
    message = str(refused.value)
    assert message == (
        "the report would name a person who talked to the delegation "
        f"(in paragraph {_paragraph_of(database, demo_visit, finding_id)}): remove the name "
        "and export again"
    )
    assert "valmorow" not in message.casefold()
    assert "iskren" not in message.casefold()


def test_the_builder_refuses_a_name_in_a_narrative(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        set_narrative(
            session, demo_visit.id, ReportSection.REPRISALS, "Tobiah Lenkavar was threatened."
        )
        with pytest.raises(UserError, match=r"\(in paragraph \d+\)"):
            build_report(session, demo_visit.id, today=TODAY)


def test_the_builder_refuses_a_name_in_an_obstruction(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        places = {p.name: p for p in list_places_for_visit(session, demo_visit.id)}
        update_place(
            session,
            places["Saltmere Prison No. 4"].id,
            obstruction="Staff hid Rasvan Ilkotov-Brede from the delegation.",
        )
        with pytest.raises(UserError, match=r"\(in paragraph \d+\)"):
            build_report(session, demo_visit.id, today=TODAY)


def test_check_report_accepts_clean_texts_and_refuses_extracted_text_with_a_name(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    with database.begin() as session:
        check_report(session, demo_visit.id, demo_report.texts())
        with pytest.raises(UserError, match=r"\(in page 3\)"):
            check_report(
                session,
                demo_visit.id,
                [("page 2", "nothing here"), ("page 3", "… held with Tobiah Lenka-\nvar, who …")],
            )
