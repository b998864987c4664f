"""What the cleaning removed from a file, in the interface's language.

The cleaning (services.attachment_cleaning) names what it removed in English words, stored with
the attachment; the interface shows them translated.
"""

from __future__ import annotations

from collections.abc import Iterable

from spt_field.ui.i18n import QT_TRANSLATE_NOOP, translate

# Every word the cleaning uses, marked for lupdate one by one.
_WORDS = frozenset(
    (
        QT_TRANSLATE_NOOP("MetadataWords", "GPS position"),
        QT_TRANSLATE_NOOP("MetadataWords", "camera serial number"),
        QT_TRANSLATE_NOOP("MetadataWords", "lens serial number"),
        QT_TRANSLATE_NOOP("MetadataWords", "owner's name"),
        QT_TRANSLATE_NOOP("MetadataWords", "maker notes"),
        QT_TRANSLATE_NOOP("MetadataWords", "camera make and model"),
        QT_TRANSLATE_NOOP("MetadataWords", "EXIF"),
        QT_TRANSLATE_NOOP("MetadataWords", "XMP"),
        QT_TRANSLATE_NOOP("MetadataWords", "IPTC"),
        QT_TRANSLATE_NOOP("MetadataWords", "comment"),
        QT_TRANSLATE_NOOP("MetadataWords", "text fields"),
        QT_TRANSLATE_NOOP("MetadataWords", "colour profile naming the device"),
        QT_TRANSLATE_NOOP("MetadataWords", "author"),
        QT_TRANSLATE_NOOP("MetadataWords", "last modified by"),
        QT_TRANSLATE_NOOP("MetadataWords", "company"),
        QT_TRANSLATE_NOOP("MetadataWords", "manager"),
        QT_TRANSLATE_NOOP("MetadataWords", "creating program"),
        QT_TRANSLATE_NOOP("MetadataWords", "producing program"),
        QT_TRANSLATE_NOOP("MetadataWords", "title"),
        QT_TRANSLATE_NOOP("MetadataWords", "subject"),
        QT_TRANSLATE_NOOP("MetadataWords", "keywords"),
    )
)


def removed_words(words: Iterable[str]) -> str:
    """ "GPS position, EXIF" in the interface's language; a word not known here as stored."""
    return ", ".join(translate("MetadataWords", word) if word in _WORDS else word for word in words)
