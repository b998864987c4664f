"""Time attachments: attaching 200 photographs of about 4 MB, opening the visit, writing its bundle.

    python -m benchmarks.attachments [--photos 200] [--runs 3] [--json]

The visit is the generator's S visit (20 places, 500 interviews), imported into a new encrypted
database. The photographs are JPEGs of 2600 x 1950 pixels (about 4 MB: smooth colour under fine
noise, which compresses like a real photograph's detail), each with EXIF GPS position, camera
make and serial number, made deterministically and kept in memory.

Timed, each run, on a fresh copy of the visit's database:
- **attach**: `services.attachments.attach` of each photograph (metadata removed, re-encoded,
  stored) in its own unit of work, as the interface does; the baseline is writing the same bytes
  to a file and fsync-ing it (copying the photographs into a folder). Database growth is the
  database and its write-ahead log after a checkpoint, against the photographs' own bytes.
- **open**: the service calls the workspace makes to open a visit (the visit, its places,
  interview lines, findings, recommendations and conflicted records) plus the list of the
  visit's attachments, against the same calls on the same visit without attachments.
- **bundle**: `sync.export_bundle` of the visit with its photographs, against the bundle of the
  same visit without attachments plus copying the photographs' bytes to one file (what the
  bundle adds is, at best, the bytes themselves). The peak memory growth of the process while
  writing it shows the bytes are streamed, not held.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import random
import resource
import shutil
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path
from statistics import median
from tempfile import TemporaryDirectory
from time import perf_counter
from typing import Any

from PIL import Image

from benchmarks import generate
from benchmarks.timing import progress
from spt_field.db.session import Database, create_database, open_database
from spt_field.domain.attachments import AttachmentOwner
from spt_field.interchange.import_json import import_document
from spt_field.services import conflicts, findings, interviews, places, recommendations, visits
from spt_field.services.attachments import attach, list_attachments_for_visit
from spt_field.sync import export_bundle

PASSPHRASE = os.environ.get("SPT_FIELD_PASSPHRASE", "benchmark-passphrase")
BUNDLE_PASSPHRASE = "benchmark delegation passphrase"
DEFAULT_PHOTOS = 200
DEFAULT_RUNS = 3
_SIZE = (2600, 1950)
_NOW = datetime(2019, 1, 28, 14, 30)
_EXIF_IFD, _GPS_IFD, _MAKE, _BODY_SERIAL = 0x8769, 0x8825, 0x010F, 0xA431


def photograph(seed: int) -> bytes:
    """A JPEG of about 4 MB with GPS position and camera serial in its EXIF."""
    rng = random.Random(seed)
    width, height = _SIZE
    colour = Image.frombytes(
        "RGB", (width // 4, height // 4), rng.randbytes(width // 4 * height // 4 * 3)
    ).resize(_SIZE, Image.Resampling.BILINEAR)
    fine = Image.frombytes("L", _SIZE, rng.randbytes(width * height))
    image = Image.blend(colour, Image.merge("RGB", (fine, fine, fine)), 0.5)
    exif = Image.Exif()
    exif[_MAKE] = "Lorvik Optics"
    exif.get_ifd(_EXIF_IFD)[_BODY_SERIAL] = f"SN-{seed:06d}"
    exif.get_ifd(_GPS_IFD).update({1: "N", 2: (59.0, 54.0, 10.5), 3: "E", 4: (10.0, 45.0, 2.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()


def _timed(action: Callable[[], Any]) -> float:
    start = perf_counter()
    action()
    return perf_counter() - start


def _visit_database(folder: Path) -> tuple[Path, str]:
    """The S visit in a new database (closed), and its id."""
    path = folder / "visit.sptdb"
    database = create_database(path, PASSPHRASE)
    try:
        document = generate.generate_document("S")
        with database.begin() as session:
            summary = import_document(session, document)
    finally:
        database.close()
    return path, summary.visit_ids[0]


def _size_on_disk(path: Path) -> int:
    return sum(
        candidate.stat().st_size
        for candidate in (path, path.with_name(path.name + "-wal"))
        if candidate.exists()
    )


def _open_visit(database: Database, visit_id: str) -> None:
    with database.read() as session:
        visits.get_visit(session, visit_id)
        places.list_places_for_visit(session, visit_id)
        interviews.interview_lines_for_visit(session, visit_id)
        findings.list_findings_for_visit(session, visit_id)
        recommendations.list_recommendations_for_visit(session, visit_id)
        conflicts.conflicted_records(session, visit_id)
        list_attachments_for_visit(session, visit_id)


def _copy_bytes(photos: list[bytes], folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for n, data in enumerate(photos):
        with open(folder / f"{n}.jpg", "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())


def _peak_rss() -> int:
    """This process's peak resident memory (Linux keeps ru_maxrss across exec, so a spawned
    process would report its parent's: the kernel's high-water mark of this one comes first)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _bundle_alone(path: Path, visit_id: str, out: Path) -> tuple[float, int, int]:
    """Write the visit's bundle in a process of its own: its time and peak memory growth."""
    database = open_database(path, PASSPHRASE)
    try:
        with database.read() as session:
            visits.get_visit(session, visit_id)
        before = _peak_rss()
        seconds = _timed(lambda: export_bundle(database, visit_id, out, BUNDLE_PASSPHRASE))
        return seconds, _peak_rss() - before, _peak_rss()
    finally:
        database.close()


