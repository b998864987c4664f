"""Dates the user can type: ISO 8601 or the locale's short form, empty for no date, Tab moves
on, and the calendar opens on the visit's dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from spt_field.domain.values import Visit
from spt_field.errors import ValidationError
from spt_field.ui.forms.fields import DateField
from spt_field.ui.forms.visit_form import VisitForm
from spt_field.ui.store import Store
from spt_field.ui.widgets.date_edit import DateEdit, parse_date

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))


@given(DAYS)
def test_iso_dates_parse_back_with_or_without_dashes(day: date) -> None:
    assert parse_date(day.isoformat(), FRENCH) == day
    assert parse_date(day.strftime("%Y%m%d"), FRENCH) == day


@given(DAYS, st.sampled_from([FRENCH, AMERICAN, QLocale(QLocale.Language.Chinese)]))
def test_the_locales_short_form_with_a_full_year_parses_back(day: date, locale: QLocale) -> None:
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    text = locale.toString(QDate(day.year, day.month, day.day), pattern)
    assert parse_date(text, locale) == day


def test_a_two_digit_year_is_in_this_century() -> None:
    assert parse_date("12/3/26", AMERICAN) == date(2026, 12, 3)
    assert parse_date("03/12/2026", FRENCH) == date(2026, 12, 3)


@pytest.mark.parametrize("text", ["2026-13-03", "tomorrow", "31/02/2026", "2026-12"])
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, FRENCH)


def test_empty_is_no_date() -> None:
    assert parse_date("  ", FRENCH) is None


#: Offscreen, Qt cannot raise the calendar's popup or give it the keyboard grab.
POPUP_WARNINGS = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[DateField]:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    field = DateField(DateEdit(), name="occurred_on")
    layout.addWidget(field.widget)
    layout.addWidget(QLineEdit())
    host.show()
    qtbot.waitExposed(host)
    yield field


def test_typing_a_date_gives_that_date_and_tab_moves_on(qtbot: QtBot, field: DateField) -> None:
    edit = field.widget
    edit.setFocus()
    with qtbot.waitSignal(edit.dateEdited):
        QTest.keyClicks(edit, "2026-12-03")
    assert edit.text() == "2026-12-03"
    assert field.value() == date(2026, 12, 3)
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not edit


def test_clearing_the_field_returns_to_no_date(qtbot: QtBot, field: DateField) -> None:
    field.set_value(date(2019, 1, 28))
    field.widget.selectAll()
    QTest.keyClick(field.widget, Qt.Key.Key_Delete)
    assert field.value() is None


def test_a_date_that_is_not_one_names_the_field_and_stays_visible(field: DateField) -> None:
    QTest.keyClicks(field.widget, "2026-02-31")
    with pytest.raises(ValidationError) as raised:
        field.value()
    assert raised.value.field == "occurred_on"
    assert field.widget.text() == "2026-02-31"


def test_a_required_date_cannot_be_empty(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    with pytest.raises(ValidationError):
        DateField(edit, optional=False, name="start_date").value()


@POPUP_WARNINGS
def test_the_calendar_opens_on_the_reference_date_and_enter_takes_the_date(
    qtbot: QtBot, field: DateField
) -> None:
    edit = field.widget
    edit.reference = date(2019, 1, 27)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = edit.calendar
    assert calendar is not None
    assert calendar.selectedDate() == QDate(2019, 1, 27)
    qtbot.waitUntil(calendar.isVisible)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    with qtbot.waitSignal(edit.dateEdited):
        QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert field.value() == date(2019, 1, 28)


@POPUP_WARNINGS
def test_the_visit_forms_report_dates_open_on_the_visit(
    qtbot: QtBot, store: Store, visit: Visit
) -> None:
    form = VisitForm(store)
    qtbot.addWidget(form)
    form.show_record(visit)
    form.set_date_reference(visit.start_date)
    edit = form.binder.fields["transmitted_on"].widget
    assert isinstance(edit, DateEdit) and edit.text() == ""
    edit.open_calendar()
    assert edit.calendar is not None
    assert edit.calendar.selectedDate() == QDate(2019, 1, 27)
