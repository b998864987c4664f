"""A place of deprivation of liberty: where it is, the visit to it, its population and registers.

The occupancy rate is shown as the user types capacity and population, before anything is saved,
so that overcrowding is visible on the spot.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import PlaceType, Register
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Place
from spt_field.services.delegation import list_delegation
from spt_field.services.places_register import register_of_country
from spt_field.services.visits import get_visit
from spt_field.ui.forms.base import RecordForm
from spt_field.ui.forms.fields import (
    ChecklistField,
    ChoiceField,
    CodeField,
    CoordinateField,
    CountField,
    DateField,
    FlagField,
    NotesField,
    TextField,
    TimeField,
    code_choices,
)
from spt_field.ui.i18n import code_label
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit

OVERCROWDED_STYLE = "color: #b00020; font-weight: bold;"


class PlaceForm(RecordForm):
    kind = RecordKind.PLACE
    first_field = "name"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self._visit_id: str | None = None
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._place_box())
        left.addWidget(self._visit_box())
        left.addStretch(1)
        right.addWidget(self._population_box())
        right.addWidget(self._registers_box())
        right.addWidget(self._obstruction_box(), 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.outer.addLayout(columns, 1)
        self.capacity.valueChanged.connect(self._show_occupancy)
        self.population.valueChanged.connect(self._show_occupancy)
        self.binder.loaded.connect(self._show_occupancy)
        store.recordsChanged.connect(self._on_records_changed)
        store.recordChanged.connect(self._on_record_changed)

    # Building ----------------------------------------------------------------------------

    def _place_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Place"), self)
        layout = QFormLayout(box)
        bind = self.binder.bind
        self.name = bind("name", TextField(QLineEdit())).widget
        self.name.setPlaceholderText(self.tr("Official name of the place"))
        layout.addRow(self.tr("&Name"), self.name)
        self.place_type = bind("place_type", CodeField(QComboBox(), PlaceType)).widget
        layout.addRow(self.tr("T&ype"), self.place_type)
        self.authority = bind("authority", TextField(QLineEdit())).widget
        self.authority.setPlaceholderText(self.tr("e.g. Ministry of Justice, prison service"))
        layout.addRow(self.tr("A&uthority"), self.authority)
        self.region = bind("region", TextField(QLineEdit())).widget
        layout.addRow(self.tr("Region"), self.region)
        self.register_field = ChoiceField(QComboBox(), none_label=self.tr("Not in the register"))
        self.register = bind("register_id", self.register_field).widget
        self.register.setToolTip(
            self.tr("The entry of the country's register of places this place is")
        )
        layout.addRow(self.tr("In the register"), self.register)
        self.town = bind("town", TextField(QLineEdit())).widget
        layout.addRow(self.tr("T&own"), self.town)
        self.latitude = bind("latitude", CoordinateField(QDoubleSpinBox(), 90.0)).widget
        self.latitude.setToolTip(
            self.tr("GPS latitude in decimal degrees (-90 to 90); — means not recorded")
        )
        layout.addRow(self.tr("&Latitude"), self.latitude)
        self.longitude = bind("longitude", CoordinateField(QDoubleSpinBox(), 180.0)).widget
        self.longitude.setToolTip(
            self.tr("GPS longitude in decimal degrees (-180 to 180); — means not recorded")
        )
        layout.addRow(self.tr("Lon&gitude"), self.longitude)
        return box

    def _visit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Visit"), self)
        layout = QFormLayout(box)
        bind = self.binder.bind
        self.visited_on = bind("visited_on", DateField(DateEdit())).widget
        layout.addRow(self.tr("Visited on"), self.visited_on)
        self.arrived_at = bind("arrived_at", TimeField(QLineEdit(), "arrived_at")).widget
        self.arrived_at.setToolTip(self.tr("Time of arrival, e.g. 9:30 or 0930"))
        self.left_at = bind("left_at", TimeField(QLineEdit(), "left_at")).widget
        self.left_at.setToolTip(self.tr("Time of departure, e.g. 17:45 or 1745"))
        layout.addRow(self.tr("&Arrived at"), self.arrived_at)
        layout.addRow(self.tr("Left at"), self.left_at)
        self.announced = bind("announced", FlagField(QCheckBox(self.tr("Announce&d")))).widget
        self.announced.setToolTip(self.tr("Ticked if the authorities were told of the visit"))
        layout.addRow("", self.announced)
        self.members_field = ChecklistField(QListWidget())
        self.members_present = self.binder.bind("members_present", self.members_field).widget
        self.members_present.setToolTip(self.tr("Tick the delegation members who went"))
        self.members_present.setMinimumHeight(80)
        self.members_present.setMaximumHeight(160)
        layout.addRow(self.tr("Mem&bers present"), self.members_present)
        return box

    def _population_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Population"), self)
        grid = QGridLayout(box)
        self.capacity = self._count(grid, 0, 0, "capacity", self.tr("&Capacity"))
        self.capacity.setToolTip(self.tr("Official capacity (number of places)"))
        self.population = self._count(grid, 0, 1, "population", self.tr("&Population"))
        self.population.setToolTip(self.tr("Persons held on the day of the visit"))
        self.occupancy = QLabel("—", box)
        self.occupancy.setObjectName("occupancyRate")
        self.occupancy.setToolTip(self.tr("Population as a share of the official capacity"))
        grid.addWidget(QLabel(self.tr("Occupancy"), box), 1, 0)
        grid.addWidget(self.occupancy, 1, 1, 1, 3)
        breakdown = (
            ("men", self.tr("&Men")),
            ("women", self.tr("&Women")),
            ("children", self.tr("Children")),
            ("foreign_nationals", self.tr("Foreign nationals")),
            ("pretrial", self.tr("Pre-&trial")),
            ("sentenced", self.tr("&Sentenced")),
            ("administrative", self.tr("Adm&inistrative")),
        )
        self.counts: dict[str, QSpinBox] = {}
        for position, (name, label) in enumerate(breakdown):
            row, column = 2 + position // 2, position % 2
            self.counts[name] = self._count(grid, row, column, name, label)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _count(self, grid: QGridLayout, row: int, column: int, name: str, text: str) -> QSpinBox:
        """A count and its label in one of the grid's two columns."""
        spin = QSpinBox()
        self.binder.bind(name, CountField(spin))
        label = QLabel(text, grid.parentWidget())
        label.setBuddy(spin)
        grid.addWidget(label, row, column * 2)
        grid.addWidget(spin, row, column * 2 + 1)
        return spin

    def _registers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Registers checked"), self)
        layout = QVBoxLayout(box)
        field = ChecklistField(QListWidget())
        field.set_choices(code_choices(Register))
        self.registers_checked = self.binder.bind("registers_checked", field).widget
        self.registers_checked.setToolTip(self.tr("Tick the registers the delegation examined"))
        # Two columns of check boxes rather than a long list.
        self.registers_checked.setFlow(QListView.Flow.TopToBottom)
        self.registers_checked.setWrapping(True)
        self.registers_checked.setResizeMode(QListView.ResizeMode.Adjust)
        self.registers_checked.setGridSize(self._register_cell())
        self.registers_checked.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.registers_checked.setFixedHeight(self._register_cell().height() * 5 + 8)
        layout.addWidget(self.registers_checked)
        return box

    def _register_cell(self) -> QSize:
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(code_label(code)) for code in Register) + 40
        return QSize(width, metrics.height() + 8)

    def _obstruction_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Obstruction"), self)
        layout = QVBoxLayout(box)
        self.obstruction = self.binder.bind("obstruction", NotesField(QPlainTextEdit())).widget
        self.obstruction.setPlaceholderText(
            self.tr("Delayed or refused access, areas not shown, interviews refused…")
        )
        self.obstruction.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.obstruction)
        return box

    # Behaviour ---------------------------------------------------------------------------

    def show_record(self, record: Any) -> None:
        if record is not None and record.visit_id != self._visit_id:
            self.set_visit(record.visit_id)
        super().show_record(record)

    def set_visit(self, visit_id: str) -> None:
        """(Re)load the choices that depend on the visit: the members who may be present."""
        self._visit_id = visit_id
        members = self.store.read(list_delegation, visit_id)
        self.members_field.set_choices(
            (member.id, f"{member.name} ({code_label(member.role)})") for member in members
        )
        visit = self.store.read(get_visit, visit_id)
        entries = self.store.read(register_of_country, visit.country)
        self.register_field.set_choices(
            (entry.id, f"{entry.name} ({entry.region})" if entry.region else entry.name)
            for entry in entries
        )

    def _on_records_changed(self, kind: str) -> None:
        if kind == RecordKind.MEMBER.value and self._visit_id is not None:
            self.set_visit(self._visit_id)

    def _on_record_changed(self, kind: str, _record_id: str) -> None:
        self._on_records_changed(kind)

    def _show_occupancy(self, *_args: Any) -> None:
        record: Place | None = self.record
        rate = None
        if record is not None:
            typed = replace(
                record,
                capacity=self.binder.fields["capacity"].value(),
                population=self.binder.fields["population"].value(),
            )
            rate = typed.occupancy_rate
        if rate is None:
            self.occupancy.setText("—")
            self.occupancy.setStyleSheet("")
            return
        self.occupancy.setText(self.tr("{0} % of capacity").format(round(rate * 100)))
        self.occupancy.setStyleSheet(OVERCROWDED_STYLE if rate > 1 else "")
