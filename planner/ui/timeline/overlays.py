"""What is drawn across the rows: today and "as of" lines, key dates, dependency arrows, notes.

Like `painting.py`, pure drawing onto any QPainter from values handed in; the legend is in
`legend.py`. Positions of labels are computed here too (`place_key_date_labels`) so the widget
can tell what is under the pointer without drawing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from planner.domain.plan import KeyDate

from .scale import TimeScale
from .style import TimelineStyle

KEY_DATE_LABEL_MAX_PX = 320.0
KEY_DATE_LANES = 4  # stacked label rows; a label that finds no room shows in the tooltip only


def draw_day_line(p: QPainter, x: float, top: float, bottom: float, colour: QColor, label: str, style: TimelineStyle, *, dashed: bool = False, width: float = 2.0, flag_y: float | None = None, right: float | None = None) -> None:
    """A vertical line over the rows with a small flag at its top ("today", "as of 1 Mar 2021").

    The flag sits right of the line, or left of it when it would run past `right`.
    """
    p.save()
    pen = QPen(colour, width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.drawLine(QPointF(x, top), QPointF(x, bottom))
    if label:
        _flag(p, x, top + 2 if flag_y is None else flag_y, label, colour, style, right)
    p.restore()


def _flag(p: QPainter, x: float, y: float, text: str, colour: QColor, style: TimelineStyle, right: float | None = None) -> QRectF:
    fm = QFontMetricsF(style.font)
    width = fm.horizontalAdvance(text) + 8
    box = QRectF(x + 3 if right is None or x + 3 + width <= right else x - 3 - width, y, width, fm.height() + 2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.label_background)
    p.drawRoundedRect(box, 3, 3)
    p.setPen(colour)
    p.setFont(style.font)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box


# Key dates ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyDateLabel:
    key_date: KeyDate
    x: float
    box: QRectF | None  # None: no room for the label at this zoom
    text: str


def key_date_text(kd: KeyDate) -> str:
    return f"{kd.day.day} {kd.day.strftime('%b %Y')}: {kd.label}"


def place_key_date_labels(scale: TimeScale, key_dates: list[KeyDate], style: TimelineStyle, bottom: float, left: float, right: float) -> list[KeyDateLabel]:
    """Labels stacked in lanes upwards from `bottom`, each to the right of its line (left of it at
    the right edge), never overlapping."""
    fm = QFontMetricsF(style.font)
    lane_h = fm.height() + 4
    lanes: list[float] = []  # right edge of the last label in each lane
    placed = []
    for kd in sorted(key_dates, key=lambda k: k.day):
        x = (scale.x_of(kd.day) + scale.x_after(kd.day)) / 2
        if x < left or x > right:
            continue  # a label whose line is off screen would point at nothing
        text = fm.elidedText(key_date_text(kd), Qt.TextElideMode.ElideRight, KEY_DATE_LABEL_MAX_PX)
        width = fm.horizontalAdvance(text) + 8
        # Against the right edge (the end of a printed page) the label goes left of its line.
        start = x + 3 if x + 3 + width <= right else max(left, x - 3 - width)
        lane = next((n for n, edge in enumerate(lanes) if edge + 6 < start), None)
        if lane is None and len(lanes) < KEY_DATE_LANES:
            lane = len(lanes)
            lanes.append(start + width)
        elif lane is not None:
            lanes[lane] = start + width
        box = QRectF(start, bottom - (lane + 1) * lane_h, width, lane_h - 2) if lane is not None else None
        placed.append(KeyDateLabel(kd, x, box, text))
    return placed


def draw_key_dates(p: QPainter, labels: list[KeyDateLabel], top: float, bottom: float, style: TimelineStyle, *, lines_too: bool = True, labels_too: bool = True, opacity: float = 1.0) -> None:
    """The lines (drawn under the bars) and the labels (over them); either may be left out.

    `opacity` fades the labels, so the bars under them can be seen when the pointer is there.
    """
    p.save()
    p.setOpacity(opacity)
    pen = QPen(style.key_date, 1.2, Qt.PenStyle.DashDotLine)
    p.setFont(style.font)
    for kl in labels if lines_too else ():
        p.setPen(pen)
        p.drawLine(QPointF(kl.x, top), QPointF(kl.x, bottom))
    for kl in labels if labels_too else ():
        if kl.box is None:
            continue
        p.setPen(QPen(style.key_date, 1.0))
        p.setBrush(style.label_background)
        p.drawRoundedRect(kl.box, 3, 3)
        p.setPen(style.text)
        p.drawText(kl.box.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, kl.text)
    p.restore()


# Dependencies --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
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
    d = f"{day.day} {day.strftime('%b %Y')}"
    return f"as of {d}" if as_of else f"today {d}"
