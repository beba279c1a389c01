"""A promise that repeats ("every year", "every six months", "two-yearly") as a series of periods.

A recurring phrase names no single window: `Recurrence.occurrences` cuts the period a document
covers into one window per occurrence, so each can be planned and tracked on its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .period import Period, Precision, month_end
from .sentences import QT_TRANSLATE_NOOP, Sentence, said


@dataclass(frozen=True, slots=True)
class Recurrence:
    """Every `months` months: 12 is "every year", 6 "every six months", 24 "two-yearly"."""

    months: int

    def __post_init__(self) -> None:
        if self.months < 1:
            raise ValueError("a recurrence repeats at least once a month")

    @property
    def label(self) -> str:
        return str(self.described)

    @property
    def described(self) -> Sentence:
        """"every year", "every 2 years", "every 6 months", to be said in a sentence."""
        if self.months % 12 == 0:
            years = self.months // 12
            if years == 1:
                return said(QT_TRANSLATE_NOOP("Phrases", "every year"))
            return said(QT_TRANSLATE_NOOP("Phrases", "every {count} years"), count=years)
        if self.months == 1:
            return said(QT_TRANSLATE_NOOP("Phrases", "every month"))
        return said(QT_TRANSLATE_NOOP("Phrases", "every {count} months"), count=self.months)

    def occurrences(self, over: Period) -> list[Period]:
        """One window per occurrence inside `over`, back to back, in calendar units.

        Windows line up with the calendar (quarters start in January, April, ...; a yearly series
        is the calendar years) starting with the one that holds `over.start`; the last is the one
        that holds `over.end`.
        """
        step = self.months
        if step % 12 == 0:
            first = date(over.start.year, 1, 1)
        else:
            month0 = (over.start.month - 1) // step * step if 12 % step == 0 else over.start.month - 1
            first = date(over.start.year, month0 + 1, 1)
        found: list[Period] = []
        while first <= over.end:
            index = first.year * 12 + first.month - 1 + step
            found.append(_window(first, step))
            first = date(index // 12, index % 12 + 1, 1)
        return found


def _window(first: date, months: int) -> Period:
    last_index = first.year * 12 + first.month - 1 + months - 1
    end = month_end(last_index // 12, last_index % 12 + 1)
    if months == 1:
        return Period.month(first.year, first.month)
    if months == 3 and first.month % 3 == 1:
        return Period.quarter(first.year, first.month // 3 + 1)
    if months == 6 and first.month in (1, 7):
        return Period.half(first.year, 1 if first.month == 1 else 2)
    if months == 12 and first.month == 1:
        return Period.year(first.year)
    if months % 12 == 0 and first.month == 1:
        return Period.years(first.year, end.year)
    return Period(first, end, Precision.DAY)
