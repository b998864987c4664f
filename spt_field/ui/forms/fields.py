"""Adapters between a form's widgets and the domain values of one field.

Each adapter knows how to show a value, read it back and tell when the user changed it; the
binder (binder.py) does the rest, the same way for every form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, time
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from spt_field.domain.codes import CodeList
from spt_field.domain.standards import StandardReference
from spt_field.errors import ValidationError
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.models.roles import VALUE_ROLE
from spt_field.ui.widgets.date_edit import DateEdit

W = TypeVar("W", bound=QWidget)

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]?([0-5]\d)$")


class FieldAdapter(Generic[W]):
    """Show and read one field in one widget."""

    def __init__(self, widget: W) -> None:
        self.widget = widget

    @property
    def changed(self) -> SignalInstance:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class TextField(FieldAdapter[QLineEdit]):
    """A line of text; with `optional`, an empty line is None."""

    def __init__(self, widget: QLineEdit, *, optional: bool = False) -> None:
        super().__init__(widget)
        self.optional = optional

    @property
    def changed(self) -> SignalInstance:
        return self.widget.textEdited

    def value(self) -> str | None:
        text = self.widget.text()
        return None if self.optional and not text.strip() else text

    def set_value(self, value: str | None) -> None:
        self.widget.setText(value or "")


class NotesField(FieldAdapter[QPlainTextEdit]):
    @property
    def changed(self) -> SignalInstance:
        return self.widget.textChanged

    def value(self) -> str:
        return self.widget.toPlainText()

    def set_value(self, value: str) -> None:
        if self.widget.toPlainText() != value:
            self.widget.setPlainText(value)


class LinesField(FieldAdapter[QPlainTextEdit]):
    """One item per line (a visit's objectives)."""

    @property
    def changed(self) -> SignalInstance:
        return self.widget.textChanged

    def value(self) -> tuple[str, ...]:
        return tuple(
            line.strip() for line in self.widget.toPlainText().splitlines() if line.strip()
        )

    def set_value(self, value: Sequence[str]) -> None:
        if self.value() != tuple(value):
            self.widget.setPlainText("\n".join(value))


def fill_codes(
    combo: QComboBox, codes: Iterable[CodeList], *, none_label: str | None = None
) -> None:
    """Fill a combo box with a code list's labels, each item carrying its code."""
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for code in codes:
        combo.addItem(code_label(code), code)


class CodeField(FieldAdapter[QComboBox]):
    """A code list in a combo box (typing a label's first letters selects it)."""

    def __init__(
        self, widget: QComboBox, codes: type[CodeList], *, none_label: str | None = None
    ) -> None:
        super().__init__(widget)
        self.codes = codes
        fill_codes(widget, codes, none_label=none_label)

    @property
    def changed(self) -> SignalInstance:
        return self.widget.activated

    def value(self) -> Any:
        # Qt hands the code back as a plain string: make it the code list's member again.
        data = self.widget.currentData()
        return None if data is None else self.codes(data)

    def set_value(self, value: Any) -> None:
        index = self.widget.findData(value)
        self.widget.setCurrentIndex(max(index, 0))


class ChoiceField(FieldAdapter[QComboBox]):
    """A choice among records (a place, a finding) given as (id, label) pairs."""

    def __init__(self, widget: QComboBox, *, none_label: str | None = None) -> None:
        super().__init__(widget)
        self.none_label = none_label

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        current = self.value()
        self.widget.clear()
        if self.none_label is not None:
            self.widget.addItem(self.none_label, None)
        for record_id, label in choices:
            self.widget.addItem(label, record_id)
        self.set_value(current)

    @property
    def changed(self) -> SignalInstance:
        return self.widget.activated

    def value(self) -> Any:
        return self.widget.currentData()

    def set_value(self, value: Any) -> None:
        self.widget.setCurrentIndex(max(self.widget.findData(value), 0))


class CountField(FieldAdapter[QSpinBox]):
    """A count; with `optional`, the lowest value shows "—" and means not recorded."""

    def __init__(self, widget: QSpinBox, *, optional: bool = True, minimum: int = 0) -> None:
        super().__init__(widget)
        self.optional = optional
        self.minimum = minimum
        widget.setRange(minimum - 1 if optional else minimum, 1_000_000)
        if optional:
            widget.setSpecialValueText("—")

    @property
    def changed(self) -> SignalInstance:
        return self.widget.valueChanged

    def value(self) -> int | None:
        number = self.widget.value()
        return None if self.optional and number < self.minimum else number

    def set_value(self, value: int | None) -> None:
        self.widget.setValue(self.minimum - 1 if value is None else value)


class CoordinateField(FieldAdapter[QDoubleSpinBox]):
    """Latitude or longitude; the lowest value shows "—" and means not recorded."""

    def __init__(self, widget: QDoubleSpinBox, limit: float) -> None:
        super().__init__(widget)
        self.limit = limit
        widget.setDecimals(5)
        widget.setRange(-limit - 1, limit)
        widget.setSpecialValueText("—")

    @property
    def changed(self) -> SignalInstance:
        return self.widget.valueChanged

    def value(self) -> float | None:
        number = self.widget.value()
        return None if number < -self.limit else number

    def set_value(self, value: float | None) -> None:
        self.widget.setValue(-self.limit - 1 if value is None else value)


class FlagField(FieldAdapter[QCheckBox]):
    @property
    def changed(self) -> SignalInstance:
        return self.widget.toggled

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: bool) -> None:
        self.widget.setChecked(bool(value))


