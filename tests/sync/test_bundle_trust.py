"""Bundles are signed and checked: each laptop signs with its own key, pinned by the receiver
on first contact; only what decryption needs is in clear; every record is held to the rules of
an import; the audit trail only grows. Every refusal leaves the receiver as it was."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from spt_field.db.base import utcnow
from spt_field.db.session import Database
from spt_field.errors import UserError
from spt_field.services.places import list_places_for_visit, update_place
from spt_field.sync import export_bundle, import_bundle
from spt_field.sync.bundle_format import MAGIC, read_header, write_bundle
from spt_field.sync.export import bundle_content
from spt_field.sync.signing import fingerprint, own_signing_key, public_bytes
from tests.support.laptops import BUNDLE_PASSPHRASE, MEMBERS, canonical, first_visit, laptop


@dataclass
class Pair:
    sender: Database
    receiver: Database
    visit_id: str
    folder: Path

    def content(self) -> dict[str, Any]:
        with self.sender.begin() as session:
            content, _counts = bundle_content(session, self.visit_id)
        result: dict[str, Any] = json.loads(json.dumps(content))
        return result

    def bundle(
        self, content: dict[str, Any], key: Ed25519PrivateKey | None = None, **header: Any
    ) -> Path:
        """A bundle of `content`, signed by the sender's key (or `key`)."""
        if key is None:
            with self.sender.begin() as session:
                key = own_signing_key(session)
        fields = {
            "device_id": self.sender.device_id,
            "member": self.sender.member,
            "created_at": utcnow().isoformat(),
            "visit_id": content["visit_id"],
            "recipient": None,
            "since_last": False,
            "manifest": {},
            **header,
        }
        path = self.folder / "crafted.sptbundle"
        write_bundle(path, fields, content, BUNDLE_PASSPHRASE, key)
        return path

    def refused(self, path: Path, match: str) -> None:
        before = canonical(self.receiver, self.visit_id)
        with pytest.raises(UserError, match=match):
            import_bundle(self.receiver, path, BUNDLE_PASSPHRASE)
        assert canonical(self.receiver, self.visit_id) == before


@pytest.fixture
def pair(tmp_path: Path, database: Database) -> Iterator[Pair]:
    sender = laptop(tmp_path / "sender.sptdb", MEMBERS[0])
    receiver = database
    receiver.member = MEMBERS[1]
    visit_id, _place, _interview = first_visit(sender)
    path = tmp_path / "first.sptbundle"
    export_bundle(sender, visit_id, path, BUNDLE_PASSPHRASE)
    summary = import_bundle(receiver, path, BUNDLE_PASSPHRASE)
    assert summary.first_contact
    yield Pair(sender, receiver, visit_id, tmp_path)
    sender.close()


def test_only_what_decryption_needs_is_in_clear(pair: Pair) -> None:
    path = pair.folder / "clear.sptbundle"
    export_bundle(pair.sender, pair.visit_id, path, BUNDLE_PASSPHRASE, recipient="Tomas")
    data = path.read_bytes()
    header, _aad, _ciphertext = read_header(path, data)
    assert set(header) == {"format_version", "salt", "nonce", "key_check"}
    for secret in (pair.visit_id, pair.sender.device_id, MEMBERS[0], "Tomas", "records"):
        assert secret.encode() not in data


def test_the_first_bundle_pins_the_key_and_shows_its_fingerprint(pair: Pair) -> None:
    with pair.sender.begin() as session:
        expected = fingerprint(public_bytes(own_signing_key(session)))
    path = pair.folder / "second.sptbundle"
    export_bundle(pair.sender, pair.visit_id, path, BUNDLE_PASSPHRASE)
    summary = import_bundle(pair.receiver, path, BUNDLE_PASSPHRASE)
    assert not summary.first_contact
    assert summary.sender_fingerprint == expected
    assert len(expected) == 24 and expected.count(" ") == 4


