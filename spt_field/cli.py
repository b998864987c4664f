"""The command line: ``spt-field [COMMAND] ...``; the GUI is the default command.

Exit codes: 0 success; 1 any error (one line ``error: ...`` on stderr); 2 usage error;
3 wrong passphrase or not an SPT Field database (on a server: a refused login).

Every command that takes ``--db PATH`` takes ``--server URL`` instead: a headquarters database
on PostgreSQL (spt_field.db.server), whose password comes from PGPASSWORD, a .pgpass file or a
prompt, never from the URL. The commands that work on the file itself (backup, restore,
passwd, check) refuse a server: its backups and encryption are its administrator's.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from spt_field import __version__
from spt_field.app import create_for_command, open_for_command, run_window
from spt_field.domain.catalogue import LANGUAGE_CODES
from spt_field.errors import UserError
from spt_field.logs import configure_logging
from spt_field.paths import written_files_record
from spt_field.safe_files import owner_only_umask
from spt_field.security.passphrase import obtain_passphrase
from spt_field.security.written_files import start_recording

if TYPE_CHECKING:  # the window's start-up does not wait for SQLAlchemy: commands import it
    from sqlalchemy.orm import Session

    from spt_field.db.session import Database
    from spt_field.domain.sync import MergeSummary


log = logging.getLogger(__name__)

Command = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """Never echoes unknown arguments: a mistyped option may carry a passphrase."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            message = (
                "unrecognized arguments (not repeated here, they may hold a secret); "
                "a passphrase comes from SPT_FIELD_PASSPHRASE or --passphrase-file, never "
                "from the command line"
            )
        super().error(message)


def _database_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """--db PATH or --server URL (exactly one when `required`), and the passphrase's file."""
    default = None if required else argparse.SUPPRESS
    where = parser.add_mutually_exclusive_group(required=required)
    where.add_argument("--db", type=Path, default=default, help="the database file")
    where.add_argument(
        "--server",
        default=default,
        metavar="URL",
        help="instead of --db: a headquarters database on PostgreSQL "
        "(postgresql://user@host:port/database; its password from PGPASSWORD, a .pgpass "
        "file or a prompt, never in the URL)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        default=argparse.SUPPRESS,
        help="read the passphrase from the first line of this file "
        "(else SPT_FIELD_PASSPHRASE, else a prompt)",
    )


def _open_server(url: str, *, create: bool = False) -> Database:
    """The headquarters database the URL names; `create` makes SPT Field's schema in it
    (an existing, empty database). No passphrase: the server asks for its user's password."""
    from spt_field.db.server import create_server_database, open_server_database, server_address
    from spt_field.security.passphrase import ask_server_password

    address = server_address(url)
    opener = create_server_database if create else open_server_database
    return opener(address, prompt=ask_server_password)


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The command's database: the file of --db (created with `create`), or the server's."""
    if args.server is not None:
        return _open_server(args.server, create=create)
    opener = create_for_command if create else open_for_command
    return opener(args.db, args.passphrase_file)


def _where(args: argparse.Namespace) -> str:
    """The command's database as the user named it (no password: the URL holds none)."""
    return str(args.db) if args.server is None else str(args.server)


def _file_only(args: argparse.Namespace, what: str) -> None:
    """Refuse --server for a command that works on the encrypted file itself."""
    if args.server is not None:
        raise UserError(
            f"{what} works on a laptop's database file, not on a server: a server's backups, "
            "encryption and passwords are its administrator's (docs/server.md)"
        )


@contextmanager
def _unit_of_work(args: argparse.Namespace, *, create: bool = False) -> Iterator[Session]:
    """The command's database (created first with `create`), opened for one unit of work
    that commits when the block ends and rolls back if it raises."""
    with _open(args, create=create) as database, database.begin() as session:
        yield session


def _check_screen() -> None:
    """Without a screen Qt aborts the process; say so instead."""
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and not any(os.environ.get(name) for name in names):
        raise UserError(
            "no screen to show the window on: run it in a desktop session, or set "
            "QT_QPA_PLATFORM=offscreen to render it off screen (with --screenshot)"
        )


