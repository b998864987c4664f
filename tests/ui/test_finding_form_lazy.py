"""A hidden finding form does not rebuild its evidence list on every save elsewhere."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from spt_field.domain.values import Visit
from spt_field.services.findings import list_findings_for_visit
from spt_field.services.interviews import list_interviews_for_visit
from spt_field.ui.forms.finding_form import FindingForm
from spt_field.ui.store import Store


def test_choices_load_when_the_form_is_shown(qtbot: QtBot, store: Store, demo_visit: Visit) -> None:
    form = FindingForm(store)
    qtbot.addWidget(form)
    form.set_visit(demo_visit.id)
    assert form.evidence_field.widget.count() == 0  # hidden: nothing built yet
    finding = store.read(list_findings_for_visit, demo_visit.id)[0]
    form.show_record(finding)
    form.show()
    qtbot.waitExposed(form)
    interviews = store.read(list_interviews_for_visit, demo_visit.id)
    assert form.evidence_field.widget.count() == len(interviews)
    assert form.evidence_field.value() == finding.evidence
