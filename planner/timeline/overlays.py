"""What is drawn across the rows: today and "as of" lines, key dates, dependency arrows, notes.

Like `painting.py`, pure drawing onto any QPainter from values handed in; the legend is in
`legend.py`. Key dates are lines across the rows with their labels in a band of the header of
their own, never over a row; where labels go is computed here (`place_key_date_labels`), so the
widget can tell what is under the pointer without drawing, and how many lanes of them the band
needs (`lanes_needed`), so the header can be that tall.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from planner.domain.plan import KeyDate
from planner.i18n import short_day_text, translate

from .scale import TimeScale
from .style import TimelineStyle

KEY_DATE_LABEL_MAX_PX = 520.0  # a label longer than this is cut; its tooltip has it whole
KEY_DATE_LANES = 4  # most lanes of labels the key-date band holds; a label without room is in the tooltip only
KEY_DATE_GAP = 6.0  # between two labels in one lane
KEY_DATE_FLIP_PX = 200.0  # a label with less room than this before the right edge reads leftwards


def draw_day_line(p: QPainter, x: float, top: float, bottom: float, colour: QColor, *, dashed: bool = False, width: float = 2.0) -> None:
    """A vertical line over the rows: today, or the day the status is told as of."""
    p.save()
    pen = QPen(colour, width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.drawLine(QPointF(x, top), QPointF(x, bottom))
    p.restore()


def day_flag_box(x: float, text: str, band: QRectF, style: TimelineStyle, *, leftwards: bool = False) -> QRectF:
    """Where the flag naming a day line goes in the header `band`: beside the line on the side
    asked for, or on the other side when that side has no room for it."""
    fm = QFontMetricsF(style.font)
    width = fm.horizontalAdvance(text) + 8
    height = min(fm.height() + 2, band.height() - 2)
    right_side = QRectF(x + 1, band.bottom() - height - 1, width, height)
    left_side = QRectF(x - 1 - width, right_side.top(), width, height)
    if leftwards:
        return left_side if left_side.left() >= band.left() or right_side.right() > band.right() else right_side
    return right_side if right_side.right() <= band.right() or left_side.left() < band.left() else left_side


def draw_day_flag(p: QPainter, x: float, text: str, band: QRectF, colour: QColor, style: TimelineStyle, *, leftwards: bool = False) -> QRectF | None:
    """The flag ("today 23 Nov 2026", "as of 1 Mar 2021") on the header's lower band, hanging on
    a stub of its line; in the header, never over a row. None when the line is out of view."""
    if not band.left() <= x <= band.right():
        return None
    box = day_flag_box(x, text, band, style, leftwards=leftwards)
    p.save()
    p.setClipRect(band)
    p.setPen(QPen(colour, 2))
    p.drawLine(QPointF(x, box.top()), QPointF(x, band.bottom()))
    p.setPen(QPen(colour, 1))
    p.setBrush(style.header_background)
    p.drawRoundedRect(box, 3, 3)
    p.setPen(colour)
    p.setFont(style.font)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    p.restore()
    return box


# Key dates ----------------------------------------------------------------------------------------


class KeyDateLabel(NamedTuple):
    """A key date's label as placed in the header at this zoom."""

    key_date: KeyDate
    x: float
    box: QRectF | None  # None: no room for the label at this zoom (or labels are hidden)
    text: str


def key_date_text(kd: KeyDate) -> str:
    return f"{short_day_text(kd.day)}: {kd.label}"


def key_date_lane_height(style: TimelineStyle) -> float:
    """From one lane of key-date labels to the next: a line of text and a little air."""
    return QFontMetricsF(style.font).height() + 4


def key_band_height(style: TimelineStyle, lanes: int) -> int:
    """Height of the header's key-date band for `lanes` lanes of labels; no lanes, no band."""
    if lanes <= 0:
        return 0
    return math.ceil(lanes * key_date_lane_height(style) + 4)


def lanes_that_fit(style: TimelineStyle, height: float) -> int:
    """How many lanes of labels a key-date band `height` tall holds (the inverse of `key_band_height`)."""
    return max(0, int((height - 4) / key_date_lane_height(style) + 1e-6))


