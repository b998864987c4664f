"""The rules' messages in the user's words and language: the field by its label, the problem
translated from the same catalogues as the interface, the refused value kept and marked."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

import spt_field
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Visit
from spt_field.errors import ValidationError
from spt_field.ui.dialogs.new_visit_dialog import NewVisitDialog
from spt_field.ui.forms.visit_form import VisitForm
from spt_field.ui.i18n import apply_language
from spt_field.ui.main_window import MainWindow
from spt_field.ui.models.roles import ID_ROLE
from spt_field.ui.rule_messages import FIELD_NAMES, TEMPLATES, describe
from spt_field.ui.store import Store
from tests.support import windows

PACKAGE = Path(spt_field.__file__).parent


def raised_validation_errors() -> list[tuple[str, str]]:
    """(field, template) of every ValidationError the rules and services raise."""
    found = []
    for source in [*PACKAGE.glob("domain/*.py"), *PACKAGE.glob("services/*.py")]:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "ValidationError"
                and len(node.args) == 2
            ):
                field, problem = node.args
                # An f-string could not be translated: the rules pass templates and parameters.
                assert not isinstance(problem, ast.JoinedStr), f"{source.name}:{node.lineno}"
                if isinstance(problem, ast.Constant) and isinstance(problem.value, str):
                    name = field.value if isinstance(field, ast.Constant) else ""
                    found.append((str(name), problem.value))
    return found


def test_every_message_of_the_rules_is_in_the_catalogue() -> None:
    raised = raised_validation_errors()
    assert len(raised) > 20
    assert {template for _field, template in raised} <= set(TEMPLATES)


def test_every_field_the_rules_name_has_a_name_for_the_user() -> None:
    named = {field for field, _template in raised_validation_errors() if field}
    assert named <= set(FIELD_NAMES)


@pytest.fixture
def french(qapp: object) -> object:
    apply_language("fr")
    yield
    apply_language("en")


def test_a_message_names_the_field_in_french_and_formats_dates_as_french(french: object) -> None:
    error = ValidationError(
        "visited_on",
        "{day} is outside the visit ({start} to {end})",
        day=date(2019, 3, 1),
        start=date(2019, 1, 27),
        end=date(2019, 2, 7),
    )
    assert describe(error) == (
        "Visité le : le 01/03/2019 est en dehors de la visite (du 27/01/2019 au 07/02/2019)"
    )
    assert describe(error, {"visited_on": "Date"}).startswith("Date : ")


def test_the_visit_form_refuses_an_end_before_the_start_in_french(
    qtbot: QtBot, store: Store, visit: Visit, french: object
) -> None:
    form = VisitForm(store)
    qtbot.addWidget(form)
    form.show_record(visit)
    end = form.binder.fields["end_date"].widget
    end.selectAll()
    qtbot.keyClicks(end, "2019-01-01")
    assert not form.binder.flush()
    banner = form.banner.text()
    assert "ne doit pas précéder la date de début" in banner
    assert "end_date" not in banner and "must" not in banner
    assert end.text() == "2019-01-01" and "border" in end.styleSheet()


def test_the_new_visit_dialog_keeps_what_was_typed_when_a_date_is_wrong(
    qtbot: QtBot, french: object
) -> None:
    dialog = NewVisitDialog(today=date(2026, 12, 3))
    qtbot.addWidget(dialog)
    dialog.country.set_code("ARM")
    dialog.end.widget.selectAll()
    qtbot.keyClicks(dialog.end.widget, "2026-02-31")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.end.widget.text() == "2026-02-31"
    assert dialog.country.code() == "ARM"
    assert "n’est pas une date" in dialog.error.text()
    dialog.end.widget.selectAll()
    qtbot.keyClicks(dialog.end.widget, "2026-11-01")
    dialog.accept()
    assert "ne doit pas précéder la date de début" in dialog.error.text()
    dialog.end.widget.selectAll()
    qtbot.keyClicks(dialog.end.widget, "2026-12-13")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_moving_to_another_record_never_drops_a_refused_edit(
    qtbot: QtBot, workspace_window: MainWindow, demo_file: windows.DemoFile
) -> None:
    window = workspace_window
    refused = windows.refuse_an_edit(window, demo_file.visit_id)
    form = windows.interview_form(window)
    typed = form.pseudonym.text()
    windows.click_in_navigator(window, RecordKind.VISIT.value, demo_file.visit_id)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.tree.currentIndex().data(ID_ROLE) == refused.id)
    assert workspace.current == (RecordKind.INTERVIEW.value, refused.id)
    assert form.pseudonym.text() == typed
    assert form.banner.isVisible() and "border" in form.pseudonym.styleSheet()
