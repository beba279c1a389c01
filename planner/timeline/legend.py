"""The legend: what each colour and mark on the timeline means, drawn by the same routine for the
window's status bar and for paper. `planner.ui.timeline.legend.LegendStrip` is the small widget
that shows it on screen.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen, QPolygonF

from planner.domain.status import Standing
from planner.i18n import QT_TRANSLATE_NOOP, translate
from planner.i18n.words import status_word
from planner.qtmodels.status_colors import STANDING_COLORS

from .style import TimelineStyle

SWATCH = 22.0  # width of the sample drawn before each entry
GAP = 14.0  # between entries

# The marks, in the order the eye meets them on a row; each name is drawn by `_sample`.
MARKS = (
    ("span", QT_TRANSLATE_NOOP("Legend", "span")),
    ("deadline", QT_TRANSLATE_NOOP("Legend", "deadline")),
    ("window", QT_TRANSLATE_NOOP("Legend", "coarse deadline (window)")),
    ("ghost", QT_TRANSLATE_NOOP("Legend", "first announced, and slip")),
    ("today", QT_TRANSLATE_NOOP("Legend", "today")),
    ("as_of", QT_TRANSLATE_NOOP("Legend", "as of")),
    ("key", QT_TRANSLATE_NOOP("Legend", "key date")),
    ("link", QT_TRANSLATE_NOOP("Legend", "depends on")),
    ("violated", QT_TRANSLATE_NOOP("Legend", "dependency broken")),
)


def _entries(style: TimelineStyle) -> list[tuple[str, str]]:
    # On greyscale paper the status is told by pattern and by the symbol printed before titles.
    statuses = [(f"status:{s.value}", f"{look.symbol} {status_word(s.value)}" if style.greyscale else status_word(s.value)) for s, look in STANDING_COLORS.items()]
    marks = [(what, translate("Legend", text)) for what, text in MARKS]
    return [("caption", translate("Legend", "Status:")), *statuses, ("caption", translate("Legend", "Marks:")), *marks]


def legend_layout(style: TimelineStyle, width: float) -> tuple[list[tuple[str, str, QRectF]], float]:
    """Entries flowed into lines no wider than `width`: (what, text, rect) each, and the height."""
    fm = QFontMetricsF(style.font)
    line_h = fm.height() + 6
    x = y = 0.0
    placed = []
    for what, text in _entries(style):
        w = fm.horizontalAdvance(text) + (0 if what == "caption" else SWATCH + 5)
        if x > 0 and x + w > width:
            x, y = 0.0, y + line_h
        placed.append((what, text, QRectF(x, y, w, line_h)))
        x += w + GAP
    return placed, y + line_h


def draw_legend(p: QPainter, origin: QPointF, width: float, style: TimelineStyle) -> float:
    """Draws the legend from `origin` within `width`; returns the height used."""
    placed, height = legend_layout(style, width)
    p.save()
    p.translate(origin)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setFont(style.font)
    for what, text, rect in placed:
        if what == "caption":
            p.setPen(style.muted_text)
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            continue
        _sample(p, what, QRectF(rect.left(), rect.top(), SWATCH, rect.height()), style)
        p.setPen(style.text)
        p.drawText(rect.adjusted(SWATCH + 5, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    p.restore()
    return height


def _sample(p: QPainter, what: str, r: QRectF, style: TimelineStyle) -> None:
    cy = r.center().y()
    h = min(10.0, r.height() - 6)
    if what.startswith("status:"):
        s = Standing(what.split(":", 1)[1])
        p.setPen(QPen(style.outline(s), 1))
        p.setBrush(style.fill(s))
        p.drawRoundedRect(QRectF(r.left() + 2, cy - h / 2, r.width() - 4, h), 2, 2)
    elif what == "span":
        # Marks are drawn hollow: their colour is the status, told by the entries before.
        p.setPen(QPen(style.text, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(r.left() + 2, cy - h / 2, r.width() - 4, h), 2, 2)
    elif what in ("deadline", "window"):
        if what == "window":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(style.grid_strong)
            p.drawRect(QRectF(r.left() + 1, cy - h / 2 - 1, r.width() - 8, h + 2))
        x = r.right() - 7 if what == "window" else r.center().x()
        half = h * 0.75
        p.setPen(QPen(style.text, 1))
        p.setBrush(style.background)
        p.drawPolygon(QPolygonF([QPointF(x, cy - half), QPointF(x + half, cy), QPointF(x, cy + half), QPointF(x - half, cy)]))
    elif what == "ghost":
        p.setPen(QPen(style.muted_text, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(r.left() + 1, cy - 1.5, 9, 3))
        p.setPen(QPen(style.slip, 1.6))
        p.drawLine(QPointF(r.left() + 10, cy), QPointF(r.right() - 2, cy))
    elif what in ("today", "as_of", "key"):
        colour = {"today": style.today, "as_of": style.as_of, "key": style.key_date}[what]
        dash = {"today": Qt.PenStyle.SolidLine, "as_of": Qt.PenStyle.DashLine, "key": Qt.PenStyle.DashDotLine}[what]
        p.setPen(QPen(colour, 2 if what != "key" else 1.2, dash))
        p.drawLine(QPointF(r.center().x(), r.top() + 2), QPointF(r.center().x(), r.bottom() - 2))
    elif what in ("link", "violated"):
        colour = style.link_violated if what == "violated" else style.link
        p.setPen(QPen(colour, 2 if what == "violated" else 1.2))
        p.drawLine(QPointF(r.left() + 1, cy), QPointF(r.right() - 5, cy))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([QPointF(r.right(), cy), QPointF(r.right() - 6, cy - 3.5), QPointF(r.right() - 6, cy + 3.5)]))

