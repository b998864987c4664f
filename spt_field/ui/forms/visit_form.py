"""The visit: country, dates, type, status, objectives and the report's life after the visit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from spt_field.domain.codes import PublicationRequester, VisitStatus, VisitType
from spt_field.domain.kinds import RecordKind
from spt_field.ui.forms.base import RecordForm
from spt_field.ui.forms.fields import CodeField, DateField, LinesField, TextField
from spt_field.ui.store import Store
from spt_field.ui.widgets.country_box import CountryBox, CountryField
from spt_field.ui.widgets.date_edit import DateEdit


class VisitForm(RecordForm):
    kind = RecordKind.VISIT

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        bind, add = self.binder.bind, self.form.addRow
        self.country = CountryBox(self)
        add(self.tr("&Country"), bind("country", CountryField(self.country)).widget)
        add(self.tr("T&ype"), bind("visit_type", CodeField(QComboBox(), VisitType)).widget)
        add(self.tr("&Status"), bind("status", CodeField(QComboBox(), VisitStatus)).widget)
        reason = bind("postponement_reason", TextField(QLineEdit(), optional=True)).widget
        reason.setPlaceholderText(self.tr("Why the visit was postponed"))
        add(self.tr("&Postponement reason"), reason)
        add(self.tr("S&tart"), bind("start_date", DateField(DateEdit(), optional=False)).widget)
        add(self.tr("E&nd"), bind("end_date", DateField(DateEdit(), optional=False)).widget)
        objectives = bind("objectives", LinesField(QPlainTextEdit())).widget
        objectives.setPlaceholderText(self.tr("One objective per line"))
        objectives.setMaximumHeight(110)
        add(self.tr("&Objectives"), objectives)
        self.outer.addWidget(self._report_box())
        self.outer.addStretch(1)

    def _report_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Report"), self)
        layout = QFormLayout(box)
        bind = self.binder.bind
        symbol = bind("restricted_symbol", TextField(QLineEdit(), optional=True)).widget
        symbol.setPlaceholderText("CAT/OP/XXX/R.1")
        layout.addRow(self.tr("Restricted symbol"), symbol)
        layout.addRow(
            self.tr("Transmitted on"), bind("transmitted_on", DateField(DateEdit())).widget
        )
        layout.addRow(self.tr("Reply due on"), bind("reply_due_on", DateField(DateEdit())).widget)
        layout.addRow(
            self.tr("Reply received on"), bind("reply_received_on", DateField(DateEdit())).widget
        )
        requester = CodeField(
            QComboBox(), PublicationRequester, none_label=self.tr("Not requested")
        )
        layout.addRow(
            self.tr("Publication requested by"), bind("publication_requested_by", requester).widget
        )
        layout.addRow(
            self.tr("Publication requested on"),
            bind("publication_requested_on", DateField(DateEdit())).widget,
        )
        layout.addRow(
            self.tr("Public symbol"),
            bind("public_symbol", TextField(QLineEdit(), optional=True)).widget,
        )
        return box
