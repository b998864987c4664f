"""The interface's translations, checked against the code without starting Qt.

Every text the code translates is in the French, Spanish and Chinese .ts sources, translated,
under the context Qt looks it up in; nothing stale, unfinished or empty is left there; each
translation keeps its placeholders, its keyboard mnemonic and its markup; and no literal text
reaches the screen without going through a translation. When one of these fails after a change
to the interface's texts: `make translations`, then translate what it marks unfinished.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import spt_field.ui
from spt_field.ui.i18n import LANGUAGES, SOURCE_LANGUAGE
from tests.ui.ui_texts import Message, translatable_messages, untranslated_texts

UI = Path(spt_field.ui.__file__).parent
SOURCES = Path(__file__).parents[2] / "resources" / "translations"
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
FIX = "run `make translations`, then translate the messages it marks unfinished"

_PLACEHOLDER = re.compile(r"\{\d*(?::[^}]*)?\}|%\d+|%n")
_TAG = re.compile(r"</?([a-zA-Z0-9]+)")


@dataclass(frozen=True)
class Entry:
    message: Message
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    translations: tuple[str, ...]  # one, or one per plural form


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            assert translation is not None, f"{path}: a message without a translation element"
            plural = element.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if plural
                else (translation.text or "",)
            )
            message = Message(
                name, element.findtext("source") or "", element.findtext("comment") or "", plural
            )
            entries.append(Entry(message, translation.get("type", ""), forms))
    return entries


def ts_path(code: str) -> Path:
    return SOURCES / f"spt_field_{code}.ts"


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics ("&File", "文件(&F)") a text marks; "&&" is a literal &."""
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def tags(text: str) -> list[str]:
    return sorted(_TAG.findall(text))


# The code ---------------------------------------------------------------------------------------


def test_every_translatable_call_is_one_qt_and_lupdate_agree_on() -> None:
    """A context lupdate cannot read, or reads differently from Qt, loses its translation."""
    assert translatable_messages(UI).problems == []


def test_no_literal_text_reaches_the_screen_untranslated() -> None:
    assert untranslated_texts(UI) == [], "wrap these in self.tr() or translate(context, text)"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_lupdate_extracts_the_messages_qt_looks_up(tmp_path: Path) -> None:
    """What `make translations` would write holds the same messages as the code looks up."""
    ts = tmp_path / "check.ts"
    sources = [str(path) for path in sorted(UI.rglob("*.py"))]
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    extracted = {entry.message for entry in read_ts(ts)}
    assert extracted == translatable_messages(UI).messages


# The .ts sources --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_has_every_message_of_the_code(code: str) -> None:
    in_ts = {entry.message for entry in read_ts(ts_path(code))}
    missing = sorted(translatable_messages(UI).messages - in_ts)
    assert missing == [], f"missing from {ts_path(code).name}: {FIX}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_message_is_stale_unfinished_or_empty(code: str) -> None:
    code_messages = translatable_messages(UI).messages
    entries = read_ts(ts_path(code))
    stale = [e.message for e in entries if e.kind in ("vanished", "obsolete")]
    gone = [e.message for e in entries if e.message not in code_messages]
    unfinished = [e.message for e in entries if e.kind == "unfinished"]
    empty = [e.message for e in entries if not all(form.strip() for form in e.translations)]
    assert (stale, gone, unfinished, empty) == ([], [], [], []), FIX


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_mnemonics_and_markup(code: str) -> None:
    """Placeholders and markup as in the source; at most one Alt letter. Which texts have one
    is each language's own choice: letters must be unique in every window, and a crowded
    window (the interview) has fewer letters to give in one language than in another
    (test_every_screen.py checks them)."""
    broken = []
    for entry in read_ts(ts_path(code)):
        if entry.kind:  # not translated yet: the test above reports it
            continue
        source = entry.message.source
        for text in entry.translations:
            # A plural form may spell its number out ("un changement"): %n aside.
            if (
                placeholders(text.replace("%n", "")) != placeholders(source.replace("%n", ""))
                or mnemonics(text) > 1
                or tags(text) != tags(source)
            ):
                broken.append((entry.message.context, source, text))
    assert broken == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_ts_file_declares_its_language(code: str) -> None:
    root = ET.parse(ts_path(code)).getroot()
    assert root.get("sourcelanguage") == SOURCE_LANGUAGE
    assert (root.get("language") or "").startswith(code)


def test_chinese_mnemonics_follow_the_text() -> None:
    """Chinese menus show the mnemonic as a Latin letter after the text: "文件(&F)"."""
    misplaced = [
        text
        for entry in read_ts(ts_path("zh"))
        if not entry.kind
        for text in entry.translations
        if mnemonics(text) and not re.search(r"\(&[A-Z]\)", text)
    ]
    assert misplaced == []


# The checks themselves --------------------------------------------------------------------------


@given(st.text(alphabet="&ab (F)文", max_size=12))
def test_mnemonic_counting_ignores_literal_ampersands(text: str) -> None:
    assert mnemonics(text.replace("&", "&&")) == 0
    assert mnemonics("&X" + text.replace("&", "&&")) == 1


def test_the_scan_finds_an_untranslated_label(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text(
        "class Page:\n"
        "    def build(self):\n"
        "        QLabel('Visited places', self)\n"
        "        self.button.setToolTip(self.tr('Opens it'))\n"
        "        self.name.setObjectName('placeName')\n"
        '        self.box.setTitle(f"{count} places")\n',
        encoding="utf-8",
    )
    found = untranslated_texts(tmp_path)
    assert [line.split(": ", 1)[1] for line in found] == ["'Visited places'", "f'{count} places'"]


def test_the_scan_reads_contexts_as_qt_does(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text(
        "CONTEXT = 'Page'\n"
        "class Page:\n"
        "    def build(self):\n"
        "        self.tr('Title')\n"
        "        translate('Other', 'Text')\n"
        "        translate(CONTEXT, 'Lost')\n"
        "        self.parent.tr('Misfiled')\n",
        encoding="utf-8",
    )
    found = translatable_messages(tmp_path)
    assert found.messages == {Message("Page", "Title"), Message("Other", "Text")}
    assert len(found.problems) == 2