def place_key_date_labels(scale: TimeScale, key_dates: list[KeyDate], style: TimelineStyle, left: float, right: float, bottom: float, lanes: int = KEY_DATE_LANES) -> list[KeyDateLabel]:
    """Every key date whose line is in `left..right`, its label a flag on that line in the `lanes`
    lanes of the band whose foot is `bottom`; labels never overlap and none crosses `left`, `right`
    or the pole of another label (see `_pack`). A label with no room has `box` None: its line stays,
    and so does its tooltip.
    """
    packed = _pack(scale, key_dates, style, left, right, lanes)
    fm = QFontMetricsF(style.font)
    pitch = key_date_lane_height(style)
    out = []
    for p in packed:
        if p.lane is None:
            out.append(KeyDateLabel(p.kd, p.x, None, ""))
            continue
        box = QRectF(p.start, bottom - (lanes - p.lane) * pitch, p.width, pitch - 2)
        out.append(KeyDateLabel(p.kd, p.x, box, fm.elidedText(key_date_text(p.kd), Qt.TextElideMode.ElideRight, p.width - 8)))
    return out


def lanes_needed(scale: TimeScale, key_dates: list[KeyDate], style: TimelineStyle, most: int = KEY_DATE_LANES, left: float = -math.inf, right: float = math.inf) -> int:
    """Lanes the labels of `key_dates` take at this zoom, at most `most`.

    Without edges the answer is the same wherever the view is scrolled to: it depends on the zoom
    alone, so the header (and the tree's rows with it) does not jump while one scrolls sideways.
    With edges, `place_key_date_labels` given this many lanes places the labels just so.
    """
    return max((p.lane + 1 for p in _pack(scale, key_dates, style, left, right, most) if p.lane is not None), default=0)


def lanes_on_screen(scale: TimeScale, key_dates: list[KeyDate], style: TimelineStyle) -> int:
    """Lanes for a view that scrolls: those the labels take at this zoom and one more. Near the
    right edge a label turns to read leftwards and may need a lane the count without edges did
    not see; without the spare one it would come and go as the officer scrolls."""
    need = lanes_needed(scale, key_dates, style)
    return min(need + 1, KEY_DATE_LANES) if need else 0


@dataclass
class _Packed:
    kd: KeyDate
    x: float
    start: float
    width: float = 0.0
    least: float = 0.0  # narrowest it may be cut to: its date and an ellipsis
    want: float = 0.0  # as wide as its whole text
    after: float = 0.0  # room between its line and the right edge
    before: float = 0.0  # and the left edge
    left_of_line: bool = False
    lane: int | None = None

    @property
    def end(self) -> float:
        return self.start + self.width


