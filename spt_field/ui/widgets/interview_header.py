"""Pieces of the interview form's header: the consent scope box and the reprisal badge.

The consent scope and the reprisal flag decide what may ever leave the delegation, so they are
styled to be seen at a glance: the consent box is coloured by scope (red for "no use"), and a
red badge stands in the header while the interviewee is flagged at risk of reprisals.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from spt_field.domain.codes import ConsentScope
from spt_field.ui.i18n import translate

CONSENT_OBJECT_NAME = "consentScope"
REPRISAL_RED = "#b00020"

# Applied to the header frame; the consent box carries its scope as the "scope" property.
HEADER_STYLE = f"""
QComboBox#{CONSENT_OBJECT_NAME} {{
    font-weight: bold; border: 2px solid #666; border-radius: 3px; padding: 2px 6px;
}}
QComboBox#{CONSENT_OBJECT_NAME}[scope="none"] {{ border-color: {REPRISAL_RED};
    background: #fdecea; color: #7f0016; }}
QComboBox#{CONSENT_OBJECT_NAME}[scope="internal"] {{ border-color: #b26a00;
    background: #fff4e0; color: #6b3f00; }}
QComboBox#{CONSENT_OBJECT_NAME}[scope="anonymous"] {{ border-color: #2e7d32;
    background: #e8f5e9; color: #1b5e20; }}
QComboBox#{CONSENT_OBJECT_NAME}[scope="transmit"] {{ border-color: #1565c0;
    background: #e3f2fd; color: #0d47a1; }}
QLabel#reprisalBadge {{
    background: {REPRISAL_RED}; color: white; font-weight: bold; padding: 2px 8px;
    border-radius: 3px;
}}
"""


def consent_tooltip() -> str:
    """The four consent scopes of domain.md section 4, for the consent box's tooltip."""
    return translate(
        "InterviewHeader",
        "<b>Informed consent: how the interviewee allows their information to be used.</b>"
        "<ul>"
        "<li><b>No use</b>: nothing from this interview may be used.</li>"
        "<li><b>Delegation use only</b>: the delegation may use it internally, never in a "
        "report.</li>"
        "<li><b>Anonymous use in the report</b>: may be used in the report without anything "
        "that identifies the person.</li>"
        "<li><b>Anonymous use and transmission</b>: anonymous use, and allegations may be "
        "passed to the authorities.</li>"
        "</ul>"
        "When in doubt, choose the narrower scope: do no harm.",
    )


def show_consent_scope(combo: QComboBox) -> None:
    """Colour the consent box for the scope it shows (call whenever its index changes)."""
    scope = combo.currentData()  # a plain str: Qt keeps a StrEnum as a string
    combo.setProperty("scope", ConsentScope(scope).value if scope else "")
    combo.style().unpolish(combo)
    combo.style().polish(combo)


def reprisal_badge(parent: QWidget) -> QLabel:
    badge = QLabel(translate("InterviewHeader", "⚠ Reprisal risk"), parent)
    badge.setObjectName("reprisalBadge")
    badge.setToolTip(
        translate(
            "InterviewHeader",
            "This interviewee is flagged at risk of reprisals (OPCAT art. 15): nothing that "
            "leaves the delegation may make the person identifiable. Follow up on later visits.",
        )
    )
    return badge
