"""The shape a TOML plan file must have: [[tables]] where tables belong, said in words when not."""
from __future__ import annotations

from datetime import date
from typing import Any

from .batch import ImportFileError


def tables_of(parent: dict[str, Any], field: str, name: str, within: str = "") -> list[dict[str, Any]]:
    """The [[field]] tables of `parent`; anything else under that name is refused, named."""
    found = parent.get(field, [])
    if not isinstance(found, list) or not all(isinstance(t, dict) for t in found):
        shown = said(found) if not isinstance(found, list) else "a list of " + " and ".join(sorted({said(t) for t in found}))
        raise ImportFileError(f"In {name}, {field!r} must be tables written [[{within}{field}]], not {shown}.")
    return found


def said(value: object) -> str:
    """What a TOML value is, in words."""
    for kind, words in ((bool, "true or false"), (str, "text"), (int, "a number"), (float, "a number"), (date, "a date"), (list, "a list"), (dict, "a table")):
        if isinstance(value, kind):
            return words
    return type(value).__name__
