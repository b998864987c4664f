"""The last line of defence: no report may carry the identity of a person who talked to the
delegation.

Text-based on purpose, so it runs on the report model and again on the text extracted from the
final PDF or Word file. A name is matched as whole words only ("Will" is not in "willing", "Ross"
not in "across"), whatever its case and accents (Valmorów, Valmorow and VALMORÓW are one name),
and neither a line break, a hyphen at a line end, a lost space between its words nor a ligature
hides it. Chinese, Japanese and Korean names are written without spaces and often in two
characters: a secret in wide characters counts from two characters on, and is found inside
other characters whatever spaces or line breaks a PDF puts between them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sqlalchemy.orm import Session

from spt_field.errors import ServerPermissionError, UserError
from spt_field.export.wide_text import is_wide
from spt_field.services.interviews import identities_for_visit, may_read_identities

#: Why a role on a server that may not read the identities may not export a report either.
_WHY_IDENTITIES = (
    "a report is checked for the names of the people interviewed before it is written, "
    "which needs their recorded identities"
)
#: Shorter secrets would match everywhere; every part of a name from this length on is one.
MIN_SECRET_LENGTH = 3
#: Each wide (CJK) character carries a syllable: a name in them counts from two characters.
MIN_WIDE_SECRET_LENGTH = 2

_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
#: Typographic apostrophes and quotation marks read as the straight ones ("O’Brien").
_QUOTES = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb", '"')
)
#: A word broken at a line end: "Valmo-" then "row" on the next line.
_LINE_END_HYPHEN = re.compile(r"[\-\u2010\u2011]\s*\n\s*")
#: What may stand between the words of a name: spaces, hyphens, or nothing (a lost space).
_BETWEEN_WORDS = r"[\s\-\u2010\u2011]*"
_NAME_PART_END = re.compile(r"[,;:()\[\]\n/、【】]")
_NAME_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Leak:
    """A secret found in a text: `where` names the place ("paragraph 12", "annex II",
    "page 3"), `secret` is what was found and must never be shown to the user in a message."""

    where: str
    secret: str


def normalize(text: str) -> str:
    """Case-folded, compatibility-normalized (ligatures), accents and invisible characters
    dropped, quotation marks straight, every run of whitespace one space."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)
    text = text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _readings(text: str) -> tuple[str, ...]:
    """The text as written, and with words broken at a line end joined again."""
    joined = _LINE_END_HYPHEN.sub("", text)
    return (normalize(text),) if joined == text else (normalize(text), normalize(joined))


@cache
def _pattern(key: str) -> re.Pattern[str]:
    """A normalized secret as whole words; a wide one anywhere, spaces ignored."""
    if _written_wide(key):
        return re.compile(r"\s*".join(re.escape(c) for c in key.replace(" ", "")))
    words = [re.escape(word) for word in key.split(" ")]
    return re.compile(r"(?<!\w)" + _BETWEEN_WORDS.join(words) + r"(?!\w)")


def find_leaks(texts: Iterable[tuple[str, str]], secrets: Iterable[str]) -> list[Leak]:
    """Every (where, secret) such that the secret occurs as whole words in a text of that
    place, ignoring case, accents and spacing; secrets shorter than MIN_SECRET_LENGTH (two
    wide characters) are ignored."""
    wanted: dict[str, str] = {}
    for secret in secrets:
        key = normalize(secret)
        if len(key) >= (MIN_WIDE_SECRET_LENGTH if _written_wide(key) else MIN_SECRET_LENGTH):
            wanted.setdefault(key, secret)
    leaks: dict[tuple[str, str], Leak] = {}
    for where, text in texts:
        readings = _readings(text)
        for key, secret in wanted.items():
            pattern = _pattern(key)
            if any(pattern.search(reading) for reading in readings):
                leaks.setdefault((where, secret), Leak(where, secret))
    return list(leaks.values())


def _written_wide(text: str) -> bool:
    """Whether `text` is written in wide characters (Chinese, Japanese, Korean), spaces and
    punctuation aside."""
    letters = [char for char in text if char.isalnum()]
    return bool(letters) and all(map(is_wide, letters))


def identity_secrets(identity: str) -> list[str]:
    """What must not appear of a recorded identity: the whole text, its first part (the name,
    before a comma or similar: "Iskren Valmorow, born 1987", "王小明，1987年生"), and each part
    of that name of MIN_SECRET_LENGTH letters or more, hyphenated parts and parts after an
    apostrophe included, or in wide characters ("约翰·史密斯": "史密斯"), so "Mr Valmorow",
    "Valmorow's" and "史密斯先生" are caught too."""
    whole = identity.strip()
    # Full-width punctuation ("，", "（") becomes its ASCII form.
    name = _NAME_PART_END.split(unicodedata.normalize("NFKC", whole), maxsplit=1)[0].strip()
    words = [
        word
        for word in _NAME_WORD.findall(name)
        if len(word) >= MIN_SECRET_LENGTH
        or (len(word) >= MIN_WIDE_SECRET_LENGTH and _written_wide(word))
    ]
    return list(dict.fromkeys(secret for secret in (whole, name, *words) if secret))


def visit_secrets(session: Session, visit_id: str) -> list[str]:
    """Every stored identity of the visit's interviewees, with the parts of each."""
    if not may_read_identities(session):
        raise ServerPermissionError(identities=True, why=_WHY_IDENTITIES)
    identities = identities_for_visit(session, visit_id).values()
    return list(dict.fromkeys(s for identity in identities for s in identity_secrets(identity)))


def check_report(
    session: Session,
    visit_id: str,
    texts: Iterable[tuple[str, str]],
    *,
    standard: Iterable[str] = (),
) -> None:
    """Refuse (UserError) if any text names an interviewee of the visit. The message names
    where (a paragraph number, a section, an annex or a page) but never the name: repeating it
    would leak it to the screen, logs and bug reports.

    `standard` is the report's own wording when `texts` is a finished file's text, which holds
    that wording too: a name that is also a word of it ("Will" in "will be transmitted") is
    looked for only in what people typed (the report model's check), never in the file."""
    secrets = visit_secrets(session, visit_id)
    in_wording = {leak.secret for leak in find_leaks([("", "\n".join(standard))], secrets)}
    leaks = find_leaks(texts, [secret for secret in secrets if secret not in in_wording])
    if leaks:
        raise UserError(
            "the report would name a person who talked to the delegation "
            f"(in {leaks[0].where}): remove the name and export again"
        )
