"""The demo report exported in English, French, Spanish and Chinese: every generated text, code
label, country name and date in the report's language, read back from the PDF and the Word file;
fonts embedded (Droid Sans Fallback for Chinese); drafters' text as typed; the leak check
catching a Chinese name."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from docx import Document
from docx.oxml.ns import qn
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from spt_field.db.session import Database
from spt_field.domain.identity_secrets import identity_secrets
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.values import Visit
from spt_field.errors import UserError
from spt_field.export.report_builder import build_report
from spt_field.export.report_export import report_bytes
from spt_field.export.report_model import Paragraph
from spt_field.services.findings import list_findings_for_visit, update_finding
from spt_field.services.interviews import list_interviews_for_visit, set_identity
from spt_field.services.narratives import set_narrative
from tests.export.conftest import TODAY
from tests.support.export import docx_footnotes
from tests.support.leaks import find_leaks

Export = Callable[[str, str], bytes]

#: What a reader of each language's report must find in it (the demo visit to the fictional
#: State XRU, 10 to 21 March 2019).
TERMS = {
    "en": [
        "United Nations",
        "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or "
        "Degrading Treatment or Punishment",
        "Report of the Subcommittee",
        "The present document is being issued without formal editing.",
        "Paragraphs",
        "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment",
        "Distr.: Restricted",
        "Visit to Fictional State XRU undertaken from 10 to 21 March 2019",
        "Contents",
        "Situation of persons deprived of their liberty",
        "national preventive mechanism",
        "List of places of deprivation of liberty visited by the Subcommittee",
    ],
    "fr": [
        "Nations Unies",
        "Protocole facultatif se rapportant à la Convention contre la torture et autres peines "
        "ou traitements cruels, inhumains ou dégradants",
        "Rapport du Sous-Comité",
        "Le présent document n’a pas été revu par les services d’édition.",
        "Paragraphes",
        "Sous-Comité pour la prévention de la torture et autres peines ou traitements cruels, "
        "inhumains ou dégradants",
        "Distr. restreinte",
        "26 novembre 2026",
        "Original : anglais",
        "Visite effectuée dans l’État fictif XRU du 10 au 21 mars 2019 : recommandations et "
        "observations adressées à l’État partie",
        "Table des matières",
        "Facilitation de la visite et coopération",
        "Situation des personnes privées de liberté",
        "Mécanisme national de prévention",
        "Prochaines étapes",
        "Protocole facultatif",
        "lieux de privation de liberté",
        "Liste des lieux de privation de liberté visités par le Sous-Comité",
    ],
    "es": [
        "Naciones Unidas",
        "Protocolo Facultativo de la Convención contra la Tortura y Otros Tratos o Penas "
        "Crueles, Inhumanos o Degradantes",
        "Informe del Subcomité",
        "El presente documento se publica sin haber sido objeto de revisión editorial oficial.",
        "Párrafos",
        "Subcomité para la Prevención de la Tortura y Otros Tratos o Penas Crueles, Inhumanos "
        "o Degradantes",
        "Distr. reservada",
        "26 de noviembre de 2026",
        "Original: inglés",
        "Visita al Estado ficticio XRU realizada del 10 al 21 de marzo de 2019: "
        "recomendaciones y observaciones dirigidas al Estado parte",
        "Índice",
        "Situación de las personas privadas de libertad",
        "Mecanismo nacional de prevención",
        "Protocolo Facultativo",
        "Lista de lugares de privación de libertad visitados por el Subcomité",
    ],
    "zh": [
        "联合国",
        "禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约任择议定书",
        "小组委员会的报告",
        "本文件未经正式编辑即予印发。",
        "段次",
        "防范酷刑和其他残忍、不人道或有辱人格的待遇或处罚小组委员会",
        "Distr.: Restricted",
        "2026年11月26日",
        "原文：英文",
        "2019年3月10日至21日对虚构国家XRU的查访：向缔约国提出的建议和意见",
        "目录",
        "被剥夺自由者的状况",
        "国家防范机制",
        "《任择议定书》",
        "名被剥夺自由者",
        "附件一",
        "小组委员会查访的剥夺自由场所名单",
    ],
}
#: The page furniture, printed on every page of the PDF.
FURNITURE = {
    "en": ("CONFIDENTIAL — DRAFT", "Page 1 of"),
    "fr": ("CONFIDENTIEL — PROJET", "Page 1 sur"),
    "es": ("CONFIDENCIAL — BORRADOR", "Página 1 de"),
    "zh": ("机密——草稿", "第1页，共"),
}
CLOSING_PUNCTUATION = "，。、）：；！？》"


def _squeezed(text: str) -> str:
    """Without any whitespace: lines of a PDF break anywhere, Chinese ones between any two
    characters."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def export(database: Database, demo_visit: Visit) -> Export:
    def exported(language: str, suffix: str) -> bytes:
        with database.begin() as session:
            return report_bytes(session, demo_visit.id, suffix, language=language, today=TODAY)

    return exported


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    texts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    texts += [p.text for section in document.sections for p in section.header.paragraphs]
    texts += docx_footnotes(document).values()
    return "\n".join(texts)


