"""UN editorial rules read on the finished files, PDF and Word, in the four languages: roles
agreeing with a member's recorded gender, the language's quotation marks, a day never parted
from its month, and annex I in the State's order of protocol."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pytest
from docx import Document
from pypdf import PdfReader

from spt_field.db.session import Database
from spt_field.domain.codes import Gender
from spt_field.domain.values import Visit
from spt_field.export.report_export import report_bytes
from spt_field.export.report_languages import wording_for
from spt_field.services.delegation import list_delegation, list_persons_met, update_member
from spt_field.services.findings import list_findings_for_visit, update_finding
from tests.export.conftest import TODAY

LANGUAGES = ("en", "fr", "es", "zh")
QUOTED = ' Staff called it the "quiet room" and the detainees\' "box".'
#: The quotation as each language prints it (French: narrow non-breaking spaces inside).
PRINTED = {
    "en": "the \u201cquiet room\u201d and the detainees\u2019 \u201cbox\u201d.",
    "fr": (
        "the \u00ab\u202fquiet room\u202f\u00bb and the detainees\u2019 "
        "\u00ab\u202fbox\u202f\u00bb."
    ),
    "es": "the \u00abquiet room\u00bb and the detainees\u2019 \u00abbox\u00bb.",
    "zh": "the \u201cquiet room\u201d and the detainees\u2019 \u201cbox\u201d.",
}
#: The head of delegation (recorded as a woman) and the medical expert, as the introduction
#: names them.
HEAD = "Marguerite Alvendahl-Osei"
ROLES = {
    "en": ("head of delegation", "medical expert"),
    "fr": ("cheffe de la délégation", "experte médicale"),
    "es": ("jefa de la delegación", "experta médica"),
    "zh": ("代表团团长", "医学专家"),
}
UNKNOWN_ROLES = {
    "fr": ("chef de la délégation", "expert médical"),
    "es": ("jefe de la delegación", "experto médico"),
}


@dataclass(frozen=True)
class Files:
    pdf: str  # the PDF's text, as pypdf extracts it
    docx: str  # the Word file's paragraphs

    def both(self) -> tuple[str, str]:
        return self.pdf, self.docx


def _files(database: Database, visit_id: str, language: str) -> Files:
    with database.begin() as session:
        pdf = report_bytes(session, visit_id, ".pdf", language=language, today=TODAY)
        docx = report_bytes(session, visit_id, ".docx", language=language, today=TODAY)
    pages = PdfReader(io.BytesIO(pdf)).pages
    document = Document(io.BytesIO(docx))
    return Files(
        "\n".join(page.extract_text() for page in pages),
        "\n".join(paragraph.text for paragraph in document.paragraphs),
    )


def _flat(text: str) -> str:
    """Every run of white space, non-breaking or not, one space (a PDF's text has line ends
    and gives no-break spaces back as spaces)."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def quoting_visit(database: Database, demo_visit: Visit) -> Visit:
    with database.begin() as session:
        finding = list_findings_for_visit(session, demo_visit.id)[0]
        update_finding(session, finding.id, text=finding.text + QUOTED)
    return demo_visit


@pytest.mark.parametrize("language", LANGUAGES)
def test_roles_agree_with_the_members_recorded_gender(
    database: Database, demo_visit: Visit, language: str
) -> None:
    files = _files(database, demo_visit.id, language)
    head, medical = ROLES[language]
    for text in files.both():
        flat = _flat(text)
        assert re.search(rf"{HEAD} ?[(（]{head}[)）]", flat)
        assert f"Marangoni-Tveit ({medical})" in flat or f"Marangoni-Tveit（{medical}）" in flat


@pytest.mark.parametrize("language", list(UNKNOWN_ROLES))
def test_an_unknown_gender_keeps_the_wording_of_no_gender(
    database: Database, demo_visit: Visit, language: str
) -> None:
    with database.begin() as session:
        for member in list_delegation(session, demo_visit.id):
            update_member(session, member.id, gender=Gender.UNKNOWN)
    head, medical = UNKNOWN_ROLES[language]
    for text in _files(database, demo_visit.id, language).both():
        flat = _flat(text)
        assert f"{HEAD} ({head})" in flat
        assert f"Marangoni-Tveit ({medical})" in flat
        assert ROLES[language][0] not in flat


@pytest.mark.parametrize("language", LANGUAGES)
def test_straight_quotes_print_as_the_languages_own(
    database: Database, quoting_visit: Visit, language: str
) -> None:
    files = _files(database, quoting_visit.id, language)
    assert PRINTED[language] in files.docx  # the very characters, spaces included
    assert _flat(PRINTED[language]) in _flat(files.pdf)
    for text in files.both():
        assert '"' not in text
        assert "'" not in text


@pytest.mark.parametrize("language", ("en", "fr", "es"))
def test_a_day_is_never_parted_from_its_month(
    database: Database, demo_visit: Visit, language: str
) -> None:
    wording = wording_for(language)
    months = "|".join(wording.months)
    files = _files(database, demo_visit.id, language)
    # The Word file carries the no-break space itself: "21 March", "21 de marzo".
    dated = re.findall(rf"\d+(?:er)?[ \u00a0](?:de[ \u00a0])?(?:{months})", files.docx)
    assert dated
    assert all(" " not in found for found in dated)
    # The PDF never ends a line on a day whose month starts the next.
    assert re.search(rf"\d(?:er)?(?: de)?\s*\n\s*(?:de )?(?:{months})", files.pdf) is None
    assert wording.date(TODAY).replace("\u00a0", " ") in files.pdf


@pytest.mark.parametrize("language", LANGUAGES)
def test_annex_one_lists_officials_in_protocol_order(
    database: Database, demo_visit: Visit, language: str
) -> None:
    """The demo ranks the Minister of Justice 1, the Deputy Minister of Internal Affairs 2 and a
    head of department 3; the unranked director follows, as the services list him."""
    with database.begin() as session:
        ranked = [
            p for p in list_persons_met(session, demo_visit.id) if p.category.value == "executive"
        ]
    expected = ["Oskan Drevitz", "Mirela Santovan", "Tavia Lunhardt", "Arvid Kestrelow"]
    assert [p.name for p in ranked][:4] == expected
    for text in _files(database, demo_visit.id, language).both():
        annex = text[text.rindex(expected[0]) :]
        positions = [annex.find(name) for name in expected]
        assert positions == sorted(positions)
        assert -1 not in positions
