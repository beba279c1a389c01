"""`TimeScale`: where a day lies on the timeline at a zoom level, and the header ticks to draw.

Pure Python, no Qt: the widget, the printer and the tests all use the same arithmetic. A day is a
cell `[x_of(d), x_after(d))`; x grows to the right from the left edge of whatever is drawn on.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QDate, QLocale

from planner.i18n import short_day_text, translate

MIN_PX_PER_DAY = 0.02  # about 130 years across 1000 px: further out nothing is readable
MAX_PX_PER_DAY = 120.0  # a day as wide as a column of text; further in helps nobody
_FIRST = date(1900, 1, 1).toordinal()  # dates stay inside what `date` and the plan can hold
_LAST = date(2199, 12, 31).toordinal()


class Level(str, Enum):
    """The two header bands shown at a zoom level: upper unit over lower unit."""

    YEARS = "years over quarters"
    QUARTERS = "quarters over months"
    MONTHS = "months over weeks"
    WEEKS = "weeks over days"


class Tick(NamedTuple):
    """One header cell: the days `first..last` (inclusive) between `x0` and `x1`.

    `labels` run from the longest to the shortest; the painter shows the first one that fits.
    """

    first: date
    last: date
    x0: float
    x1: float
    labels: tuple[str, ...]


class Header(NamedTuple):
    """The two bands of the time header: `upper` (say years) over `lower` (say quarters)."""

    level: Level
    upper: list[Tick]
    lower: list[Tick]


@dataclass(frozen=True)
class TimeScale:
    """`origin` is the day number (`date.toordinal`, may be fractional) drawn at x = 0."""

    origin: float
    px_per_day: float

    def __post_init__(self) -> None:
        if not self.px_per_day > 0:
            raise ValueError(f"a time scale needs a positive width per day, not {self.px_per_day}")

    # Building ---------------------------------------------------------------------------------

    @classmethod
    def fitting(cls, first: date, last: date, width: float, margin_px: float = 0.0) -> "TimeScale":
        """The scale on which the days `first..last` fill `width` pixels, less a margin each side."""
        days = (last - first).days + 1
        usable = max(width - 2 * margin_px, 1.0)
        ppd = clamp_px_per_day(usable / days)
        # Centre the range: if the clamp made it narrower than the width, it sits in the middle.
        origin = first.toordinal() - (width - days * ppd) / 2 / ppd
        return cls(origin, ppd)

    # Mapping ----------------------------------------------------------------------------------

    def x_of(self, d: date) -> float:
        """Left edge of the day `d`."""
        return (d.toordinal() - self.origin) * self.px_per_day

    def x_after(self, d: date) -> float:
        """Right edge of the day `d`: where an inclusive window ending on `d` stops."""
        return (d.toordinal() + 1 - self.origin) * self.px_per_day

    def x_mid(self, d: date) -> float:
        """The middle of the day `d`: where a line or a diamond for that one day goes."""
        return (d.toordinal() + 0.5 - self.origin) * self.px_per_day

    def day_number_at(self, x: float) -> float:
        return self.origin + x / self.px_per_day

    def date_at(self, x: float) -> date:
        """The day whose cell contains `x`."""
        n = math.floor(self.day_number_at(x))
        return date.fromordinal(min(max(n, _FIRST), _LAST))

    # Moving -----------------------------------------------------------------------------------

    def scrolled(self, dx: float) -> "TimeScale":
        """The view moved `dx` pixels to the right (later dates come in from the right)."""
        return replace(self, origin=self.origin + dx / self.px_per_day)

    def zoomed_about(self, x: float, factor: float) -> "TimeScale":
        """Zoomed in by `factor` (> 1 widens days) keeping the instant under `x` where it is."""
        ppd = clamp_px_per_day(self.px_per_day * factor)
        anchor = self.day_number_at(x)
        return TimeScale(anchor - x / ppd, ppd)

    def with_px_per_day(self, ppd: float, about_x: float) -> "TimeScale":
        return self.zoomed_about(about_x, ppd / self.px_per_day)

    # Header -----------------------------------------------------------------------------------

    def level(self, min_cell_px: float = 30.0) -> Level:
        """The finest pair of bands whose lower cells are at least `min_cell_px` wide."""
        ppd = self.px_per_day
        if ppd >= min_cell_px:
            return Level.WEEKS
        if ppd * 7 >= min_cell_px:
            return Level.MONTHS
        if ppd * 30 >= min_cell_px:
            return Level.QUARTERS
        return Level.YEARS

    def header(self, x0: float, x1: float, min_cell_px: float = 30.0) -> Header:
        """The upper and lower header cells covering `x0..x1` at the level this zoom calls for."""
        level = self.level(min_cell_px)
        upper_unit, lower_unit = _BANDS[level]
        return Header(level, self._ticks(upper_unit, x0, x1, upper=True), self._ticks(lower_unit, x0, x1, upper=False))

    def _ticks(self, unit: str, x0: float, x1: float, upper: bool) -> list[Tick]:
        first, last = self.date_at(x0), self.date_at(x1)
        ticks = []
        d = _floor(first, unit)
        while d <= last:
            following = _next(d, unit)
            ticks.append(Tick(d, following - timedelta(days=1), self.x_of(d), self.x_of(following), _labels(d, unit, upper)))
            d = following
        return ticks


def clamp_px_per_day(ppd: float) -> float:
    return min(max(ppd, MIN_PX_PER_DAY), MAX_PX_PER_DAY)


# Calendar units ------------------------------------------------------------------------------------

_BANDS = {
    Level.YEARS: ("year", "quarter"),
    Level.QUARTERS: ("quarter", "month"),
    Level.MONTHS: ("month", "week"),
    Level.WEEKS: ("week", "day"),
}


def _floor(d: date, unit: str) -> date:
    if unit == "year":
        return date(d.year, 1, 1)
    if unit == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if unit == "month":
        return date(d.year, d.month, 1)
    if unit == "week":
        return d - timedelta(days=d.weekday())  # ISO weeks start on Monday
    return d


def _next(d: date, unit: str) -> date:
    if unit == "year":
        return date(d.year + 1, 1, 1)
    if unit in ("quarter", "month"):
        months = d.month - 1 + (3 if unit == "quarter" else 1)
        return date(d.year + months // 12, months % 12 + 1, 1)
    return d + timedelta(days=7 if unit == "week" else 1)


def _day_month(locale: QLocale, d: date) -> str:
    """'2 Nov', '2 nov.', '2. Nov.': a day of the month as the language writes it."""
    return locale.toString(QDate(d.year, d.month, d.day), "d. MMM" if locale.language() == QLocale.Language.German else "d MMM")


def _labels(d: date, unit: str, upper: bool) -> tuple[str, ...]:
    # Month and day names in the interface's language (QLocale), on screen and on paper alike.
    locale = QLocale()
    if unit == "year":
        return (str(d.year), f"’{d.year % 100:02d}")
    if unit == "quarter":
        q = translate("TimeScale", "Q{quarter}").format(quarter=(d.month - 1) // 3 + 1)
        return (f"{q} {d.year}", q) if upper else (q,)
    long_month = locale.standaloneMonthName(d.month, QLocale.FormatType.LongFormat)
    short_month = locale.standaloneMonthName(d.month, QLocale.FormatType.ShortFormat)
    if unit == "month":
        if upper:
            return (f"{long_month} {d.year}", f"{short_month} {d.year}", short_month)
        return (long_month, short_month, short_month[0])
    if unit == "week":
        week = d.isocalendar().week
        if upper:
            return (translate("TimeScale", "Week {week}, {day}").format(week=week, day=short_day_text(d)),
                    translate("TimeScale", "W{week}").format(week=week) + f" {_day_month(locale, d)}",
                    translate("TimeScale", "W{week}").format(week=week))
        return (_day_month(locale, d), str(d.day))
    weekday = locale.standaloneDayName(d.isoweekday(), QLocale.FormatType.ShortFormat)
    return (f"{weekday} {d.day}", str(d.day), weekday[0])
