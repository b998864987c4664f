"""A table cell edited with a combo box over a code list (a member's role, a person's category)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from spt_field.domain.codes import CodeList
from spt_field.ui.i18n import code_label

Index = QModelIndex | QPersistentModelIndex


class CodeComboDelegate(QStyledItemDelegate):
    """The model's edit role holds the code; the combo box shows the labels."""

    def __init__(self, codes: type[CodeList], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.codes = codes

    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        for code in self.codes:
            combo.addItem(code_label(code), code.value)
        # A choice is saved as soon as it is made, not only when the cell loses focus.
        combo.activated.connect(lambda _index: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        combo = cast(QComboBox, editor)
        combo.setCurrentIndex(max(combo.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(  # noqa: N802 (Qt override)
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        combo = cast(QComboBox, editor)
        model.setData(index, combo.currentData(), Qt.ItemDataRole.EditRole)
