"""Settings: interface language, auto-lock, who uses this laptop, the largest attachment.

A new language takes effect when OK is pressed (the main window rebuilds itself in it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from spt_field.services.delegation import list_delegation
from spt_field.services.visits import list_visits
from spt_field.ui.accessibility import name_inputs
from spt_field.ui.i18n import LANGUAGE_NAMES
from spt_field.ui.settings import MAX_ATTACHMENT_LIMIT_MB, Settings
from spt_field.ui.store import Store


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, store: Store | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.setToolTip(self.tr("Lock the database after this many idle minutes"))
        self.member = QLineEdit(settings.member_name, self)
        self.member.setToolTip(
            self.tr("The delegation member who uses this laptop: recorded with every change")
        )
        if store is not None:
            self.member.setCompleter(QCompleter(self._member_names(store), self))
        self.attachment_limit = QSpinBox(self)
        self.attachment_limit.setRange(1, MAX_ATTACHMENT_LIMIT_MB)
        self.attachment_limit.setSuffix(self.tr(" MB"))
        self.attachment_limit.setValue(settings.attachment_limit_mb)
        self.attachment_limit.setToolTip(
            self.tr("A photograph or document larger than this is not attached")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Interface &language"), self.language)
        form.addRow(self.tr("&Auto-lock after"), self.auto_lock)
        form.addRow(self.tr("This laptop's &member"), self.member)
        form.addRow(self.tr("Largest attachment"), self.attachment_limit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        name_inputs(self)

    @staticmethod
    def _member_names(store: Store) -> list[str]:
        names: set[str] = set()
        for visit in store.read(list_visits):
            names.update(member.name for member in store.read(list_delegation, visit.id))
        return sorted(names)

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData() or "")
        self.settings.auto_lock_minutes = self.auto_lock.value()
        self.settings.member_name = self.member.text()
        self.settings.attachment_limit_mb = self.attachment_limit.value()
        self.settings.sync()
        super().accept()
