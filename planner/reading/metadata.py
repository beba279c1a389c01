"""What a document says about itself: its date, its reference and its title.

Commission documents open with "Brussels, 24.7.2020" and "COM(2020) 607 final"; news items with
a date line ("31 August 2020", "Date 2020-07-28"). Only the head of the document is searched:
a date further down is about something else.
"""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Block

# Month names of the languages the Commission's pages are republished in most often.
_MONTHS = {
    name: number
    for names in (
        "january february march april may june july august september october november december",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "januari februari maart april mei juni juli augustus september oktober november december",
    )
    for number, name in enumerate(names.split(), start=1)
}
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = [
    # "Brussels, 24.7.2020"
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"), lambda m: date(int(m[3]), int(m[2]), int(m[1]))),
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), lambda m: date(int(m[1]), int(m[2]), int(m[3]))),
    (re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_WORD})\s+((?:19|20)\d\d)\b", re.I),
     lambda m: date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))),
]
_REFERENCE = re.compile(
    r"\b((?:COM|SWD|JOIN|C|SEC)\s*\(\s*(?:19|20)\d\d\s*\)\s*\d+|IP/\d\d/\d+|MEMO/\d\d/\d+|QANDA/\d\d/\d+)"
    r"(\s+final)?",
)
# A date line of its own near the top, or the Brussels line: not a date inside a sentence.
_DATE_LINE = re.compile(r"^(?:brussels,|bruxelles,|date\b|published\b|.*gepubliceerd op)?.{0,30}$", re.I)


def document_date(head: str) -> date | None:
    """The document's own date from its first lines, or None when it states none."""
    for line in head.split("\n"):
        line = line.strip()
        if not line:
            continue
        short = len(line) <= 60 or re.match(r"^(brussels|bruxelles|date)\b", line, re.I) or "gepubliceerd op" in line
        if not short:
            continue
        for pattern, build in _DATES:
            m = pattern.search(line)
            if m:
                try:
                    return build(m)
                except ValueError:
                    continue
    return None


def document_reference(head: str) -> str:
    """'COM(2020) 607' for a document that says 'COM(2020) 607 final' at its head; '' when none."""
    found = list(_REFERENCE.finditer(head))
    finals = [m for m in found if m[2]]
    chosen = (finals or found[:1])
    if not chosen:
        return ""
    return re.sub(r"\s*\(\s*", "(", re.sub(r"\s*\)\s*", ") ", chosen[0][1])).strip()


def document_title(blocks: list[Block]) -> str:
    """The first heading or paragraph that reads like a title (not a date, a reference or a
    line in capitals)."""
    for block in blocks[:12]:
        text = block.text
        letters = [c for c in text if c.isalpha()]
        if not letters or len(text) > 200 or _REFERENCE.search(text) or document_date(text):
            continue
        if sum(c.isupper() for c in letters) / len(letters) > 0.6:
            continue
        return text
    return ""
