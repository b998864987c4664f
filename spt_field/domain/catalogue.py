"""The labels of every code list in every language SPT Field speaks: one catalogue read by the
report, the statistics text and the interface alike.

English is each code's own `.label` (codes.py); the other languages' labels are the "codes"
catalogues (spt_field/locale/<language>/LC_MESSAGES/codes.po), each label a message in the
context of its code list's name ("PlaceType"). French, Spanish and Chinese follow the United
Nations' terminology in those languages (the Optional Protocol, the Istanbul Protocol, the
Subcommittee's reports). A code added without its translations fails the completeness test.
"""

from __future__ import annotations

from spt_field.catalogues import available_languages, catalogue, language_name
from spt_field.domain.codes import CodeList

DOMAIN = "codes"

#: (code, the language's own name for itself), in the order menus offer them: the languages
#: whose catalogues are there.
LANGUAGES: tuple[tuple[str, str], ...] = tuple(
    (code, language_name(code)) for code in available_languages()
)
LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in LANGUAGES)


def label(member: CodeList, language: str) -> str:
    """The code's label in `language` ("en", "fr", "es", "zh"); English, the code's own label,
    for a language or a label the catalogues lack, so that an unknown setting never hides a
    label."""
    return catalogue(DOMAIN, language).pgettext(type(member).__name__, member.label)
