"""Cutting a snapshot into pages: which days go across each page, which rows down it.

Pure arithmetic on what the sheet has measured (widths in drawing units, numbers of rows), so it
is tested without Qt. Pages run across, then down, the way one reads a wall of sheets: every page
of the first band of rows, left to right, then the next band.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

DAYS_PER_MONTH = 365.25 / 12


# Across: columns of pages ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    """One column of pages: its chart shows the day numbers `origin` to `origin + days`."""

    column: int
    origin: float  # day number (date.toordinal, may be fractional) at the chart's left edge
    days: float

    @property
    def end(self) -> float:
        return self.origin + self.days


def tiles(first: int, end: int, chart_width: float, overlap: float, *, pages_wide: int | None = None, per_day: float | None = None) -> tuple[float, list[Tile]]:
    """The width of a day and the columns of pages for the days `first` to `end` (exclusive).

    Either fit the days on `pages_wide` pages, or tile them at `per_day` units a day on as many
    pages as it takes. Neighbouring pages share `overlap` units of chart, for glueing.
    """
    days = max(end - first, 1)
    overlap = min(max(overlap, 0.0), chart_width / 4)
    if pages_wide is not None:
        count = max(pages_wide, 1)
        per_day = (count * chart_width - (count - 1) * overlap) / days
    elif per_day is not None and per_day > 0:
        # The first page shows chart_width of the days, every further page chart_width - overlap more.
        count = max(1, math.ceil((days * per_day - overlap) / (chart_width - overlap) - 1e-9))
    else:
        raise ValueError("tiles needs pages_wide or a positive per_day")
    step = (chart_width - overlap) / per_day
    return per_day, [Tile(k, first + k * step, chart_width / per_day) for k in range(count)]


def per_day_for_month_width(month_width: float) -> float:
    """Units a day for a month drawn `month_width` units wide (an average month)."""
    return month_width / DAYS_PER_MONTH


# Down: bands of rows ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowBand:
    """The rows of one band of pages: the group rows `carried` over from the page before
    (repeated at the top, so a page never starts in the middle of nowhere), then rows start..stop."""

    band: int
    carried: tuple[int, ...]
    start: int
    stop: int

    @property
    def count(self) -> int:
        return len(self.carried) + self.stop - self.start

    @property
    def indexes(self) -> list[int]:
        return [*self.carried, *range(self.start, self.stop)]


def ancestors(depths: Sequence[int], i: int) -> tuple[int, ...]:
    """The group rows above row `i` in the tree (its strategy, its initiative), outermost first."""
    found: list[int] = []
    want = depths[i] - 1
    j = i - 1
    while want >= 0 and j >= 0:
        if depths[j] == want:
            found.append(j)
            want -= 1
        j -= 1
    return tuple(reversed(found))


def row_bands(depths: Sequence[int], capacity: int) -> list[RowBand]:
    """Rows (given by their depth in the tree) cut into bands of at most `capacity` printed rows.

    A heading never ends a page without its first child, a page that starts inside a group
    repeats the group's headings, and the rows are spread evenly over the fewest bands, so the
    last page is not a stub of three rows.
    """
    if not depths:
        return [RowBand(0, (), 0, 0)]
    capacity = max(capacity, 1)
    fewest = _cut(depths, capacity)
    for cap in range(max(1, math.ceil(len(depths) / len(fewest))), capacity):
        even = _cut(depths, cap)
        if len(even) <= len(fewest):
            return even
    return fewest


def _cut(depths: Sequence[int], cap: int) -> list[RowBand]:
    bands: list[RowBand] = []
    i, n = 0, len(depths)
    while i < n:
        carried = ancestors(depths, i)
        stop = min(n, i + max(1, cap - len(carried)))
        while stop < n and stop - 1 > i and depths[stop] > depths[stop - 1]:
            stop -= 1  # the heading goes over to the next page with its first child
        bands.append(RowBand(len(bands), carried, i, stop))
        i = stop
    return bands


# Pages -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    number: int  # 1-based, in printing order
    rows: RowBand
    tile: Tile


def pages(bands: Sequence[RowBand], columns: Sequence[Tile]) -> list[Page]:
    """Every band across every column: across, then down."""
    grid = [(b, t) for b in bands for t in columns]
    return [Page(n, b, t) for n, (b, t) in enumerate(grid, start=1)]


def fit_font(smallest: float, largest: float, fallback: float, pages_tall: Callable[[float], int], step: float = 0.25) -> float:
    """The largest font size from `smallest` to `largest` at which every row goes on one page tall.

    When even `smallest` needs more than one page, `fallback`: the rows run on over several
    pages anyway, so they are set at a size that is comfortable to read, never below `smallest`.
    """
    sizes = [smallest + k * step for k in range(int(round((largest - smallest) / step)) + 1)]
    if pages_tall(sizes[0]) > 1:
        return max(fallback, smallest)
    lo, hi = 0, len(sizes) - 1  # sizes[lo] fits
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pages_tall(sizes[mid]) <= 1:
            lo = mid
        else:
            hi = mid - 1
    return sizes[lo]
