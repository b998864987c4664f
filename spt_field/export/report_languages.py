"""The report's languages: one registry from language code to the wording of the report, over
the languages whose catalogues there are (spt_field/catalogues.py)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spt_field.catalogues import available_languages
from spt_field.errors import UserError
from spt_field.export.report_translation import wording_in
from spt_field.export.report_wording import ReportWording


class _Wordings(Mapping[str, ReportWording]):
    """Each language's wording, made from its catalogue when first asked for."""

    def __getitem__(self, language: str) -> ReportWording:
        if language not in available_languages():
            raise KeyError(language)
        return wording_in(language)

    def __iter__(self) -> Iterator[str]:
        return iter(available_languages())

    def __len__(self) -> int:
        return len(available_languages())


WORDINGS: Mapping[str, ReportWording] = _Wordings()


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
