"""Drawing the timeline: the header bands, the grid and each row's marks, onto any QPainter.

One routine for every device: the widget calls these with the rows on screen, printing will call
them page by page on a QPrinter, QPdfWriter, QImage or QSvgGenerator. They take what they draw
as arguments (scale, rows, style) and keep no state, so paper looks like the screen. Shapes are
vectors and text is real text; x comes from the `TimeScale`, y from the `Row`.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen, QPolygonF

from planner.domain.status import Standing
from planner.qtmodels.roles import ROW_STRATEGY
from planner.qtmodels.status_colors import STANDING_COLORS

from . import key_date_labels
from .rows import Row
from .scale import Header, Level, Tick, TimeScale
from .shapes import Form, Shape, shape_of
from .style import TimelineStyle, bar_height, marker_half

LABEL_MAX_PX = 360.0  # a commitment's title beside its bar is cut here; the tooltip has it whole
LABEL_GAP = 6.0


def band_height(style: TimelineStyle) -> int:
    """Height of one header band: a line of text with room above and below."""
    return int(QFontMetricsF(style.font).height() + 8)


def header_height(style: TimelineStyle, key_lanes: int = 0) -> int:
    """Height of the whole time header: its two bands, and under them a band for `key_lanes` lanes
    of key-date labels (none: no such band). The tree's header is made as tall, so rows line up."""
    return 2 * band_height(style) + key_date_labels.key_band_height(style, key_lanes)


# Header and grid ----------------------------------------------------------------------------------


def draw_header(p: QPainter, header: Header, rect: QRectF, style: TimelineStyle) -> None:
    """The two bands (e.g. years over quarters) filling `rect`; x of the ticks is painter x."""
    p.save()
    p.setClipRect(rect)
    p.fillRect(rect, style.header_background)
    p.setFont(style.font)
    half = round(rect.height() / 2)
    upper = QRectF(rect.left(), rect.top(), rect.width(), half)
    lower = QRectF(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
    _band(p, header.upper, upper, style)
    _band(p, header.lower, lower, style)
    p.setPen(QPen(style.grid_strong, 0))
    p.drawLine(QPointF(rect.left(), upper.bottom()), QPointF(rect.right(), upper.bottom()))
    p.drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5))
    p.restore()


def draw_key_band(p: QPainter, header: Header, rect: QRectF, style: TimelineStyle) -> None:
    """The ground of the key-date band under the time bands: the header's colour, the upper
    band's divisions carried down faintly, a rule at its foot. The labels go on it (`overlays`)."""
    p.save()
    p.setClipRect(rect)
    p.fillRect(rect, style.header_background)
    p.setPen(QPen(style.grid, 0))
    for t in header.upper:
        x = _crisp(t.x0)
        p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    p.setPen(QPen(style.grid_strong, 0))
    p.drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5))
    p.restore()


def _band(p: QPainter, ticks: list[Tick], band: QRectF, style: TimelineStyle) -> None:
    fm = QFontMetricsF(style.font)
    labels = band_labels(ticks, band.left(), band.right(), fm.horizontalAdvance)
    for t, label in zip(ticks, labels, strict=True):
        x = _crisp(t.x0)
        p.setPen(QPen(style.grid_strong, 0))
        p.drawLine(QPointF(x, band.top()), QPointF(x, band.bottom()))
        if label is None:
            continue
        left, right = max(t.x0, band.left()), min(t.x1, band.right())
        p.setPen(style.header_text)
        p.drawText(QRectF(left, band.top(), right - left, band.height()), Qt.AlignmentFlag.AlignCenter, label)


def band_labels(ticks: list[Tick], left: float, right: float, width_of: Callable[[str], float]) -> list[str | None]:
    """The label each cell of a band shows (None: no room): one form for the whole row, the
    longest every cell wholly in view has room for, so months read "Jan Feb Mar", never "Jan Feb
    March". A cell cut by the edge shows its visible part's share, in that form or a shorter one,
    so "2020" stays readable while scrolling."""
    whole = [t for t in ticks if t.x0 >= left and t.x1 <= right]
    forms = min((len(t.labels) for t in whole), default=0)
    form = next((k for k in range(forms) if all(width_of(t.labels[k]) <= t.x1 - t.x0 - 6 for t in whole)), max(forms - 1, 0))
    shown: list[str | None] = []
    for t in ticks:
        room = min(t.x1, right) - max(t.x0, left) - 6
        shown.append(next((text for text in t.labels[form:] if width_of(text) <= room), None))
    return shown


def draw_grid(p: QPainter, header: Header, rect: QRectF, style: TimelineStyle) -> None:
    """Vertical lines under the header cells: faint for the lower band, stronger for the upper."""
    p.save()
    p.setClipRect(rect)
    if header.level is Level.WEEKS:
        for t in header.lower:
            if t.first.weekday() >= 5:  # weekends, when days are wide enough to see
                p.fillRect(QRectF(t.x0, rect.top(), t.x1 - t.x0, rect.height()), style.weekend)
    p.setPen(QPen(style.grid, 0))
    for t in header.lower:
        x = _crisp(t.x0)
        p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    p.setPen(QPen(style.grid_strong, 0))
    for t in header.upper:
        x = _crisp(t.x0)
        p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    p.restore()


