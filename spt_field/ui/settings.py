"""Every setting declared once, typed, over one QSettings: user preferences apart from window
state. Secrets never go here: no passphrase, no password, no field value, only paths, server
URLs (which never hold a password: db/server.py refuses one) and preferences."""

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


#: How a server database is named in the recent list (a libpq URL); a file's path never is.
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(text: str) -> bool:
    return text.startswith(SERVER_SCHEMES)


@dataclass(frozen=True)
class ConnectionProfile:
    """A headquarters server the user connects to by name: a libpq URL, never a password."""

    name: str
    url: str


@dataclass(frozen=True)
class RecentDatabase:
    """An entry of the recent list: an encrypted file (`path`) or a server (`url`)."""

    path: Path | None = None
    url: str | None = None

    @property
    def on_server(self) -> bool:
        return self.url is not None


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

    # Recent databases (paths, and server URLs without password) ----------------------------

    def _recent_texts(self) -> list[str]:
        raw = self._qsettings.value("state/recent_databases", []) or []
        texts = [raw] if isinstance(raw, str) else list(raw)  # type: ignore[call-overload]
        return [str(text) for text in texts if str(text)]

    def _put_first(self, text: str) -> None:
        recent = [text, *(item for item in self._recent_texts() if item != text)]
        self._qsettings.setValue("state/recent_databases", recent[:MAX_RECENT])

    @property
    def recent_databases(self) -> list[Path]:
        """The recent files (the servers apart)."""
        return [entry.path for entry in self.recent_entries if entry.path is not None]

    @property
    def recent_entries(self) -> list[RecentDatabase]:
        """Files and servers, the latest first."""
        return [
            RecentDatabase(url=text) if is_server_url(text) else RecentDatabase(path=Path(text))
            for text in self._recent_texts()
        ]

    def remember_database(self, path: Path) -> None:
        self._put_first(str(path.resolve()))

    def remember_server(self, url: str) -> None:
        """A server database opened: its URL (which never holds a password)."""
        self._put_first(url)

    @staticmethod
    def is_server_entry(text: str) -> bool:
        return is_server_url(text)

    def forget_recent_databases(self) -> None:
        self._qsettings.remove("state/recent_databases")

    # Connection profiles: a name and a libpq URL each ----------------------------------------

    @property
    def connection_profiles(self) -> list[ConnectionProfile]:
        count = self._qsettings.beginReadArray("connection_profiles")
        profiles = []
        for index in range(count):
            self._qsettings.setArrayIndex(index)
            name = str(self._qsettings.value("name", "") or "")
            url = str(self._qsettings.value("url", "") or "")
            if name and url:
                profiles.append(ConnectionProfile(name, url))
        self._qsettings.endArray()
        return profiles

    @connection_profiles.setter
    def connection_profiles(self, profiles: list[ConnectionProfile]) -> None:
        self._qsettings.remove("connection_profiles")
        self._qsettings.beginWriteArray("connection_profiles", len(profiles))
        for index, profile in enumerate(profiles):
            self._qsettings.setArrayIndex(index)
            self._qsettings.setValue("name", profile.name)
            self._qsettings.setValue("url", profile.url)
        self._qsettings.endArray()
        self.sync()

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
