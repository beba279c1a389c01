"""Words of the interface written straight into a Qt call instead of through tr()/translate().

Read from the code, as pyside6-lupdate reads it: a literal string (or f-string) handed to a call
that puts text on screen (a label, a button, a tooltip, a message box, a menu entry, a status-bar
message, a form row, a file dialog's title or types, the window's own helpers that make actions)
is words the officer reads in English whatever the language. So is `x.tr(...)` outside a class's
method: lupdate does not see it, so it never reaches a catalogue.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

# Calls whose string arguments are shown to the officer (Qt's and the window's own helpers).
SHOWN = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "showMessage", "setTitle", "setLabelText",
    "setSpecialValueText", "setSuffix", "setPrefix", "setInformativeText", "setDetailedText", "setHtml",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QDockWidget", "QMenu", "QAction",
    "QToolButton", "QCommandLinkButton", "QMessageBox", "addMenu", "addRow", "addItem", "addItems", "addTab",
    "setTabText", "setItemText", "insertItem", "addButton", "addAction", "information", "warning",
    "critical", "question", "about", "getText", "getItem", "getInt", "getDouble", "getOpenFileName",
    "getSaveFileName", "getExistingDirectory", "setNameFilter", "setNameFilters", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setButtonText", "setDescription", "showText", "drawText",
    # the window's helpers: _action(menu, name, text, slot, shortcut, tip) and its kin
    "_action", "add_action", "add_preference_page", "_add", "_warn", "_ask", "_line", "_combo", "_note", "_show_date_problem", "PhraseEdit",
}
SHORTCUT = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)+\S*$|^F\d+$")
MARKUP = re.compile(r"<[^>]*>|&\w+;|\{[^}]*\}")  # tags, entities, placeholders: not words
NOT_WORDS = re.compile(r"^[a-z][a-z0-9_./:-]*$")  # keys, object names, file names


def looks_like_words(text: str) -> bool:
    words = MARKUP.sub("", text).strip()
    if not any(c.isalpha() for c in words) or SHORTCUT.match(words) or NOT_WORDS.match(text):
        return False
    return not (text.startswith("http") and " " not in text)


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _literal_words(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if looks_like_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return ast.unparse(node) if looks_like_words(text) else None
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) or _literal_words(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((w for w in map(_literal_words, node.elts) if w), None)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_words(node.left) or _literal_words(node.right)
    return None


def untranslated(path: Path) -> list[str]:
    """'file:line: words' for each piece of interface text in `path` that no catalogue can hold."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    in_class_method: set[ast.AST] = set()
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for fn in cls.body:
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                in_class_method.update(ast.walk(fn))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name == "tr" and isinstance(node.func, ast.Attribute) and node not in in_class_method:
            found.append(f"{path}:{node.lineno}: {ast.unparse(node)[:80]} (tr() outside a class: lupdate misses it; use translate(context, text))")
        if name in SHOWN:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                words = _literal_words(arg)
                if words:
                    found.append(f"{path}:{node.lineno}: {words[:80]!r}")
    return found


__all__ = ["untranslated", "looks_like_words"]