# Rows ---------------------------------------------------------------------------------------------


def draw_row_backgrounds(p: QPainter, rows: list[Row], left: float, right: float, style: TimelineStyle) -> None:
    """Row shading as the tree shows it: alternate rows and the selection."""
    for r in rows:
        rect = QRectF(left, r.top, right - left, r.height)
        if r.alternate:
            p.fillRect(rect, style.alternate)
        if r.selected:
            p.fillRect(rect, style.selection)


def draw_rows(p: QPainter, scale: TimeScale, rows: list[Row], style: TimelineStyle, left: float, right: float) -> None:
    """Every row's marks; `left..right` is the visible x range, so off-screen marks are skipped."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setFont(style.font)
    for r in rows:
        if r.commitment is not None:
            draw_commitment(p, scale, r, style, left, right)
        elif r.first is not None and r.last is not None:
            draw_summary(p, scale, r, style, left, right)
    p.restore()


def draw_summary(p: QPainter, scale: TimeScale, r: Row, style: TimelineStyle, left: float, right: float) -> None:
    """A group's bar over all its commitments, with the pointed ends of a Gantt summary."""
    assert r.first is not None and r.last is not None
    x0, x1 = scale.x_of(r.first), scale.x_after(r.last)
    if x1 < left or x0 > right:
        return
    thick = max(3.0, r.height * (0.3 if r.kind == ROW_STRATEGY else 0.22))
    top = r.centre - thick / 2
    x0, x1 = max(x0, left - 20), min(x1, right + 20)  # huge bars: keep coordinates small
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.summary)
    p.drawRect(QRectF(x0, top, max(x1 - x0, 1.0), thick))
    tip = min(thick, r.height * 0.25)
    for x, direction in ((x0, 1), (x1, -1)):
        p.drawPolygon(QPolygonF([QPointF(x, top), QPointF(x + direction * thick, top), QPointF(x, top + thick + tip)]))


def draw_commitment(p: QPainter, scale: TimeScale, r: Row, style: TimelineStyle, left: float, right: float) -> Shape:
    """A commitment's marks: its bar, diamond or coarse window, its baseline and slip, its title."""
    assert r.commitment is not None
    status = r.standing or Standing.PLANNED
    shape = shape_of(r.commitment, scale)
    if shape.right < left or shape.left > right:
        _edge_hint(p, r, style, left, right, before=shape.right < left)
        return shape
    h = r.height
    bar_h = bar_height(h)
    top = r.centre - bar_h / 2
    if shape.ghost is not None:
        _ghost_and_slip(p, shape, r, top + bar_h, style, status, left, right)
    outline = QPen(style.outline(status), 1.0)
    if shape.form is Form.SPAN:
        x0, x1 = max(shape.x0, left - 20), min(shape.x1, right + 20)
        p.setPen(outline)
        p.setBrush(style.fill(status))
        p.drawRoundedRect(QRectF(x0, top, max(x1 - x0, 2.0), bar_h), 2, 2)
    elif shape.form is Form.WINDOW:
        _window(p, shape, top, bar_h, style, status, left, right)
    if shape.marker_x is not None:
        _diamond(p, shape.marker_x, r.centre, marker_half(h), style, status)
    if shape.delivered_x is not None and shape.marker_x is not None and abs(shape.delivered_x - shape.marker_x) > bar_h:
        p.setPen(outline)
        p.setBrush(style.fill(status))
        p.drawEllipse(QPointF(shape.delivered_x, r.centre), bar_h * 0.3, bar_h * 0.3)
    _label(p, shape, r, style, status, bar_h, left, right)
    return shape


