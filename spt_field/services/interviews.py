"""Interviews, and the interviewee identities kept apart from them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db import audit_log
from spt_field.db.identity_hashes import hash_key, identity_columns
from spt_field.db.models import (
    AllegationRow,
    FindingEvidenceRow,
    FindingRow,
    IntervieweeIdentityRow,
    InterviewRow,
    PlaceRow,
)
from spt_field.db.session import MAY_READ_IDENTITIES
from spt_field.domain.audit import AuditAction
from spt_field.domain.codes import ConsentScope
from spt_field.domain.pseudonyms import next_free_pseudonym
from spt_field.domain.rules import problems_in_interview, raise_problems
from spt_field.domain.values import Interview, InterviewFields, InterviewLine
from spt_field.errors import ServerPermissionError, UserError, ValidationError
from spt_field.services.context import visit_context
from spt_field.services.entity import Entity
from spt_field.services.records import (
    add_row,
    changed,
    get_live,
    live,
    tombstone_where,
    write_columns,
)


def _pseudonyms_in_visit(session: Session, visit_id: str, *, besides: str | None) -> set[str]:
    statement = (
        sa.select(InterviewRow.pseudonym)
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .where(PlaceRow.visit_id == visit_id, live(InterviewRow), live(PlaceRow))
    )
    if besides is not None:
        statement = statement.where(InterviewRow.id != besides)
    return set(session.scalars(statement))


# Below this many rows, ask for their identities by id; above, read every identity's id.
_ID_BATCH = 500


def _has_identity(session: Session, rows: Sequence[InterviewRow]) -> dict[str, dict[str, Any]]:
    statement = sa.select(IntervieweeIdentityRow.interview_id).where(live(IntervieweeIdentityRow))
    if len(rows) <= _ID_BATCH:
        statement = statement.where(IntervieweeIdentityRow.interview_id.in_([r.id for r in rows]))
    identified = set(session.scalars(statement))
    return {row.id: {"has_identity": row.id in identified} for row in rows}


INTERVIEWS = Entity(InterviewRow, Interview, InterviewFields, extras=_has_identity)


def _problems(
    session: Session, fields: InterviewFields, place_id: str, besides: str | None
) -> Iterator[ValidationError]:
    place = get_live(session, PlaceRow, place_id)
    taken = _pseudonyms_in_visit(session, place.visit_id, besides=besides)
    return problems_in_interview(fields, visit_context(session, place.visit_id), taken)


def _transmission_problems(
    session: Session, fields: InterviewFields, interview_id: str
) -> Iterator[ValidationError]:
    """Consent below 'transmit' while allegations are still marked for transmission."""
    if fields.consent is ConsentScope.TRANSMIT:
        return
    marked = session.scalar(
        sa.select(sa.func.count())
        .select_from(AllegationRow)
        .where(
            AllegationRow.interview_id == interview_id,
            AllegationRow.consent_to_transmit.is_(True),
            live(AllegationRow),
        )
    )
    if marked:
        yield ValidationError(
            "consent",
            "{count} allegation(s) of this interview are marked for transmission to the "
            "authorities: untick that first",
            count=marked,
        )


def record_interview(session: Session, place_id: str, fields: InterviewFields) -> Interview:
    fields = changed(InterviewFields, fields, {"pseudonym": fields.pseudonym.strip()})
    raise_problems(_problems(session, fields, place_id, besides=None))
    return INTERVIEWS.add(session, fields, place_id=place_id)


def get_interview(session: Session, interview_id: str) -> Interview:
    return INTERVIEWS.get(session, interview_id)


def update_interview(
    session: Session, interview_id: str, /, *, loaded: Any = None, **changes: Any
) -> Interview:
    if "pseudonym" in changes:
        changes["pseudonym"] = str(changes["pseudonym"]).strip()
    return INTERVIEWS.update(
        session,
        interview_id,
        changes,
        lambda fields, row: chain(
            _problems(session, fields, row.place_id, besides=row.id),
            _transmission_problems(session, fields, row.id),
        ),
        loaded=loaded,
    )


def delete_interview(session: Session, interview_id: str) -> None:
    """Tombstone the interview, its allegations and identity; refused while it is evidence."""
    get_live(session, InterviewRow, interview_id)
    cited_by = session.scalars(
        sa.select(FindingRow.title)
        .join(FindingEvidenceRow, FindingEvidenceRow.finding_id == FindingRow.id)
        .where(FindingEvidenceRow.interview_id == interview_id, live(FindingRow))
    ).all()
    if cited_by:
        raise UserError(
            "this interview is evidence for finding(s) "
            + ", ".join(repr(title) for title in cited_by)
            + ": remove it from their evidence first"
        )
    tombstone_where(session, AllegationRow, AllegationRow.interview_id == interview_id)
    tombstone_where(
        session, IntervieweeIdentityRow, IntervieweeIdentityRow.interview_id == interview_id
    )
    tombstone_where(session, InterviewRow, InterviewRow.id == interview_id)


def _list(session: Session, *where: Any) -> list[Interview]:
    statement = INTERVIEWS.select(
        live(PlaceRow),
        *where,
        order_by=[InterviewRow.held_on, InterviewRow.held_at, InterviewRow.pseudonym],
    ).join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
    return INTERVIEWS.list(session, statement)


def list_interviews_for_place(session: Session, place_id: str) -> list[Interview]:
    return _list(session, InterviewRow.place_id == place_id)


def list_interviews_for_visit(session: Session, visit_id: str) -> list[Interview]:
    return _list(session, PlaceRow.visit_id == visit_id)


def suggest_pseudonym(session: Session, visit_id: str) -> str:
    """The next free pseudonym of the visit: A, B, ... Z, AA, AB ..."""
    return next_free_pseudonym(_pseudonyms_in_visit(session, visit_id, besides=None))


def may_read_identities(session: Session) -> bool:
    """Whether this user may read the identities: on a server, only an administrator's role
    may (db/server_roles.py, enforced by the server); on a laptop, whoever opened the file."""
    return bool(session.info.get(MAY_READ_IDENTITIES, True))


def _require_identities(session: Session) -> None:
    if not may_read_identities(session):
        raise ServerPermissionError(identities=True)


def set_identity(session: Session, interview_id: str, identity: str | None) -> None:
    """Record (or, with None or blank, remove) the real identity of the interviewee."""
    _require_identities(session)
    get_live(session, InterviewRow, interview_id)
    row = session.scalar(
        sa.select(IntervieweeIdentityRow).where(IntervieweeIdentityRow.interview_id == interview_id)
    )
    text = (identity or "").strip()
    if row is None:
        if text:
            columns = identity_columns(session, text)
            add_row(session, IntervieweeIdentityRow(interview_id=interview_id, **columns))
        return
    if not text:
        tombstone_where(session, IntervieweeIdentityRow, IntervieweeIdentityRow.id == row.id)
        return
    write_columns(session, row, {**identity_columns(session, text), "deleted_at": None})


def reveal_identity(session: Session, interview_id: str) -> str | None:
    """The interviewee's identity, on an explicit request only."""
    _require_identities(session)
    get_live(session, InterviewRow, interview_id)
    identity = session.scalar(
        sa.select(IntervieweeIdentityRow.identity).where(
            IntervieweeIdentityRow.interview_id == interview_id, live(IntervieweeIdentityRow)
        )
    )
    if identity is not None:
        _note_reveal(session, [interview_id], "shown")
    return identity


