"""Starting a visit: the country and the dates are all a visit needs to begin."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from spt_field.domain.codes import VisitStatus, VisitType
from spt_field.domain.values import VisitFields
from spt_field.ui.forms.fields import CodeField, DateField
from spt_field.ui.widgets.country_box import CountryBox
from spt_field.ui.widgets.date_edit import DateEdit


class NewVisitDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        """A visit starting `today` (the day the dialog opens when not given) for ten days."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New visit"))
        self.country = CountryBox(self)
        self.country.setCurrentIndex(-1)
        self.country.setEditText("")
        self.visit_type = CodeField(QComboBox(self), VisitType)
        self.status = CodeField(QComboBox(self), VisitStatus)
        self.start = DateField(DateEdit(self), optional=False)
        self.end = DateField(DateEdit(self), optional=False)
        today = today or date.today()
        self.start.set_value(today)
        self.end.set_value(today + timedelta(days=10))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Type"), self.visit_type.widget)
        form.addRow(self.tr("&Status"), self.status.widget)
        form.addRow(self.tr("&From"), self.start.widget)
        form.addRow(self.tr("T&o"), self.end.widget)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> VisitFields:
        today = date.today()
        return VisitFields(
            country=self.country.code(),
            visit_type=self.visit_type.value(),
            status=self.status.value(),
            start_date=self.start.value() or today,
            end_date=self.end.value() or today,
        )
