"""What the interface's code says to users, read from its syntax tree (no Qt needed).

`translatable_messages` lists every message a tr()/translate() call or a QT_TRANSLATE_NOOP mark
looks up, under the context Qt uses at run time: the enclosing class for ``self.tr`` (PySide
looks the text up under the object's classes, the defining one among them), the literal first
argument for ``translate``. `untranslated_texts` finds literal texts handed to Qt for display
without passing through a translation.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: Literal texts that may be shown untranslated, each with its reason.
ALLOWED_LITERALS = {
    "A": "an example pseudonym: pseudonyms are Latin capitals in every language",
    "CAT/OP/XXX/R.1": "the pattern of a UN document symbol, the same in every language",
}

#: Qt methods whose arguments are shown to the user.
_SHOWING_METHODS = frozenset(
    {
        "addAction",
        "addItem",
        "addItems",
        "addMenu",
        "addRow",
        "addTab",
        "insertItem",
        "insertRow",
        "insertTab",
        "setAccessibleDescription",
        "setAccessibleName",
        "setButtonText",
        "setDetailedText",
        "setHeaderLabel",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setInformativeText",
        "setItemText",
        "setLabelText",
        "setPlaceholderText",
        "setPrefix",
        "setSpecialValueText",
        "setStatusTip",
        "setSuffix",
        "setTabText",
        "setTabToolTip",
        "setText",
        "setTitle",
        "setToolTip",
        "setVerticalHeaderLabels",
        "setWhatsThis",
        "setWindowTitle",
        "showMessage",
    }
)
#: Widgets and items whose constructor takes the text they show.
_SHOWING_CLASSES = frozenset(
    {
        "QAction",
        "QCheckBox",
        "QCommandLinkButton",
        "QGroupBox",
        "QLabel",
        "QListWidgetItem",
        "QMenu",
        "QPushButton",
        "QRadioButton",
        "QStandardItem",
        "QTableWidgetItem",
        "QToolBar",
        "QToolButton",
        "QTreeWidgetItem",
    }
)
#: Static dialogs (QMessageBox.question, QInputDialog.getText, QFileDialog.getSaveFileName...):
#: the positions of their title, text and file-filter arguments.
_DIALOG_TEXT_ARGUMENTS = {
    "about": (1, 2),
    "critical": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "warning": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getDouble": (1, 2),
    "getMultiLineText": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
_TRANSLATE_NAMES = frozenset({"translate", "QT_TRANSLATE_NOOP"})
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    disambiguation: str = ""
    plural: bool = False


@dataclass
class Findings:
    messages: set[Message] = field(default_factory=set)
    #: Calls Qt or lupdate would get wrong, as "file:line: why".
    problems: list[str] = field(default_factory=list)
    #: Every class's base classes (by name), and where a class translates a plural.
    bases: dict[str, set[str]] = field(default_factory=dict)
    plurals: list[tuple[str, str]] = field(default_factory=list)  # ("file:line", class)

    def check_plural_classes(self) -> None:
        """PySide's self.tr() finds a plural only under the object's own class: one defined
        in a class that others extend is lost for the subclasses' objects."""
        extended = {base for bases in self.bases.values() for base in bases}
        self.problems += [
            f"{where}: a plural (%n) in {name}, which other classes extend: PySide looks "
            "plurals up under the object's own class only; translate it in the subclasses"
            for where, name in self.plurals
            if name in extended
        ]


