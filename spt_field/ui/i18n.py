"""The interface language: which one, and the Qt translators that show it.

The language comes from the command line (``--lang``), else the settings, else the system's
languages, else English, the language the code is written in. Our messages (compiled by the
build from resources/translations/*.ts) and Qt's own (standard buttons, file dialogs) are
installed together, and QLocale's default follows, so that dates and numbers in the widgets
match the words around them. Installing translators makes Qt send every window a
LanguageChange event: the main window rebuilds itself in the new language on it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QFontDatabase

from spt_field.domain import catalogue
from spt_field.domain.codes import CodeList
from spt_field.domain.countries import country_name

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = catalogue.LANGUAGE_CODES
#: Each language under its own name (an autonym): whoever cannot read the current language
#: still finds theirs, so these are deliberately not translated.
LANGUAGE_NAMES = dict(catalogue.LANGUAGES)
#: The languages whose script the usual Latin fonts lack: the shipped CJK font is registered
#: for them only, when first needed (it is large; start-up in the other languages skips it).
_NEEDS_CJK_FONT = frozenset({"zh"})
#: Day-and-month patterns that differ from "d MMM".
_SHORT_DATE = {"zh": "M月d日"}
_OUR_CATALOGUE = "spt_field"
_QT_CATALOGUE = "qtbase"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under a name that pyside6-lupdate reads reliably.

    lupdate files a ``self.tr()`` call that directly follows ``QCoreApplication.translate()``
    under a bogus context ("QCoreApplication.self"), so its translation would never be found;
    a bare ``translate()`` call does not confuse it. Use it where there is no ``self.tr``:
    module-level helpers, and texts marked with QT_TRANSLATE_NOOP and translated later.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark `text` for lupdate (to be translated later, in `context`) and return it as it is.

    PySide's own QT_TRANSLATE_NOOP is typed as returning `object`; this one keeps the `str`."""
    return text


def base_language(tag: str | None) -> str:
    """ "fr-CH", "fr_FR" or "zh-Hans-CN" -> "fr" or "zh"; "" for nothing."""
    return (tag or "").replace("-", "_").split("_")[0].lower()


def system_languages() -> list[str]:
    """The user's preferred languages as the system lists them, best first."""
    return list(QLocale.system().uiLanguages())


def choose_language(command_line: str | None, setting: str, system: Sequence[str]) -> str:
    """The first language we have among the command line's, the settings' and the system's;
    English otherwise. Chinese is Simplified Chinese, whatever the system's variant."""
    for candidate in (command_line, setting, *system):
        code = base_language(candidate)
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language the interface shows now: the one whose translator is installed."""
    app = QCoreApplication.instance()
    translator = app.findChild(QTranslator, _OUR_CATALOGUE) if app is not None else None
    return base_language(translator.language()) if translator is not None else SOURCE_LANGUAGE


def code_label(member: CodeList) -> str:
    """A code's label (place type, consent...) in the interface's language, from the one
    catalogue the report and the statistics use too."""
    return catalogue.label(member, current_language())


def country_label(code: str) -> str:
    """A country's name in the interface's language."""
    return country_name(code, current_language())


def short_date(day: date) -> str:
    """Day and abbreviated month ("28 Jan", "28 janv.", "1月28日"), as the interface's
    language writes them."""
    pattern = _SHORT_DATE.get(current_language(), "d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def locale_for(code: str) -> QLocale:
    """The system's own locale when it speaks `code` (a Swiss user keeps Swiss number
    formats in French), else the language's usual one."""
    system = QLocale.system()
    if base_language(system.name()) == code:
        return system
    return QLocale(code)


def translations_folder() -> Path:
    """Where the build puts our compiled catalogues (spt_field_<code>.qm)."""
    return Path(str(files("spt_field.resources").joinpath("translations")))


def apply_language(code: str) -> None:
    """Show the interface in `code` from now on; every open window gets a LanguageChange
    event, delivered before this returns, so callers see the new language at once."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a QApplication")
    for old in app.findChildren(QTranslator):
        if old.objectName() in (_OUR_CATALOGUE, _QT_CATALOGUE):
            app.removeTranslator(old)
            old.setParent(None)  # no longer found by current_language(); Python frees it
    locale = locale_for(code)
    QLocale.setDefault(locale)
    if code != SOURCE_LANGUAGE:
        if code in _NEEDS_CJK_FONT:
            register_cjk_font()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _install(app, _QT_CATALOGUE, locale, qt_folder)
        _install(app, _OUR_CATALOGUE, locale, str(translations_folder()))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _install(app: QCoreApplication, name: str, locale: QLocale, folder: str) -> None:
    """Install the catalogue `name`_<language>.qm from `folder`. A missing one is logged and
    the interface stays readable, in English."""
    translator = QTranslator()
    if not translator.load(locale, name, "_", folder):
        log.error("no %s translations for %s in %s", name, locale.name(), folder)
        return
    translator.setObjectName(name)
    translator.setParent(app)  # kept alive by the application, found by current_language()
    app.installTranslator(translator)


@cache
def register_cjk_font() -> list[str]:
    """Make the shipped CJK font known to Qt, whose font fallback then draws Chinese with it
    on machines without a Chinese font of their own. Returns its family names."""
    path = files("spt_field.resources").joinpath("fonts", "DroidSansFallbackFull.ttf")
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.error("could not load the CJK font %s", path)
        return []
    return list(QFontDatabase.applicationFontFamilies(font_id))
