"""Field adapters of the interview and allegation forms that the shared ones do not cover."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import QComboBox, QWidget

from spt_field.domain.codes import CodeList
from spt_field.ui.forms.fields import CodeField, FieldAdapter
from spt_field.ui.widgets.country_box import CountryBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewFields", text)


class TypedCodeField(CodeField):
    """A CodeField whose value is the code list member, not a plain string.

    Qt hands a StrEnum stored as item data back as a plain `str`; the rules compare codes
    with `is`, so a plain "group" would slip past "a group interview has at least 2 persons".
    """

    def __init__(
        self, widget: QComboBox, codes: type[CodeList], *, none_label: str | None = None
    ) -> None:
        super().__init__(widget, codes, none_label=none_label)
        self.codes = codes

    def value(self) -> Any:
        data = super().value()
        return None if data is None else self.codes(data)


class NationalityBox(CountryBox):
    """A country box that may stay empty, and reports an edit only once it is complete."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nationality")
        line = self.lineEdit()
        assert line is not None  # a CountryBox is editable
        line.setPlaceholderText(_tr("Not recorded"))
        line.setClearButtonEnabled(True)
        line.editingFinished.connect(self.committed)
        self.activated.connect(self.committed)


class NationalityField(FieldAdapter[NationalityBox]):
    """A nationality code, or None when the box is left empty."""

    @property
    def changed(self) -> SignalInstance:
        return self.widget.committed

    def value(self) -> str | None:
        return self.widget.code() if self.widget.currentText().strip() else None

    def set_value(self, value: str | None) -> None:
        if value:
            self.widget.set_code(value)
        else:
            self.widget.setCurrentIndex(-1)
            self.widget.setEditText("")