def one_run(template: Path, visit_id: str, photos: list[bytes], folder: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    plain = folder / "plain.sptdb"
    shutil.copy(template, plain)
    database = open_database(plain, PASSPHRASE)
    try:
        figures["open_without"] = median(
            _timed(lambda: _open_visit(database, visit_id)) for _ in range(5)
        )
        figures["bundle_without"] = _timed(
            lambda: export_bundle(database, visit_id, folder / "plain.sptbundle", BUNDLE_PASSPHRASE)
        )
    finally:
        database.close()
    figures["copy_bytes"] = _timed(lambda: _copy_bytes(photos, folder / "copied"))
    shutil.rmtree(folder / "copied")

    path = folder / "with.sptdb"
    shutil.copy(template, path)
    before = _size_on_disk(path)
    database = open_database(path, PASSPHRASE)
    try:
        with database.read() as session:
            owners = [place.id for place in places.list_places_for_visit(session, visit_id)]
        times = []
        for n, data in enumerate(photos):
            owner = owners[n % len(owners)]

            def attach_one(data: bytes = data, owner: str = owner, n: int = n) -> None:
                with database.begin() as session:
                    attach(
                        session,
                        AttachmentOwner.PLACE,
                        owner,
                        f"IMG_{n:04d}.jpg",
                        data,
                        f"Photograph {n}",
                        "Benchmark",
                        _NOW,
                    )

            times.append(_timed(attach_one))
        figures["attach_total"] = sum(times)
        figures["attach_median"] = median(times)
    finally:
        database.close()  # closing checkpoints the write-ahead log into the database
    figures["growth_bytes"] = _size_on_disk(path) - before
    database = open_database(path, PASSPHRASE)
    try:
        figures["open_with"] = median(
            _timed(lambda: _open_visit(database, visit_id)) for _ in range(5)
        )
    finally:
        database.close()
    bundle = folder / "with.sptbundle"
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
        seconds, growth, peak = child.submit(_bundle_alone, path, visit_id, bundle).result()
    figures["bundle_with"], figures["bundle_rss_growth"] = seconds, growth
    figures["bundle_peak_rss"] = peak
    figures["bundle_bytes"] = bundle.stat().st_size
    blob = folder / "blob"
    figures["copy_one_file"] = _timed(lambda: _copy_bytes([b"".join(photos)], blob))
    shutil.rmtree(blob)
    for leftover in (path, plain):
        for name in (leftover, leftover.with_name(leftover.name + "-wal")):
            name.unlink(missing_ok=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=DEFAULT_PHOTOS)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    progress(f"making {args.photos} photographs ...")
    photos = [photograph(seed) for seed in range(args.photos)]
    photo_bytes = sum(len(data) for data in photos)
    runs = []
    with TemporaryDirectory() as name:
        folder = Path(name)
        template, visit_id = _visit_database(folder)
        for run in range(args.runs):
            progress(f"run {run + 1} of {args.runs} ...")
            runs.append(one_run(template, visit_id, photos, folder))
    figures = {key: median(run[key] for run in runs) for key in runs[0]}
    figures["photos"] = args.photos
    figures["photo_bytes"] = photo_bytes
    figures["runs"] = args.runs
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        print()
    else:
        _print(figures)
    return 0


def _print(f: dict[str, float]) -> None:
    mb = 1024 * 1024
    count, runs = int(f["photos"]), int(f["runs"])
    print(f"{count} photographs, {f['photo_bytes'] / mb:,.0f} MiB, median of {runs} runs")
    print(
        f"attach: {f['attach_total']:.1f} s in all, {f['attach_median'] * 1000:.0f} ms each; "
        f"copying the bytes {f['copy_bytes']:.1f} s (x{f['attach_total'] / f['copy_bytes']:.1f})"
    )
    print(
        f"database growth: {f['growth_bytes'] / mb:,.0f} MiB "
        f"(x{f['growth_bytes'] / f['photo_bytes']:.2f} the photographs' bytes)"
    )
    print(
        f"open the visit: {f['open_with'] * 1000:.0f} ms with, {f['open_without'] * 1000:.0f} ms "
        f"without (x{f['open_with'] / f['open_without']:.2f})"
    )
    baseline = f["bundle_without"] + f["copy_one_file"]
    print(
        f"bundle: {f['bundle_with']:.1f} s, {f['bundle_bytes'] / mb:,.0f} MiB; without attachments "
        f"{f['bundle_without']:.1f} s + copying the bytes {f['copy_one_file']:.1f} s "
        f"(x{f['bundle_with'] / baseline:.1f}); peak memory growth "
        f"{f['bundle_rss_growth'] / mb:,.0f} MiB (peak {f['bundle_peak_rss'] / mb:,.0f} MiB)"
    )


if __name__ == "__main__":
    sys.exit(main())
