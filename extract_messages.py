"""Write the translation templates (.pot) from the code and bring every language's catalogues
(.po) up to date with them: `make catalogues`.

The templates are resources/locale/<domain>.pot; each language's catalogues are
resources/locale/<language>/LC_MESSAGES/<domain>.po, which the build compiles into the package
(see spt_field/catalogues.py and docs/translations.md). New messages come into the catalogues
untranslated, or fuzzy when an old one resembles them; vanished ones go. A file whose messages
did not change is left as it is.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
#: The catalogues' sources: the templates, and each language's .po files.
SOURCES = ROOT / "resources" / "locale"

from spt_field.domain import (  # noqa: E402
    codes,
    countries,
    kinds,
    report_sections,
    rule_texts,
    standards,
)
from spt_field.domain.codes import CodeList  # noqa: E402
from spt_field.export.report_translation import messages  # noqa: E402

DOMAINS = ("codes", "report", "rules")
#: Header lines that change at every run: ignored when deciding whether a file changed.
_DATES = re.compile(rb'^"(POT-Creation-Date|PO-Revision-Date): .*\n', re.MULTILINE)


def code_lists() -> Iterator[type[CodeList]]:
    """Every code list of the domain, found by looking, so that a new one is offered."""
    found: dict[type[CodeList], None] = {}
    for module in (codes, kinds, report_sections, standards):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, CodeList) and value is not CodeList:
                found[value] = None
    yield from found


def template(domain: str) -> Catalog:
    """The messages of `domain` as the code has them now."""
    catalog = Catalog(
        domain=domain,
        project="SPT Field",
        copyright_holder="the SPT Field authors",
        msgid_bugs_address="",
        fuzzy=False,
    )
    if domain == "codes":
        catalog.add(countries.FICTIONAL, context=countries.FICTIONAL_CONTEXT)
        for code_list in code_lists():
            for member in code_list:
                catalog.add(member.label, context=code_list.__name__, auto_comments=[member])
    elif domain == "report":
        for message in messages():
            text = message.text if message.plural is None else (message.text, message.plural)
            catalog.add(text, context=message.context)
    else:
        catalog.add(rule_texts.FIELD_AND_PROBLEM)
        for text in rule_texts.TEMPLATES:
            catalog.add(text)
        for code, word in rule_texts.RECORD_WORDS.items():
            catalog.add(word, context="record", auto_comments=[code])
        for code, name in rule_texts.FIELD_NAMES.items():
            catalog.add(name, context="field", auto_comments=[code])
    return catalog


def rendered(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False)
    return out.getvalue()


def write_if_changed(path: Path, catalog: Catalog) -> bool:
    new = rendered(catalog)
    if path.exists() and _DATES.sub(b"", path.read_bytes()) == _DATES.sub(b"", new):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(new)
    return True


def read(path: Path, language: str, domain: str) -> Catalog:
    """A language's catalogue of `domain`; an empty one if it has none yet."""
    if not path.exists():
        return Catalog(locale=language, domain=domain, project="SPT Field", fuzzy=False)
    with path.open("rb") as source:
        return read_po(source, locale=language, domain=domain)


def language_folders(locale: Path = SOURCES) -> list[Path]:
    return sorted(folder for folder in locale.iterdir() if (folder / "LC_MESSAGES").is_dir())


def update(locale: Path = SOURCES) -> list[Path]:
    """Write the templates and update each language's catalogues; returns the files written."""
    written = []
    for domain in DOMAINS:
        pot = template(domain)
        if write_if_changed(locale / f"{domain}.pot", pot):
            written.append(locale / f"{domain}.pot")
        for folder in language_folders(locale):
            path = folder / "LC_MESSAGES" / f"{domain}.po"
            catalog = read(path, folder.name, domain)
            catalog.update(pot, update_header_comment=False)
            catalog.obsolete.clear()
            if write_if_changed(path, catalog):
                written.append(path)
    return written


if __name__ == "__main__":
    for path in update():
        print(path.relative_to(ROOT))
