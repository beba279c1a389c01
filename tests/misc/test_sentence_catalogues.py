"""Every sentence the layers below the window can say has its French and German, and each
translation fills in with the same facts as the English: a template added without them, or with
a fact misspelled, fails here before an officer meets it."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from planner.domain.phrases import parse_period
from planner.domain.sentences import CONTEXTS
from planner.i18n import FOLDER

ROOT = Path(__file__).resolve().parents[2]


def marked_templates() -> list[tuple[str, str, str]]:
    """(context, English template, where) of every QT_TRANSLATE_NOOP of a sentence context."""
    found = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)):
                context, text = (a.value for a in node.args)  # type: ignore[attr-defined]
                if context in CONTEXTS:
                    found.append((context, text, f"{path.relative_to(ROOT)}:{node.lineno}"))
    return found


def fact_names(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name is not None}


class AnyFact:
    """Stands for any fact: fits any format spec and conversion."""

    def __format__(self, spec: str) -> str:
        return "X"

    def __repr__(self) -> str:
        return "'X'"


@pytest.fixture(scope="module")
def catalogues() -> dict[str, QTranslator]:
    loaded = {}
    for language in ("fr", "de"):
        translator = QTranslator()
        assert translator.load(str(FOLDER / f"planner_{language}.qm"))
        loaded[language] = translator
    return loaded


def test_the_layers_mark_their_sentences():
    contexts = {context for context, _, _ in marked_templates()}
    assert set(CONTEXTS) <= contexts


def test_every_sentence_has_french_and_german_that_fill_in_with_the_same_facts(catalogues):
    problems = []
    for context, english, where in marked_templates():
        facts = {name: AnyFact() for name in fact_names(english)}
        english.format(**facts)  # the English itself fills in
        for language, translator in catalogues.items():
            said = translator.translate(context, english)
            if not said:
                problems.append(f"{where}: no {language} for {english!r}")
                continue
            if fact_names(said) != fact_names(english):
                problems.append(f"{where}: the {language} of {english!r} names {sorted(fact_names(said))}, not {sorted(fact_names(english))}")
                continue
            try:
                said.format(**facts)
            except (ValueError, IndexError, KeyError) as exc:
                problems.append(f"{where}: the {language} of {english!r} does not fill in ({exc})")
    assert problems == []


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_forms_a_refused_phrase_suggests_are_read_in_that_language(catalogues, language):
    """The hint after a refused date gives examples in the officer's language; each must be read."""
    english = next(t for c, t, _ in marked_templates() if c == "Phrases" and t.startswith("use a form such as"))
    said = catalogues[language].translate("Phrases", english)
    examples = re.findall(r"[«„]\s*(.+?)\s*[»“]", said)
    assert len(examples) == 7
    for example in examples:
        assert parse_period(example).shown == example


# The folders whose errors reach the officer as Sentences; a folder joins when its errors are.
SAID_WITH_SENTENCES = ("planner/domain", "planner/exchange", "planner/store", "planner/document", "planner/printing",
                       "planner/reading", "planner/report", "planner/reminders", "planner/calendar", "planner/files.py", "planner/locations.py")
# Errors only a programmer can cause (a word table that contradicts itself, a bad constant).
FOR_PROGRAMMERS = {("planner/domain/phrase_words.py", "ValueError"), ("planner/domain/recurrence.py", "ValueError"),
                   ("planner/printing/pagination.py", "ValueError"), ("planner/calendar/connections.py", "TimeoutError")}


def test_no_error_an_officer_can_meet_is_raised_with_english_written_in_place():
    """`raise SomeError(f"...")` below the window would reach a French officer in English."""
    found = []
    for folder in SAID_WITH_SENTENCES:
        for path in sorted((ROOT / folder).rglob("*.py")) if (ROOT / folder).is_dir() else [ROOT / folder]:
            name = str(path.relative_to(ROOT))
            for node in ast.walk(ast.parse(path.read_text(), name)):
                if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                    first = node.exc.args[0]
                    error = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", "?"))
                    written = isinstance(first, ast.JoinedStr) or (isinstance(first, ast.Constant) and isinstance(first.value, str))
                    # GateError's first fact is the field's name; its rule is typed Template (mypy holds it).
                    if written and error != "GateError" and (name, error) not in FOR_PROGRAMMERS:
                        found.append(f"{name}:{node.lineno} raise {error}(...)")
    assert found == []


def test_the_window_and_the_command_line_say_errors_through_error_text():
    """`str(exc)` or f"{exc}" at a door would show the English sentence to a French officer."""
    found = []
    doors = [*sorted((ROOT / "planner/ui").rglob("*.py")), *sorted((ROOT / "planner/cli").rglob("*.py")), ROOT / "planner/app.py"]
    for path in doors:
        name = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(), name)):
            if isinstance(node, ast.ExceptHandler) and node.name:
                for inner in ast.walk(node):
                    said_whole = (isinstance(inner, ast.Call) and getattr(inner.func, "id", "") == "str"
                                  and len(inner.args) == 1 and getattr(inner.args[0], "id", "") == node.name)
                    said_inside = isinstance(inner, ast.FormattedValue) and getattr(inner.value, "id", "") == node.name
                    if said_whole or said_inside:
                        found.append(f"{name}:{inner.lineno}")
    assert found == []
