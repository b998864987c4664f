"""The report tab of a visit: the drafters' narrative of each section, saved as they type,
and the way to the exported draft."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.report_sections import ReportSection
from spt_field.export.report_languages import wording_for
from spt_field.services.narratives import report_narratives, set_narrative
from spt_field.ui.accessibility import name
from spt_field.ui.autosave import Autosave
from spt_field.ui.i18n import code_label, current_language, translate
from spt_field.ui.store import Store
from spt_field.ui.undo import ChangeCommand


class ReportPage(QWidget):
    exportRequested = Signal()  # noqa: N815
    finalizeRequested = Signal()  # noqa: N815

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit_id: str | None = None
        self.saved: dict[ReportSection, str] = {}
        self.sections = QListWidget(self)
        name(self.sections, self.tr("Report sections"))
        for section in ReportSection:
            self.sections.addItem(code_label(section))
        self.sections.setMaximumWidth(340)
        self.sections.setWordWrap(True)
        self.sections.currentRowChanged.connect(self._show_section)
        self.editor = QPlainTextEdit(self)
        name(self.editor, self.tr("Section narrative"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._on_edit)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        restore = QPushButton(self.tr("Re&store standard wording"), self)
        restore.clicked.connect(self.restore_standard_wording)
        finalize = QPushButton(self.tr("F&inalize numbering"), self)
        finalize.setToolTip(
            self.tr("Store each recommendation's paragraph number so the State's reply can cite it")
        )
        finalize.clicked.connect(self.finalizeRequested)
        export = QPushButton(self.tr("E&xport report…"), self)
        export.clicked.connect(self.exportRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(restore)
        buttons.addStretch(1)
        buttons.addWidget(finalize)
        buttons.addWidget(export)
        column = QVBoxLayout()
        title = QLabel(
            self.tr(
                "<b>Narrative</b> — printed at the start of the section, before "
                "the generated content"
            ),
            self,
        )
        column.addWidget(title)
        column.addWidget(self.editor, 1)
        column.addWidget(self.hint)
        column.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sections)
        layout.addLayout(column, 1)
        self._loading = False
        self.autosave = Autosave(store, self._save, self)

    @property
    def section(self) -> ReportSection:
        return list(ReportSection)[max(self.sections.currentRow(), 0)]

    def set_visit(self, visit_id: str) -> None:
        self.flush()
        self.visit_id = visit_id
        self.saved = self.store.read(report_narratives, visit_id, standard_wording())
        if self.sections.currentRow() < 0:
            self.sections.setCurrentRow(0)
        else:
            self._show_section(self.sections.currentRow())

    def _show_section(self, _row: int) -> None:
        self.flush()
        self._loading = True
        self.editor.setPlainText(self.saved.get(self.section, ""))
        self._loading = False
        self.hint.setText(
            self.tr(
                "The report follows this text with what the visit's records say for “{0}”."
            ).format(code_label(self.section))
        )

    def _on_edit(self) -> None:
        if self._loading or self.visit_id is None:
            return
        self.autosave.edited()

    def flush(self) -> bool:
        return self.autosave.flush()

    def _save(self) -> None:
        section, new = self.section, self.editor.toPlainText()
        old = self.saved.get(section, "")
        if new == old or self.visit_id is None:
            return
        self.store.write(set_narrative, self.visit_id, section, new)
        self.saved[section] = new
        text = translate("ReportPage", "Edit report section")
        self.store.undo_stack.push(
            ChangeCommand(self.store, text, section, old, new, lambda t: self.apply(section, t))
        )

    def apply(self, section: ReportSection, text: str) -> None:
        """Undo and redo: write the text and show it if its section is open."""
        if self.visit_id is None:
            return
        self.store.write(set_narrative, self.visit_id, section, text)
        self.saved[section] = text
        if section is self.section:
            self._loading = True
            self.editor.setPlainText(text)
            self._loading = False

    def restore_standard_wording(self) -> None:
        self.editor.setPlainText(standard_wording()[self.section])
        self.flush()


def standard_wording() -> Mapping[ReportSection, str]:
    """The report's standard texts in the interface's language."""
    return wording_for(current_language()).standard_wording
