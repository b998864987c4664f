"""What of a recorded identity must never appear in a report, and its keyed hashes.

An identity is read by few (on a headquarters server, by administrators only), but every
report is checked for it before it is written (spt_field.export.leak_check). So beside each
identity its secrets are stored as HMAC-SHA256 digests under a key of the database: the check
matches digests and never reads an identity.

A secret is compared as its normalized text (`normalize`): the digest is taken of that key,
and stored with its shape, which the matcher needs to know which pieces of a text to digest:
the length of each of its words ("7,5" for "iskren valmorow"), or for a secret in wide
characters (Chinese, Japanese, Korean) its length without spaces ("w3"). A secret in words
has a second digest, of its letters without spaces and hyphens (`compact`), with their
number: the matcher looks for that first, cheaply, and for the whole key only where it is
found. Only lengths are told, never a letter.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable

#: Shorter secrets would match everywhere; every part of a name from this length on is one.
MIN_SECRET_LENGTH = 3
#: Each wide (CJK) character carries a syllable: a name in them counts from two characters.
MIN_WIDE_SECRET_LENGTH = 2
#: The mark of a wide secret's shape.
WIDE = "w"

_WIDE_WIDTHS = ("W", "F")
_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
#: Typographic apostrophes and quotation marks read as the straight ones ("O’Brien").
_QUOTES = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb", '"')
)
_NAME_PART_END = re.compile(r"[,;:()\[\]\n/、【】]")
_NAME_WORD = re.compile(r"[^\W\d_]+")
#: What may stand between the words of a name in a normalized text: spaces, hyphens, nothing.
BETWEEN_WORDS = " -\u2010\u2011"
_BETWEEN_WORDS = dict.fromkeys(map(ord, BETWEEN_WORDS))


def is_wide(char: str) -> bool:
    """Whether `char` is a wide (East Asian) character."""
    return unicodedata.east_asian_width(char) in _WIDE_WIDTHS


def written_wide(text: str) -> bool:
    """Whether `text` is written in wide characters (Chinese, Japanese, Korean), spaces and
    punctuation aside."""
    letters = [char for char in text if char.isalnum()]
    return bool(letters) and all(map(is_wide, letters))


def normalize(text: str) -> str:
    """Case-folded, compatibility-normalized (ligatures), accents and invisible characters
    dropped, quotation marks straight, every run of whitespace one space."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)
    text = text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


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
        or (len(word) >= MIN_WIDE_SECRET_LENGTH and written_wide(word))
    ]
    return list(dict.fromkeys(secret for secret in (whole, name, *words) if secret))


def digest(key: bytes, text: str) -> bytes:
    """The keyed hash of a normalized text."""
    return hmac.digest(key, text.encode("utf-8"), hashlib.sha256)


def secret_hashes(key: bytes, secrets: Iterable[str]) -> list[str]:
    """Each secret long enough to be looked for, as "shape:digest" (hex), in order, once.
    Secrets shorter than MIN_SECRET_LENGTH (two wide characters) are left out."""
    found: dict[str, None] = {}
    for secret in secrets:
        key_text = normalize(secret)
        if written_wide(key_text):
            unspaced = key_text.replace(" ", "")
            if len(key_text) >= MIN_WIDE_SECRET_LENGTH:
                found[f"{WIDE}{len(unspaced)}:{digest(key, unspaced).hex()}"] = None
        elif len(key_text) >= MIN_SECRET_LENGTH:
            shape = ",".join(str(len(word)) for word in key_text.split(" "))
            letters = compact(key_text)
            found[
                f"{shape}:{digest(key, key_text).hex()}:{len(letters)}:{digest(key, letters).hex()}"
            ] = None
    return list(found)


def compact(text: str) -> str:
    """`text` without what may stand between the words of a name (spaces, hyphens)."""
    return text.translate(_BETWEEN_WORDS)
