"""The item-data roles every model and view of the interface shares.

One numbering for the whole interface, so a view can read the record behind any item (its kind
and id) without knowing which model painted it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole
#: The plain value behind an item of a simple list: a path, a code, an id.
VALUE_ROLE = _USER
#: The id of the record an item stands for.
ID_ROLE = _USER + 1
#: The kind (RecordKind value) of that record.
KIND_ROLE = _USER + 2
#: True on the item of a record with open conflicts.
CONFLICT_ROLE = _USER + 3
#: A search hit's translated kind, title and marked-up snippet.
KIND_LABEL_ROLE = _USER + 4
TITLE_ROLE = _USER + 5
SNIPPET_ROLE = _USER + 6
#: The domain value (a Finding) behind an item of a tree widget.
FINDING_ROLE = _USER + 7
