"""How strong a new passphrase is, roughly (no network, no word lists)."""

from __future__ import annotations

import math
import string
from enum import Enum

_CLASSES = (string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation)


def estimated_bits(passphrase: str) -> float:
    """A rough entropy estimate: length times log2 of the alphabet the characters come from."""
    if not passphrase:
        return 0.0
    alphabet = sum(len(chars) for chars in _CLASSES if any(c in chars for c in passphrase))
    alphabet += 100 if any(not c.isascii() for c in passphrase) else 0
    alphabet += 1 if " " in passphrase else 0
    distinct_share = len(set(passphrase)) / len(passphrase)
    return len(passphrase) * math.log2(max(alphabet, 2)) * min(1.0, 0.5 + distinct_share)


class Strength(Enum):
    TOO_SHORT = "too_short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


def passphrase_strength(passphrase: str, minimum_length: int) -> Strength:
    if len(passphrase) < minimum_length:
        return Strength.TOO_SHORT
    bits = estimated_bits(passphrase)
    if bits < 60:
        return Strength.WEAK
    if bits < 80:
        return Strength.FAIR
    return Strength.STRONG
