"""The allegation editor shown beside the interview's allegation table."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database
from spt_field.domain.codes import AllegationForm as FormOfIllTreatment
from spt_field.domain.codes import AllegationSetting, ConsentScope, Consistency
from spt_field.domain.values import Allegation, AllegationFields, InterviewFields, Place
from spt_field.services import allegations, interviews
from spt_field.ui.forms.allegation_form import AllegationForm
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit


@pytest.fixture
def allegation(database: Database, place: Place) -> Allegation:
    with database.begin() as session:
        interview = interviews.record_interview(
            session, place.id, InterviewFields(pseudonym="A", consent=ConsentScope.TRANSMIT)
        )
        return allegations.add_allegation(
            session, interview.id, AllegationFields(form=FormOfIllTreatment.OTHER)
        )


@pytest.fixture
def form(qtbot: QtBot, store: Store, allegation: Allegation) -> AllegationForm:
    form = AllegationForm(store)
    qtbot.addWidget(form)
    form.show_record(allegation)
    return form


def _saved(store: Store, allegation_id: str) -> Allegation:
    return store.read(allegations.get_allegation, allegation_id)


def _widget(form: AllegationForm, name: str) -> object:
    return form.binder.fields[name].widget


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_every_field_of_an_allegation_is_bound(form: AllegationForm) -> None:
    assert set(form.binder.fields) == {field.name for field in fields(AllegationFields)}


def test_edits_are_saved_as_domain_values(
    qtbot: QtBot, form: AllegationForm, store: Store, allegation: Allegation
) -> None:
    form_box = _widget(form, "form")
    setting = _widget(form, "setting")
    assert isinstance(form_box, QComboBox) and isinstance(setting, QComboBox)
    _choose(form_box, FormOfIllTreatment.FALANGA)
    _choose(setting, AllegationSetting.INTERROGATION)
    occurred_on = _widget(form, "occurred_on")
    assert isinstance(occurred_on, DateEdit)
    qtbot.keyClicks(occurred_on, "2019-01-25")
    description = _widget(form, "description")
    witnesses = _widget(form, "witnesses")
    assert isinstance(description, QPlainTextEdit) and isinstance(witnesses, QLineEdit)
    qtbot.keyClicks(description, "Beaten on the soles of the feet.")
    qtbot.keyClicks(witnesses, "Cellmate")
    for name in ("medical_examination", "part_of_pattern", "consent_to_transmit"):
        box = _widget(form, name)
        assert isinstance(box, QCheckBox)
        box.setChecked(True)
    consistency = _widget(form, "consistency")
    assert isinstance(consistency, QComboBox)
    _choose(consistency, Consistency.TYPICAL)
    assert form.binder.flush()
    saved = _saved(store, allegation.id)
    assert saved.form is FormOfIllTreatment.FALANGA
    assert saved.setting is AllegationSetting.INTERROGATION
    assert saved.occurred_on == date(2019, 1, 25)
    assert saved.description == "Beaten on the soles of the feet."
    assert saved.witnesses == "Cellmate"
    assert saved.medical_examination and saved.part_of_pattern and saved.consent_to_transmit
    assert saved.consistency is Consistency.TYPICAL


def test_consistency_without_examination_is_refused(
    form: AllegationForm, store: Store, allegation: Allegation
) -> None:
    consistency = _widget(form, "consistency")
    assert isinstance(consistency, QComboBox)
    assert consistency.currentText() == "No opinion"
    _choose(consistency, Consistency.CONSISTENT)
    assert not form.binder.flush()
    assert form.banner.isVisibleTo(form)
    assert consistency.styleSheet()
    assert _saved(store, allegation.id).consistency is None