@pytest.mark.parametrize("language", list(TERMS))
def test_the_pdf_speaks_the_reports_language(export: Export, language: str) -> None:
    text = _squeezed(_pdf_text(export(language, ".pdf")))
    for term in [*TERMS[language], *FURNITURE[language]]:
        assert _squeezed(term) in text, term


@pytest.mark.parametrize("language", list(TERMS))
def test_the_word_file_speaks_the_reports_language(export: Export, language: str) -> None:
    text = _squeezed(_docx_text(export(language, ".docx")))
    for term in [*TERMS[language], FURNITURE[language][0]]:
        assert _squeezed(term) in text, term


#: The demo's counts under ten, in words agreeing with their nouns, as the PDF prints them.
COUNTS_IN_WORDS = {
    "en": ["visited nine places", "two police stations, one prison", "three members of custodial"],
    "fr": ["visité neuf lieux", "deux postes de police, une prison, un centre", "trois membres"],
    "es": ["visitó nueve lugares", "dos comisarías de policía, una prisión, un centro", "tres"],
    "zh": ["共查访了九个剥夺自由场所", "两个警察局、一所监狱、一个审前羁押中心", "三名看守人员"],
}


@pytest.mark.parametrize("language", list(COUNTS_IN_WORDS))
def test_counts_under_ten_are_in_words(export: Export, language: str) -> None:
    text = _squeezed(_pdf_text(export(language, ".pdf")))
    for words in COUNTS_IN_WORDS[language]:
        assert _squeezed(words) in text, words
    assert _squeezed("60") in text  # ten and more stay in figures


#: The label of the first sub-paragraph of the objectives, each language's way.
FIRST_ITEM = {"en": "(a)", "fr": "a)", "es": "a)", "zh": "(a)"}


@pytest.mark.parametrize("language", list(FIRST_ITEM))
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_sub_paragraphs_are_lettered_the_languages_way(
    export: Export, language: str, suffix: str
) -> None:
    data = export(language, suffix)
    lines = (_pdf_text(data) if suffix == ".pdf" else _docx_text(data)).splitlines()
    labels = {line.split(maxsplit=1)[0] for line in lines if line.strip()}
    assert FIRST_ITEM[language] in labels
    other = "a)" if FIRST_ITEM[language] == "(a)" else "(a)"
    assert other not in labels


@pytest.mark.parametrize("language", ["fr", "es", "zh"])
def test_no_english_wording_is_left(export: Export, language: str) -> None:
    """The demo's drafters typed in English, so their findings stay English; none of the
    generated wording does."""
    text = _squeezed(_pdf_text(export(language, ".pdf")))
    english = ["Subcommittee on Prevention", "Contents", "Annex I", "Report of the Subcommittee"]
    if language != "zh":  # the UN's Chinese documents keep the English distribution line
        english.append("Distr.: Restricted")
    for words in english:
        assert _squeezed(words) not in text


@pytest.mark.parametrize("language", list(TERMS))
def test_every_font_is_embedded(export: Export, language: str) -> None:
    names = set()
    for page in PdfReader(io.BytesIO(export(language, ".pdf"))).pages:
        for font in page["/Resources"]["/Font"].values():  # type: ignore[index]
            font = font.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert "LiberationSerif" in names
    assert ("DroidSansFallback" in names) is (language == "zh")


