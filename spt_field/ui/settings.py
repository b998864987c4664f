"""Every setting declared once, typed, over one QSettings: user preferences apart from window
state. Secrets never go here: no passphrase, no field value, only paths and preferences."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from spt_field.safe_files import make_private
from spt_field.ui import i18n

ORGANIZATION = "spt-field"
APPLICATION = "SPT Field"
#: Where Qt's own file dialogs keep the folders they remember (QSettings of "QtProject").
QT_ORGANIZATION = "QtProject"
QT_FILE_DIALOG_GROUP = "FileDialog"
MAX_RECENT = 8
DEFAULT_AUTO_LOCK_MINUTES = 10
MEGABYTE = 1024 * 1024
#: The largest file that may be attached, in megabytes (of MEGABYTE bytes).
DEFAULT_ATTACHMENT_LIMIT_MB = 50
MAX_ATTACHMENT_LIMIT_MB = 1024
LANGUAGES = ("", *i18n.LANGUAGES)  # "" follows the system's languages


@dataclass(frozen=True)
class LastPlace:
    """The visit open and the record shown in it (its kind code and id)."""

    visit_id: str
    kind: str
    record_id: str


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._qsettings = settings or QSettings(ORGANIZATION, APPLICATION)

    # Preferences ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        value = str(self._qsettings.value("preferences/language", "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, code: str) -> None:
        self._qsettings.setValue("preferences/language", code)

    @property
    def auto_lock_minutes(self) -> int:
        value = self._qsettings.value("preferences/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        try:
            return max(1, int(str(value)))
        except ValueError:
            return DEFAULT_AUTO_LOCK_MINUTES

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._qsettings.setValue("preferences/auto_lock_minutes", int(minutes))

    @property
    def attachment_limit_mb(self) -> int:
        value = self._qsettings.value(
            "preferences/attachment_limit_mb", DEFAULT_ATTACHMENT_LIMIT_MB
        )
        try:
            return min(max(1, int(str(value))), MAX_ATTACHMENT_LIMIT_MB)
        except ValueError:
            return DEFAULT_ATTACHMENT_LIMIT_MB

    @attachment_limit_mb.setter
    def attachment_limit_mb(self, megabytes: int) -> None:
        self._qsettings.setValue("preferences/attachment_limit_mb", int(megabytes))

    @property
    def member_name(self) -> str:
        """The delegation member who uses this laptop (who writes the records)."""
        return str(self._qsettings.value("preferences/member_name", "") or "")

    @member_name.setter
    def member_name(self, name: str) -> None:
        self._qsettings.setValue("preferences/member_name", name.strip())

    # Recent databases (paths only) ----------------------------------------------------------

    @property
    def recent_databases(self) -> list[Path]:
        raw = self._qsettings.value("state/recent_databases", []) or []
        paths = [raw] if isinstance(raw, str) else list(raw)  # type: ignore[call-overload]
        return [Path(str(path)) for path in paths if str(path)]

    def remember_database(self, path: Path) -> None:
        resolved = path.resolve()
        recent = [resolved, *(item for item in self.recent_databases if item != resolved)]
        self._qsettings.setValue("state/recent_databases", [str(p) for p in recent[:MAX_RECENT]])

    def forget_recent_databases(self) -> None:
        self._qsettings.remove("state/recent_databases")

    # The working session: where the user was, to come back to it after a crash ---------------

    def start_session(self, database: Path) -> None:
        """`database` is open: until `end_session`, a next start finds the run did not end."""
        self._qsettings.remove("session")
        self._qsettings.setValue("session/database", str(database.resolve()))
        self.sync()

    def end_session(self) -> None:
        """The database closed cleanly: nothing to recover."""
        self._qsettings.remove("session")
        self.sync()

    def unfinished_session(self, database: Path) -> LastPlace | None:
        """Where the user was in `database` when the last run stopped without closing it."""
        value = self._qsettings.value
        if str(value("session/database", "") or "") != str(database.resolve()):
            return None
        visit_id = str(value("session/visit", "") or "")
        if not visit_id:
            return None
        return LastPlace(
            visit_id, str(value("session/kind", "") or ""), str(value("session/record", "") or "")
        )

    def remember_place(self, place: LastPlace) -> None:
        """The visit and record on screen (ids only), written at once: a crash can come next."""
        self._qsettings.setValue("session/visit", place.visit_id)
        self._qsettings.setValue("session/kind", place.kind)
        self._qsettings.setValue("session/record", place.record_id)
        self.sync()

    # Window state ---------------------------------------------------------------------------

    def window_state(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def save_window_state(self, key: str, state: QByteArray) -> None:
        self._qsettings.setValue(f"state/{key}", state)

    def sync(self) -> None:
        self._qsettings.sync()
        make_private(Path(self._qsettings.fileName()))

    # Emergency erase ------------------------------------------------------------------------

    def erase_everything(self) -> None:
        """Forget all: the member's name, recent databases, preferences, window state, and the
        folders Qt's file dialogs remember (their history and last folder); the file goes."""
        self._qsettings.clear()
        self._qsettings.sync()
        Path(self._qsettings.fileName()).unlink(missing_ok=True)
        dialogs = QSettings(QSettings.Scope.UserScope, QT_ORGANIZATION)
        dialogs.remove(QT_FILE_DIALOG_GROUP)
        dialogs.sync()
