"""The report to the NPM is its own document: its own symbol, and the structure of the SPT's
reports to NPMs (introduction, the mechanism, the recommendations to it, next steps)."""

from __future__ import annotations

from spt_field.db.session import Database
from spt_field.domain.codes import Addressee
from spt_field.domain.values import Visit
from spt_field.export.report_builder import build_report
from spt_field.export.report_export import final_text, report_bytes
from spt_field.export.report_sections_builder import NPM_RECOMMENDATIONS
from spt_field.services.findings import list_findings_for_visit
from spt_field.services.recommendations import list_recommendations_for_visit
from spt_field.services.visits import update_visit
from tests.export.conftest import TODAY
from tests.support.export import all_text, finding_paragraphs, recommendation_paragraphs, section


def test_the_state_and_the_npm_reports_never_share_a_symbol(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        placeholder = {
            a: build_report(session, demo_visit.id, addressee=a, today=TODAY).masthead.symbol
            for a in ("state", "npm")
        }
        update_visit(session, demo_visit.id, restricted_symbol="CAT/OP/XRU/R.2")
        assigned = {
            a: build_report(session, demo_visit.id, addressee=a, today=TODAY).masthead.symbol
            for a in ("state", "npm")
        }
    assert placeholder["state"] != placeholder["npm"]
    assert assigned == {"state": "CAT/OP/XRU/R.2", "npm": "CAT/OP/XRU/NPM/R.2"}


def test_the_npm_report_has_the_structure_of_a_report_to_an_npm(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        report = build_report(session, demo_visit.id, addressee="npm", today=TODAY)
        findings = list_findings_for_visit(session, demo_visit.id)
        recommendations = list_recommendations_for_visit(session, demo_visit.id)
    assert [(s.numeral, s.heading) for s in report.sections] == [
        ("I", "Introduction"),
        ("II", "National preventive mechanism"),
        ("III", "Recommendations to the national preventive mechanism"),
        ("IV", "Next steps"),
    ]
    assert report.paragraphs()[0].text.startswith(
        "In accordance with article 11 (1) (b) of the Optional Protocol"
    )
    printed = set(finding_paragraphs(report))
    assert printed == {f.id for f in findings if f.area.value == "npm"}
    to_npm = {r.id for r in recommendations if r.addressee is Addressee.NPM}
    assert set(recommendation_paragraphs(report)) == to_npm
    loose = section(report, NPM_RECOMMENDATIONS).blocks
    assert all(getattr(block, "recommendation_id", None) for block in loose)
    assert "Situation of persons deprived of their liberty" not in all_text(report)


def test_the_npm_report_in_french_is_typeset_with_its_own_headings(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        data = report_bytes(session, demo_visit.id, ".pdf", addressee="npm", language="fr")
    text = " ".join(" ".join(t.split()) for _w, t in final_text(data, ".pdf"))
    assert "Recommandations au mécanisme national de prévention" in text
    assert "/NPM/" in text
