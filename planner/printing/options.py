"""`SnapshotOptions`: what the officer chose for a snapshot (range, paper, fit or tile, style).

Pure Python, shared by the command line and the window's dialog; `checked()` turns every bad
choice into one `PrintError` sentence before anything is drawn or written.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.i18n import short_day_text

from .errors import PrintError
from .paper import page_name

MAX_PAGES_WIDE = 20  # a wall of 20 sheets across is already a long corridor
MIN_DPI, MAX_DPI = 30, 1200


@dataclass(frozen=True)
class SnapshotOptions:
    page: str = "A3"
    landscape: bool = True
    pages_wide: int = 1  # fit the range across this many pages...
    month_width_mm: float | None = None  # ...or tile at this many millimetres a month
    first: date | None = None  # None: from the first date of the rows printed
    last: date | None = None  # None: to their last date
    greyscale: bool = False
    sources: bool = False  # a footer with the source references
    title: str = ""  # "" : the strategy, or the strategies, printed
    dpi: int = 150  # pictures (PNG) only: paper is vector

    @property
    def tiled(self) -> bool:
        return self.month_width_mm is not None

    def checked(self) -> "SnapshotOptions":
        """The same options with the page name spelt as known; PrintError on the first bad one."""
        name = page_name(self.page)
        if not 1 <= self.pages_wide <= MAX_PAGES_WIDE:
            raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The number of pages wide must be from 1 to {most}, not {given}."), most=MAX_PAGES_WIDE, given=self.pages_wide))
        if self.month_width_mm is not None and not 1 <= self.month_width_mm <= 500:
            raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "A month must be drawn from 1 to 500 mm wide, not {given:g} mm."), given=self.month_width_mm))
        if self.first and self.last and self.first > self.last:
            raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The range is empty: it starts on {start}, after its end on {end}."), start=day_text(self.first), end=day_text(self.last)))
        if not MIN_DPI <= self.dpi <= MAX_DPI:
            raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The resolution must be from {least} to {most} dpi, not {given}."), least=MIN_DPI, most=MAX_DPI, given=self.dpi))
        return replace(self, page=name)


_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def parse_month(text: str, *, end: bool = False) -> date:
    """"2021-03" -> 1 March 2021 (31 March with `end`); a full ISO date is taken as it is."""
    m = _MONTH.match(text)
    try:
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            day = calendar.monthrange(year, month)[1] if end else 1
            return date(year, month, day)
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "{text!r} is not a month; write it as YYYY-MM (or a day as YYYY-MM-DD)."), text=text))


def month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def day_text(d: date) -> str:
    return short_day_text(d)
