"""Fuzz `spt-field bundle import` with bundles that are validly encrypted and signed, their
content mangled:

    python -m benchmarks.bundle_fuzz [--bundles 500] [--seed 2019]

A sending laptop holds the interchange tests' rich sample visit; a receiving laptop imported its
first bundle (so the sender's key is pinned). Each case takes the sender's bundle content, mangles
it (1 to 3 changes: a field set to a hostile value, such as -5, a date before the visit, a NUL,
200,001 characters, an unknown code, a huge number, a wrong type; a key removed; an unknown
table or field; an id broken or borrowed; an audit event rewritten or forged in the receiver's
name; a version vector damaged), then signs it with the sender's real key, encrypts it under the
delegation passphrase and imports it with ``import_bundle`` into the receiver, kept open (the
command line's own open would add a key derivation per case; `spt-field bundle import` turns a
UserError into its one ``error:`` line and anything else into "unexpected internal error").
Every import must succeed whole or be refused with a UserError and leave the receiver exactly
as it was (every row of every table): never another exception, never a partial write.
Prints the totals; exits 1 if any case broke those rules.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import json
import random
import shutil
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from benchmarks.import_fuzz import Outcome, progress
from spt_field.db.base import utcnow
from spt_field.db.session import Database, open_database
from spt_field.errors import UserError
from spt_field.sync import export_bundle, import_bundle
from spt_field.sync.bundle_format import write_bundle
from spt_field.sync.export import bundle_content
from spt_field.sync.signing import own_signing_key
from tests.support.interchange_sample import PASSPHRASE, build_rich_visit, new_database

BUNDLE_PASSPHRASE = "benchmark delegation passphrase"
HOSTILE: list[Any] = [
    -5,
    -1,
    0,
    10**30,
    1.5,
    "",
    " ",
    None,
    True,
    [],
    {},
    "castle",
    "1900-01-01",
    "2019-13-45",
    "2999-12-31",
    "25:61",
    "x" * 200_001,
    "y" * 1_001,
    "NUL \x00 inside",
    "bell \x07",
    '=HYPERLINK("http://example.org")',
    "00000000-0000-4000-8000-000000000000",
    "not-a-uuid",
    ["not-a-uuid"],
]


def _pick_record(rng: random.Random, content: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = rng.choice(content["records"])
    return record


def _set_field(rng: random.Random, content: dict[str, Any], own_device: str) -> None:
    record = _pick_record(rng, content)
    record["f"][rng.choice(sorted(record["f"]))] = copy.deepcopy(rng.choice(HOSTILE))
    record["version"] += 1
    record["s"] = None


def _drop_key(rng: random.Random, content: dict[str, Any], own_device: str) -> None:
    target = rng.choice([content, _pick_record(rng, content), _pick_record(rng, content)["f"]])
    if target:
        del target[rng.choice(sorted(target))]


def _unknown(rng: random.Random, content: dict[str, Any], own_device: str) -> None:
    record = _pick_record(rng, content)
    if rng.random() < 0.5:
        record["t"] = rng.choice(["alembic_version", "database_info", "nothing", 7])
    else:
        record["f"]["secret_field"] = "x"


def _break_id(rng: random.Random, content: dict[str, Any], own_device: str) -> None:
    record = _pick_record(rng, content)
    other = _pick_record(rng, content)
    record["id"] = rng.choice([other["id"], "not-a-uuid", None, 12, ""])


def _event(rng: random.Random, content: dict[str, Any], own_device: str) -> None:
    if not content["events"]:
        return
    event = rng.choice(content["events"])
    choice = rng.randrange(4)
    if choice == 0:
        event["member"] = "Head of delegation"
    elif choice == 1:
        forged = copy.deepcopy(event)
        forged["id"] = "00000000-0000-4000-8000-0000000000ee"
        forged["device_id"] = own_device
        content["events"].append(forged)
    elif choice == 2:
        event[rng.choice(sorted(event))] = copy.deepcopy(rng.choice(HOSTILE))
    else:
        event["changes"] = {"notes": ["x", "y"]}


def _state(rng: random.Random, content: dict[str, Any], own_device: str) -> None:
    record = _pick_record(rng, content)
    record["s"] = rng.choice(
        [{"v": {"x": -1}, "f": {}}, {"v": "x"}, [], {"v": {}, "f": {"notes": "x"}}, 5]
    )
    record["version"] = rng.choice([record["version"] + 5, -1, "2", 10**20])


MANGLERS: list[Callable[[random.Random, dict[str, Any], str], None]] = [
    _set_field,
    _set_field,
    _set_field,
    _drop_key,
    _unknown,
    _break_id,
    _event,
    _state,
]


def fingerprint_of(database: Database) -> str:
    """What a refused import must leave untouched: every row of every table."""
    raw: Any = database.engine.raw_connection()
    try:
        tables = [
            row[0]
            for row in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'search%' ORDER BY name"
            )
        ]
        digest = hashlib.sha256()
        for table in tables:
            for row in raw.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode("utf-8", "backslashreplace"))
        return digest.hexdigest()
    finally:
        raw.close()


def laptops(folder: Path) -> tuple[Database, Path, str]:
    """The sender (open), the receiver's template file (closed), and the visit id."""
    sender = new_database(folder, "sender.sptdb")
    sender.member = "Tomas Reyes"
    with sender.begin() as session:
        visit_id = build_rich_visit(session)
    receiver = new_database(folder, "receiver.sptdb")
    first = folder / "first.sptbundle"
    export_bundle(sender, visit_id, first, BUNDLE_PASSPHRASE)
    import_bundle(receiver, first, BUNDLE_PASSPHRASE)
    path = receiver.file
    receiver.close()
    return sender, path, visit_id


