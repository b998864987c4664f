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
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from spt_field.domain.identity_secrets import BETWEEN_WORDS, WIDE, digest, normalize
from spt_field.errors import UserError
from spt_field.export.wide_text import has_wide
from spt_field.services.interviews import identity_hashes_for_visit

#: A word broken at a line end: "Valmo-" then "row" on the next line.
_LINE_END_HYPHEN = re.compile(r"[\-\u2010\u2011]\s*\n\s*")
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


@dataclass
class _Wanted:
    """The stored hashes, sorted for the matcher."""

    #: A secret in words: the digest of its letters -> its shapes, full digests and entries.
    by_letters: dict[bytes, list[tuple[tuple[int, ...], bytes, str]]]
    #: The numbers of letters of the secrets in words.
    letter_counts: set[int]
    #: A wide secret: its digest -> its entry; and their lengths.
    wide: dict[bytes, str]
    wide_lengths: set[int]

    @classmethod
    def of(cls, hashes: Iterable[str]) -> _Wanted:
        wanted = cls({}, set(), {}, set())
        for entry in hashes:
            shape, _, rest = entry.partition(":")
            if shape.startswith(WIDE):
                wanted.wide.setdefault(bytes.fromhex(rest), entry)
                wanted.wide_lengths.add(int(shape.removeprefix(WIDE)))
                continue
            full, count, letters = rest.split(":")
            sizes = tuple(int(size) for size in shape.split(","))
            wanted.by_letters.setdefault(bytes.fromhex(letters), []).append(
                (sizes, bytes.fromhex(full), entry)
            )
            wanted.letter_counts.add(int(count))
        return wanted


def _pieces_at(reading: str, start: int, shape: tuple[int, ...], breaks: set[int]) -> list[str]:
    """Every piece of whole words of `reading` from `start` fitting the shape (its words'
    lengths, the words apart by spaces, hyphens or nothing), its words joined by one space."""
    length = len(reading)
    found = [(reading[start : start + shape[0]], start + shape[0])]
    for size in shape[1:]:
        longer: list[tuple[str, int]] = []
        for text, end in found:
            gap = end
            while gap < length and reading[gap] in BETWEEN_WORDS:
                gap += 1
            longer.extend(
                (f"{text} {reading[at : at + size]}", at + size) for at in range(end, gap + 1)
            )
        found = longer
    return [text for text, end in found if end <= length and (end == length or end in breaks)]


def _word_leaks(reading: str, wanted: _Wanted, hashed: Callable[[str], bytes]) -> set[str]:
    """The secrets in words found in `reading`: where the letters of one follow a word's
    start and end at a word's end, the piece of whole words there of its shape."""
    breaks = {match.start() for match in _NOT_WORD.finditer(reading)}
    at_letters = [at for at, char in enumerate(reading) if char not in BETWEEN_WORDS]
    letters = "".join(reading[at] for at in at_letters)
    ends_word = [at + 1 == len(reading) or at + 1 in breaks for at in at_letters]
    found: set[str] = set()
    for start in [0, *sorted(at + 1 for at in breaks)]:
        first = bisect_left(at_letters, start)
        for count in wanted.letter_counts:
            last = first + count - 1
            if count and (last >= len(letters) or not ends_word[last]):
                continue
            for shape, full, entry in wanted.by_letters.get(hashed(letters[first : last + 1]), ()):
                if entry not in found and any(
                    hashed(piece) == full for piece in _pieces_at(reading, start, shape, breaks)
                ):
                    found.add(entry)
    return found


def _wide_pieces(reading: str, lengths: Iterable[int]) -> set[str]:
    """Every run of `lengths` characters of `reading`, spaces left out."""
    if not has_wide(reading):
        return set()  # a wide secret holds a wide character
    compact = reading.replace(" ", "")
    return {compact[at : at + size] for size in lengths for at in range(len(compact) - size + 1)}


def find_leaks(texts: Iterable[tuple[str, str]], secrets: SecretHashes) -> list[Leak]:
    """Every (where, secret) such that a secret occurs as whole words in a text of that place,
    ignoring case, accents and spacing (a wide one anywhere)."""
    wanted = _Wanted.of(secrets.hashes)
    order = {entry: n for n, entry in enumerate(secrets.hashes)}
    digests: dict[str, bytes] = {}

    def hashed(piece: str) -> bytes:
        if piece not in digests:
            digests[piece] = digest(secrets.key, piece)
        return digests[piece]

    leaks: dict[tuple[str, str], Leak] = {}
    for where, text in texts:
        found: set[str] = set()
        for reading in _readings(text):
            if wanted.by_letters:
                found |= _word_leaks(reading, wanted, hashed)
            found.update(
                wanted.wide[value]
                for value in map(hashed, _wide_pieces(reading, wanted.wide_lengths))
                if value in wanted.wide
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
