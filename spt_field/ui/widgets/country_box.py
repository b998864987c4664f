"""A country picker: ISO 3166 names, type to filter, plus user-assigned codes for training."""

from __future__ import annotations

import pycountry
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from spt_field.domain.countries import country_name, is_valid_country
from spt_field.ui.forms.fields import FieldAdapter


def country_choices() -> list[tuple[str, str]]:
    """(code, "Name (CODE)") for every ISO country, sorted by name."""
    choices = [
        (
            country.alpha_3,
            f"{getattr(country, 'common_name', None) or country.name} ({country.alpha_3})",
        )
        for country in pycountry.countries
    ]
    return sorted(choices, key=lambda choice: choice[1].casefold())


class CountryBox(QComboBox):
    """Editable combo box: pick a name, or type a name or a code (XAA-XZZ for training data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, label in country_choices():
            self.addItem(label, code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def code(self) -> str:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return self.currentText().strip().upper()

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0 and is_valid_country(code):
            self.addItem(f"{country_name(code)} ({code})", code)
            index = self.count() - 1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(code)


class CountryField(FieldAdapter[CountryBox]):
    @property
    def changed(self) -> SignalInstance:
        return self.widget.currentTextChanged

    def value(self) -> str:
        return self.widget.code()

    def set_value(self, value: str) -> None:
        self.widget.set_code(value)
