"""`lay_out`: the snapshot cut into pages for one paper size: the font, the scale, the pages.

Fit (the default) spreads the range over N pages wide, tile draws the chosen millimetres a
month on as many pages wide as it takes. Either way the text is as large as lets every row go on
one page tall, from 10 pt down to 6.5 pt and never smaller (rows of two lines at 8 pt or more are
preferred: whole titles and due phrases); when the rows need more pages even at 6.5 pt they run
on at a comfortable 8 pt. The arithmetic is `pagination.py`'s.
"""
from __future__ import annotations

from dataclasses import dataclass

from planner.timeline import key_date_labels
from planner.timeline.scale import TimeScale

from .content import Content
from .options import SnapshotOptions
from .pagination import (
    Page,
    RowBand,
    Tile,
    fit_font,
    pages,
    per_day_for_month_width,
    row_bands,
    tiles,
)
from .paper import mm_to_units
from .sheet import (
    COMFORT_FONT_PT,
    MAX_FONT_PT,
    MIN_FONT_PT,
    OVERLAP_MM,
    ROW_LINES,
    TWO_LINE_ROWS,
    Sheet,
    measure,
    units_per_inch,
)

STRETCH = 1.45  # a single page's rows grow up to this much taller to fill it...
FILL_LINES = 2.7  # ...and no taller than this many lines of text


@dataclass
class Layout:
    sheet: Sheet
    per_day: float  # drawing units a day
    columns: list[Tile]
    bands: list[RowBand]
    pages: list[Page]
    key_lanes: int  # lanes of flags and key-date labels in the band under the dates, on every page
    day_lane: bool  # the lowest of them holds today's and the as-of day's flags (and is there only when they are printed)
    overlap: float

    def scale(self, tile: Tile) -> TimeScale:
        """The page's time scale: the tile's first day at the chart's left edge."""
        return TimeScale(tile.origin - self.sheet.chart_left / self.per_day, self.per_day)


def lay_out(content: Content, options: SnapshotOptions, width: float, height: float) -> Layout:
    """The pages of `content` on paper `width` x `height` drawing units."""
    tried: dict[tuple[float, float], Layout] = {}

    def attempt(font_pt: float, row_lines: float = ROW_LINES) -> Layout:
        if (font_pt, row_lines) not in tried:
            tried[font_pt, row_lines] = _attempt(content, options, font_pt, width, height, row_lines)
        return tried[font_pt, row_lines]

    def pages_tall(size: float, row_lines: float = ROW_LINES) -> int:
        layout = attempt(size, row_lines)
        # Label columns squeezed to a few letters count as not fitting: a smaller font reads better.
        return len(layout.bands) + (1 if layout.sheet.cramped else 0)

    if pages_tall(COMFORT_FONT_PT, TWO_LINE_ROWS) == 1:
        # Everything goes on one page tall with rows of two lines, whole titles and due phrases,
        # at a comfortable size: better than one line of larger, cut text.
        layout = attempt(fit_font(COMFORT_FONT_PT, MAX_FONT_PT, COMFORT_FONT_PT, lambda size: pages_tall(size, TWO_LINE_ROWS)), TWO_LINE_ROWS)
    else:
        layout = attempt(fit_font(MIN_FONT_PT, MAX_FONT_PT, COMFORT_FONT_PT, pages_tall))
    if len(layout.bands) == 1:
        _fill(layout)
    return layout


def _attempt(content: Content, options: SnapshotOptions, font_pt: float, width: float, height: float, row_lines: float) -> Layout:
    sheet = measure(content, options, font_pt, width, height, strip=options.tiled or options.pages_wide > 1, row_lines=row_lines)
    upi = units_per_inch()
    overlap = mm_to_units(OVERLAP_MM, upi)
    first, end = content.first.toordinal(), content.last.toordinal() + 1
    if options.tiled:
        assert options.month_width_mm is not None
        per_day, columns = tiles(first, end, sheet.chart_width, overlap, per_day=per_day_for_month_width(mm_to_units(options.month_width_mm, upi)))
    else:
        per_day, columns = tiles(first, end, sheet.chart_width, overlap, pages_wide=options.pages_wide)
    day_lane = any(content.first <= day <= content.last for day in (content.today, content.as_of))
    key_lanes = _key_lanes(content, sheet, per_day, columns) + (1 if day_lane else 0)
    sheet.key_h = key_date_labels.key_band_height(sheet.style, key_lanes)
    bands = row_bands([ln.depth for ln in content.lines], sheet.capacity())
    return Layout(sheet, per_day, columns, bands, pages(bands, columns), key_lanes, day_lane, overlap)


def _key_lanes(content: Content, sheet: Sheet, per_day: float, columns: list[Tile]) -> int:
    """Lanes of key dates' whole labels in every page's header: as many as any column of pages
    needs (paper has the room); the lane of today's and the as-of day's flags goes under them."""
    lanes = 0
    for tile in columns:
        scale = TimeScale(tile.origin - sheet.chart_left / per_day, per_day)
        lanes = max(lanes, key_date_labels.lanes_needed(scale, content.key_dates, sheet.style, left=sheet.chart_left, right=sheet.chart_right))
    return lanes


def _fill(layout: Layout) -> None:
    """Rows of a one-page-tall snapshot grow, a little, into the room left below them."""
    sheet = layout.sheet
    rows = max(layout.bands[0].count, 1)
    room = sheet.body_bottom - sheet.body_top
    sheet.row_h = max(sheet.row_h, min(sheet.row_h * STRETCH, sheet.line * FILL_LINES, int(room / rows)))
