"""Field adapters of the interview and allegation forms that the shared ones do not cover."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from spt_field.ui.forms.fields import FieldAdapter
from spt_field.ui.i18n import translate
from spt_field.ui.widgets.country_box import CountryBox


class NationalityBox(CountryBox):
    """A country box that may stay empty, and reports an edit only once it is complete."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nationality")
        line = self.lineEdit()
        assert line is not None  # a CountryBox is editable
        line.setPlaceholderText(translate("InterviewFields", "Not recorded"))
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
