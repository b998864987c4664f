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
from spt_field.domain.rules import problems_in_visit, raise_problems
from spt_field.domain.values import VisitFields
from spt_field.errors import InvalidDataError, UserError, ValidationError
from spt_field.ui.accessibility import name_inputs
from spt_field.ui.forms.fields import CodeField, DateField
from spt_field.ui.rule_messages import describe
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
        self.start = DateField(DateEdit(self), optional=False, name="start_date")
        self.end = DateField(DateEdit(self), optional=False, name="end_date")
        today = today or date.today()
        self.start.set_value(today)
        self.end.set_value(today + timedelta(days=10))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("T&ype"), self.visit_type.widget)
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
        self._labels = {
            "country": form.labelForField(self.country),
            "start_date": form.labelForField(self.start.widget),
            "end_date": form.labelForField(self.end.widget),
        }
        name_inputs(self)

    def accept(self) -> None:
        """Close only on a visit the rules accept; otherwise say what is wrong, by the field's
        label, and leave everything typed as it was."""
        try:
            raise_problems(problems_in_visit(self.fields()))
        except UserError as error:
            labels = {
                name: label.text().replace("&", "")
                for name, label in self._labels.items()
                if isinstance(label, QLabel)
            }
            self.error.setText(describe(error, labels))
            field = error.field if isinstance(error, ValidationError) else ""
            if isinstance(error, InvalidDataError) and error.problems:
                field = error.problems[0].field
            widget = {
                "country": self.country,
                "start_date": self.start.widget,
                "end_date": self.end.widget,
            }.get(field)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()

    def fields(self) -> VisitFields:
        """The visit typed; raises ValidationError for a date that is not one."""
        return VisitFields(
            country=self.country.code(),
            visit_type=self.visit_type.value(),
            status=self.status.value(),
            start_date=self._day(self.start),
            end_date=self._day(self.end),
        )

    @staticmethod
    def _day(field: DateField) -> date:
        day = field.value()
        assert day is not None  # a required date field raises rather than give None
        return day