def write_case(sender: Database, content: dict[str, Any], visit_id: str, out: Path) -> None:
    header: dict[str, Any] = {
        "device_id": sender.device_id,
        "member": sender.member,
        "created_at": utcnow().isoformat(),
        "visit_id": visit_id,
        "recipient": None,
        "since_last": False,
        "manifest": {},
    }
    with sender.begin() as session:
        key = own_signing_key(session)
    write_bundle(out, header, content, BUNDLE_PASSPHRASE, key)


def import_case(receiver: Database, bundle: Path) -> tuple[str, str]:
    """Import `bundle` as `spt-field bundle import` does (its UserError is the one-line
    `error:` refusal; anything else is what the command line calls an internal error)."""
    try:
        import_bundle(receiver, bundle, BUNDLE_PASSPHRASE)
    except UserError as error:
        return "refused", str(error).splitlines()[0]
    except Exception as error:  # what the command line would log as a bug
        return "traceback", f"{type(error).__name__}: {str(error)[:200]}"
    return "imported", ""


def fuzz(count: int, seed_value: int, folder: Path) -> list[Outcome]:
    rng = random.Random(seed_value)
    sender, template, visit_id = laptops(folder)
    with sender.begin() as session:
        pristine, _counts = bundle_content(session, visit_id)
    pristine = json.loads(json.dumps(pristine))
    target = folder / "target.sptdb"
    shutil.copyfile(template, target)
    receiver = open_database(target, PASSPHRASE)
    before = fingerprint_of(receiver)
    outcomes = []
    for number in range(1, count + 1):
        content = copy.deepcopy(pristine)
        for _change in range(rng.randint(1, 3)):
            mangle = rng.choice(MANGLERS)
            # An earlier change may have removed what this one looks for.
            with contextlib.suppress(KeyError, IndexError, TypeError, AttributeError):
                mangle(rng, content, receiver.device_id)
        bundle = folder / "case.sptbundle"
        write_case(sender, content, visit_id, bundle)
        kind, detail = import_case(receiver, bundle)
        after = fingerprint_of(receiver)
        if kind == "refused" and after != before:
            kind, detail = "partial write", f"refused, yet the database changed: {detail}"
        outcomes.append(Outcome(kind, detail))
        if kind == "imported":  # a fresh copy for the next case
            receiver.close()
            shutil.copyfile(template, target)
            for sidecar in ("-wal", "-shm"):
                target.with_name(target.name + sidecar).unlink(missing_ok=True)
            receiver = open_database(target, PASSPHRASE)
            after = fingerprint_of(receiver)
        before = after
        if number % 50 == 0:
            progress(f"{number} bundles imported or refused ...")
    receiver.close()
    sender.close()
    return outcomes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args(argv)
    with TemporaryDirectory() as temporary:
        folder = Path(temporary)
        started = time.perf_counter()
        outcomes = fuzz(args.bundles, args.seed, folder)
        finished = time.perf_counter()
    totals = Counter(outcome.kind for outcome in outcomes)
    print(f"bundles          {len(outcomes)}")
    for kind in ("imported", "refused", "traceback", "partial write", "other exit"):
        print(f"{kind:16} {totals[kind]}")
    reasons = Counter(
        o.detail.removeprefix("error: ")[:60] for o in outcomes if o.kind == "refused"
    )
    for reason, count in reasons.most_common(12):
        print(f"  refused: {reason:60} {count}")
    print(f"time             {finished - started:.0f} s")
    for outcome in outcomes:
        if outcome.kind not in ("imported", "refused"):
            print(f"  {outcome.kind}: {outcome.detail}")
    return 0 if totals["imported"] + totals["refused"] == len(outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
