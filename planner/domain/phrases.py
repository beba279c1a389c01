"""Reading the date phrases of strategy documents into `Period`s.

The grammar is small on purpose: a leading qualifier the documents use ("by", "in", "planned for
adoption in", "until", "by the end of") and one date shape (a quarter, a half, early/mid/late, a
year-end, a year, a span of years, a month, a day). Day and month shapes are read by dateutil.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from .period import Period, Precision


class PhraseError(ValueError):
    """A date phrase the planner cannot read; the message quotes it."""

    def __init__(self, phrase: str, why: str = "") -> None:
        self.phrase = phrase
        reason = why or (
            "use a form such as 'Q4 2020', 'by the end of 2020', 'early 2021', "
            "'December 2020', '22 August 2020', '2021-2025' or '2020-12-31'"
        )
        super().__init__(f"Cannot read the date {phrase!r}: {reason}.")


# Qualifiers say how the date is meant, not which window it is; they are stripped before reading.
_QUALIFIERS = re.compile(
    r"^(?:(?:planned|scheduled|expected|due)\s+(?:for\s+(?:adoption\s+|publication\s+)?)?(?:in|by|for)?\s*"
    r"|(?:open\s+)?until\s+|no\s+later\s+than\s+|not\s+later\s+than\s+|before\s+|by\s+|in\s+|"
    r"during\s+|from\s+|at\s+|on\s+|as\s+of\s+)",
    re.IGNORECASE,
)
_YEAR = r"((?:19|20|21)\d\d)"
_SHAPES: list[tuple[re.Pattern[str], object]] = [
    (re.compile(rf"^q([1-4])\s*[-/ ]?\s*{_YEAR}$", re.I), lambda m: Period.quarter(int(m[2]), int(m[1]))),
    (re.compile(rf"^{_YEAR}\s*[-/ ]?\s*q([1-4])$", re.I), lambda m: Period.quarter(int(m[1]), int(m[2]))),
    (re.compile(rf"^(first|second|third|fourth)\s+quarter\s+(?:of\s+)?{_YEAR}$", re.I),
     lambda m: Period.quarter(int(m[2]), ["first", "second", "third", "fourth"].index(m[1].lower()) + 1)),
    (re.compile(rf"^h([12])\s*[-/ ]?\s*{_YEAR}$", re.I), lambda m: Period.half(int(m[2]), int(m[1]))),
    (re.compile(rf"^(first|second)\s+half\s+(?:of\s+)?{_YEAR}$", re.I),
     lambda m: Period.half(int(m[2]), 1 if m[1].lower() == "first" else 2)),
    (re.compile(rf"^(early|beginning\s+of|start\s+of)\s*-?\s*{_YEAR}$", re.I),
     lambda m: Period.part_of_year(int(m[2]), "early")),
    (re.compile(rf"^(mid|middle\s+of)\s*-?\s*{_YEAR}$", re.I), lambda m: Period.part_of_year(int(m[2]), "mid")),
    (re.compile(rf"^late\s*-?\s*{_YEAR}$", re.I), lambda m: Period.part_of_year(int(m[1]), "late")),
    (re.compile(rf"^(?:the\s+)?end(?:\s+of|\s*-)\s*(?:the\s+year\s+)?{_YEAR}$", re.I),
     lambda m: Period.year_end(int(m[1]))),
    (re.compile(rf"^(?:the\s+)?year[- ]end\s+{_YEAR}$", re.I), lambda m: Period.year_end(int(m[1]))),
    (re.compile(rf"^{_YEAR}$"), lambda m: Period.year(int(m[1]))),
    (re.compile(rf"^{_YEAR}\s*(?:-|–|—|to|until)\s*{_YEAR}$", re.I), lambda m: _years(int(m[1]), int(m[2]))),
    # ISO dates before dateutil: its day-first reading would swap month and day in "2000-01-02".
    (re.compile(r"^(\d{4}-\d\d-\d\d)$"), lambda m: Period.day(date.fromisoformat(m[1]))),
    (re.compile(r"^(\d{4}-\d\d)$"), lambda m: Period.month(int(m[1][:4]), int(m[1][5:]))),
    (re.compile(r"^(\d{4}-\d\d-\d\d)\s*(?:\.\.|/|–|—| to )\s*(\d{4}-\d\d-\d\d)$"), lambda m: _window(m[1], m[2])),
]
_IMMEDIATE = re.compile(r"^(?:immediately|with immediate effect|right away|now)$", re.I)


def _years(first: int, last: int) -> Period:
    if last < first:
        raise ValueError(f"the span ends in {last}, before it starts in {first}")
    return Period.years(first, last) if last > first else Period.year(first)


def _window(first: str, last: str) -> Period:
    return Period(date.fromisoformat(first), date.fromisoformat(last), Precision.DAY)


def parse_period(phrase: str, *, anchor: date | None = None) -> Period:
    """Read a date phrase into a `Period` that keeps `phrase` as written.

    `anchor` is the date "immediately" means: the adoption date of the document. Raises
    `PhraseError` quoting the phrase when it cannot be read.
    """
    return _parse(str(phrase), anchor)


# A plan says "Q4 2021" thousands of times: a file of 100,000 rows reads each phrase once.
# Periods are immutable, so the same one can be handed out again; errors are never cached.
@lru_cache(maxsize=4096)
def _parse(phrase: str, anchor: date | None) -> Period:
    text = " ".join(phrase.split())
    if not text:
        raise PhraseError(phrase, "the date is empty")
    body = _strip_qualifiers(text)
    try:
        period = _read(body, anchor, phrase)
    except PhraseError:
        raise
    except (ValueError, OverflowError) as exc:
        raise PhraseError(phrase, str(exc)) from None
    if period is None:
        raise PhraseError(phrase)
    return period.with_phrase(text)


def _strip_qualifiers(text: str) -> str:
    body = text.strip().rstrip(".")
    while True:
        stripped = _QUALIFIERS.sub("", body, count=1).strip()
        if stripped == body or not stripped:
            return body
        body = stripped


def _read(body: str, anchor: date | None, phrase: str) -> Period | None:
    if _IMMEDIATE.match(body):
        if anchor is None:
            raise PhraseError(phrase, "'immediately' needs the adoption date of its document")
        return Period.day(anchor)
    for pattern, build in _SHAPES:
        m = pattern.match(body)
        if m:
            return build(m)  # type: ignore[operator]
    return _read_calendar_date(body)


# Two different defaults reveal which parts dateutil really found in the text.
_DEFAULT_A = datetime(1904, 1, 1)
_DEFAULT_B = datetime(1905, 2, 2)


def _read_calendar_date(body: str) -> Period | None:
    if not re.search(r"\d", body) or not re.search(r"(19|20|21)\d\d", body):
        return None  # a month or day without a year is too vague to plan with
    from dateutil import parser as dateparser  # loaded at the first day or month read, not at start

    try:
        a = dateparser.parse(body, default=_DEFAULT_A, dayfirst=True)
        b = dateparser.parse(body, default=_DEFAULT_B, dayfirst=True)
    except (dateparser.ParserError, ValueError, OverflowError):
        return None
    if a.year != b.year:
        return None
    if a.day != b.day:
        if a.month != b.month:
            return None
        return Period.month(a.year, a.month)
    return Period.day(a.date())
