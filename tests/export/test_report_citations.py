"""Standards cited by findings and recommendations, set as footnotes: in the PDF at the foot of
the page where the paragraph ends, in the Word file as real Word footnotes; the instrument
named the UN's way in each language."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from spt_field.db.session import Database
from spt_field.domain.standards import StandardReference
from spt_field.domain.values import Visit
from spt_field.export.report_builder import build_report
from spt_field.export.report_export import report_bytes
from spt_field.export.report_languages import wording_for
from tests.export.conftest import TODAY
from tests.support.export import docx_footnotes

#: How each language names the Nelson Mandela Rules, rules 43 to 45.
SOLITARY = {
    "en": ("Nelson Mandela Rules", "rules 43\u201345"),
    "fr": ("Règles Nelson Mandela", "règles 43\u201345"),
    "es": ("Reglas Nelson Mandela", "reglas 43\u201345"),
    "zh": ("纳尔逊·曼德拉规则", "第43\u201345条规则"),
}


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("language", list(SOLITARY))
def test_citations_are_footnotes_in_both_files(
    database: Database, demo_visit: Visit, language: str
) -> None:
    with database.begin() as session:
        report = build_report(session, demo_visit.id, today=TODAY, language=language)
        pdf = report_bytes(session, demo_visit.id, ".pdf", language=language, today=TODAY)
        docx = report_bytes(session, demo_visit.id, ".docx", language=language, today=TODAY)
    citation = wording_for(language).cite(StandardReference.MANDELA_43_45)
    for words in SOLITARY[language]:
        assert words in citation
    cited = [p for p in report.paragraphs() if citation in p.citations]
    assert len(cited) == 2  # the finding on block 7 and the recommendation answering it
    notes = [citation for p in report.paragraphs() for citation in p.citations]
    # The PDF: each cited paragraph's last words and its note on the same page, the note
    # under the text.
    pages = [_squeezed(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
    for paragraph in cited:
        ending = _squeezed(paragraph.text)[-30:]
        (page,) = [page for page in pages if ending in page]
        assert page.index(_squeezed(citation)) > page.index(ending)
    # The Word file: the same notes, referenced from the paragraphs, numbered by Word.
    document = Document(io.BytesIO(docx))
    footnotes = docx_footnotes(document)
    texts = [_squeezed(text) for text in footnotes.values()]
    assert texts.count(_squeezed(citation)) == 2
    references = document.element.body.findall(f".//{qn('w:footnoteReference')}")
    numbered = [r for r in references if r.get(qn("w:customMarkFollows")) is None]
    assert len(numbered) == len(notes)
