"""The audit trail's vocabulary: what happened to a record, who did it, and which fields changed.

Every write leaves an event inside the encrypted database (see spt_field.db.audit_log). The
values of an interviewee's real identity are never copied into the trail: an event says that
the identity was recorded, changed or shown, not what it is, so that erasing an identity
really erases it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    #: Somebody displayed an interviewee's recorded identity.
    REVEAL_IDENTITY = "reveal_identity"
    #: Records came in from an interchange file.
    IMPORT = "import"
    #: A report on the visit was finalized (frozen; its change names the addressee).
    FINALIZE_REPORT = "finalize_report"
    #: A finalized report's draft was reopened for editing.
    REOPEN_REPORT = "reopen_report"
    #: An attachment's bytes were written to a file outside the database (another program's).
    EXPORT_FILE = "export_file"


#: Stands for a value the trail does not keep (an interviewee's identity).
WITHHELD = "\u2022withheld\u2022"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditEvent:
    id: str
    at: datetime
    #: The delegation member set on the laptop that made the change ("" when none was set).
    member: str
    device_id: str
    #: The stored table of the record ("interview", "interviewee_identity", ...).
    table: str
    record_id: str
    action: AuditAction
    changes: tuple[FieldChange, ...]
