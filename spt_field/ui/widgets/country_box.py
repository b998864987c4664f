"""A country picker: ISO 3166 names, type to filter, plus user-assigned codes for training."""

from __future__ import annotations

import pycountry
from PySide6.QtCore import QCollator, QLocale, Qt, SignalInstance
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from spt_field.domain.countries import is_valid_country
from spt_field.ui.forms.fields import FieldAdapter
from spt_field.ui.i18n import country_label


def country_choices() -> list[tuple[str, str]]:
    """(code, "Name (CODE)") for every ISO country, named in the interface's language and
    sorted as that language sorts (accents and Chinese characters included)."""
    choices = [
        (country.alpha_3, f"{country_label(country.alpha_3)} ({country.alpha_3})")
        for country in pycountry.countries
    ]
    collator = QCollator(QLocale())
    return sorted(choices, key=lambda choice: collator.sortKey(choice[1]))


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
            self.addItem(f"{country_label(code)} ({code})", code)
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