def _pack(scale: TimeScale, key_dates: list[KeyDate], style: TimelineStyle, left: float, right: float, most: int) -> list[_Packed]:
    """Lanes for the labels, lane 0 at the top.

    A label reads rightwards from its line (leftwards from it close to the right edge, or when it
    finds no room the other way), and its pole runs down from it to the rows. A label goes in the
    highest lane where it overlaps no label and neither hides the pole of a label higher up nor
    has its own pole hidden by one lower down: in a cluster each later label sits one lane lower
    and further right, a staircase. When no lane of `most` has room, it goes in the lowest, the
    label in its way there cut short (down to its date); when not even that makes room, the label
    is left out.
    """
    fm = QFontMetricsF(style.font)
    most_px = max(KEY_DATE_LABEL_MAX_PX, style.label_max_px)  # paper has room for whole labels
    packed: list[_Packed] = []
    for kd in sorted(key_dates, key=lambda k: k.day):
        x = scale.x_mid(kd.day)
        if x < left or x > right:
            continue  # a label whose line is out of view would point at nothing
        p = _Packed(kd, x, x)
        packed.append(p)
        if most <= 0:
            continue  # labels hidden: the lines only, nothing to measure
        want = min(fm.horizontalAdvance(key_date_text(kd)), most_px) + 8
        p.least = min(want, fm.horizontalAdvance(f"{short_day_text(kd.day)}…") + 10)
        p.want, p.after, p.before = want, right - x - 1, x - left - 1
        # Against the right edge (of a page) a label reads leftwards, rather than be cut to little.
        _face(p, leftwards=p.after < min(want, KEY_DATE_FLIP_PX) and p.before > p.after)
    if most <= 0:
        return packed
    placed: list[_Packed] = []
    near: list[_Packed] = []  # placed labels close enough to the left to be in the way
    for p in packed:
        if p.left_of_line or p.width < p.least:
            continue
        near = [q for q in near if max(q.end, q.x) >= p.x - most_px - 16]
        if _place(p, near, most):
            near.append(p)
            placed.append(p)
        elif p.before > p.after:
            _face(p, leftwards=True)  # no room reading rightwards: try the other way
    # Labels reading leftwards stack the other way round: from the right edge, each further left
    # one lane lower, so that none hides the pole of another.
    leftwards = [p for p in reversed(packed) if p.left_of_line and p.width >= p.least]
    if leftwards:
        reach = min(p.start for p in leftwards) - KEY_DATE_GAP - 2
        near = [q for q in placed if max(q.end, q.x) >= reach]
        for p in leftwards:
            if _place(p, near, most):
                near.append(p)
                continue
            _face(p, leftwards=False)
            if p.width >= p.least and _place(p, near, most):
                near.append(p)
    return packed


def _face(p: _Packed, *, leftwards: bool) -> None:
    """The label reading rightwards from its line, or leftwards, as long as it may be there."""
    p.left_of_line = leftwards
    p.width = min(p.want, p.before if leftwards else p.after)
    p.start = p.x - p.width if leftwards else p.x


def _place(p: _Packed, placed: list[_Packed], most: int) -> bool:
    """`p` in the highest lane it fits in, or squeezed into the lowest; False: it has no room."""
    lane = next((k for k in range(most) if _fits(p, k, placed)), None)
    if lane is None and not _squeeze(p, most - 1, placed):
        return False
    p.lane = most - 1 if lane is None else lane
    return True


def _fits(p: _Packed, lane: int, placed: list[_Packed]) -> bool:
    """Whether `p` can go in `lane` as it is, beside the labels `placed` already."""
    for q in placed:
        if q.lane is None:
            continue
        if q.lane == lane and q.start < p.end + KEY_DATE_GAP and p.start < q.end + KEY_DATE_GAP:
            return False  # the two would overlap
        if q.lane > lane and _hides(q, p.x):
            return False  # q, lower down, would hide the pole of p
        if q.lane < lane and _hides(p, q.x):
            return False  # p would hide the pole of q, higher up
    return True


def _hides(p: _Packed, x: float) -> bool:
    """Whether the label `p` is over a pole at `x`, or so close to its far end that the pole would
    seem to be its own (one by its own pole is a key date a pixel or two from it: that may be)."""
    if p.left_of_line:
        return p.start - KEY_DATE_GAP < x < p.end - 0.5
    return p.start + 0.5 < x < p.end + KEY_DATE_GAP


def _squeeze(p: _Packed, lane: int, placed: list[_Packed]) -> bool:
    """Makes room for `p` in the lowest lane, `lane`, by cutting the labels in the way short,
    each down to no less than its date: those there before it, or `p` itself when it reads
    leftwards. False, and nothing cut, when that is not enough."""
    cuts = []
    start = p.start
    for q in placed:
        if q.lane is None:
            continue
        if q.lane == lane and q.start < p.end + KEY_DATE_GAP and p.start < q.end + KEY_DATE_GAP:
            if q.left_of_line or p.left_of_line:
                start = max(start, q.end + KEY_DATE_GAP)
            else:
                cuts.append((q, p.start - KEY_DATE_GAP - q.start))
        elif q.lane < lane and _hides(p, q.x):
            if not p.left_of_line:
                return False  # a pole where p's own line is (two key dates a pixel apart)
            start = max(start, q.x + KEY_DATE_GAP + 1)
    if (start != p.start and not p.left_of_line) or p.end - start < p.least or any(width < q.least for q, width in cuts):
        return False  # a label reading rightwards starts at its line, or not at all
    for q, width in cuts:
        q.width = min(q.width, width)
    p.width, p.start = p.end - start, start
    return True