def _window(p: QPainter, shape: Shape, top: float, bar_h: float, style: TimelineStyle, status: Standing, left: float, right: float) -> None:
    """A coarse deadline's window: a wash between brackets, so "Q4 2020" reads as a quarter."""
    x0, x1 = max(shape.x0, left - 20), min(shape.x1, right + 20)
    band = QRectF(x0, top - 1, max(x1 - x0, 1.0), bar_h + 2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.band(status))
    p.drawRect(band)
    if shape.x1 - shape.x0 < 4:
        return
    p.setPen(QPen(style.outline(status), 1.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    serif = min(4.0, (shape.x1 - shape.x0) / 3)
    for x, inward in ((shape.x0, serif), (shape.x1, -serif)):
        p.drawPolyline(QPolygonF([QPointF(x + inward, band.top()), QPointF(x, band.top()), QPointF(x, band.bottom()), QPointF(x + inward, band.bottom())]))


def _diamond(p: QPainter, x: float, y: float, half: float, style: TimelineStyle, status: Standing) -> None:
    p.setPen(QPen(style.outline(status), 1.0))
    p.setBrush(style.fill(status))
    p.drawPolygon(QPolygonF([QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half), QPointF(x - half, y)]))


def _ghost_and_slip(p: QPainter, shape: Shape, r: Row, y: float, style: TimelineStyle, status: Standing, left: float, right: float) -> None:
    """The window first announced as a thin hollow bar under the mark, and the slip as a line."""
    assert shape.ghost is not None
    thick = max(2.0, r.height * 0.14)
    gy = min(y + 1.5, r.top + r.height - thick - 1)
    gx0, gx1 = max(shape.ghost[0], left - 20), min(shape.ghost[1], right + 20)
    pen = QPen(style.muted_text, 1.0, Qt.PenStyle.SolidLine)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(gx0, gy, max(gx1 - gx0, 1.0), thick))
    if shape.slip is None:
        return
    sx0, sx1 = shape.slip
    mid = gy + thick / 2
    p.setPen(QPen(style.slip, 1.6))
    p.drawLine(QPointF(sx0, mid), QPointF(sx1, mid))
    tip = 4.5 if sx1 >= sx0 else -4.5
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.slip)
    p.drawPolygon(QPolygonF([QPointF(sx1, mid), QPointF(sx1 - tip, mid - 3.5), QPointF(sx1 - tip, mid + 3.5)]))


def label_text(title: str, status: Standing) -> str:
    """A mark's title after its status symbol: status is never told by colour alone, on screen
    (for those who do not see the colours) as on greyscale paper."""
    return f"{STANDING_COLORS[status].symbol} {title}"


def _label(p: QPainter, shape: Shape, r: Row, style: TimelineStyle, status: Standing, bar_h: float, left: float, right: float) -> None:
    """The title beside the mark, cut short if need be; on a chip inside a long bar or window
    when there is next to no room beside it (the bar runs off the right edge)."""
    fm = QFontMetricsF(style.font)
    most = style.label_max_px
    text = label_text(r.title, status)
    width = min(fm.horizontalAdvance(text), most)
    x = shape.right + LABEL_GAP
    if shape.marker_x is not None:
        x = max(x, shape.marker_x + marker_half(r.height) + LABEL_GAP)
    room = right - x - 4
    if width > room and room < 120 and shape.form in (Form.SPAN, Form.WINDOW):
        inside_left, inside_right = max(shape.x0, left) + 3, min(shape.x1, right) - 3
        if inside_right - inside_left >= min(width, 80) + 8:
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, inside_right - inside_left - 8)
            chip = QRectF(inside_left, r.centre - fm.height() / 2, fm.horizontalAdvance(shown) + 8, fm.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(style.label_background)
            p.drawRoundedRect(chip, 3, 3)
            p.setPen(style.text)
            p.drawText(chip, Qt.AlignmentFlag.AlignCenter, shown)
            return
    if width > room:
        # Against the right edge (the end of a printed range), the title goes before the mark
        # when there is more room there than after it.
        end = shape.left if shape.marker_x is None else min(shape.left, shape.marker_x - marker_half(r.height))
        before = end - LABEL_GAP - left - 4
        if before > room and before >= min(width, 120):
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, min(most, before))
            p.setPen(style.text)
            p.drawText(QRectF(end - LABEL_GAP - most - 4, r.top, most + 4, r.height), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shown)
            return
    if room < 30:
        return
    shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, min(most, room))
    p.setPen(style.text)
    p.drawText(QRectF(x, r.top, most + 4, r.height), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)


def _edge_hint(p: QPainter, r: Row, style: TimelineStyle, left: float, right: float, *, before: bool) -> None:
    """A mark scrolled out of view leaves its title at the edge it went past, with an arrow."""
    text = _edge_hint_text(r.title, style, before)
    align = Qt.AlignmentFlag.AlignLeft if before else Qt.AlignmentFlag.AlignRight
    p.setPen(style.muted_text)
    p.drawText(QRectF(left + 4, r.top, right - left - 8, r.height), Qt.AlignmentFlag.AlignVCenter | align, text)


def edge_hint_span(title: str, style: TimelineStyle, left: float, right: float, *, before: bool) -> tuple[float, float]:
    """Where along x the edge hint of `title` is drawn: what a click on it must hit."""
    width = QFontMetricsF(style.font).horizontalAdvance(_edge_hint_text(title, style, before))
    return (left + 4, left + 4 + width) if before else (right - 4 - width, right - 4)


def _edge_hint_text(title: str, style: TimelineStyle, before: bool) -> str:
    fm = QFontMetricsF(style.font)
    return fm.elidedText(("◂ " + title) if before else (title + " ▸"), Qt.TextElideMode.ElideRight, LABEL_MAX_PX)


def _crisp(x: float) -> float:
    """A one-pixel line on a pixel, not smeared over two."""
    return round(x) + 0.5
