"""The interviews a finding rests on: a ticked list that can be filtered, with warnings.

An interviewee at risk of reprisals is marked ⚠ in red, as in every other list. An interview
whose consent does not allow use in a report is greyed: it can still be ticked (the delegation
may rely on it), but the report will leave it out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QListWidgetItem

from spt_field.domain.values import Interview
from spt_field.ui.forms.fields import ChecklistField
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.models.roles import VALUE_ROLE

REPRISAL_COLOR = QColor("#b00020")


def evidence_label(interview: Interview, place_name: str) -> str:
    """Its line: "Person A · Central Prison · Person deprived of liberty · Anonymous use…"."""
    marker = "⚠ " if interview.reprisal_risk else ""
    persons = f" ×{interview.persons}" if interview.persons > 1 else ""
    person = translate("InterviewEvidence", "Person {0}").format(interview.pseudonym)
    parts = [f"{person}{persons}", place_name]
    parts += [code_label(interview.category), code_label(interview.consent)]
    return marker + " · ".join(part for part in parts if part)


def _warnings(interview: Interview) -> list[str]:
    warnings = []
    if interview.reprisal_risk:
        warnings.append(
            translate("InterviewEvidence", "Reprisal risk: this person must never be identifiable.")
        )
    if not interview.consent.allows_report:
        warnings.append(
            translate(
                "InterviewEvidence",
                "The consent given (“{0}”) does not allow use in a report: this interview "
                "cannot be cited in the report, which will leave it out.",
            ).format(code_label(interview.consent))
        )
    return warnings


class InterviewEvidenceField(ChecklistField):
    """The visit's interviews to tick as a finding's evidence; the value is their ids."""

    def set_interviews(
        self, interviews: Sequence[Interview], place_names: Mapping[str, str]
    ) -> None:
        """Offer `interviews` (keeping what is ticked), labelled with their place's name."""
        self.set_choices(
            (interview.id, evidence_label(interview, place_names.get(interview.place_id, "")))
            for interview in interviews
        )
        by_id = {interview.id: interview for interview in interviews}
        grey = self.widget.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        # Styling an item emits itemChanged, which the binder would take for an edit.
        self.widget.blockSignals(True)
        try:
            for row in range(self.widget.count()):
                item = self.widget.item(row)
                self._mark(item, by_id[item.data(VALUE_ROLE)], grey)
        finally:
            self.widget.blockSignals(False)

    def set_value_quietly(self, value: Sequence[str]) -> None:
        """Tick `value` without it counting as the user's edit."""
        self.widget.blockSignals(True)
        try:
            self.set_value(value)
        finally:
            self.widget.blockSignals(False)

    @staticmethod
    def _mark(item: QListWidgetItem, interview: Interview, grey: QColor) -> None:
        if interview.reprisal_risk:
            item.setForeground(QBrush(REPRISAL_COLOR))
        elif not interview.consent.allows_report:
            item.setForeground(QBrush(grey))
        if not interview.consent.allows_report:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        item.setToolTip("\n".join(_warnings(interview)))

    def apply_filter(self, text: str) -> int:
        """Hide the interviews whose label lacks one of the words typed; returns how many show."""
        words = text.casefold().split()
        shown = 0
        for row in range(self.widget.count()):
            item = self.widget.item(row)
            label = item.text().casefold()
            hidden = not all(word in label for word in words)
            item.setHidden(hidden)
            shown += not hidden
        return shown
