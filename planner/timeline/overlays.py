"""What is drawn across the rows: today and "as of" lines, key dates, dependency arrows, notes.

Like `painting.py`, pure drawing onto any QPainter from values handed in; the legend is in
`legend.py`. Key dates are lines across the rows with their labels in a band of the header of
their own, never over a row; where the labels go is worked out in `key_date_labels.py`.
"""
from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from planner.i18n import short_day_text, translate

from .key_date_labels import KeyDateLabel
from .style import TimelineStyle


def draw_day_line(p: QPainter, x: float, top: float, bottom: float, colour: QColor, *, dashed: bool = False, width: float = 2.0) -> None:
    """A vertical line over the rows: today, or the day the status is told as of."""
    p.save()
    pen = QPen(colour, width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.drawLine(QPointF(x, top), QPointF(x, bottom))
    p.restore()


def draw_day_flag(p: QPainter, x: float, text: str, box: QRectF, band: QRectF, colour: QColor, style: TimelineStyle) -> None:
    """The flag ("today 23 Nov 2026", "as of 1 Mar 2021") at `box` in the header's lane of flags,
    hanging on a stub of its line down to the foot of `band`; never over a row or a date's name."""
    p.save()
    p.setClipRect(band)
    p.setPen(QPen(colour, 2))
    p.drawLine(QPointF(x, box.bottom()), QPointF(x, band.bottom()))
    p.setPen(QPen(colour, 1))
    p.setBrush(style.header_background)
    p.drawRoundedRect(box, 3, 3)
    p.setPen(colour)
    p.setFont(style.font)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    p.restore()


# Key dates ----------------------------------------------------------------------------------------


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