def ui_modules(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _is_translation_function(function: ast.expr) -> bool:
    """translate(), QT_TRANSLATE_NOOP() or QCoreApplication.translate(), not QPainter's."""
    if isinstance(function, ast.Name):
        return True
    return (
        isinstance(function, ast.Attribute)
        and isinstance(function.value, ast.Name)
        and function.value.id in {"QCoreApplication", "QApplication"}
    )


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path, findings: Findings) -> None:
        self.path = path
        self.findings = findings
        self.classes: list[str] = []
        self.dynamic: list[tuple[str, ast.Call]] = []  # (context, call) with a computed text
        self.marked_contexts: set[str] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.findings.bases[node.name] = {
            base.id if isinstance(base, ast.Name) else ast.unparse(base) for base in node.bases
        }
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _called_name(node)
        if name == "tr" and isinstance(node.func, ast.Attribute):
            self._tr(node)
        elif name in _TRANSLATE_NAMES and _is_translation_function(node.func):
            self._translate(node, name)
        self.generic_visit(node)

    def problem(self, node: ast.AST, why: str) -> None:
        self.findings.problems.append(f"{self.path}:{getattr(node, 'lineno', 0)}: {why}")

    def _tr(self, node: ast.Call) -> None:
        assert isinstance(node.func, ast.Attribute)
        receiver = node.func.value
        if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
            self.problem(
                node,
                f"{ast.unparse(receiver)}.tr(): lupdate files it under the context "
                f"{ast.unparse(receiver)!r}, not the class Qt looks in; use self.tr() or "
                "translate(context, text)",
            )
            return
        if not self.classes:
            self.problem(node, "self.tr() outside a class")
            return
        plural = _argument(node, 2, "n") is not None
        if plural:
            self.findings.plurals.append((f"{self.path}:{node.lineno}", self.classes[-1]))
        self._message(node, self.classes[-1], _argument(node, 0, "sourceText"), 1, plural)

    def _translate(self, node: ast.Call, name: str) -> None:
        context = _literal(_argument(node, 0, "context"))
        if context is None:
            self.problem(node, f"{name}() needs a literal context")
            return
        if name == "QT_TRANSLATE_NOOP":
            self.marked_contexts.add(context)
        if _argument(node, 3, "n") is not None:
            self.problem(
                node,
                f"a plural (%n) through {name}(): lupdate drops it, or files it as a single "
                "form that French and Spanish cannot use for 2 or more; use self.tr(text, '', n) "
                "in the class, or word it without a plural",
            )
            return
        self._message(node, context, _argument(node, 1, "sourceText"), 2, False)

    def _message(
        self, node: ast.Call, context: str, text: ast.expr | None, position: int, plural: bool
    ) -> None:
        source = _literal(text)
        if source is None:
            self.dynamic.append((context, node))
            return
        disambiguation = _literal(_argument(node, position, "disambiguation")) or ""
        self.findings.messages.add(Message(context, source, disambiguation, plural))

    def check_dynamic(self) -> None:
        """A computed text is translatable only if the module marks its possible values."""
        for context, node in self.dynamic:
            if context not in self.marked_contexts:
                self.problem(
                    node,
                    f"a computed text translated in context {context!r}, but no "
                    f'QT_TRANSLATE_NOOP("{context}", ...) in this module marks its values '
                    "for lupdate",
                )


def translatable_messages(root: Path) -> Findings:
    findings = Findings()
    for path in ui_modules(root):
        if path.name == "i18n.py":  # defines translate() over a context it is given
            continue
        collector = _Collector(path, findings)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        collector.check_dynamic()
    findings.check_plural_classes()
    return findings


# Untranslated texts ------------------------------------------------------------------------------


def _shows_words(node: ast.expr) -> bool:
    """A literal (or a literal-built) text with words in it, markup aside."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = _TAG.sub("", node.value)
        return text not in ALLOWED_LITERALS and any(char.isalpha() for char in text)
    if isinstance(node, ast.JoinedStr):
        return any(_shows_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _shows_words(node.left) or _shows_words(node.right)
    if isinstance(node, ast.IfExp):
        return _shows_words(node.body) or _shows_words(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_shows_words(element) for element in node.elts)
    if isinstance(node, ast.Call) and _called_name(node) in {"format", "strip", "upper"}:
        assert isinstance(node.func, ast.Attribute)
        return _shows_words(node.func.value)
    return False


def _shown_arguments(call: ast.Call) -> Iterator[ast.expr]:
    name = _called_name(call)
    if name in _SHOWING_CLASSES and isinstance(call.func, ast.Name):
        yield from call.args[:1]
    elif name in _SHOWING_METHODS and isinstance(call.func, ast.Attribute):
        # addItem(text, data) / addRow(label, field): the data and the field are not shown.
        yield from call.args[:1] if name in {"addItem", "insertItem", "addRow"} else call.args
    elif name in _DIALOG_TEXT_ARGUMENTS and isinstance(call.func, ast.Attribute):
        args = call.args
        yield from (args[i] for i in _DIALOG_TEXT_ARGUMENTS[name] if i < len(args))


def untranslated_texts(root: Path) -> list[str]:
    """ "file:line: text" for each literal text shown without a translation."""
    found = []
    for path in ui_modules(root):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                found += [
                    f"{path}:{node.lineno}: {ast.unparse(argument)}"
                    for argument in _shown_arguments(node)
                    if _shows_words(argument)
                ]
    return found
