"""New passphrases: at least 12 characters, and not among the weakest zxcvbn knows."""

from __future__ import annotations

import pytest

from spt_field.errors import UserError
from spt_field.security.passphrase import MINIMUM_LENGTH, check_new_passphrase
from spt_field.security.strength import Strength, passphrase_strength, rate_passphrase


@pytest.mark.parametrize(
    "weak", ["password1234", "123456789012", "qwertyuiop12", "aaaaaaaaaaaaaaa", "abcdefghijkl"]
)
def test_the_weakest_are_refused_with_the_reason(weak: str) -> None:
    with pytest.raises(UserError, match="too easy to guess") as caught:
        check_new_passphrase(weak)
    assert "(" in str(caught.value)  # zxcvbn's warning says why
    assert passphrase_strength(weak, MINIMUM_LENGTH) is Strength.WEAK


@pytest.mark.parametrize("good", ["correct horse battery staple", "lorvik123456", "Tr0ub4dor&3x"])
def test_guessable_enough_passphrases_pass(good: str) -> None:
    check_new_passphrase(good)
    assert passphrase_strength(good, MINIMUM_LENGTH) in (Strength.FAIR, Strength.STRONG)


def test_the_minimum_length_comes_first() -> None:
    with pytest.raises(UserError, match=f"at least {MINIMUM_LENGTH} characters"):
        check_new_passphrase("Tr0ub4dor&3")
    assert passphrase_strength("Tr0ub4dor&3", MINIMUM_LENGTH) is Strength.TOO_SHORT


def test_a_very_long_passphrase_is_rated_without_error() -> None:
    assert rate_passphrase("lantern ridge " * 2000).score >= 0
    check_new_passphrase("a quiet harbour with forty-one lanterns " * 100)