def cmd_gui(args: argparse.Namespace) -> int:
    _check_screen()
    return run_window(
        db=args.db,
        demo=args.demo,
        server=args.server,
        screenshot=args.screenshot,
        view=args.view,
        log_file=args.log_file,
        lang=args.lang,
        screenshot_texts=args.screenshot_texts,
    )


def cmd_init(args: argparse.Namespace) -> int:
    _open(args, create=True).close()
    print(f"created {_where(args)}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from spt_field.services.demo import create_demo_visit

    with _unit_of_work(args, create=True) as session:
        visit = create_demo_visit(session)
    print(f"created {_where(args)} with the demo visit {visit.id}")
    return 0


def cmd_visits(args: argparse.Namespace) -> int:
    from spt_field.services.visits import list_visits

    with _unit_of_work(args) as session:
        visits = list_visits(session)
    if args.json:
        rows = [
            {
                "id": visit.id,
                "country": visit.country,
                "visit_type": visit.visit_type.value,
                "status": visit.status.value,
                "start_date": visit.start_date.isoformat(),
                "end_date": visit.end_date.isoformat(),
                "places": visit.places,
                "interviews": visit.interviews,
            }
            for visit in visits
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not visits:
        print("no visits")
    for visit in visits:
        print(
            f"{visit.id}  {visit.country}  {visit.start_date} to {visit.end_date}  "
            f"{visit.visit_type.label}, {visit.status.label.lower()}  "
            f"{visit.places} places, {visit.interviews} interviews"
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from spt_field.interchange.attachment_files import companion_folder
    from spt_field.interchange.import_json import import_document
    from spt_field.interchange.validate import read_document

    document = read_document(args.file)
    folder = companion_folder(args.file)
    with _unit_of_work(args) as session:
        summary = import_document(session, document, folder if folder.is_dir() else None)
    counts = ", ".join(f"{count} {table}" for table, count in sorted(summary.counts.items()))
    print(f"imported {len(summary.visit_ids)} visit(s): {counts}")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from spt_field.interchange.attachment_files import companion_folder, write_attachment_files
    from spt_field.interchange.export_json import export_document, write_document

    with _unit_of_work(args) as session:
        document = export_document(session, args.visit, identities=args.with_identities)
        if args.with_attachments:
            folder = companion_folder(args.out)
            files = write_attachment_files(session, document, folder)
    write_document(document, args.out)
    print(f"exported {len(document['visits'])} visit(s) to {args.out}")
    if args.with_attachments:
        print(f"{files} attachment file(s) in {folder} (not encrypted)", file=sys.stderr)
    if args.with_identities:
        print("recorded identities included (noted in the audit trail)", file=sys.stderr)
    return 0


def _read_password(path: Path | None) -> str | None:
    """The first line of the password file, checked against the passphrase strength rule."""
    from spt_field.export.protection import check_export_password

    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise UserError(f"cannot read the password file {path}: {error.strerror}") from None
    if not lines or not lines[0]:
        raise UserError(f"the password file {path} is empty")
    check_export_password(lines[0])
    return lines[0]


def cmd_report(args: argparse.Namespace) -> int:
    from spt_field.export.numbering import finalize_numbering
    from spt_field.export.report_export import export_report

    password = _read_password(args.password_file)
    with _open(args) as database:
        if args.finalize:
            with database.begin() as session:
                numbers = finalize_numbering(session, args.visit, addressee=args.addressee)
            print(f"numbered {len(numbers)} recommendation(s)")
        with database.begin() as session:
            withheld = export_report(
                session,
                args.visit,
                args.out,
                addressee=args.addressee,
                language=args.lang,
                password=password,
            )
    for record in withheld:
        print(f"withheld: {record.describe()}", file=sys.stderr)
    print(f"wrote the report draft to {args.out}")
    return 0


def cmd_internal_notes(args: argparse.Namespace) -> int:
    from spt_field.export.report_export import export_internal_notes

    password = _read_password(args.password_file)
    assert password is not None  # a required option
    with _unit_of_work(args) as session:
        export_internal_notes(session, args.visit, args.out, password)
    print(f"wrote the encrypted internal visit notes to {args.out}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from spt_field.export.statistics_text import statistics_summary
    from spt_field.services.statistics import annual_statistics, statistics_json

    with _unit_of_work(args) as session:
        stats = annual_statistics(session, args.year)
    if args.json:
        print(json.dumps(statistics_json(stats), indent=2, ensure_ascii=False))
    else:
        print(statistics_summary(stats), end="")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    """The database, then its backups (as the window does): the old passphrase opens none."""
    from spt_field.security.backups import rekey_backups
    from spt_field.security.passphrase import obtain_new_passphrase
    from spt_field.security.rekey import change_passphrase

    _file_only(args, "passwd")
    old = obtain_passphrase(args.passphrase_file)
    new = obtain_new_passphrase(args.new_passphrase_file)
    change_passphrase(args.db, old, new)
    print(f"changed the passphrase of {args.db}")
    left = rekey_backups(args.db, old, new)
    if left:
        names = ", ".join(path.name for path in left)
        raise UserError(
            f"{len(left)} backup(s) not re-encrypted (damaged, or under another passphrase): "
            f"{names}"
        )
    print("re-encrypted its backups: the old passphrase opens none of them")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from spt_field.db.session import open_database
    from spt_field.security.backups import backup_to

    _file_only(args, "backup")
    passphrase = obtain_passphrase(args.passphrase_file)
    with open_database(args.db, passphrase) as database:
        written = backup_to(database, passphrase, args.out)
    print(f"wrote an encrypted backup to {written}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Into an existing database (kept aside first) or where none is any more."""
    from spt_field.security.backups import restore_backup

    _file_only(args, "restore")
    kept = restore_backup(args.db, args.source, obtain_passphrase(args.passphrase_file))
    previous = f" (the previous state was kept as {kept})" if kept else ""
    print(f"restored {args.db} from {args.source}{previous}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from spt_field.security.integrity import check_file

    _file_only(args, "check")
    report = check_file(args.db, obtain_passphrase(args.passphrase_file))
    if not report.ok:
        problems = "; ".join(report.problems[:5])
        raise UserError(f"{args.db} is damaged: {problems} (restore a backup)")
    print(f"{args.db}: integrity ok ({report.seconds:.2f} s)")
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from spt_field.security.passphrase import obtain_bundle_passphrase
    from spt_field.sync import export_bundle

    with _open(args) as database:
        summary = export_bundle(
            database,
            args.visit,
            args.out,
            obtain_bundle_passphrase(args.bundle_passphrase_file),
            recipient=args.to,
            since_last=args.since_last,
        )
    what = f"changes since the last bundle for {args.to}" if summary.since_last else "all"
    print(f"wrote {summary.records} record(s) ({what}) of visit {args.visit} to {args.out}")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from spt_field.security.passphrase import obtain_bundle_passphrase
    from spt_field.sync import import_bundle

    with _open(args) as database:
        summary = import_bundle(
            database, args.file, obtain_bundle_passphrase(args.bundle_passphrase_file)
        )
    sender = summary.sender_member or "an unnamed member"
    print(f"merged visit {summary.visit_id} from {sender}: {_merged(summary)}")
    print(f"signed by laptop {summary.sender_device[:8]}, key {summary.sender_fingerprint}")
    if summary.first_contact:
        print(
            "first bundle from this laptop: its key is now pinned. Compare the key with the "
            "sender (in person or by phone); a later bundle from it under another key is refused"
        )
    return 0


def _merged(summary: MergeSummary) -> str:
    return (
        f"{summary.total('added')} added, {summary.total('updated')} updated, "
        f"{summary.total('deleted')} deleted, {summary.total('conflicts')} new conflict(s)"
    )


def cmd_checkout(args: argparse.Namespace) -> int:
    """A visit from headquarters' server onto the laptop's file (created if it does not
    exist yet): merged as its bundle would be, in one unit of work."""
    from spt_field.services.visits import get_visit
    from spt_field.sync.transfer import transfer_visits

    with _open_server(args.server) as server:
        with server.read() as session:
            get_visit(session, args.visit)  # before a new file is made for nothing
        opener = open_for_command if args.db.exists() else create_for_command
        with opener(args.db, args.passphrase_file) as laptop:
            (summary,) = transfer_visits(server, laptop, [args.visit])
        name = server.name
    print(f"checked out visit {args.visit} from {name} into {args.db}: {_merged(summary)}")
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    """The laptop's work on a visit (or on all its visits) merged back into the server, as
    the laptop's bundle would be, in one unit of work."""
    from spt_field.sync.transfer import transfer_visits

    visits = [args.visit] if args.visit is not None else None
    with (
        _open_server(args.server) as server,
        open_for_command(args.db, args.passphrase_file) as laptop,
    ):
        summaries = transfer_visits(laptop, server, visits)
        name = server.name
    if not summaries:
        print(f"{args.db} holds no visit: nothing to check in")
    for summary in summaries:
        print(f"checked in visit {summary.visit_id} into {name}: {_merged(summary)}")
    return 0


def _checkout_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    """`spt-field checkout|checkin`: a visit between headquarters' server and a laptop."""

    def command(name: str, function: Command, text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text, allow_abbrev=False)
        sub.add_argument(
            "--server",
            required=True,
            metavar="URL",
            help="headquarters' database (postgresql://user@host:port/database; its password "
            "from PGPASSWORD, a .pgpass file or a prompt, never in the URL)",
        )
        sub.add_argument("--db", type=Path, required=True, help="the laptop's database file")
        sub.add_argument(
            "--passphrase-file",
            type=Path,
            default=None,
            help="the laptop file's passphrase on this file's first line "
            "(else SPT_FIELD_PASSPHRASE, else a prompt)",
        )
        sub.set_defaults(command=function)
        return sub

    checkout = command(
        "checkout",
        cmd_checkout,
        "copy a visit from headquarters' server onto this laptop's database (created if "
        "new), merging it with what the laptop holds",
    )
    checkout.add_argument("--visit", required=True, metavar="ID")
    checkin = command(
        "checkin",
        cmd_checkin,
        "merge this laptop's work back into headquarters' server (conflicts kept)",
    )
    checkin.add_argument(
        "--visit", default=None, metavar="ID", help="only this visit (else all the laptop's)"
    )


def _group(
    commands: argparse._SubParsersAction[_Parser], name: str, help_text: str
) -> Callable[[str, Command, str], argparse.ArgumentParser]:
    """A command with actions (`spt-field NAME ACTION`); the returned function adds one,
    taking the database options."""
    group = commands.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)

    def action(name: str, function: Command, text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=text, description=text, allow_abbrev=False)
        _database_options(sub, required=True)
        sub.set_defaults(command=function)
        return sub

    return action


def _bundle_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    """`spt-field bundle export|import`: field bundles between delegation laptops."""
    group = _group(
        commands, "bundle", "exchange encrypted field bundles between delegation laptops"
    )

    def action(name: str, function: Command, text: str) -> argparse.ArgumentParser:
        sub = group(name, function, text)
        sub.add_argument(
            "--bundle-passphrase-file",
            type=Path,
            default=None,
            metavar="FILE",
            help="the delegation passphrase on this file's first line "
            "(else SPT_FIELD_BUNDLE_PASSPHRASE, else a prompt)",
        )
        return sub

    exporting = action("export", cmd_bundle_export, "write a visit's records to a bundle")
    exporting.add_argument("--visit", required=True, metavar="ID")
    exporting.add_argument("--out", type=Path, required=True, metavar="FILE.sptbundle")
    exporting.add_argument(
        "--to", default=None, metavar="NAME", help="who the bundle is for (remembered)"
    )
    exporting.add_argument(
        "--since-last",
        action="store_true",
        help="only what changed since the last bundle for --to NAME",
    )
    importing = action("import", cmd_bundle_import, "merge a bundle into the database")
    importing.add_argument("file", type=Path, metavar="FILE.sptbundle")


def cmd_places_import(args: argparse.Namespace) -> int:
    from spt_field.interchange.places_list import read_places_list
    from spt_field.services.places_register import import_register_list

    rows = read_places_list(args.file)
    with _unit_of_work(args) as session:
        entries = import_register_list(session, args.country, rows)
    print(f"imported {len(entries)} place(s) into the register of {args.country}")
    return 0


def cmd_places_list(args: argparse.Namespace) -> int:
    from spt_field.services.places_register import register_of_country

    with _unit_of_work(args) as session:
        entries = register_of_country(session, args.country)
    if args.json:
        fields = ("id", "name", "place_type", "region", "capacity", "times_visited")
        rows = [
            {
                **{name: getattr(entry, name) for name in fields},
                "last_visited": entry.last_visited and entry.last_visited.isoformat(),
            }
            for entry in entries
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for entry in entries:
        last = entry.last_visited.isoformat() if entry.last_visited else "never visited"
        region = f", {entry.region}" if entry.region else ""
        print(
            f"{entry.id}  {entry.name} ({entry.place_type}{region}): {last}, "
            f"{entry.times_visited} visit(s)"
        )
    return 0


def _time_zone(name: str | None) -> tzinfo | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(f"--tz: {name!r} is not a time zone (such as Europe/Geneva)") from None


def cmd_programme_export(args: argparse.Namespace) -> int:
    from spt_field.export.programme_calendar import export_programme_calendar
    from spt_field.export.programme_pdf import export_programme_pdf

    if args.ics is None and args.pdf is None:
        raise UserError("programme export: give --ics FILE.ics, --pdf FILE.pdf or both")
    zone = _time_zone(args.tz)
    with _unit_of_work(args) as session:
        if args.pdf is not None:
            export_programme_pdf(session, args.visit, args.pdf)
            print(f"wrote the delegation's internal programme to {args.pdf}")
        if args.ics is not None:
            now = datetime.now(UTC)
            export_programme_calendar(session, args.visit, args.ics, now=now, zone=zone)
            print(f"wrote the programme's calendar to {args.ics}")
    return 0


def _programme_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    """`spt-field places import|list` and `spt-field programme export`."""
    places = _group(commands, "places", "the register of places of deprivation of liberty")
    importing = places(
        "import",
        cmd_places_import,
        "import a country's list of places (CSV or XLSX, all or nothing)",
    )
    importing.add_argument("--country", required=True, metavar="CODE", help="ISO 3166-1 alpha-3")
    importing.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    listing = places("list", cmd_places_list, "list a country's register with its visits")
    listing.add_argument("--country", required=True, metavar="CODE")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    programme = _group(commands, "programme", "the delegation's daily programme of a visit")
    exporting = programme(
        "export", cmd_programme_export, "export the internal programme (PDF) or calendar (.ics)"
    )
    exporting.add_argument("--visit", required=True, metavar="ID")
    exporting.add_argument("--pdf", type=Path, default=None, metavar="FILE.pdf")
    exporting.add_argument("--ics", type=Path, default=None, metavar="FILE.ics")
    exporting.add_argument(
        "--tz",
        default=None,
        metavar="ZONE",
        help="the visit's time zone for the calendar (such as Europe/Geneva); without it the "
        "times are local wherever the phone is",
    )


def cmd_server_role(args: argparse.Namespace) -> int:
    """Make a server user a reader, drafter or admin of a headquarters database."""
    from getpass import getpass

    from spt_field.db.server import connected_engine, server_address
    from spt_field.db.server_roles import grant_role

    address = server_address(args.server)
    engine = connected_engine(address, lambda asked: getpass(f"password of {asked}: "))
    try:
        grant_role(engine, args.user, args.role)
    finally:
        engine.dispose()
    print(f"{args.user} is now {args.role} of {address.database}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="spt-field",
        # No abbreviations: "--passphrase ..." must never pass for "--passphrase-file".
        allow_abbrev=False,
        description="SPT Field: log torture-prevention visits in an encrypted database.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, default=None, help="the database to open")
    parser.add_argument(
        "--server",
        default=None,
        metavar="URL",
        help="open the database on a PostgreSQL server (a libpq URL, no password)",
    )
    parser.add_argument("--passphrase-file", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument(
        "--demo", action="store_true", help="open (creating if needed) a demo database"
    )
    parser.add_argument(
        "--lang",
        default=None,
        choices=LANGUAGE_CODES,
        help="interface language (else the settings', else the system's)",
    )
    parser.add_argument(
        "--screenshot", type=Path, default=None, help="save a PNG of the window and exit"
    )
    parser.add_argument(
        "--screenshot-texts",
        type=Path,
        default=None,
        metavar="TXT",
        help="with --screenshot: also write the window's visible texts (title, menus, labels, "
        "buttons), one a line",
    )
    parser.add_argument(
        "--view",
        choices=(
            "start",
            "visits",
            "workspace",
            "interview",
            "overview",
            "report",
            "dashboard",
            "overdue",
            "reprisals",
            "programme",
        ),
        default=None,
        help="what --screenshot shows",
    )
    parser.set_defaults(command=cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, function: Command, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
        _database_options(sub, required=True)
        sub.set_defaults(command=function)
        return sub

    command("init", cmd_init, "create an empty encrypted database")
    command("demo", cmd_demo, "create a database holding the demo visit")
    visits = command("visits", cmd_visits, "list visits with their ids")
    visits.add_argument("--json", action="store_true", help="print a JSON array")
    importing = command("import", cmd_import, "import an spt-field/1 JSON file (all or nothing)")
    importing.add_argument("file", type=Path, metavar="FILE.json")
    exporting = command("export-json", cmd_export_json, "export visits as spt-field/1 JSON")
    exporting.add_argument("--visit", default=None, metavar="ID", help="only this visit")
    exporting.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    exporting.add_argument(
        "--with-identities",
        action="store_true",
        help="include interviewees' recorded identities (recorded in the audit trail)",
    )
    exporting.add_argument(
        "--with-attachments",
        action="store_true",
        help="write the attachments' files, named by their SHA-256, into the folder "
        "FILE.attachments beside FILE.json (not encrypted); without it the document refers to "
        "them by hash only",
    )
    # Identities are left out by default; the old option stays accepted for scripts using it.
    exporting.add_argument("--without-identities", action="store_true", help=argparse.SUPPRESS)
    report = command("report", cmd_report, "export the confidential visit-report draft")
    report.add_argument("--visit", required=True, metavar="ID")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
    report.add_argument("--addressee", choices=("state", "npm"), default="state")
    report.add_argument(
        "--lang",
        default="en",
        choices=LANGUAGE_CODES,
        help="the language of the report's wording, code lists, country name and dates "
        "(what drafters typed is printed as typed)",
    )
    report.add_argument(
        "--password-file",
        type=Path,
        default=None,
        metavar="FILE",
        help="protect the file with the password on this file's first line, as strong as a "
        "database passphrase (PDF: AES-256; Word: standard Office encryption)",
    )
    report.add_argument(
        "--finalize",
        action="store_true",
        help="first store each recommendation's paragraph number as printed",
    )
    notes = command(
        "internal-notes", cmd_internal_notes, "export the delegation's internal visit notes (PDF)"
    )
    notes.add_argument("--visit", required=True, metavar="ID")
    notes.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    notes.add_argument(
        "--password-file",
        type=Path,
        required=True,
        metavar="FILE",
        help="the password on this file's first line, as strong as a database passphrase: "
        "the notes are always encrypted (AES-256)",
    )
    stats = command("stats", cmd_stats, "annual statistics of visits, interviews and places")
    stats.add_argument("--year", type=int, default=None, metavar="YYYY")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    passwd = command("passwd", cmd_passwd, "change the database's passphrase")
    passwd.add_argument(
        "--new-passphrase-file",
        type=Path,
        default=None,
        metavar="FILE",
        help="the new passphrase's file (else SPT_FIELD_NEW_PASSPHRASE, else a prompt)",
    )
    command("check", cmd_check, "check the database's encryption and integrity")
    backup = command("backup", cmd_backup, "write an encrypted backup of the database")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    restore = command("restore", cmd_restore, "replace the database with a backup")
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    _bundle_commands(commands)
    _checkout_commands(commands)
    _programme_commands(commands)
    text = "make a server user a reader, drafter or admin of a headquarters database"
    server_role = commands.add_parser(
        "server-role", help=text, description=text, allow_abbrev=False
    )
    server_role.add_argument(
        "--server", required=True, metavar="URL", help="the database (run as its owner)"
    )
    server_role.add_argument("user", metavar="USER", help="the server user (a login role)")
    server_role.add_argument("role", choices=("reader", "drafter", "admin"))
    server_role.set_defaults(command=cmd_server_role)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Whatever the user's umask, every file and folder made from here on is owner-only.
    owner_only_umask()
    args = build_parser().parse_args(argv)
    start_recording(written_files_record())
    try:
        log_file = configure_logging()
    except OSError:
        log_file = None
    args.log_file = log_file
    try:
        result: int = args.command(args)
        return result
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 1
    except Exception:
        log.exception("unexpected error in %s", args.command.__name__)
        where = f"; details in {log_file}" if log_file else ""
        print(f"error: unexpected internal error (a bug){where}", file=sys.stderr)
        return 1
