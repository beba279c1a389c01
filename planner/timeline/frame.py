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

from . import flag_lane, key_date_labels, overlays, painting
from .flag_lane import DayFlag
from .key_date_labels import KeyDateLabel
from .overlays import Link
from .rows import Row
from .scale import TimeScale
from .style import TimelineStyle


@dataclass
class Frame:
    """What to draw in `rect`: a header of `header_px` on top, then rows at their own y.

    The header is the two time bands and, under them when `key_lanes` > 0, the band of flags:
    its lowest lane holds the flags of today, the as-of day and the key dates (`flag_lane`); any
    lanes above it hold key dates' whole labels (paper has room for them). Flags live there and
    nowhere else, so none covers a row or the dates' names. `name_key_dates` False (View ▸ Key
    date labels off): key dates are lines only.
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
    key_lanes: int = 0  # lanes of flags the header holds (`painting.header_height` counts them)
    min_cell_px: float = 30.0
    name_key_dates: bool = True
    day_lane: bool = True  # False: no lane of flags, all lanes are whole labels (paper, today not printed)

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

    def place_flags(self) -> flag_lane.Lane:
        """Every key date in view with its label (or its share of a flag), and the day flags."""
        body, band, style = self.body, self.key_band, self.style
        pitch = key_date_labels.key_date_lane_height(style)
        lane_top = band.bottom() - pitch - 1
        if not self.day_lane:  # whole labels only, down to the band's foot
            labels = key_date_labels.place_key_date_labels(self.scale, self.key_dates, style, body.left(), body.right(), band.bottom(), self.lanes if self.name_key_dates else 0)
            return flag_lane.Lane(labels, [])
        above = self.lanes - 1 if self.name_key_dates else 0  # lanes of whole labels over the lane of flags
        labels = key_date_labels.place_key_date_labels(self.scale, self.key_dates, style, body.left(), body.right(), lane_top, max(above, 0))
        if self.lanes <= 0:
            return flag_lane.Lane(labels, [])
        days = [(self.today, self.scale.x_mid(self.today), False)]
        if self.as_of != self.today:
            days.append((self.as_of, self.scale.x_mid(self.as_of), True))
        unnamed = [(kl.x, kl.key_date) for kl in labels if kl.box is None] if self.name_key_dates else []
        lane = flag_lane.place_lane(unnamed, days, style, body.left(), body.right(), lane_top, pitch)
        if not self.name_key_dates:
            return flag_lane.Lane(labels, lane.days)
        return flag_lane.Lane([kl for kl in labels if kl.box is not None] + lane.labels, lane.days)


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
    flags = f.place_flags()
    labels = flags.labels
    overlays.draw_key_date_lines(p, labels, body.top(), body.bottom(), style)
    painting.draw_rows(p, scale, f.rows, style, left, right)
    overlays.draw_links(p, f.links, style)
    _day_lines(p, f, body.top(), body.bottom())
    p.setClipping(False)
    time_bands = QRectF(f.rect.left(), f.rect.top(), f.rect.width(), f.header_px - band.height())
    painting.draw_header(p, header, time_bands, style)
    if band.height() > 0:
        painting.draw_key_band(p, header, band, style)
        p.setClipRect(QRectF(body.left(), band.top(), body.width(), band.height()))
        _day_lines(p, f, band.top(), band.bottom())  # from their flags down to the rows
        p.setClipping(False)
        overlays.draw_key_date_flags(p, labels, band, style)
        _day_flags(p, flags.days, band, style)
    p.restore()
    return labels


def _day_lines(p: QPainter, f: Frame, top: float, bottom: float) -> None:
    overlays.draw_day_line(p, f.scale.x_mid(f.today), top, bottom, f.style.today)
    if f.as_of != f.today:
        overlays.draw_day_line(p, f.scale.x_mid(f.as_of), top, bottom, f.style.as_of, dashed=True)


def _day_flags(p: QPainter, days: list[DayFlag], band: QRectF, style: TimelineStyle) -> None:
    """The names of the day lines, in the lane of flags under the dates: never over their names."""
    for d in days:
        overlays.draw_day_flag(p, d.x, d.text, d.box, band, style.as_of if d.as_of else style.today, style)
