"""Coarse dates: a `Period` is an inclusive window of days with a precision.

Strategy documents promise things "by Q2 2021", "by the end of 2020", "early 2021" or "2021-2025".
A `Period` keeps the phrase as written and the window it stands for, so the app can show
precision honestly (a quarter is drawn as a quarter) while still computing with dates.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from .sentences import QT_TRANSLATE_NOOP, said

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta


class Precision(str, Enum):
    """How coarse a period is; the value is what is stored and shown."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    PART_OF_YEAR = "part-of-year"  # early / mid / late: thirds of a year
    HALF = "half-year"
    YEAR_END = "year-end"
    YEAR = "year"
    YEARS = "multi-year"

    @property
    def step(self) -> relativedelta:
        """The natural move for this precision: a quarter is rescheduled by quarters."""
        # dateutil loads at the first move, not with every window that only shows the plan.
        from dateutil.relativedelta import relativedelta

        years, months, days = _STEPS[self]
        return relativedelta(years=years, months=months, days=days)


# (years, months, days)
_STEPS = {
    Precision.DAY: (0, 0, 1),
    Precision.MONTH: (0, 1, 0),
    Precision.QUARTER: (0, 3, 0),
    Precision.PART_OF_YEAR: (0, 4, 0),
    Precision.HALF: (0, 6, 0),
    Precision.YEAR_END: (1, 0, 0),
    Precision.YEAR: (1, 0, 0),
    Precision.YEARS: (1, 0, 0),
}

_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def month_end(year: int, month: int) -> date:
    # The day before the first of the next month. (calendar.monthrange says the same, but its
    # module loads `locale` too, 2 ms of every start for this one line.)
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


@dataclass(frozen=True, slots=True)  # slots: two or more for each commitment of a plan
class Period:
    """An inclusive window `start..end` of whole days, with the precision it was given at.

    `phrase` is the text as the document wrote it ("planned for adoption in Q4 2020"); equality
    ignores it, so two phrases for the same window compare equal.
    """

    start: date
    end: date
    precision: Precision
    phrase: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(said(QT_TRANSLATE_NOOP("Phrases", "a period cannot end ({end}) before it starts ({start})"), end=self.end, start=self.start))

    # Construction -------------------------------------------------------------------------

    @classmethod
    def day(cls, d: date, phrase: str = "") -> "Period":
        return cls(d, d, Precision.DAY, phrase)

    @classmethod
    def month(cls, year: int, month: int, phrase: str = "") -> "Period":
        return cls(date(year, month, 1), month_end(year, month), Precision.MONTH, phrase)

    @classmethod
    def quarter(cls, year: int, q: int, phrase: str = "") -> "Period":
        first = 3 * (q - 1) + 1
        return cls(date(year, first, 1), month_end(year, first + 2), Precision.QUARTER, phrase)

    @classmethod
    def half(cls, year: int, h: int, phrase: str = "") -> "Period":
        first = 6 * (h - 1) + 1
        return cls(date(year, first, 1), month_end(year, first + 5), Precision.HALF, phrase)

    @classmethod
    def part_of_year(cls, year: int, part: str, phrase: str = "") -> "Period":
        first, last = _PARTS[part]
        return cls(date(year, first, 1), month_end(year, last), Precision.PART_OF_YEAR, phrase)

    @classmethod
    def year_end(cls, year: int, phrase: str = "") -> "Period":
        # "By the end of 2020": the deadline is 31 December; the window shown is the last month.
        return cls(date(year, 12, 1), date(year, 12, 31), Precision.YEAR_END, phrase)

    @classmethod
    def year(cls, year: int, phrase: str = "") -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR, phrase)

    @classmethod
    def years(cls, first: int, last: int, phrase: str = "") -> "Period":
        return cls(date(first, 1, 1), date(last, 12, 31), Precision.YEARS, phrase)

    # Reading ------------------------------------------------------------------------------

    @property
    def days(self) -> int:
        """Length of the window in days, both ends included."""
        return (self.end - self.start).days + 1

    @property
    def shown(self) -> str:
        """What the officer sees: the phrase as written, or the canonical label."""
        return self.phrase or self.label

    @property
    def label(self) -> str:
        """A canonical phrase that parses back to this same window."""
        s, e, p = self.start, self.end, self.precision
        if p is Precision.DAY:
            return self.window_text
        if p is Precision.MONTH:
            return s.strftime("%B %Y")
        if p is Precision.QUARTER:
            return f"Q{(s.month - 1) // 3 + 1} {s.year}"
        if p is Precision.HALF:
            return f"H{(s.month - 1) // 6 + 1} {s.year}"
        if p is Precision.PART_OF_YEAR:
            part = next(k for k, (first, _) in _PARTS.items() if first == s.month)
            return f"{part} {s.year}"
        if p is Precision.YEAR_END:
            return f"end of {s.year}"
        if p is Precision.YEAR:
            return str(s.year)
        return f"{s.year}-{e.year}"

    @property
    def window_text(self) -> str:
        """The window as dates, e.g. '2020-10-01..2020-12-31' (a single day shows once)."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    # Moving -------------------------------------------------------------------------------

    def shifted(self, steps: int) -> "Period":
        """The same kind of window moved by whole steps of its precision ("Q4 2020" +1 -> "Q1 2021").

        The phrase is dropped: a moved period no longer says what the document said.
        """
        if steps == 0:
            return self
        delta = self.precision.step * steps
        start = self.start + delta
        if self.precision is Precision.DAY:
            return Period(start, self.end + delta, Precision.DAY)
        # Whole-month windows keep their month ends (Feb 28 -> May 31, not May 28).
        end = self.end + delta
        end = month_end(end.year, end.month)
        return Period(start, end, self.precision)

    def with_phrase(self, phrase: str) -> "Period":
        return replace(self, phrase=phrase)

    def with_end(self, end: date) -> "Period":
        """The same start with a new last day (dragging the end of a bar): a free window of days."""
        if end == self.end:
            return self
        return Period(self.start, end, Precision.DAY)