def _note_reveal(session: Session, interview_ids: Iterable[str], how: str) -> None:
    """Showing or exporting an identity is itself in the audit trail (never the identity)."""
    for interview_id in interview_ids:
        audit_log.note(
            session, "interview", interview_id, AuditAction.REVEAL_IDENTITY, {"identity": ("", how)}
        )


def identities_for_visit(session: Session, visit_id: str) -> dict[str, str]:
    """Interview id -> recorded identity, for the delegation's own interchange files only."""
    _require_identities(session)
    rows = session.execute(
        sa.select(IntervieweeIdentityRow.interview_id, IntervieweeIdentityRow.identity)
        .join(InterviewRow, InterviewRow.id == IntervieweeIdentityRow.interview_id)
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .where(PlaceRow.visit_id == visit_id, live(IntervieweeIdentityRow), live(InterviewRow))
    )
    return {interview_id: identity for interview_id, identity in rows}


def identity_hashes_for_visit(session: Session, visit_id: str) -> tuple[bytes, list[str]]:
    """The database's hash key and the stored hashes of every identity of the visit's
    interviewees (db/identity_hashes.py): every role may read them."""
    rows = session.execute(
        sa.select(IntervieweeIdentityRow.secret_hashes)
        .join(InterviewRow, InterviewRow.id == IntervieweeIdentityRow.interview_id)
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .where(PlaceRow.visit_id == visit_id, live(IntervieweeIdentityRow), live(InterviewRow))
    ).scalars()
    found: dict[str, None] = {}
    for hashes in rows:
        if hashes is None:
            raise UserError(
                "an interviewee's identity of this visit has not been prepared for the report's "
                "check: open the database once with the current version of SPT Field"
            )
        found.update(dict.fromkeys(hashes))
    key = hash_key(session)
    if key is None:
        # No identity was ever written here: nothing to look for.
        return b"", []
    return key, list(found)


def identities_for_export(session: Session, visit_id: str) -> dict[str, str]:
    """The identities going into the delegation's own interchange file; the trail says so."""
    identities = identities_for_visit(session, visit_id)
    _note_reveal(session, identities, "exported")
    return identities


def interview_lines_for_visit(session: Session, visit_id: str) -> list[InterviewLine]:
    """The visit's interviews as list lines, in list order, without loading their notes."""
    columns = (
        InterviewRow.id,
        InterviewRow.place_id,
        InterviewRow.pseudonym,
        InterviewRow.persons,
        InterviewRow.category,
        InterviewRow.consent,
        InterviewRow.reprisal_risk,
    )
    statement = (
        sa.select(*columns)
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .where(PlaceRow.visit_id == visit_id, live(PlaceRow), live(InterviewRow))
        .order_by(
            InterviewRow.held_on, InterviewRow.held_at, InterviewRow.pseudonym, InterviewRow.id
        )
    )
    return [
        InterviewLine(
            id=row.id,
            place_id=row.place_id,
            pseudonym=row.pseudonym,
            persons=row.persons,
            category=row.category,
            consent=row.consent,
            reprisal_risk=row.reprisal_risk,
        )
        for row in session.execute(statement)
    ]