def test_a_bundle_from_a_pinned_laptop_under_another_key_is_refused(pair: Pair) -> None:
    content = pair.content()
    content["records"][0]["f"]["country"] = "XAB"
    impostor = pair.bundle(content, key=Ed25519PrivateKey.generate())
    pair.refused(impostor, "signed with another key")


def test_a_bundle_in_the_receivers_own_name_under_another_key_is_refused(pair: Pair) -> None:
    path = pair.bundle(
        pair.content(), key=Ed25519PrivateKey.generate(), device_id=pair.receiver.device_id
    )
    pair.refused(path, "signed with another key")


def test_an_unsigned_bundle_of_the_earlier_format_is_refused(pair: Pair) -> None:
    path = pair.bundle(pair.content())
    data = bytearray(path.read_bytes())
    header, _aad, ciphertext = read_header(path, bytes(data))
    header["format_version"] = 1
    encoded = json.dumps(header).encode()
    path.write_bytes(MAGIC + len(encoded).to_bytes(4, "big") + encoded + ciphertext)
    pair.refused(path, "before bundles were signed")


def _record(content: dict[str, Any], table: str) -> dict[str, Any]:
    record: dict[str, Any] = next(item for item in content["records"] if item["t"] == table)
    record["version"] += 1
    record["s"] = None
    return record


@pytest.mark.parametrize(
    ("table", "field", "value", "message"),
    [
        ("place", "capacity", -5, "capacity"),
        ("visit", "end_date", "2019-01-01", "end_date"),
        ("interview", "notes", "a NUL \x00 here", "U\\+0000"),
        ("interview", "notes", "x" * 200_001, "at most 200,000"),
        ("place", "place_type", "castle", "'castle' is not a valid PlaceType"),
    ],
)
def test_records_that_break_the_rules_are_refused(
    pair: Pair, table: str, field: str, value: Any, message: str
) -> None:
    content = pair.content()
    _record(content, table)["f"][field] = value
    pair.refused(pair.bundle(content), message)


def test_a_rewritten_audit_event_is_refused(pair: Pair) -> None:
    content = pair.content()
    event = content["events"][0]
    event["member"] = "Head of delegation"
    pair.refused(pair.bundle(content), "rewrites the history")


def test_an_event_in_the_receivers_name_is_refused(pair: Pair) -> None:
    content = pair.content()
    forged = copy.deepcopy(content["events"][0])
    forged["id"] = "00000000-0000-4000-8000-000000000001"
    forged["device_id"] = pair.receiver.device_id
    content["events"].append(forged)
    pair.refused(pair.bundle(content), "rewrites the history")


def test_an_event_that_left_in_a_bundle_is_sealed(pair: Pair) -> None:
    """The trail folds quick saves into one event, but never one a bundle carried away: every
    copy of a sent event stays identical, and a changed copy is refused even from its own
    laptop."""
    content = pair.content()
    later = copy.deepcopy(content["events"][0])
    later["at"] = "2099-01-01T00:00:00"
    later["changes"] = {"notes": ["", "Cell 4 held 12 people."]}
    import_bundle(pair.receiver, pair.bundle(content), BUNDLE_PASSPHRASE)
    content["events"] = [later]
    pair.refused(pair.bundle(content), "rewrites the history")


def test_a_save_after_a_bundle_left_starts_a_new_event(pair: Pair) -> None:
    with pair.sender.begin() as session:
        (place,) = list_places_for_visit(session, pair.visit_id)
        update_place(session, place.id, region="North")
    sent = pair.content()
    with pair.sender.begin() as session:
        update_place(session, place.id, region="South")
    again = pair.content()
    assert all(event in again["events"] for event in sent["events"])
    assert len(again["events"]) == len(sent["events"]) + 1
    import_bundle(pair.receiver, pair.bundle(sent), BUNDLE_PASSPHRASE)
    import_bundle(pair.receiver, pair.bundle(again), BUNDLE_PASSPHRASE)
