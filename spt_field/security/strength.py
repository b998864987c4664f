"""How hard a new passphrase is to guess: zxcvbn's estimate (dictionaries of common passwords,
names and words, keyboard runs, sequences, repeats and dates), offline.

One rating serves the command line and the window: `rate_passphrase` gives zxcvbn's score (0 to
4) and its warning; `passphrase_strength` the level the window shows as the user types;
spt_field.security.passphrase.check_new_passphrase refuses what rates below REFUSED_BELOW.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

#: zxcvbn reads at most this many characters (a longer passphrase is rated on its start, which
#: can only understate it).
_RATED_LENGTH = 72
#: Scores 0 and 1 ("too guessable", "very guessable": under a million guesses) are refused.
REFUSED_BELOW = 2
_STRONG_FROM = 4


@dataclass(frozen=True)
class Rating:
    """zxcvbn's score (0 weakest to 4) and why it is low ("" when nothing stands out)."""

    score: int
    warning: str


def rate_passphrase(passphrase: str) -> Rating:
    if not passphrase:
        return Rating(0, "")
    # Loaded when a passphrase is rated, not at start-up: its dictionaries take a while.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_RATED_LENGTH])
    return Rating(int(result["score"]), str(result["feedback"]["warning"] or ""))


class Strength(Enum):
    TOO_SHORT = "too_short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


def passphrase_strength(passphrase: str, minimum_length: int) -> Strength:
    """The level shown as a new passphrase is typed; WEAK is refused (see REFUSED_BELOW)."""
    if len(passphrase) < minimum_length:
        return Strength.TOO_SHORT
    score = rate_passphrase(passphrase).score
    if score < REFUSED_BELOW:
        return Strength.WEAK
    if score < _STRONG_FROM:
        return Strength.FAIR
    return Strength.STRONG
