"""The shape a TOML plan file must have: [[tables]] where tables belong, said in words when not."""
from __future__ import annotations

from datetime import date
from typing import Any

from planner.domain import sentences
from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence

from .batch import ImportFileError


def tables_of(parent: dict[str, Any], field: str, name: str, within: str = "") -> list[dict[str, Any]]:
    """The [[field]] tables of `parent`; anything else under that name is refused, named."""
    found = parent.get(field, [])
    if not isinstance(found, list) or not all(isinstance(t, dict) for t in found):
        shown = said(found) if not isinstance(found, list) else sentences.said(QT_TRANSLATE_NOOP("Import", "a list of {kinds}"), kinds=_and(sorted({said(t) for t in found})))
        raise ImportFileError(sentences.said(QT_TRANSLATE_NOOP("Import", "In {name}, {field!r} must be tables written [[{table}]], not {shown}."),
                                             name=name, field=field, table=within + field, shown=shown))
    return found


_KINDS = ((bool, QT_TRANSLATE_NOOP("Import", "true or false")), (str, QT_TRANSLATE_NOOP("Import", "text")), (int, QT_TRANSLATE_NOOP("Import", "a number")),
          (float, QT_TRANSLATE_NOOP("Import", "a number")), (date, QT_TRANSLATE_NOOP("Import", "a date")), (list, QT_TRANSLATE_NOOP("Import", "a list")),
          (dict, QT_TRANSLATE_NOOP("Import", "a table")))


def said(value: object) -> str:
    """What a TOML value is, in words (a Template: said in the officer's language in a sentence)."""
    for kind, words in _KINDS:
        if isinstance(value, kind):
            return words
    return type(value).__name__


def _and(words: list[str]) -> str | Sentence:
    """"text and a number": the kinds of a list's items, joined as a sentence says them."""
    joined: str | Sentence = words[0]
    for word in words[1:]:
        joined = sentences.said(QT_TRANSLATE_NOOP("Import", "{one} and {other}"), one=joined, other=word)
    return joined
