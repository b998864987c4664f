"""A bundle that cannot be trusted is refused with a clear message, the database untouched: a
wrong delegation passphrase, a file cut short anywhere, any flipped byte, a newer format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spt_field.db.session import Database
from spt_field.errors import UserError
from spt_field.services.places import update_place
from spt_field.sync import export_bundle, import_bundle
from spt_field.sync.bundle_format import MAGIC, WrongBundlePassphraseError
from tests.support.laptops import BUNDLE_PASSPHRASE, MEMBERS, canonical, first_visit, laptop


@dataclass
class Sent:
    receiver: Database
    visit_id: str
    data: bytes
    before: str
    folder: Path

    def refused(self, data: bytes, passphrase: str = BUNDLE_PASSPHRASE) -> UserError:
        path = self.folder / "received.sptbundle"
        path.write_bytes(data)
        with pytest.raises(UserError) as raised:
            import_bundle(self.receiver, path, passphrase)
        assert canonical(self.receiver, self.visit_id) == self.before
        return raised.value


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sent]:
    """The receiver holds the visit; the bundle carries a change it has not seen."""
    folder = tmp_path_factory.mktemp("refusals")
    sender = laptop(folder / "sender.sptdb", MEMBERS[0])
    receiver = laptop(folder / "receiver.sptdb", MEMBERS[1])
    visit_id, place_id, _interview = first_visit(sender)
    path = folder / "bundle.sptbundle"
    export_bundle(sender, visit_id, path, BUNDLE_PASSPHRASE)
    import_bundle(receiver, path, BUNDLE_PASSPHRASE)
    with sender.begin() as session:
        update_place(session, place_id, region="North")
    export_bundle(sender, visit_id, path, BUNDLE_PASSPHRASE)
    sender.close()
    yield Sent(receiver, visit_id, path.read_bytes(), canonical(receiver, visit_id), folder)
    receiver.close()


def test_the_untouched_bundle_is_accepted(sent: Sent, tmp_path: Path) -> None:
    path = tmp_path / "copy.sptbundle"
    path.write_bytes(sent.data)
    assert import_bundle(sent.receiver, path, BUNDLE_PASSPHRASE).total("updated") == 1
    sent.before = canonical(sent.receiver, sent.visit_id)


def test_a_wrong_delegation_passphrase_is_refused(sent: Sent) -> None:
    error = sent.refused(sent.data, "not the agreed passphrase")
    assert isinstance(error, WrongBundlePassphraseError)
    assert error.exit_code == 3
    assert "delegation passphrase" in str(error)


def _header_end(data: bytes) -> int:
    start = len(MAGIC) + 4
    return start + int.from_bytes(data[len(MAGIC) : start], "big")


@pytest.mark.parametrize(
    "where",
    [
        "empty",
        "inside the magic",
        "inside the length",
        "inside the header",
        "inside the text",
        "one byte short",
        "tag missing",
    ],
)
def test_a_bundle_cut_short_anywhere_is_refused(sent: Sent, where: str) -> None:
    header_end = _header_end(sent.data)
    keep = {
        "empty": 0,
        "inside the magic": len(MAGIC) // 2,
        "inside the length": len(MAGIC) + 2,
        "inside the header": header_end - 10,
        "inside the text": (header_end + len(sent.data)) // 2,
        "one byte short": len(sent.data) - 1,
        "tag missing": len(sent.data) - 16,
    }[where]
    error = sent.refused(sent.data[:keep])
    assert "nothing was imported" in str(error) or "passphrase" in str(error)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_any_flipped_byte_is_refused(sent: Sent, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(sent.data) - 1), label="position")
    flip = data.draw(st.integers(1, 255), label="xor")
    damaged = bytearray(sent.data)
    damaged[position] ^= flip
    sent.refused(bytes(damaged))


def test_a_bundle_of_a_newer_format_is_refused(sent: Sent) -> None:
    start = len(MAGIC) + 4
    header = json.loads(sent.data[start : _header_end(sent.data)])
    header["format_version"] = 99
    encoded = json.dumps(header).encode("utf-8")
    newer = MAGIC + len(encoded).to_bytes(4, "big") + encoded + sent.data[_header_end(sent.data) :]
    error = sent.refused(newer)
    assert "newer version of SPT Field" in str(error)


def test_a_missing_file_is_a_clear_error(sent: Sent, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read the bundle"):
        import_bundle(sent.receiver, tmp_path / "nowhere.sptbundle", BUNDLE_PASSPHRASE)


def test_a_weak_delegation_passphrase_is_refused_when_exporting(sent: Sent, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="at least 12 characters"):
        export_bundle(sent.receiver, sent.visit_id, tmp_path / "weak.sptbundle", "short")
    assert not (tmp_path / "weak.sptbundle").exists()
