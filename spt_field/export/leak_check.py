"""The last line of defence: no report may carry the identity of a person who talked to the
delegation.

Text-based on purpose, so it runs on the report model and again on the text extracted from the
final PDF or Word file. A name is matched as whole words only ("Will" is not in "willing", "Ross"
not in "across"), whatever its case and accents (Valmorów, Valmorow and VALMORÓW are one name),
and neither a line break, a hyphen at a line end, a lost space between its words nor a ligature
hides it. Chinese, Japanese and Korean names are written without spaces and often in two
characters: a secret in wide characters counts from two characters on, and is found inside
other characters whatever spaces or line breaks a PDF puts between them.

The check reads no identity: it matches the keyed hashes stored beside each one
(spt_field.domain.identity_secrets, spt_field.db.identity_hashes), so every role of a
headquarters server may export a report. Each piece of a text that could be a secret of a
stored shape (its words' lengths) is hashed and looked up: a piece of whole words, the
secret's words apart by spaces, hyphens or nothing; for a wide secret, any run of characters,
spaces left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from spt_field.domain.identity_secrets import WIDE, digest, normalize
from spt_field.errors import UserError
from spt_field.export.wide_text import has_wide
from spt_field.services.interviews import identity_hashes_for_visit

#: A word broken at a line end: "Valmo-" then "row" on the next line.
_LINE_END_HYPHEN = re.compile(r"[\-\u2010\u2011]\s*\n\s*")
#: What may stand between the words of a name: spaces, hyphens, or nothing (a lost space). A
#: normalized text has no whitespace but the space.
_BETWEEN_WORDS = frozenset(" -\u2010\u2011")
#: Where a word ends: a secret starts after one (or at the text's start) and ends before one.
_NOT_WORD = re.compile(r"\W")


@dataclass(frozen=True)
class Leak:
    """A secret found in a text: `where` names the place ("paragraph 12", "annex II",
    "page 3"), `secret` is the stored hash of what was found ("shape:digest")."""

    where: str
    secret: str


@dataclass(frozen=True)
class SecretHashes:
    """What to look for: the database's hash key and the stored hashes of the secrets."""

    key: bytes
    hashes: Sequence[str]


def _readings(text: str) -> tuple[str, ...]:
    """The text as written, and with words broken at a line end joined again."""
    joined = _LINE_END_HYPHEN.sub("", text)
    return (normalize(text),) if joined == text else (normalize(text), normalize(joined))


def _word_pieces(reading: str, shapes: Iterable[tuple[int, ...]]) -> set[str]:
    """Every piece of whole words of `reading` fitting one of the shapes (its words'
    lengths), as the words joined by one space."""
    length = len(reading)
    breaks = {match.start() for match in _NOT_WORD.finditer(reading)}
    starts = [0, *(at + 1 for at in breaks if at + 1 < length)]
    pieces: set[str] = set()
    for shape in shapes:
        first = shape[0]
        for start in starts:
            found = [(reading[start : start + first], start + first)]
            if found[0][1] > length:
                continue
            for size in shape[1:]:
                longer: list[tuple[str, int]] = []
                for text, end in found:
                    gap = end
                    while gap < length and reading[gap] in _BETWEEN_WORDS:
                        gap += 1
                    longer.extend(
                        (f"{text} {reading[at : at + size]}", at + size)
                        for at in range(end, gap + 1)
                        if at + size <= length
                    )
                found = longer
            pieces.update(text for text, end in found if end == length or end in breaks)
    return pieces


def _wide_pieces(reading: str, lengths: Iterable[int]) -> set[str]:
    """Every run of `lengths` characters of `reading`, spaces left out."""
    if not has_wide(reading):
        return set()  # a wide secret holds a wide character
    compact = reading.replace(" ", "")
    return {compact[at : at + size] for size in lengths for at in range(len(compact) - size + 1)}


def find_leaks(texts: Iterable[tuple[str, str]], wanted: SecretHashes) -> list[Leak]:
    """Every (where, secret) such that a secret of `wanted` occurs as whole words in a text of
    that place, ignoring case, accents and spacing (a wide one anywhere)."""
    words: dict[bytes, str] = {}
    wide: dict[bytes, str] = {}
    shapes: set[tuple[int, ...]] = set()
    wide_lengths: set[int] = set()
    for entry in wanted.hashes:
        shape, _, hexdigest = entry.partition(":")
        if shape.startswith(WIDE):
            wide.setdefault(bytes.fromhex(hexdigest), entry)
            wide_lengths.add(int(shape.removeprefix(WIDE)))
        else:
            words.setdefault(bytes.fromhex(hexdigest), entry)
            shapes.add(tuple(int(size) for size in shape.split(",")))
    order = {entry: n for n, entry in enumerate(wanted.hashes)}
    digests: dict[str, bytes] = {}

    def hashed(piece: str) -> bytes:
        if piece not in digests:
            digests[piece] = digest(wanted.key, piece)
        return digests[piece]

    leaks: dict[tuple[str, str], Leak] = {}
    for where, text in texts:
        found: set[str] = set()
        for reading in _readings(text):
            found.update(
                words[value]
                for value in map(hashed, _word_pieces(reading, shapes))
                if value in words
            )
            found.update(
                wide[value]
                for value in map(hashed, _wide_pieces(reading, wide_lengths))
                if value in wide
            )
        for entry in sorted(found, key=order.__getitem__):
            leaks.setdefault((where, entry), Leak(where, entry))
    return list(leaks.values())


def visit_secrets(session: Session, visit_id: str) -> SecretHashes:
    """The hashes of every stored identity of the visit's interviewees, with the parts of each:
    readable by every role (no identity is read)."""
    key, hashes = identity_hashes_for_visit(session, visit_id)
    return SecretHashes(key, hashes)


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
    kept = [entry for entry in secrets.hashes if entry not in in_wording]
    leaks = find_leaks(texts, SecretHashes(secrets.key, kept))
    if leaks:
        raise UserError(
            "the report would name a person who talked to the delegation "
            f"(in {leaks[0].where}): remove the name and export again"
        )