class DateField(FieldAdapter[DateEdit]):
    """A date typed or picked; with `optional`, an empty field means no date."""

    def __init__(self, widget: DateEdit, *, optional: bool = True, name: str = "") -> None:
        super().__init__(widget)
        self.optional = optional
        self.name = name
        if optional:
            widget.setPlaceholderText(translate("DateField", "no date"))

    @property
    def changed(self) -> SignalInstance:
        return self.widget.dateEdited

    def value(self) -> date | None:
        try:
            day = self.widget.date()
        except ValueError:
            raise ValidationError(
                self.name,
                translate("DateField", "“{0}” is not a date: type YYYY-MM-DD").format(
                    self.widget.text().strip()
                ),
            ) from None
        if day is None and not self.optional:
            raise ValidationError(self.name, translate("DateField", "a date is needed"))
        return day

    def set_value(self, value: date | None) -> None:
        self.widget.set_date(value)


class TimeField(FieldAdapter[QLineEdit]):
    """A time typed as 9:30, 0930 or 09.30; empty means not recorded."""

    def __init__(self, widget: QLineEdit, name: str) -> None:
        super().__init__(widget)
        self.name = name
        widget.setPlaceholderText(translate("TimeField", "HH:MM"))
        widget.setMaxLength(5)

    @property
    def changed(self) -> SignalInstance:
        return self.widget.textEdited

    def value(self) -> time | None:
        text = self.widget.text().strip()
        if not text:
            return None
        match = _TIME.match(text)
        if match is None:
            raise ValidationError(
                self.name,
                translate("TimeField", "“{0}” is not a time: type HH:MM").format(text),
            )
        return time(int(match.group(1)), int(match.group(2)))

    def set_value(self, value: time | None) -> None:
        self.widget.setText("" if value is None else value.strftime("%H:%M"))


class ChecklistField(FieldAdapter[QListWidget]):
    """Several ids or codes ticked in a list; the value keeps the list's order."""

    @property
    def changed(self) -> SignalInstance:
        return self.widget.itemChanged

    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        ticked = set(self.value())
        self.widget.blockSignals(True)
        self.widget.clear()
        for key, label in choices:
            item = QListWidgetItem(label, self.widget)
            item.setData(VALUE_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
        self.widget.blockSignals(False)

    def value(self) -> tuple[Any, ...]:
        items = (self.widget.item(row) for row in range(self.widget.count()))
        return tuple(
            item.data(VALUE_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def set_value(self, value: Sequence[Any]) -> None:
        wanted = set(value)
        for row in range(self.widget.count()):
            item = self.widget.item(row)
            key = item.data(VALUE_ROLE)
            item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)


def code_choices(codes: Iterable[CodeList]) -> list[tuple[Any, str]]:
    return [(code, code_label(code)) for code in codes]


_STANDARD_LINES = 6


def standards_field() -> ChecklistField:
    """The standards a finding or recommendation cites: a list of check boxes (Space ticks the
    current one), labelled in the interface's language, the long labels wrapped."""
    field = ChecklistField(QListWidget())
    field.set_choices(code_choices(StandardReference))
    field.widget.setMinimumHeight(field.widget.fontMetrics().lineSpacing() * _STANDARD_LINES)
    field.widget.setWordWrap(True)
    field.widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    field.widget.setResizeMode(QListView.ResizeMode.Adjust)
    return field
