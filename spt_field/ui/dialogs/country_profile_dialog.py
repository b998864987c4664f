"""The country's profile: what the introduction of a report to that State says of it (the
ratifications, the national preventive mechanism, the Subcommittee's earlier visits)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.country_profiles import (
    FIRST_VISIT_YEAR,
    CountryProfileFields,
    PreviousVisit,
    problems_in_country_profile,
)
from spt_field.domain.limits import SHORT_TEXT
from spt_field.domain.rules import raise_problems
from spt_field.domain.values import Visit
from spt_field.errors import InvalidDataError, UserError, ValidationError
from spt_field.services.country_profiles import get_country_profile
from spt_field.services.records import fields_part
from spt_field.ui.accessibility import name_inputs
from spt_field.ui.forms.fields import DateField
from spt_field.ui.i18n import country_label
from spt_field.ui.models.previous_visits_model import PreviousVisitsModel
from spt_field.ui.rule_messages import describe
from spt_field.ui.store import Store
from spt_field.ui.undo import save_country_profile_edit
from spt_field.ui.widgets.date_edit import DateEdit

_ROW = re.compile(r"previous_visits\[(\d+)\]")


class CountryProfileDialog(QDialog):
    """Edits `profile` (the country's recorded profile, or an empty one); `fields()` is what
    the user typed once the dialog is accepted. `default_year` is the year a new row of
    previous visits starts with."""

    def __init__(
        self, profile: CountryProfileFields, default_year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.country = profile.country
        self.default_year = max(default_year, FIRST_VISIT_YEAR)
        self.setWindowTitle(self.tr("Country profile: {0}").format(country_label(self.country)))
        self.convention = DateField(DateEdit(self), name="convention_ratified_on")
        self.protocol = DateField(DateEdit(self), name="protocol_ratified_on")
        self.npm_body = QLineEdit(self)
        self.npm_body.setMaxLength(SHORT_TEXT)
        self.npm_body.setPlaceholderText(self.tr("as the report names it: the Office of …"))
        self.npm_designated = DateField(DateEdit(self), name="npm_designated_on")
        self.visits = PreviousVisitsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.visits)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add visit"), self)
        self.remove_button = QPushButton(self.tr("Re&move visit"), self)
        self.add_button.clicked.connect(self.add_visit)
        self.remove_button.clicked.connect(self.remove_visit)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self._build_layout()
        self._show(profile)
        name_inputs(self)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Convention ratified on"), self.convention.widget)
        form.addRow(self.tr("Optional &Protocol ratified on"), self.protocol.widget)
        form.addRow(self.tr("&National preventive mechanism"), self.npm_body)
        form.addRow(self.tr("Mechanism &designated on"), self.npm_designated.widget)
        box = QGroupBox(self.tr("Previous visits of the Subcommittee"), self)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch()
        inside = QVBoxLayout(box)
        inside.addWidget(self.table)
        inside.addLayout(buttons_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._labels = {
            name: label.text().replace("&", "")
            for name, widget in (
                ("convention_ratified_on", self.convention.widget),
                ("protocol_ratified_on", self.protocol.widget),
                ("npm_body", self.npm_body),
                ("npm_designated_on", self.npm_designated.widget),
            )
            if isinstance(label := form.labelForField(widget), QLabel)
        }
        self._inputs: dict[str, QWidget] = {
            "convention_ratified_on": self.convention.widget,
            "protocol_ratified_on": self.protocol.widget,
            "npm_body": self.npm_body,
            "npm_designated_on": self.npm_designated.widget,
        }

    def _show(self, profile: CountryProfileFields) -> None:
        self.convention.set_value(profile.convention_ratified_on)
        self.protocol.set_value(profile.protocol_ratified_on)
        self.npm_body.setText(profile.npm_body)
        self.npm_designated.set_value(profile.npm_designated_on)
        self.visits.set_lines(list(profile.previous_visits))

    # Previous visits -------------------------------------------------------------------------

    def add_visit(self) -> None:
        """A new row, its year in the editor."""
        row = self.visits.add_visit(PreviousVisit(self._next_year()))
        index = self.visits.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def _next_year(self) -> int:
        years = [visit.year for visit in self.visits.visits()]
        return max(years) + 1 if years else self.default_year

    def remove_visit(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.visits.remove_visit(current.row())

    # Saving ----------------------------------------------------------------------------------

    def fields(self) -> CountryProfileFields:
        """The profile typed; raises ValidationError for a date that is not one."""
        focused = QApplication.focusWidget()
        if focused is not None and self.table.isAncestorOf(focused):
            self.table.commitData(focused)  # a cell still being typed in
        return CountryProfileFields(
            country=self.country,
            convention_ratified_on=self.convention.value(),
            protocol_ratified_on=self.protocol.value(),
            npm_body=self.npm_body.text().strip(),
            npm_designated_on=self.npm_designated.value(),
            previous_visits=self.visits.visits(),
        )

    def accept(self) -> None:
        """Close only on a profile the rules accept; otherwise say what is wrong, by the
        field's label, and keep everything typed."""
        try:
            raise_problems(problems_in_country_profile(self.fields()))
        except UserError as error:
            self.error.setText(describe(error, self._labels))
            field = error.field if isinstance(error, ValidationError) else ""
            if isinstance(error, InvalidDataError) and error.problems:
                field = error.problems[0].field
            self._focus(field)
            return
        super().accept()

    def _focus(self, field: str) -> None:
        row = _ROW.match(field)
        if row is not None:
            column = 1 if field.endswith(".symbol") else 0
            self.table.setCurrentIndex(self.visits.index(int(row.group(1)), column))
            self.table.setFocus()
        elif field in self._inputs:
            self._inputs[field].setFocus()


def edit_country_profile(store: Store, visit: Visit, parent: QWidget | None = None) -> None:
    """Ask for the profile of `visit`'s country and save it, as one undoable edit."""
    stored = store.read(get_country_profile, visit.country)
    old = (
        CountryProfileFields(country=visit.country)
        if stored is None
        else fields_part(CountryProfileFields, stored)
    )
    # A new row of earlier visits starts with the year before this visit's.
    dialog = CountryProfileDialog(old, visit.start_date.year - 1, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new = dialog.fields()
            if new != old:
                save_country_profile_edit(store, old, new)
    finally:
        dialog.deleteLater()