def test_chinese_lines_never_start_with_closing_punctuation(export: Export) -> None:
    lines = [line.strip() for line in _pdf_text(export("zh", ".pdf")).splitlines()]
    starts = [line[0] for line in lines if line]
    assert not [start for start in starts if start in CLOSING_PUNCTUATION]
    # There is Chinese text on the pages, broken into many lines.
    assert sum(any("\u4e00" <= c <= "\u9fff" for c in line) for line in lines) > 40


def test_chinese_word_file_names_an_east_asian_font(export: Export) -> None:
    document = Document(io.BytesIO(export("zh", ".docx")))
    properties = document.styles["Normal"].element.rPr
    assert properties.rFonts.get(qn("w:eastAsia")) == "SimSun"
    assert properties.rFonts.get(qn("w:ascii")) == "Times New Roman"
    assert properties.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    french = Document(io.BytesIO(export("fr", ".docx")))
    assert french.styles["Normal"].element.rPr.find(qn("w:lang")).get(qn("w:val")) == "fr-FR"
    assert document.core_properties.language == "zh"


def test_the_report_model_in_chinese(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        report = build_report(session, demo_visit.id, today=TODAY, language="zh")
    assert report.language == "zh"
    assert [s.numeral for s in report.sections] == ["一", "二", "三", "四", "五", "六", "七"]
    assert [a.numeral for a in report.annexes] == ["一", "二"]
    assert report.masthead.version == "中文"
    places = next(a for a in report.annexes if a.numeral == "二")
    assert "警察局" in [group.heading for group in places.groups]
    introduction = " ".join(b.text for b in report.sections[0].blocks if isinstance(b, Paragraph))
    assert "所监狱" in introduction and "名被剥夺自由者" in introduction
    assert "（代表团团长）" in introduction


def test_narratives_and_findings_stay_as_typed(database: Database, demo_visit: Visit) -> None:
    typed = "The authorities cooperated fully; access was never delayed."
    with database.begin() as session:
        set_narrative(session, demo_visit.id, ReportSection.FACILITATION, typed)
        finding = list_findings_for_visit(session, demo_visit.id)[0]
        french = build_report(session, demo_visit.id, today=TODAY, language="fr")
        chinese = build_report(session, demo_visit.id, today=TODAY, language="zh")
    for report in (french, chinese):
        texts = [text for _where, text in report.texts()]
        assert typed in texts
        assert any(finding.text.strip() in text for text in texts)


def test_the_leak_check_catches_a_chinese_name(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        interview = list_interviews_for_visit(session, demo_visit.id)[0]
        set_identity(session, interview.id, "王小明，1987年生")
        finding = list_findings_for_visit(session, demo_visit.id)[0]
        update_finding(session, finding.id, text="据王小明称，他在审讯期间遭到殴打。")
    with database.begin() as session, pytest.raises(UserError, match="would name a person"):
        build_report(session, demo_visit.id, today=TODAY, language="zh")


@pytest.mark.parametrize(
    "text",
    ["据王小明称", "据王小\n明称", "据王 小 明称", "WANG: 王小明"],
)
def test_a_chinese_name_is_found_however_the_pdf_breaks_it(text: str) -> None:
    assert find_leaks([("page 2", text)], identity_secrets("王小明，1987年生"))


def test_a_two_character_chinese_name_is_a_secret() -> None:
    assert find_leaks([("page 1", "王芳说")], identity_secrets("王芳"))
    assert not find_leaks([("page 1", "王先生说")], identity_secrets("王芳"))


_HANZI = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@given(
    name=st.text(alphabet=_HANZI, min_size=2, max_size=4),
    before=st.text(alphabet=_HANZI, max_size=20),
    after=st.text(alphabet=_HANZI, max_size=20),
    gaps=st.lists(st.sampled_from(["", " ", "\n", " \n"]), min_size=3, max_size=3),
)
def test_a_chinese_name_is_found_wherever_lines_break(
    name: str, before: str, after: str, gaps: list[str]
) -> None:
    """A PDF may put a line break or a space between any two characters of a Chinese name."""
    broken = "".join(char + gap for char, gap in zip(name, [*gaps, ""], strict=False))
    assert find_leaks([("page 3", f"{before}{broken}{after}")], identity_secrets(name))
