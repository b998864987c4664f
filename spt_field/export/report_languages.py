"""The report's languages: one registry from language code to the wording of the report."""

from __future__ import annotations

from spt_field.errors import UserError
from spt_field.export.report_wording import ENGLISH, ReportWording
from spt_field.export.report_wording_es import SPANISH
from spt_field.export.report_wording_fr import FRENCH
from spt_field.export.report_wording_zh import CHINESE

WORDINGS: dict[str, ReportWording] = {
    wording.language: wording for wording in (ENGLISH, FRENCH, SPANISH, CHINESE)
}


def wording_for(language: str) -> ReportWording:
    """The report wording in `language` ("en", "fr", "es", "zh"); a UserError names the
    languages there are when there is none for it."""
    try:
        return WORDINGS[language]
    except KeyError:
        choices = ", ".join(WORDINGS)
        raise UserError(
            f"the report cannot be written in '{language}': choose one of {choices}"
        ) from None
