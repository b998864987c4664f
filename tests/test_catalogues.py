"""The gettext catalogues below the interface: English for whatever a catalogue lacks, the
shipped languages complete, and a language added by its catalogues alone."""

from __future__ import annotations

import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

import extract_messages
from extract_messages import SOURCES
from spt_field.catalogues import (
    SEARCH_PATH_VARIABLE,
    available_languages,
    catalogue,
    catalogue_file,
    language_name,
    read_catalogue,
)
from spt_field.domain.catalogue import label
from spt_field.domain.codes import PlaceType, VisitStatus
from spt_field.export.report_languages import WORDINGS, wording_for
from spt_field.export.report_wording import ENGLISH

SHIPPED_LANGUAGES = ("fr", "es", "zh")
DOMAINS = extract_messages.DOMAINS


def write_catalogue(
    folder: Path, language: str, domain: str, messages: list[tuple[str | None, str, str]]
) -> Path:
    """A .po file of (context, English, translation) under `folder`, the way a translator
    would leave it: a header without plural forms, nothing else."""
    catalog = Catalog(domain=domain, fuzzy=False)
    for context, english, translation in messages:
        catalog.add(english, translation, context=context)
    path = catalogue_file(folder, language, domain)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        write_po(out, catalog)
    return path


def test_a_missing_empty_or_fuzzy_message_reads_in_english_that_message_only(
    tmp_path: Path,
) -> None:
    path = write_catalogue(
        tmp_path,
        "fr",
        "rules",
        [(None, "must not be empty", "ne doit pas être vide"), (None, "must be 1 or more", "")],
    )
    with path.open("rb") as source:
        catalog = read_po(source)
    catalog.add("must not be negative", "pas négatif", flags=["fuzzy"])
    with path.open("wb") as out:
        write_po(out, catalog)
    messages = read_catalogue(path, "fr")
    assert messages.gettext("must not be empty") == "ne doit pas être vide"
    assert messages.gettext("must be 1 or more") == "must be 1 or more"
    assert messages.gettext("must not be negative") == "must not be negative"
    assert messages.gettext("say who requested publication") == "say who requested publication"
    assert messages.pgettext("field", "must not be empty") == "must not be empty"
    assert messages.npgettext("x", "prison", "prisons", 1) == "prison"
    assert messages.npgettext("x", "prison", "prisons", 3) == "prisons"


def test_a_language_lacking_one_label_shows_that_label_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A catalogue found first along the search path is the language's whole catalogue."""
    write_catalogue(tmp_path, "fr", "codes", [("PlaceType", "Prison", "Maison d’arrêt")])
    monkeypatch.setenv(SEARCH_PATH_VARIABLE, str(tmp_path))
    assert label(PlaceType.PRISON, "fr") == "Maison d’arrêt"
    assert label(PlaceType.POLICE, "fr") == "Police station"
    monkeypatch.delenv(SEARCH_PATH_VARIABLE)
    assert label(PlaceType.POLICE, "fr") == "Poste de police"


def test_plural_forms_follow_the_header(tmp_path: Path) -> None:
    path = SOURCES / "fr" / "LC_MESSAGES" / "report.po"
    french = read_catalogue(path, "fr")
    forms = ("prison", "prisons")
    assert [french.npgettext("place_type_forms|prison", *forms, n) for n in (0, 1, 2)] == [
        "prison",
        "prison",
        "prisons",
    ]
    chinese = read_catalogue(SOURCES / "zh" / "LC_MESSAGES" / "report.po", "zh")
    assert {chinese.npgettext("place_type_forms|prison", *forms, n) for n in (1, 5)} == {"所监狱"}


def _ids(catalog: Catalog) -> set[tuple[str | None, str]]:
    return {
        (message.context, message.id if isinstance(message.id, str) else message.id[0])
        for message in catalog
        if message.id
    }


def _read(path: Path) -> Catalog:
    with path.open("rb") as source:
        return read_po(source)


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_templates_are_those_of_the_code(domain: str) -> None:
    """`make catalogues` was run after the last change of an English text."""
    assert _ids(_read(SOURCES / f"{domain}.pot")) == _ids(extract_messages.template(domain))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_every_shipped_language_translates_every_message(domain: str, language: str) -> None:
    template = extract_messages.template(domain)
    translated = _read(catalogue_file(SOURCES, language, domain))
    assert _ids(translated) == _ids(template), "run make catalogues, then translate"
    for message in translated:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        english = message.id if isinstance(message.id, str) else message.id[0]
        assert not message.fuzzy, (message.context, english)
        assert all(strings), (message.context, english)
        # The report's templates may use any field of their kind (the date's parts, the
        # country with its preposition): test_report_wording_languages checks them.
        if domain != "report":
            assert all(_fields(str(text)) <= _fields(english) for text in strings), english


def test_the_shipped_languages_in_menu_order() -> None:
    assert available_languages() == ("en", "fr", "es", "zh")
    assert [language_name(code) for code in available_languages()] == [
        "English",
        "Français",
        "Español",
        "中文",
    ]


def test_a_language_is_added_by_its_catalogues_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """German, two messages of each catalogue translated: they show in German, the rest in
    English, and German is offered with the shipped languages."""
    write_catalogue(
        tmp_path,
        "de",
        "report",
        [("contents_heading", "Contents", "Inhalt"), ("watermark", "DRAFT", "ENTWURF")],
    )
    write_catalogue(
        tmp_path,
        "de",
        "codes",
        [("PlaceType", "Prison", "Gefängnis"), ("VisitStatus", "Planned", "Geplant")],
    )
    monkeypatch.setenv(SEARCH_PATH_VARIABLE, str(tmp_path))
    assert available_languages() == ("en", "fr", "es", "zh", "de")
    assert language_name("de") == "Deutsch"
    assert list(WORDINGS) == ["en", "fr", "es", "zh", "de"]
    german = wording_for("de")
    assert (german.contents_heading, german.watermark) == ("Inhalt", "ENTWURF")
    assert german.running_header == ENGLISH.running_header
    assert german.months == ENGLISH.months
    assert german.version == "Deutsch" and german.language == "de"
    assert german.place_type_headings[PlaceType.PRISON] == "Prisons"
    assert (label(PlaceType.PRISON, "de"), label(VisitStatus.PLANNED, "de")) == (
        "Gefängnis",
        "Geplant",
    )
    assert label(PlaceType.POLICE, "de") == "Police station"
    assert german.group_headings == ENGLISH.group_headings


def test_english_reads_no_catalogue() -> None:
    assert not catalogue("report", "en").found
    assert not catalogue("codes", "../fr").found
    assert catalogue("codes", "fr").found


def test_importing_the_catalogues_reads_none() -> None:
    """Start-up: the modules that offer languages and labels load no catalogue, nor Babel's
    catalogue reader, until a translation is first asked for."""
    code = (
        "import sys\n"
        "import spt_field.domain.catalogue, spt_field.export.report_languages\n"
        "from spt_field.domain.catalogue import LANGUAGES, label\n"
        "from spt_field.domain.codes import PlaceType\n"
        "assert len(LANGUAGES) == 4 and label(PlaceType.PRISON, 'en') == 'Prison'\n"
        "assert 'babel.messages' not in sys.modules, 'read too early'\n"
        "assert label(PlaceType.PRISON, 'fr') == 'Prison'\n"
        "assert 'babel' not in sys.modules, 'the compiled catalogues need no Babel'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
