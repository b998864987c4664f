"""The one catalogue of code-list labels: every code of every list in English, French, Spanish
and Chinese, in the United Nations' terms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spt_field.domain import codes, kinds, report_sections
from spt_field.domain.catalogue import LANGUAGE_CODES, LANGUAGES, label
from spt_field.domain.codes import (
    Addressee,
    CodeList,
    FindingArea,
    IntervieweeCategory,
    PlaceType,
    VisitStatus,
)
from spt_field.domain.report_sections import ReportSection


def _code_lists() -> list[type[CodeList]]:
    """Every code list the domain defines, found by looking, so that a new one is checked."""
    found = []
    for module in (codes, kinds, report_sections):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, CodeList) and value is not CodeList:
                found.append(value)
    return list(dict.fromkeys(found))


CODE_LISTS = _code_lists()
MEMBERS = [member for code_list in CODE_LISTS for member in code_list]


def test_the_four_languages_in_menu_order() -> None:
    assert LANGUAGES == (("en", "English"), ("fr", "Français"), ("es", "Español"), ("zh", "中文"))
    assert LANGUAGE_CODES == ("en", "fr", "es", "zh")


def test_every_code_list_is_found() -> None:
    assert {PlaceType, FindingArea, ReportSection, kinds.RecordKind} <= set(CODE_LISTS)
    assert len(CODE_LISTS) >= 25


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("code_list", CODE_LISTS, ids=lambda code_list: code_list.__name__)
def test_every_code_has_a_label_in_every_language(code_list: type[CodeList], language: str) -> None:
    for member in code_list:
        text = label(member, language)
        assert text.strip() == text and text, f"{code_list.__name__}.{member.name} ({language})"


@pytest.mark.parametrize("code_list", CODE_LISTS, ids=lambda code_list: code_list.__name__)
def test_labels_of_one_list_are_distinct_in_every_language(code_list: type[CodeList]) -> None:
    """A form offering two codes under the same label would be a trap."""
    for language in LANGUAGE_CODES:
        labels = [label(member, language) for member in code_list]
        assert len(set(labels)) == len(labels), (code_list.__name__, language)


def test_english_is_the_code_lists_own_label() -> None:
    assert all(label(member, "en") == member.label for member in MEMBERS)


@given(
    st.sampled_from(MEMBERS), st.text(max_size=5).filter(lambda code: code not in LANGUAGE_CODES)
)
def test_an_unknown_language_falls_back_to_english(member: CodeList, language: str) -> None:
    assert label(member, language) == member.label


def test_translations_are_not_english() -> None:
    for language in ("fr", "es", "zh"):
        assert label(IntervieweeCategory.DETAINEE, language) != IntervieweeCategory.DETAINEE.label
        assert label(VisitStatus.POSTPONED, language) != VisitStatus.POSTPONED.label


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        (
            IntervieweeCategory.DETAINEE,
            ("Personne privée de liberté", "Persona privada de libertad", "被剥夺自由者"),
        ),
        (
            Addressee.NPM,
            (
                "Mécanisme national de prévention",
                "Mecanismo nacional de prevención",
                "国家防范机制",
            ),
        ),
        (Addressee.STATE, ("État partie", "Estado parte", "缔约国")),
        (
            ReportSection.SITUATION,
            (
                "Situation des personnes privées de liberté",
                "Situación de las personas privadas de libertad",
                "被剥夺自由者的状况",
            ),
        ),
    ],
)
def test_united_nations_terms(member: CodeList, expected: tuple[str, str, str]) -> None:
    assert (label(member, "fr"), label(member, "es"), label(member, "zh")) == expected


def test_codes_that_share_a_value_keep_their_own_labels() -> None:
    """PlaceType.OTHER and FindingArea.OTHER are both "other", yet name different things."""
    assert label(PlaceType.OTHER, "fr") == "Autre lieu"
    assert label(FindingArea.OTHER, "fr") == "Autre"
