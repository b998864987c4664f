"""The finished files, read back: no pseudonym in the PDF or the Word file (en and fr), a
recorded name refused whatever its case and accents, and no script printed as empty boxes."""

from __future__ import annotations

import re
from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import ConsentScope, FindingArea
from spt_field.domain.values import FindingFields, InterviewFields, Place, Visit
from spt_field.errors import UserError
from spt_field.export.report_export import final_text, report_bytes
from spt_field.services.findings import add_finding
from spt_field.services.interviews import record_interview, set_identity
from tests.export.conftest import TODAY

PSEUDONYMS = ("KX7", "QW3")


@pytest.fixture
def cited(database: Database, visit: Visit, place: Place) -> str:
    """A finding resting on two interviews that consented to anonymous use; returns its id."""
    with database.begin() as session:
        ids = [
            record_interview(
                session,
                place.id,
                InterviewFields(
                    pseudonym=pseudonym,
                    consent=ConsentScope.TRANSMIT,
                    held_on=date(2019, 1, 28),
                    notes="Beaten on arrival.",
                ),
            ).id
            for pseudonym in PSEUDONYMS
        ]
        set_identity(session, ids[0], "Iskren Valmorow, born 1987")
        fields = FindingFields(
            place_id=place.id,
            area=FindingArea.TREATMENT,
            title="Beatings on arrival",
            text="Several persons interviewed stated that they were beaten on arrival.",
            evidence=tuple(ids),
        )
        return add_finding(session, visit.id, fields).id


def _text(database: Database, visit: Visit, suffix: str, language: str = "en") -> str:
    with database.begin() as session:
        data = report_bytes(session, visit.id, suffix, language=language, today=TODAY)
    return " ".join(text for _where, text in final_text(data, suffix))


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_pseudonym_in_the_finished_file(
    database: Database, visit: Visit, cited: str, suffix: str, language: str
) -> None:
    text = _text(database, visit, suffix, language)
    assert "Beatings on arrival" in text
    for pseudonym in PSEUDONYMS:
        assert pseudonym not in text
    assert not re.search(r"Interviews with|Entretiens avec", text)


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_recorded_name_in_capitals_and_accents_is_refused(
    database: Database, visit: Visit, cited: str, suffix: str
) -> None:
    from spt_field.services.findings import update_finding

    with database.begin() as session:
        update_finding(session, cited, text="VALMORÓW was beaten on arrival.")
    with pytest.raises(UserError, match=r"\(in paragraph \d+\)") as refused:
        _text(database, visit, suffix)
    assert "valmor" not in str(refused.value).casefold()


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_everyday_words_holding_a_recorded_short_name_pass(
    database: Database, visit: Visit, place: Place, cited: str, suffix: str
) -> None:
    with database.begin() as session:
        for pseudonym, name in zip("VWXYZ", ["Will", "Ross", "Rose", "Lina", "Amin"], strict=True):
            interview = record_interview(
                session, place.id, InterviewFields(pseudonym=pseudonym, held_on=date(2019, 1, 28))
            )
            set_identity(session, interview.id, f"{name} Okoro")
        add_finding(
            session,
            visit.id,
            FindingFields(
                area=FindingArea.MATERIAL_CONDITIONS,
                title="Examination rooms",
                text="Staff were willing to show the examination rooms across the wing; the "
                "rosemary garden, the carolina benches and determination of amino levels.",
            ),
        )
    assert "willing to show" in _text(database, visit, suffix)


def _finding_in(database: Database, visit: Visit, text: str) -> None:
    with database.begin() as session:
        add_finding(
            session,
            visit.id,
            FindingFields(area=FindingArea.TREATMENT, title="Interpreter", text=text),
        )


@pytest.mark.parametrize(
    ("typed", "script"),
    [("محمد قال", "Arabic"), ("김민수 씨", "Hangul"), ("שלום", "Hebrew"), ("राम", "Devanagari")],
)
def test_a_script_the_fonts_cannot_draw_is_refused_naming_the_paragraph(
    database: Database, visit: Visit, typed: str, script: str
) -> None:
    _finding_in(database, visit, f"The interpreter wrote {typed} on the form.")
    with pytest.raises(UserError) as refused:
        _text(database, visit, ".pdf")
    message = str(refused.value)
    assert re.match(r"paragraph \d+ holds characters the report's fonts cannot draw", message)
    assert f"({script}: " in message


def test_chinese_is_drawn_and_extractable(database: Database, visit: Visit) -> None:
    _finding_in(database, visit, "The register read 王芳 for the night shift.")
    assert "王芳" in _text(database, visit, ".pdf").replace(" ", "")
