"""The allegation table of the interview form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from spt_field.domain.codes import AllegationForm, AllegationSetting, Consistency, Perpetrator
from spt_field.domain.values import Allegation
from spt_field.ui.models.allegation_table_model import AllegationTableModel
from spt_field.ui.models.roles import ID_ROLE

BEATING = Allegation(
    id="a1",
    interview_id="i1",
    form=AllegationForm.BEATING,
    perpetrator=Perpetrator.POLICE,
    setting=AllegationSetting.ARREST,
    occurred_on=date(2019, 1, 20),
    medical_examination=True,
    consistency=Consistency.HIGHLY_CONSISTENT,
    consent_to_transmit=True,
    description="Hit with batons in the van.",
)
THREATS = Allegation(id="a2", interview_id="i1", form=AllegationForm.THREATS)


def _row(model: AllegationTableModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = AllegationTableModel()
    qtmodeltester.check(model)
    model.set_allegations([BEATING, THREATS])
    qtmodeltester.check(model)
    model.set_allegations([THREATS])
    qtmodeltester.check(model)


def test_rows_show_what_the_delegation_needs_at_a_glance() -> None:
    model = AllegationTableModel()
    model.set_allegations([BEATING, THREATS])
    assert model.rowCount() == 2
    assert _row(model, 0) == [
        "Beating or blunt trauma",
        "Police",
        "At arrest",
        "2019-01-20",
        "Yes",
        "Highly consistent with",
        "Yes",
    ]
    assert _row(model, 1) == ["Threats", "Unknown", "Not known", "—", "No", "—", "No"]
    assert model.index(0, 0).data(ID_ROLE) == "a1"
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == BEATING.description


def test_headers_and_lookups() -> None:
    model = AllegationTableModel()
    model.set_allegations([BEATING, THREATS])
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    assert headers[0] == "Form"
    assert headers[-1] == "Transmit"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.row_of("a2") == 1
    assert model.row_of("nope") == -1
    assert model.allegation_at(1) == THREATS
    assert model.allegation_at(2) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
