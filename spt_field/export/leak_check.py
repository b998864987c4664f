"""The last line of defence: no report may carry the identity of a person who talked to the
delegation.

Text-based on purpose, so it runs on the report model and again on the text extracted from the
final PDF or Word file. Matching errs on the side of refusing: case, spacing, line breaks,
hyphenation and ligatures do not hide a name, and a name is looked for also word by word.
Chinese, Japanese and Korean names are written without spaces and often in two characters:
a secret in wide characters counts from two characters on, and is found whatever spaces or
line breaks a PDF puts between its characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from spt_field.errors import UserError
from spt_field.export.wide_text import is_wide
from spt_field.services.interviews import identities_for_visit

#: Shorter secrets would match everywhere.
MIN_SECRET_LENGTH = 3
#: Spaces and hyphens are ignored only for secrets this long: across word boundaries a short
#: name would match by chance ("macabre delay" holds "brede").
MIN_SQUEEZED_LENGTH = 6
#: A single word of an identity's name part is a secret of its own from this length on.
MIN_NAME_WORD_LENGTH = 4
#: Each wide (CJK) character carries a syllable: a name in them counts from two characters.
MIN_WIDE_SECRET_LENGTH = 2

_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# What a PDF may insert inside a word: spaces, line breaks and hyphens at a line end.
_SQUEEZE = re.compile(r"[\s\-\u2010\u2011]+")
_NAME_PART_END = re.compile(r"[,;:()\[\]\n/、【】]")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class Leak:
    """A secret found in a text: `where` names the place (a section heading), `secret` is what
    was found and must never be shown to the user in a message."""

    where: str
    secret: str


def normalize(text: str) -> str:
    """Case-folded, compatibility-normalized (ligatures), invisible characters dropped, every
    run of whitespace one space."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()
    return _SPACES.sub(" ", text).strip()


def _squeeze(normalized: str) -> str:
    return _SQUEEZE.sub("", normalized)


def find_leaks(texts: Iterable[tuple[str, str]], secrets: Iterable[str]) -> list[Leak]:
    """Every (where, secret) such that the secret occurs in a text of that place, ignoring case
    and whitespace (for longer secrets also missing or extra spaces and hyphens); secrets
    shorter than MIN_SECRET_LENGTH are ignored."""
    wanted: dict[str, str] = {}
    for secret in secrets:
        key = normalize(secret)
        if len(key) >= (MIN_WIDE_SECRET_LENGTH if _written_wide(key) else MIN_SECRET_LENGTH):
            wanted.setdefault(key, secret)
    leaks: dict[tuple[str, str], Leak] = {}
    for where, text in texts:
        plain = normalize(text)
        squeezed = _squeeze(plain)
        for key, secret in wanted.items():
            tight = _squeeze(key)
            squeezable = _written_wide(key) or len(tight) >= MIN_SQUEEZED_LENGTH
            if key in plain or (squeezable and tight in squeezed):
                leaks.setdefault((where, secret), Leak(where, secret))
    return list(leaks.values())


def _written_wide(text: str) -> bool:
    """Whether `text` is written in wide characters (Chinese, Japanese, Korean), spaces and
    punctuation aside."""
    letters = [char for char in text if char.isalnum()]
    return bool(letters) and all(map(is_wide, letters))


def identity_secrets(identity: str) -> list[str]:
    """What must not appear of a recorded identity: the whole text, its first part (the name,
    before a comma or similar: "Iskren Valmorow, born 1987", "王小明，1987年生"), and each word
    of that name that is capitalized and MIN_NAME_WORD_LENGTH letters or more, or in wide
    characters ("约翰·史密斯": "史密斯"), so "Mr Valmorow" and "史密斯先生" are caught too."""
    whole = identity.strip()
    # Full-width punctuation ("，", "（") becomes its ASCII form.
    name = _NAME_PART_END.split(unicodedata.normalize("NFKC", whole), maxsplit=1)[0].strip()
    words = [
        word
        for word in _NAME_WORD.findall(name)
        if (len(word) >= MIN_NAME_WORD_LENGTH and word[0].isupper())
        or (len(word) >= MIN_WIDE_SECRET_LENGTH and _written_wide(word))
    ]
    return list(dict.fromkeys(secret for secret in (whole, name, *words) if secret))


def visit_secrets(session: Session, visit_id: str) -> list[str]:
    """Every stored identity of the visit's interviewees, with the parts of each."""
    identities = identities_for_visit(session, visit_id).values()
    return list(dict.fromkeys(s for identity in identities for s in identity_secrets(identity)))


def check_report(session: Session, visit_id: str, texts: Iterable[tuple[str, str]]) -> None:
    """Refuse (UserError) if any text names an interviewee of the visit. The message names the
    section only: repeating the identity would leak it to the screen, logs and bug reports."""
    leaks = find_leaks(texts, visit_secrets(session, visit_id))
    if leaks:
        raise UserError(
            "the report would name a person who talked to the delegation "
            f"(in section '{leaks[0].where}'): remove the name and export again"
        )
