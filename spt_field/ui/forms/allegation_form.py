"""One allegation of torture or ill-treatment (domain.md section 5), as the APT checklist asks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from spt_field.domain.codes import AllegationForm as FormOfIllTreatment
from spt_field.domain.codes import AllegationSetting, CodeList, Consistency, Perpetrator
from spt_field.domain.kinds import RecordKind
from spt_field.ui.forms.base import RecordForm
from spt_field.ui.forms.fields import CodeField, DateField, FlagField, NotesField, TextField
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit

_TEXT_HEIGHT = 70
_COMBO_CHARACTERS = 14


class AllegationForm(RecordForm):
    kind = RecordKind.ALLEGATION

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_what_rows()
        add = self.form.addRow
        add(self.tr("Description"), self._text_box("description", self.tr("What the person said")))
        add(self.tr("Officials involved"), self._line("officials_involved"))
        add(self.tr("&Witnesses"), self._line("witnesses"))
        add(self.tr("In&juries"), self._text_box("injuries", self.tr("Visible injuries")))
        self._add_medical_rows()
        pattern = QCheckBox(self.tr("Part of a pattern"))
        pattern.setToolTip(self.tr("The case looks part of a pattern rather than isolated"))
        add("", self.binder.bind("part_of_pattern", FlagField(pattern)).widget)
        transmit = QCheckBox(self.tr("Consent to trans&mit"))
        transmit.setToolTip(
            self.tr(
                "The person authorises the delegation to pass this allegation to the authorities."
                " Needs the interview's consent scope “transmit”."
            )
        )
        add("", self.binder.bind("consent_to_transmit", FlagField(transmit)).widget)

    def _add_what_rows(self) -> None:
        """Form, perpetrator, setting and date."""
        form = self._combo("form", FormOfIllTreatment)
        form.setToolTip(self.tr("The form of ill-treatment alleged"))
        self.form.addRow(self.tr("Form"), form)
        self.form.addRow(self.tr("Perpetrator"), self._combo("perpetrator", Perpetrator))
        setting = self._combo("setting", AllegationSetting)
        setting.setToolTip(self.tr("Where in the chain of custody it happened"))
        self.form.addRow(self.tr("Setting"), setting)
        occurred_on = self.binder.bind("occurred_on", DateField(DateEdit())).widget
        self.form.addRow(self.tr("Occ&urred on"), occurred_on)

    def _add_medical_rows(self) -> None:
        examined = QCheckBox(self.tr("E&xamined by the delegation's doctor"))
        self.form.addRow("", self.binder.bind("medical_examination", FlagField(examined)).widget)
        consistency = self._combo("consistency", Consistency, none_label=self.tr("No opinion"))
        consistency.setToolTip(
            self.tr(
                "The doctor's opinion on the Istanbul Protocol scale: are the findings "
                "consistent with the allegation? Needs a medical examination."
            )
        )
        self.form.addRow(self.tr("Consistenc&y"), consistency)

    def _combo(
        self, name: str, codes: type[CodeList], *, none_label: str | None = None
    ) -> QComboBox:
        combo = QComboBox()
        # Long labels ("Deprivation of food, water or sleep") must not widen the form.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(_COMBO_CHARACTERS)
        self.binder.bind(name, CodeField(combo, codes, none_label=none_label))
        return combo

    def _line(self, name: str) -> QLineEdit:
        widget = QLineEdit()
        self.binder.bind(name, TextField(widget))
        return widget

    def _text_box(self, name: str, placeholder: str) -> QPlainTextEdit:
        widget = QPlainTextEdit()
        widget.setPlaceholderText(placeholder)
        widget.setTabChangesFocus(True)
        widget.setMinimumHeight(_TEXT_HEIGHT)
        self.binder.bind(name, NotesField(widget))
        return widget
