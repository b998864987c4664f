"""The reprisals register never reaches a report: not to the State, not to the NPM, checked on
the finished files."""

from __future__ import annotations

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import ReprisalAction
from spt_field.domain.values import ReprisalCaseFields, Visit
from spt_field.export.report_export import final_text, report_bytes
from spt_field.services.interviews import list_interviews_for_visit
from spt_field.services.reprisals import open_reprisal_case
from tests.export.conftest import TODAY

WORDS = ("Zanzibarite", "Quokkaville", "Pelargonium")


@pytest.mark.parametrize(
    ("addressee", "suffix"), [("state", ".pdf"), ("npm", ".pdf"), ("state", ".docx")]
)
def test_a_reprisal_case_never_reaches_the_report(
    database: Database, demo_visit: Visit, addressee: str, suffix: str
) -> None:
    with database.begin() as session:
        interview = list_interviews_for_visit(session, demo_visit.id)[0]
        open_reprisal_case(
            session,
            ReprisalCaseFields(
                interview_id=interview.id,
                contacts=f"Met his cousin in {WORDS[0]} market.",
                incidents=f"Beaten in {WORDS[1]} block after the visit.",
                actions=(ReprisalAction.ARTICLE_15,),
                actions_taken=f"Letter about {WORDS[2]} sent.",
            ),
        )
        data = report_bytes(session, demo_visit.id, suffix, addressee=addressee, today=TODAY)
    text = "\n".join(text for _where, text in final_text(data, suffix)).casefold()
    assert "cousin" not in text
    for word in WORDS:
        assert word.casefold() not in text
