"""A strict first look at an .ics file before any parser sees it.

The icalendar library is lenient on purpose: it quietly drops a file that is cut short and accepts
an END that does not match its BEGIN. An import must not guess, so this pass checks that every
line is a content line and that components nest, and names the first line that is wrong.
"""
from __future__ import annotations

import re

from planner.exchange.batch import ImportFileError

# name *(";" param) ":" value — names are iana tokens or X- names (RFC 5545 §3.1); params are
# checked loosely because real clients write unquoted spaces and colons in them.
_CONTENT_LINE = re.compile(r"^[A-Za-z0-9_-]+(?:;[A-Za-z0-9_-]+=(?:\"[^\"]*\"|[^\";:]*)(?:,(?:\"[^\"]*\"|[^\";:]*))*)*:")
_NEWLINE = re.compile(r"\r\n|\n|\r")


def decode(data: bytes, name: str) -> str:
    """The file as text: UTF-8 (RFC 5545 §3.1.4), with or without a byte order mark."""
    if b"\x00" in data[:4096]:
        raise ImportFileError(f"The file {name} is not an iCalendar file (it holds binary data).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(f"The file {name} is not UTF-8 text (line {line} has bytes of another encoding); save it as UTF-8.") from None


def logical_lines(text: str) -> list[tuple[int, str]]:
    """(first physical line number, unfolded line); blank lines are skipped."""
    out: list[tuple[int, str]] = []
    for number, physical in enumerate(_NEWLINE.split(text), 1):
        if physical[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + physical[1:])
        elif physical.strip():
            out.append((number, physical))
    return out


def check(text: str, name: str) -> None:
    """Raise ImportFileError naming the first line that is not well-formed iCalendar."""
    found = logical_lines(text)
    if not found or found[0][1].strip().upper() != "BEGIN:VCALENDAR":
        raise ImportFileError(f"The file {name} is not an iCalendar file (it does not begin with BEGIN:VCALENDAR).")
    open_: list[tuple[str, int]] = []
    for number, line in found:
        if not _CONTENT_LINE.match(line):
            raise ImportFileError(f"In {name}, line {number} is not an iCalendar content line: {_clip(line)!r}.")
        head, _, value = line.partition(":")
        keyword, component = head.upper(), value.strip().upper()
        if keyword == "BEGIN":
            if not open_ and component != "VCALENDAR":
                raise ImportFileError(f"In {name}, line {number} begins {component} outside of a calendar.")
            open_.append((component, number))
        elif keyword == "END":
            if not open_:
                raise ImportFileError(f"In {name}, line {number} ends {component}, which was never begun.")
            begun, at = open_.pop()
            if begun != component:
                raise ImportFileError(f"In {name}, line {number} ends {component}, but {begun} was begun on line {at}.")
        elif not open_:
            raise ImportFileError(f"In {name}, line {number} stands outside of any calendar: {_clip(line)!r}.")
    if open_:
        begun, at = open_[-1]
        raise ImportFileError(f"The file {name} is cut short: {begun}, begun on line {at}, never ends.")


def _clip(line: str, width: int = 60) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"
