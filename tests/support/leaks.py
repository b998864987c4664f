"""The leak check on plain secrets, for the tests: the secrets are hashed under a test key as
an identity's are stored, and each leak found names the first secret of its hash again. And
the regular-expression matcher the hash matcher replaced, kept here as the oracle it must
agree with."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spt_field.domain.identity_secrets import (
    MIN_SECRET_LENGTH,
    MIN_WIDE_SECRET_LENGTH,
    normalize,
    secret_hashes,
    written_wide,
)
from spt_field.export import leak_check
from spt_field.export.leak_check import Leak, SecretHashes

KEY = bytes(range(32))


def find_leaks(texts: Iterable[tuple[str, str]], secrets: Iterable[str]) -> list[Leak]:
    """leak_check.find_leaks on the hashes of `secrets`, each leak naming its secret."""
    named: dict[str, str] = {}
    for secret in secrets:
        for entry in secret_hashes(KEY, [secret]):
            named.setdefault(entry, secret)
    found = leak_check.find_leaks(texts, SecretHashes(KEY, list(named)))
    return [Leak(leak.where, named[leak.secret]) for leak in found]


_BETWEEN_WORDS = r"[\s\-\u2010\u2011]*"


@cache
def _pattern(key: str) -> re.Pattern[str]:
    if written_wide(key):
        return re.compile(r"\s*".join(re.escape(c) for c in key.replace(" ", "")))
    words = [re.escape(word) for word in key.split(" ")]
    return re.compile(r"(?<!\w)" + _BETWEEN_WORDS.join(words) + r"(?!\w)")


def regex_leaks(texts: Iterable[tuple[str, str]], secrets: Iterable[str]) -> list[Leak]:
    """The matcher of regular expressions the check used before it matched hashes."""
    wanted: dict[str, str] = {}
    for secret in secrets:
        key = normalize(secret)
        if len(key) >= (MIN_WIDE_SECRET_LENGTH if written_wide(key) else MIN_SECRET_LENGTH):
            wanted.setdefault(key, secret)
    leaks: dict[tuple[str, str], Leak] = {}
    for where, text in texts:
        readings = leak_check._readings(text)
        for key, secret in wanted.items():
            if any(_pattern(key).search(reading) for reading in readings):
                leaks.setdefault((where, secret), Leak(where, secret))
    return list(leaks.values())
