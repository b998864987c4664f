"""The report's quotation marks and apostrophes (typography.py), language by language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spt_field.export.language_rules import rules_for
from spt_field.export.typography import curled

QUOTES = {language: rules_for(language).quotes for language in ("en", "fr", "es", "zh")}


@pytest.mark.parametrize(
    ("language", "typed", "printed"),
    [
        ("en", 'the "quiet room"', "the \u201cquiet room\u201d"),
        ("en", "the State party's 'box'", "the State party\u2019s \u2018box\u2019"),
        ("fr", 'la "salle calme"', "la \u00ab\u202fsalle calme\u202f\u00bb"),
        ("fr", "la « salle calme »", "la \u00ab\u202fsalle calme\u202f\u00bb"),
        ("fr", "l'État partie", "l\u2019État partie"),
        ("es", 'la "sala tranquila"', "la \u00absala tranquila\u00bb"),
        ("es", "la « sala »", "la \u00absala\u00bb"),
        ("zh", '所谓"安静室"的', "所谓\u201c安静室\u201d的"),
        ("en", '"a" and "b"', "\u201ca\u201d and \u201cb\u201d"),
        ("en", 'a 6" pipe', "a 6\u201d pipe"),  # an odd one out closes after a word
        ("en", 'he said: "stop', "he said: \u201cstop"),  # and opens after a space
        ("en", "no quotes at all", "no quotes at all"),
    ],
)
def test_straight_quotes_become_the_languages_own(language: str, typed: str, printed: str) -> None:
    assert curled(typed, QUOTES[language]) == printed


@given(st.sampled_from(list(QUOTES)), st.text())
def test_nothing_straight_is_left_and_nothing_else_changes(language: str, text: str) -> None:
    result = curled(text, QUOTES[language])
    assert '"' not in result
    assert "'" not in result
    plain = "".join(c for c in text if c not in "\"' \u00a0\u202f\u00ab\u00bb\u201c\u201d")
    kept = "".join(
        c for c in result if c not in "\u2018\u2019 \u00a0\u202f\u00ab\u00bb\u201c\u201d"
    )
    assert kept == plain
