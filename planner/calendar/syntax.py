"""A first look at an .ics file before any parser sees it.

The icalendar library is lenient on purpose: it quietly drops a file that is cut short and accepts
an END that does not match its BEGIN. An import must not guess, so this pass checks that every
line is a content line and that components nest. `check` names the first line that is wrong
(the all-or-nothing import); `scan` sets aside each event or to-do that is not well-formed, with
its line and why, and hands the parser the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence, said
from planner.exchange.batch import ImportFileError

# name *(";" param) ":" value — names are iana tokens or X- names (RFC 5545 §3.1); params are
# checked loosely because real clients write unquoted spaces and colons in them.
_CONTENT_LINE = re.compile(r"^[A-Za-z0-9_-]+(?:;[A-Za-z0-9_-]+=(?:\"[^\"]*\"|[^\";:]*)(?:,(?:\"[^\"]*\"|[^\";:]*))*)*:")
_NEWLINE = re.compile(r"\r\n|\n|\r")


def decode(data: bytes, name: str) -> str:
    """The file as text: UTF-8 (RFC 5545 §3.1.4), with or without a byte order mark."""
    if b"\x00" in data[:4096]:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "The file {name} is not an iCalendar file (it holds binary data)."), name=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "The file {name} is not UTF-8 text (line {line} has bytes of another encoding); save it as UTF-8."), name=name, line=line)) from None


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
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "The file {name} is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)."), name=name))
    open_: list[tuple[str, int]] = []
    for number, line in found:
        if not _CONTENT_LINE.match(line):
            raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "In {name}, line {number} is not an iCalendar content line: {text!r}."), name=name, number=number, text=_clip(line)))
        head, _, value = line.partition(":")
        keyword, component = head.upper(), value.strip().upper()
        if keyword == "BEGIN":
            if not open_ and component != "VCALENDAR":
                raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "In {name}, line {number} begins {component} outside of a calendar."), name=name, number=number, component=component))
            open_.append((component, number))
        elif keyword == "END":
            if not open_:
                raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "In {name}, line {number} ends {component}, which was never begun."), name=name, number=number, component=component))
            begun, at = open_.pop()
            if begun != component:
                raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "In {name}, line {number} ends {component}, but {begun} was begun on line {at}."), name=name, number=number, component=component, begun=begun, at=at))
        elif not open_:
            raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "In {name}, line {number} stands outside of any calendar: {text!r}."), name=name, number=number, text=_clip(line)))
    if open_:
        begun, at = open_[-1]
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "The file {name} is cut short: {begun}, begun on line {at}, never ends."), name=name, begun=begun, at=at))


ITEMS = ("VEVENT", "VTODO")
LINE_PROPERTY = "X-PLANNER-IMPORT-LINE"  # where an item began in the file, for the import's report


@dataclass
class Scanned:
    text: str  # the well-formed items and everything around them, CRLF line ends, for the parser
    skipped: list[tuple[int, Sentence | str]] = field(default_factory=list)  # (line the item begins, why), why ends a sentence
    ignored: list[Sentence | str] = field(default_factory=list)  # notes on lines outside any item that were left out


def scan(text: str, name: str) -> Scanned:
    """Every event and to-do that is well-formed, each marked with its first line; the others
    are skipped with a reason. A file that is not a calendar at all still raises ImportFileError."""
    found = logical_lines(text)
    if not found or found[0][1].strip().upper() != "BEGIN:VCALENDAR":
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Calendar", "The file {name} is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)."), name=name))
    out, kept, stray = Scanned(""), [], []
    open_: list[tuple[str, int]] = []
    item: list[str] = []  # the lines of the event or to-do being read
    item_line: int | None = None  # where it began; None between items
    broken: Sentence | str = ""  # why it cannot be read, once something is wrong with it

    def finish() -> None:
        nonlocal item, item_line, broken
        if broken:
            out.skipped.append((item_line or 0, broken))
        else:
            kept.extend(item)
        item, item_line, broken = [], None, ""

    for number, line in found:
        if not _CONTENT_LINE.match(line):
            if not open_:
                stray.append(number)
            elif item_line is not None:
                broken = broken or said(QT_TRANSLATE_NOOP("Calendar", "line {number} is not an iCalendar content line: {line}"), number=number, line=repr(_clip(line)))
            else:
                out.ignored.append(said(QT_TRANSLATE_NOOP("Calendar", "Line {number} of {name} is not an iCalendar content line and was left out: {line}."), number=number, name=name, line=repr(_clip(line))))
            continue
        head, _, value = line.partition(":")
        keyword, component = head.upper(), value.strip().upper()
        if not open_:
            if keyword == "BEGIN" and component == "VCALENDAR":
                open_.append((component, number))
                kept.append(line)
            else:
                stray.append(number)
            continue
        if keyword == "BEGIN":
            if item_line is not None and component in ITEMS:  # an item inside an item: the first never ended
                begun, at = open_[1]
                broken = broken or said(QT_TRANSLATE_NOOP("Calendar", "{begun}, begun on line {at}, is not ended before line {number} begins {component}"), begun=begun, at=at, number=number, component=component)
                finish()
                del open_[1:]
            if len(open_) == 1 and component in ITEMS:
                item, item_line = [line, f"{LINE_PROPERTY}:{number}"], number
                open_.append((component, number))
                continue
            open_.append((component, number))
        elif keyword == "END":
            if component not in (n for n, _ in open_):
                if item_line is not None:
                    broken = broken or said(QT_TRANSLATE_NOOP("Calendar", "line {number} ends {component}, which was never begun"), number=number, component=component)
                else:
                    out.ignored.append(said(QT_TRANSLATE_NOOP("Calendar", "Line {number} of {name} ends {component}, which was never begun, and was left out."), number=number, name=name, component=component))
                continue
            while open_[-1][0] != component:  # components left open inside the one that ends here
                begun, at = open_.pop()
                if item_line is not None:
                    broken = broken or said(QT_TRANSLATE_NOOP("Calendar", "{begun}, begun on line {at}, is not ended before line {number} ends {component}"), begun=begun, at=at, number=number, component=component)
                    if len(open_) == 1:
                        finish()  # the item itself was left open
            if item_line is not None and len(open_) == 2:
                item.append(line)
                open_.pop()
                finish()
                continue
            open_.pop()
        (item if item_line is not None else kept).append(line)
    if item_line is not None:
        begun, at = open_[1]
        broken = broken or said(QT_TRANSLATE_NOOP("Calendar", "{begun}, begun on line {at}, never ends (the file is cut short)"), begun=begun, at=at)
        finish()
    if open_:
        kept.extend(f"END:{n}" for n, _ in reversed(open_[:1]))
        out.ignored.append(said(QT_TRANSLATE_NOOP("Calendar", "The file {name} ends without END:VCALENDAR; what it holds was read."), name=name))
    if stray:
        # One template for one line and one for two or more: English, French and German agree on both.
        if len(stray) == 1:
            out.ignored.append(said(QT_TRANSLATE_NOOP("Calendar", "In {name}, line {line} outside of any calendar was left out."), name=name, line=stray[0]))
        else:
            out.ignored.append(said(QT_TRANSLATE_NOOP("Calendar", "In {name}, {count} lines from line {line} on outside of any calendar were left out."), name=name, count=len(stray), line=stray[0]))
    out.text = "\r\n".join(kept) + "\r\n"
    return out


def _clip(line: str, width: int = 60) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"
