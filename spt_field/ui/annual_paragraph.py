"""The annual report's paragraph in the interface's language: the words of
export.statistics_text's paragraph, translated here (plural forms included) and handed to it.

The words are `self.tr()` calls of a QObject: lupdate files a plural message (%n) only from
those."""

from __future__ import annotations

from PySide6.QtCore import QObject

from spt_field.domain.codes import ReportGroup
from spt_field.export.statistics_text import ENGLISH_PARAGRAPH, ParagraphWording
from spt_field.ui.i18n import SOURCE_LANGUAGE, current_language


class AnnualParagraph(QObject):
    def wording(self) -> ParagraphWording:
        return ParagraphWording(
            sentence=self.tr(
                "During its official visits in {0}, the Subcommittee conducted {1} with "
                "{2}{3}. It visited {4}."
            ),
            all_years=self.tr("all years"),
            interviews=lambda n: self.tr("%n individual or collective interview(s)", None, n),
            persons=lambda n: self.tr("%n person(s)", None, n),
            of_whom=lambda n: self.tr(", of whom %n person(s) deprived of their liberty", None, n),
            all_deprived=self.tr(" deprived of their liberty"),
            places={
                ReportGroup.PRISONS: lambda n: self.tr("%n prison(s)", None, n),
                ReportGroup.POLICE_STATIONS: lambda n: self.tr("%n police station(s)", None, n),
                ReportGroup.JUVENILE_CENTRES: lambda n: self.tr(
                    "%n juvenile detention centre(s)", None, n
                ),
                ReportGroup.PSYCHIATRIC_HEALTH: lambda n: self.tr(
                    "%n psychiatric or health-care institution(s)", None, n
                ),
                ReportGroup.MIGRANT_CENTRES: lambda n: self.tr(
                    "%n closed migrant centre(s)", None, n
                ),
                ReportGroup.OTHER_PLACES: lambda n: self.tr("%n other place(s)", None, n),
            },
            series=self._series,
        )

    def _series(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        separator = self.tr(", ", "between the items of a list")
        return self.tr("{0} and {1}").format(separator.join(items[:-1]), items[-1])


def paragraph_wording() -> ParagraphWording:
    """The paragraph's words in the interface's language (English, as the annual report is
    drafted, when the interface is)."""
    if current_language() == SOURCE_LANGUAGE:
        return ENGLISH_PARAGRAPH
    return AnnualParagraph().wording()