def draw_key_date_lines(p: QPainter, labels: list[KeyDateLabel], top: float, bottom: float, style: TimelineStyle) -> None:
    """Each key date's line from `top` to `bottom`: across the rows, under the bars."""
    p.save()
    p.setPen(QPen(style.key_date, 1.2, Qt.PenStyle.DashDotLine))
    for kl in labels:
        p.drawLine(QPointF(kl.x, top), QPointF(kl.x, bottom))
    p.restore()


def draw_key_date_flags(p: QPainter, labels: list[KeyDateLabel], band: QRectF, style: TimelineStyle) -> None:
    """The labels in the header's key-date band, each a flag on a short pole down to its line."""
    p.save()
    p.setClipRect(band)
    p.setFont(style.font)
    stem = QPen(style.key_date, 1.2)
    stem.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(stem)
    for kl in labels:
        if kl.box is not None:
            p.drawLine(QPointF(kl.x, kl.box.top()), QPointF(kl.x, band.bottom()))
    for kl in labels:
        if kl.box is None:
            continue
        p.setPen(QPen(style.key_date, 1.0))
        p.setBrush(style.label_background)
        p.drawRoundedRect(kl.box, 3, 3)
        p.setPen(style.text)
        p.drawText(kl.box.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, kl.text)
    p.restore()


# Dependencies --------------------------------------------------------------------------------------


class Link(NamedTuple):
    """A finish-to-start arrow from the end of one row's mark to the start of another's."""

    x_from: float
    y_from: float
    x_to: float
    y_to: float
    row_height: float
    violated: bool


def draw_links(p: QPainter, links: list[Link], style: TimelineStyle) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for link in links:
        colour = style.link_violated if link.violated else style.link
        pen = QPen(colour, 2.0 if link.violated else 1.2)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(_elbow(link))
        tip = QPointF(link.x_to, link.y_to)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([tip, QPointF(tip.x() - 6, tip.y() - 3.5), QPointF(tip.x() - 6, tip.y() + 3.5)]))
    p.restore()


def _elbow(link: Link) -> QPainterPath:
    """Out to the right, down (or up) to the successor's row, in from the left: a Gantt arrow."""
    out = link.x_from + 6
    path = QPainterPath(QPointF(link.x_from, link.y_from))
    path.lineTo(out, link.y_from)
    if link.x_to - 8 >= out:
        path.lineTo(out, link.y_to)
    else:
        # The successor starts before the predecessor ends: go round, between the two rows.
        between = link.y_to - link.row_height / 2 if link.y_to > link.y_from else link.y_to + link.row_height / 2
        path.lineTo(out, between)
        path.lineTo(link.x_to - 10, between)
        path.lineTo(link.x_to - 10, link.y_to)
    path.lineTo(link.x_to - 5, link.y_to)
    return path


# Notes ---------------------------------------------------------------------------------------------


def draw_note(p: QPainter, x: float, y: float, text: str, style: TimelineStyle, colour: QColor | None = None) -> None:
    """A small boxed text near a point: the date a dragged mark would land on."""
    p.save()
    fm = QFontMetricsF(style.font)
    box = QRectF(x, y - fm.height() - 6, fm.horizontalAdvance(text) + 10, fm.height() + 4)
    p.setPen(QPen(colour or style.text, 1.0))
    p.setBrush(style.label_background)
    p.drawRoundedRect(box, 3, 3)
    p.setPen(style.text)
    p.setFont(style.font)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    p.restore()


def today_text(day: date, as_of: bool) -> str:
    text = translate("DayFlag", "as of {day}") if as_of else translate("DayFlag", "today {day}")
    return text.format(day=short_day_text(day))
