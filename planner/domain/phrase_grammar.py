"""The one grammar of date phrases: shapes filled with the words of `phrase_words`.

`grammar()` is one compiled regex: leading words ("by", "planned for adoption in", "d'ici", "bis")
then one of the shapes below, in order from the most to the least specific (the first shape
that fits at a place wins, so "22 August 2020" is a day, not a month followed by a stray 22).
`phrases.parse_period` matches it against a whole phrase; `phrase_search.find_phrases` runs it
through a sentence. Each shape knows its own regex, so after the big one has found where a phrase
is, `read` learns its parts from that shape alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import Callable, Iterable

from .period import Period, Precision, month_end
from .phrase_words import ALL as W
from .recurrence import Recurrence
from .sentences import QT_TRANSLATE_NOOP, said

# The years of the dates the planner supports (gate.EARLIEST..LATEST, 1900-2199); a test keeps
# the two equal.
YEAR = r"(?:19|20|21)\d\d"
Y = rf"(?P<year>{YEAR})"
ISO = rf"{YEAR}-\d{{1,2}}-\d{{1,2}}"
SEP = r"(?:\s*-\s*|\s+)"  # "mid-2022", "mid 2022"


class NeedsDocumentDate(ValueError):
    """The phrase counts from its document's date, which was not given."""


def _word(w: str) -> str:
    return re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")


def alt(words: Iterable[str]) -> str:
    """An alternation of the words (longest first, so "end of" is tried before "end")."""
    ws = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(_word(w) for w in ws) + ")" if ws else "(?!)"


def lead_words(words: Iterable[str]) -> str:
    """Words followed by their space ("by ") or glued on ("l'été", "mid-")."""
    ws = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(_word(w) + (r"\s*" if w[-1] in "'-" else r"\s+") for w in ws) + ")"


LEAD = lead_words(W.lead + W.lead_from + W.articles)
FROM = re.compile(r"(?:^|\s)" + alt(W.lead_from) + r"(?:\s|$)", re.IGNORECASE)
NUMBER = rf"(?P<n>\d{{1,3}}|{alt(W.numbers)})"
PART = rf"(?:(?P<early>{alt(W.early)})|(?P<mid>{alt(W.mid)})|(?P<late>{alt(W.late)}))"
WHICH_YEAR = rf"(?:(?P<this>{alt(W.this_year + W.the_year)})|(?P<next>{alt(W.next_year)}))"
ORD = rf"(?P<ord>{alt(W.ordinals)})"
OF = rf"(?:\s+{alt(W.of)})?"


@dataclass(frozen=True)
class Shape:
    kind: str  # "deadline", "span", "relative", "recurring"
    pattern: str
    build: Callable[[dict[str, str], date | None], "Period | Recurrence"]

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _year(g: dict[str, str], name: str = "year") -> int:
    return int(g[name])


def _ordinal(g: dict[str, str], most: int) -> int:
    n = W.ordinals[_key(g["ord"])]
    if n > most:
        if most == 2:
            raise ValueError(said(QT_TRANSLATE_NOOP("Phrases", "a year has two halves, not {count}"), count=n))
        raise ValueError(said(QT_TRANSLATE_NOOP("Phrases", "a year has four quarters, not {count}"), count=n))
    return n


def _number(g: dict[str, str]) -> int:
    n = g["n"]
    return int(n) if n.isdigit() else W.numbers[_key(n)]


def _doc(doc: date | None) -> date:
    if doc is None:
        raise NeedsDocumentDate()
    return doc


