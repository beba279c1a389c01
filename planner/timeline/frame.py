"""`Frame` and `draw_frame`: one whole picture of the timeline, in the order its layers stack.

The widget builds a frame from what is on screen and draws it; printing builds one per page
(rows of that page, the page's rectangle, a paper style) and calls the same `draw_frame`, so
screen and paper cannot drift apart. Everything drawn is in the frame: no widget, no document.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from planner.domain.plan import KeyDate

from . import key_date_labels, overlays, painting
from .key_date_labels import KeyDateLabel
from .overlays import Link
from .rows import Row
from .scale import TimeScale
from .style import TimelineStyle


@dataclass
class Frame:
    """What to draw in `rect`: a header of `header_px` on top, then rows at their own y.

    The header is the two time bands and, under them when `key_lanes` > 0 (0: labels hidden),
    the key-date band: the labels live there and nowhere else, so none ever covers a row.
    """

    rect: QRectF
    header_px: float
    scale: TimeScale
    rows: list[Row]
    style: TimelineStyle
    today: date
    as_of: date
    key_dates: list[KeyDate] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    key_lanes: int = 0  # lanes of key-date labels the header holds (`painting.header_height` counts them)
    min_cell_px: float = 30.0

    @property
    def body(self) -> QRectF:
        r = self.rect
        return QRectF(r.left(), r.top() + self.header_px, r.width(), r.height() - self.header_px)

    @property
    def lanes(self) -> int:
        """Lanes of labels drawn: those asked for that fit in the header under its time bands."""
        if self.key_lanes <= 0:
            return 0
        return min(self.key_lanes, key_date_labels.lanes_that_fit(self.style, self.header_px - painting.header_height(self.style)))

    @property
    def key_band(self) -> QRectF:
        """The header's band of key-date labels, at its foot; empty when there is none."""
        r = self.rect
        h: float = key_date_labels.key_band_height(self.style, self.lanes)
        if h:
            h = max(h, self.header_px - painting.header_height(self.style))  # a taller header: the band takes the rest
        return QRectF(r.left(), r.top() + self.header_px - h, r.width(), h)

    def place_key_date_labels(self) -> list[KeyDateLabel]:
        body = self.body
        return key_date_labels.place_key_date_labels(self.scale, self.key_dates, self.style, body.left(), body.right(), self.key_band.bottom(), self.lanes)


def draw_frame(p: QPainter, f: Frame) -> list[KeyDateLabel]:
    """Draws the frame; returns where the key-date labels went (for the pointer to find them)."""
    style, body, scale = f.style, f.body, f.scale
    left, right = body.left(), body.right()
    header = scale.header(left, right, f.min_cell_px)
    band = f.key_band
    p.save()
    p.fillRect(f.rect, style.background)
    p.setClipRect(body)
    painting.draw_row_backgrounds(p, f.rows, left, right, style)
    painting.draw_grid(p, header, body, style)
    labels = f.place_key_date_labels()
    overlays.draw_key_date_lines(p, labels, body.top(), body.bottom(), style)
    painting.draw_rows(p, scale, f.rows, style, left, right)
    overlays.draw_links(p, f.links, style)
    _day_lines(p, f, body.top(), body.bottom())
    p.setClipping(False)
    time_bands = QRectF(f.rect.left(), f.rect.top(), f.rect.width(), f.header_px - band.height())
    painting.draw_header(p, header, time_bands, style)
    _day_flags(p, f, QRectF(body.left(), time_bands.bottom() - painting.band_height(style), body.width(), painting.band_height(style)))
    if band.height() > 0:
        painting.draw_key_band(p, header, band, style)
        p.setClipRect(QRectF(body.left(), band.top(), body.width(), band.height()))
        _day_lines(p, f, band.top(), band.bottom())  # from their flags above down to the rows
        p.setClipping(False)
        overlays.draw_key_date_flags(p, labels, band, style)
    p.restore()
    return labels


def _day_lines(p: QPainter, f: Frame, top: float, bottom: float) -> None:
    overlays.draw_day_line(p, f.scale.x_mid(f.today), top, bottom, f.style.today)
    if f.as_of != f.today:
        overlays.draw_day_line(p, f.scale.x_mid(f.as_of), top, bottom, f.style.as_of, dashed=True)


def _day_flags(p: QPainter, f: Frame, band: QRectF) -> None:
    """The names of the day lines, in the lower band of the time header. With an as-of day
    apart from today, the two flags face away from each other, so neither hides the other."""
    style = f.style
    as_of_later = f.as_of > f.today
    overlays.draw_day_flag(p, f.scale.x_mid(f.today), overlays.today_text(f.today, False), band, style.today, style, leftwards=as_of_later)
    if f.as_of != f.today:
        overlays.draw_day_flag(p, f.scale.x_mid(f.as_of), overlays.today_text(f.as_of, True), band, style.as_of, style, leftwards=not as_of_later)