def _months_after(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return min(date(year, month, 1) + timedelta(days=d.day - 1), month_end(year, month))


def _days(first: date, last: date) -> Period:
    return Period(first, last, Precision.DAY)


def _window(g: dict[str, str], doc: date | None) -> Period:
    first, last = (date(*map(int, g[k].split("-"))) for k in ("a", "b"))
    if last < first:
        raise ValueError(said(QT_TRANSLATE_NOOP("Phrases", "the window ends on {last}, before it starts on {first}"), last=last, first=first))
    return _days(first, last)


def _years(g: dict[str, str], doc: date | None) -> Period:
    first, last = _year(g), _year(g, "year2")
    if last < first:
        raise ValueError(said(QT_TRANSLATE_NOOP("Phrases", "the span ends in {last}, before it starts in {first}"), last=last, first=first))
    return Period.years(first, last) if last > first else Period.year(first)


def _quarters(year: int, first: int, last: int) -> Period:
    """"Q2/Q3 2021", "Q1-Q2 2021": the window from the first quarter's start to the last one's end."""
    if last <= first:
        raise ValueError(said(QT_TRANSLATE_NOOP("Phrases", "the quarters run backwards or repeat (Q{first} to Q{last})"), first=first, last=last))
    return _days(Period.quarter(year, first).start, Period.quarter(year, last).end)


def _part(g: dict[str, str], year: int) -> Period:
    if g.get("end"):
        return Period.year_end(year)
    return Period.part_of_year(year, "early" if g.get("early") else "mid" if g.get("mid") else "late")


def _which_year(g: dict[str, str], doc: date | None) -> int:
    return _doc(doc).year + (1 if g.get("next") else 0)


def _season(g: dict[str, str], doc: date | None) -> Period:
    first, last = W.seasons[_key(g["season"])]
    year = _year(g)
    return _days(date(year, first, 1), month_end(year, last))


def _half_or_quarter(g: dict[str, str], year: int) -> Period:
    if g.get("half"):
        return Period.half(year, _ordinal(g, 2))
    return Period.quarter(year, _ordinal(g, 4))


def _month(g: dict[str, str]) -> int:
    text = g["month"]
    return int(text) if text.isdigit() else W.months[_key(text)]


_TO = rf"(?:\s*[-–—]\s*|\s+{alt(W.to)}\s+)"
_EVERY_UNIT = rf"(?P<unit>{alt(W.units)})"

# Most specific first: a shape that starts like a later one must come before it.
SHAPES: list[Shape] = [
    Shape("span", rf"(?P<a>{ISO})\s*(?:\.\.|/|–|—|\s{alt(W.to)}\s)\s*(?P<b>{ISO})", _window),
    Shape("deadline", rf"{Y}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})",
          lambda g, d: Period.day(date(_year(g), int(g["month"]), int(g["day"])))),
    Shape("deadline", rf"{Y}-(?P<month>0[1-9]|1[0-2])", lambda g, d: Period.month(_year(g), int(g["month"]))),
    Shape("span", rf"{Y}{_TO}(?P<year2>{YEAR})", _years),
    Shape("span", rf"{alt(W.between)}\s+{Y}\s+{alt(W.and_)}\s+(?P<year2>{YEAR})", _years),
    Shape("span", rf"(?P<day>\d{{1,2}})\.?\s*[-–]\s*(?P<day2>\d{{1,2}})(?:{alt(W.day_suffixes)})?\s+(?P<month>{alt(W.months)})\s+{Y}",
          lambda g, d: _days(*(date(_year(g), _month(g), int(g[k])) for k in ("day", "day2")))),
    Shape("deadline", rf"(?P<day>\d{{1,2}})(?:{alt(W.day_suffixes)})?\s+(?P<month>{alt(W.months)})\s+{Y}",
          lambda g, d: Period.day(date(_year(g), _month(g), int(g["day"])))),
    Shape("deadline", rf"(?P<month>{alt(W.months)})\s+{Y}", lambda g, d: Period.month(_year(g), _month(g))),
    Shape("deadline", rf"{alt(W.quarter_letter)}\s*(?P<n>[1-4])\s*[-–/]\s*{alt(W.quarter_letter)}\s*(?P<n2>[1-4])\s+{Y}",
          lambda g, d: _quarters(_year(g), int(g["n"]), int(g["n2"]))),
    Shape("deadline", rf"{alt(W.quarter_letter)}\s*(?P<n>[1-4])\s*[-/]?\s*{Y}",
          lambda g, d: Period.quarter(_year(g), int(g["n"]))),
    Shape("deadline", rf"{Y}\s*[-/]?\s*{alt(W.quarter_letter)}(?P<n>[1-4])",
          lambda g, d: Period.quarter(_year(g), int(g["n"]))),
    Shape("deadline", rf"{ORD}\s+(?:(?P<half>{alt(W.half)})|{alt(W.quarter)}){OF}\s+{Y}",
          lambda g, d: _half_or_quarter(g, _year(g))),
    Shape("deadline", rf"{alt(W.half_letter)}\s*(?P<n>[12])\s*[-/]?\s*{Y}",
          lambda g, d: Period.half(_year(g), int(g["n"]))),
    Shape("deadline", rf"(?P<season>{alt(W.seasons)}){OF}\s+{Y}", _season),
    Shape("deadline", rf"(?:{PART}|(?P<end>{alt(W.end)})(?:\s+{alt(W.the_year)})?){SEP}{Y}",
          lambda g, d: _part(g, _year(g))),
    # Relative to the document's date
    Shape("relative", rf"(?:{PART}|(?P<end>{alt(W.end)})){SEP}{WHICH_YEAR}",
          lambda g, d: _part(g, _which_year(g, d))),
    Shape("relative", rf"{ORD}\s+(?:(?P<half>{alt(W.half)})|{alt(W.quarter)}){OF}\s+{WHICH_YEAR}",
          lambda g, d: _half_or_quarter(g, _which_year(g, d))),
    Shape("relative", rf"(?:(?P<this>{alt(W.this_year)})|(?P<next>{alt(W.next_year)}))",
          lambda g, d: Period.year(_which_year(g, d))),
    Shape("relative", alt(W.later), lambda g, d: _days(_doc(d), date(_doc(d).year, 12, 31))),
    Shape("relative", alt(W.coming_months), lambda g, d: _days(_doc(d), _months_after(_doc(d), 6))),
    Shape("relative", rf"{alt(W.within)}\s+{NUMBER}\s+{_EVERY_UNIT}",
          lambda g, d: _days(_doc(d), _months_after(_doc(d), _number(g) * W.units[_key(g["unit"])]))),
    # Recurring
    Shape("recurring", rf"(?P<adverb>{alt(W.every_adverbs)})",
          lambda g, d: Recurrence(W.every_adverbs[_key(g["adverb"])])),
    Shape("recurring", rf"{alt(W.every)}\s+(?:{NUMBER}\s+)?{_EVERY_UNIT}",
          lambda g, d: Recurrence((_number(g) if g.get("n") else 1) * W.units[_key(g["unit"])])),
    Shape("recurring", rf"{NUMBER}{alt(W.yearly_suffix)}", lambda g, d: Recurrence(12 * _number(g))),
    Shape("relative", alt(W.immediately), lambda g, d: Period.day(_doc(d))),
    Shape("deadline", Y, lambda g, d: Period.year(_year(g))),
    # Year-less: the year is the document's. A month alone must follow a leading word ("by June"),
    # or every "May" of a sentence would be a date.
    Shape("relative", rf"{ORD}\s+(?:(?P<half>{alt(W.half)})|{alt(W.quarter)})",
          lambda g, d: _half_or_quarter(g, _doc(d).year)),
    Shape("relative", rf"{lead_words(W.lead + W.lead_from)}(?P<month>{alt(W.months)})",
          lambda g, d: Period.month(_doc(d).year, _month(g))),
]

# Not inside a word, a number, a reference such as "2016/794" or "30.7.2021", nor "COM(2020)".
START = r"(?<![\w/.\-–—])(?<![A-Za-z]\()(?<![A-Za-z]\\\()"
# Not followed by a letter or digit (footnote marks are fine) nor by "-2025", "/794", ".5".
END = r"(?![^\W¹²³⁴⁵⁶⁷⁸⁹⁰]|[-–—/.]\d)"
_NAMED = re.compile(r"\(\?P<\w+>")


@lru_cache(maxsize=1)
def grammar() -> re.Pattern[str]:
    """All shapes in one regex, each as group `s<index>`; compiled at the first phrase read
    (20 ms), not when the app starts."""
    shapes = "|".join(f"(?P<s{i}>{_NAMED.sub('(?:', s.pattern)})" for i, s in enumerate(SHAPES))
    return re.compile(rf"{START}(?P<lead>{LEAD}*)(?:{shapes}){END}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a phrase found by `grammar()` means: a window, or a recurrence, and its kind."""

    kind: str  # "deadline", "span", "recurring", "target", "relative"
    period: Period | None
    recurrence: Recurrence | None = None


def read(m: re.Match[str], document_date: date | None) -> Reading:
    """The meaning of a `grammar()` match. Raises `NeedsDocumentDate`, or ValueError for a date
    that does not exist ("31 February 2021")."""
    group = m.lastgroup
    assert group is not None, m  # grammar() puts every shape in a group of its own, "s<n>"
    shape = SHAPES[int(group[1:])]
    body = m.group(group)
    parts = shape.regex.fullmatch(body)
    assert parts is not None, body  # the shape matched this very text inside grammar()
    g = {k: v for k, v in parts.groupdict().items() if v is not None}
    made = shape.build(g, document_date)
    if isinstance(made, Recurrence):
        return Reading("recurring", None, made)
    kind = shape.kind
    if kind == "deadline" and FROM.search(m["lead"]):
        kind = "target"
    return Reading(kind, made)
