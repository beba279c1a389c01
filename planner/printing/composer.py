"""`draw_page`: one page of a snapshot onto any QPainter, in the sheet's drawing units.

The timeline part (time header, grid, bars, windows, milestones, baseline ghosts and slips, key
dates, links, the today and as-of lines) is the window's own `draw_frame` on a `Frame` of the
page's rows, so paper and screen cannot drift apart. Around it this module adds what only paper
has: the title block, the label columns of the tree, the marks where pages overlap, the legend,
the sources and the page number.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from planner.i18n import translate
from planner.i18n.words import status_word
from planner.qtmodels.status_colors import STANDING_COLORS
from planner.timeline.frame import Frame, draw_frame
from planner.timeline.legend import draw_legend
from planner.timeline.links import links_to_draw
from planner.timeline.rows import Row
from planner.timeline.style import marker_half, min_cell_px

from .content import Content, Line
from .layout import Layout
from .options import day_text
from .pagination import Page
from .sheet import COLUMN_NAMES, Sheet

LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight


@dataclass(frozen=True)
class _Placed:
    line: Line
    row: Row  # the line's row, moved to its place on this page
    continued: bool  # a heading repeated from the page before


def draw_page(p: QPainter, layout: Layout, page: Page, content: Content) -> None:
    sheet = layout.sheet
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    p.fillRect(QRectF(0, 0, sheet.width, sheet.height), QColor("white"))
    placed = _place(layout, page, content)
    # A page of few rows ends its chart under them, the legend close by: no empty grid.
    bottom = min(sheet.body_bottom, sheet.body_top + len(placed) * sheet.row_h + sheet.line)
    _title_block(p, sheet, content)
    scale = layout.scale(page.tile)
    rows = [pl.row for pl in placed]
    on_page = {r.commitment.id: r for r in rows if r.commitment is not None}
    marker = marker_half(sheet.row_h)
    links = links_to_draw(content.dependencies, on_page.get, scale, sheet.body_top, bottom, content.broken, marker)
    draw_frame(p, Frame(
        rect=QRectF(sheet.chart_left, sheet.header_top, sheet.chart_width, bottom - sheet.header_top),
        header_px=sheet.header_h, scale=scale, rows=rows, style=sheet.style, today=content.today, as_of=content.as_of,
        key_dates=content.key_dates, links=links, key_lanes=layout.key_lanes, day_lane=layout.day_lane, min_cell_px=min_cell_px(sheet.style),
    ))
    _label_columns(p, sheet, placed)
    _rules(p, sheet, placed, bottom)
    if len(layout.columns) > 1:
        _overlap_marks(p, layout, page, bottom)
    legend_top = bottom + sheet.line * 0.5
    draw_legend(p, QPointF(sheet.margin, legend_top), sheet.inner_width, sheet.style)
    if sheet.sources_text:
        p.setFont(sheet.small)
        p.setPen(sheet.style.text)
        p.drawText(QRectF(sheet.margin, legend_top + sheet.legend_h, sheet.inner_width, sheet.sources_h), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop), sheet.sources_text)
    _footer(p, layout, page, content)
    p.restore()


def _place(layout: Layout, page: Page, content: Content) -> list[_Placed]:
    sheet = layout.sheet
    carried = set(page.rows.carried)
    out = []
    for k, i in enumerate(page.rows.indexes):
        line = content.lines[i]
        row = line.row._replace(top=sheet.body_top + k * sheet.row_h, height=sheet.row_h, alternate=k % 2 == 1)
        out.append(_Placed(line, row, i in carried))
    return out


# Around the chart --------------------------------------------------------------------------------


def _title_block(p: QPainter, sheet: Sheet, content: Content) -> None:
    style, left, width = sheet.style, sheet.margin, sheet.inner_width
    title_fm = QFontMetricsF(sheet.title_font)
    top = sheet.margin
    stamp = translate("Snapshot", "Status as of {day}").format(day=day_text(content.as_of))
    p.setFont(sheet.bold)
    stamp_w = QFontMetricsF(sheet.bold).horizontalAdvance(stamp)
    p.setPen(style.text)
    p.drawText(QRectF(left, top, width, title_fm.height()), RIGHT, stamp)
    p.setFont(sheet.title_font)
    p.drawText(QRectF(left, top, width, title_fm.height()), LEFT, title_fm.elidedText(content.title, Qt.TextElideMode.ElideRight, width - stamp_w - 30))
    second = QRectF(left, top + title_fm.height() + 2, width, sheet.line)
    fm = QFontMetricsF(sheet.style.font)
    printed = translate("Snapshot", "printed {day}").format(day=day_text(content.today))
    what = translate("Snapshot", "Filter: {filter}").format(filter=content.filter_text) if content.filter_text else translate("Snapshot", "All commitments")
    what += f"  ·  {content.range_text}"
    if content.left_out:
        what += "  ·  " + translate("Snapshot", "{count} dated outside this range left out").format(count=content.left_out)
    p.setFont(style.font)
    p.setPen(style.muted_text)
    p.drawText(second, RIGHT, printed)
    p.drawText(second, LEFT, fm.elidedText(what, Qt.TextElideMode.ElideRight, width - fm.horizontalAdvance(printed) - 30))


def _label_columns(p: QPainter, sheet: Sheet, placed: list[_Placed]) -> None:
    """Column names beside the time header, just over the rows, then each row's title, due date and status."""
    style, pad = sheet.style, sheet.pad
    left, labels_w = sheet.labels_left, sheet.chart_left - sheet.labels_left
    p.save()
    p.fillRect(QRectF(left, sheet.header_top, labels_w, sheet.header_h), style.header_background)
    p.setFont(sheet.bold)
    p.setPen(style.header_text)
    lower = QRectF(0, sheet.body_top - sheet.time_h / 2, 0, sheet.time_h / 2)  # just over the rows
    for (x, w), name in zip(sheet.columns, COLUMN_NAMES, strict=True):
        p.drawText(QRectF(x + pad, lower.top(), w - 2 * pad, lower.height()), LEFT, translate("PlanModel", name))
    for pl in placed:
        row, line = pl.row, pl.line
        if row.alternate:
            p.fillRect(QRectF(left, row.top, labels_w, row.height), style.alternate)
        x = left + pad + line.depth * sheet.indent
        if line.is_group:
            _group_label(p, sheet, pl, QRectF(x, row.top, sheet.chart_left - pad - x, row.height))
            continue
        (tx, tw), (dx, dw), (sx, sw) = sheet.columns
        _cell(p, style.font, style.text, QRectF(x, row.top, tx + tw - pad - x, row.height), row.title)
        _cell(p, style.font, style.text, QRectF(dx + pad, row.top, dw - 2 * pad, row.height), line.due)
        if line.standing is not None:
            look = STANDING_COLORS[line.standing]
            colour = style.text if style.greyscale else QColor(look.text)
            _cell(p, style.font, colour, QRectF(sx + pad, row.top, sw - 2 * pad, row.height), f"{look.symbol} {status_word(line.standing.value)}")
    p.restore()


def _group_label(p: QPainter, sheet: Sheet, pl: _Placed, rect: QRectF) -> None:
    """A strategy or initiative heading runs across all label columns: titles are long."""
    text = pl.row.title
    if pl.line.due:
        text += f" — {pl.line.due}"  # a strategy's reference, e.g. COM(2020) 607
    if pl.continued:
        text += " (continued)"
    font = QFont(sheet.bold) if pl.line.depth == 0 else QFont(sheet.style.font)
    font.setItalic(pl.line.depth > 0)
    _cell(p, font, sheet.style.text, rect, text)


def _cell(p: QPainter, font: QFont, colour: QColor, rect: QRectF, text: str) -> None:
    """`text` in `rect`: on two lines when it is too long for one and the row has room, the rest cut."""
    if rect.width() <= 4 or not text:
        return
    fm = QFontMetricsF(font)
    lines = _wrapped(fm, text, rect.width(), 2 if rect.height() >= 2.2 * fm.height() else 1)  # two lines need air round them
    p.setFont(font)
    p.setPen(colour)
    top = rect.center().y() - len(lines) * fm.height() / 2
    for n, shown in enumerate(lines):
        p.drawText(QRectF(rect.left(), top + n * fm.height(), rect.width(), fm.height()), LEFT, shown)


def _wrapped(fm: QFontMetricsF, text: str, width: float, most: int) -> list[str]:
    """Up to `most` lines, broken between words; the last one cut with an ellipsis if need be."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < most - 1:
        taken = 0
        while taken < len(words) and fm.horizontalAdvance(" ".join(words[: taken + 1])) <= width:
            taken += 1
        if taken == 0 or taken == len(words):
            break  # one word wider than the cell, or all of it fits: the last line takes the rest
        lines.append(" ".join(words[:taken]))
        words = words[taken:]
    lines.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


def _rules(p: QPainter, sheet: Sheet, placed: list[_Placed], bottom: float) -> None:
    """Column dividers, a line over each strategy, and a frame round the whole table."""
    style = sheet.style
    top = sheet.header_top
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(QPen(style.grid_strong, 0))
    for x, _ in sheet.columns[1:]:
        p.drawLine(QPointF(x, sheet.body_top - sheet.time_h / 2), QPointF(x, bottom))
    p.setPen(QPen(style.text, 0))
    p.drawLine(QPointF(sheet.chart_left, top), QPointF(sheet.chart_left, bottom))
    p.drawLine(QPointF(sheet.labels_left, sheet.body_top), QPointF(sheet.chart_left, sheet.body_top))
    p.setPen(QPen(style.grid_strong, 0.8))
    for pl in placed[1:]:
        if pl.line.depth == 0:
            p.drawLine(QPointF(sheet.labels_left, pl.row.top), QPointF(sheet.chart_right, pl.row.top))
    p.setPen(QPen(style.text, 0.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(sheet.labels_left, top, sheet.chart_right - sheet.labels_left, bottom - top))
    p.restore()


def _overlap_marks(p: QPainter, layout: Layout, page: Page, bottom: float) -> None:
    """Where this page's chart is repeated on its neighbour: a shaded strip and a dashed line
    in the header, arrows at both ends, and which page to glue on."""
    sheet, style = layout.sheet, layout.sheet.style
    last = len(layout.columns) - 1
    column = page.tile.column
    strip = QRectF(sheet.chart_left, sheet.strip_top, sheet.chart_width, sheet.strip_h)
    p.save()
    p.setFont(sheet.small)
    shade = QColor(style.text)
    shade.setAlpha(40)
    marks = []
    if column < last:
        x = sheet.chart_right - layout.overlap
        marks.append((x, 1))
        p.fillRect(QRectF(x, strip.top(), sheet.chart_right - x, strip.height()), shade)
        p.setPen(style.text)
        p.drawText(strip.adjusted(0, 0, -layout.overlap - 4, 0), RIGHT, translate("Snapshot", "continues on page {page} ▸").format(page=page.number + 1))
    if column > 0:
        x = sheet.chart_left + layout.overlap
        marks.append((x, -1))
        p.fillRect(QRectF(sheet.chart_left, strip.top(), x - sheet.chart_left, strip.height()), shade)
        p.setPen(style.text)
        p.drawText(strip.adjusted(layout.overlap + 4, 0, 0, 0), LEFT, translate("Snapshot", "◂ continued from page {page}").format(page=page.number - 1))
    for x, direction in marks:
        pen = QPen(style.text, 0.8, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(x, strip.top()), QPointF(x, sheet.body_top))
        p.drawLine(QPointF(x, bottom), QPointF(x, bottom + sheet.line * 0.4))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.text)
        a = 4.0 * direction
        y = strip.center().y()
        p.drawPolygon(QPolygonF([QPointF(x, y - 4), QPointF(x + a, y), QPointF(x, y + 4)]))
    p.restore()


def _footer(p: QPainter, layout: Layout, page: Page, content: Content) -> None:
    sheet = layout.sheet
    rect = QRectF(sheet.margin, sheet.footer_top, sheet.inner_width, sheet.footer_h)
    p.setFont(sheet.small)
    p.setPen(sheet.style.muted_text)
    p.drawText(rect, RIGHT, translate("Snapshot", "page {page} of {pages}").format(page=page.number, pages=len(layout.pages)))
    if len(layout.pages) == 1:
        where = translate("Snapshot", "{count} rows").format(count=len(content.lines)) + f"  ·  {content.range_text}"
    else:
        tile = page.tile
        scale = layout.scale(tile)
        shown = f"{day_text(scale.date_at(sheet.chart_left))} – {day_text(scale.date_at(sheet.chart_right - 0.01))}"
        where = translate("Snapshot", "rows {first}–{last} of {count}").format(first=page.rows.start + 1, last=page.rows.stop, count=len(content.lines)) + f"  ·  {shown}"
        if len(layout.columns) > 1:
            where += "  ·  " + translate("Snapshot", "column {column} of {columns}, band {band} of {bands}").format(
                column=tile.column + 1, columns=len(layout.columns), band=page.rows.band + 1, bands=len(layout.bands))
    p.drawText(rect, LEFT, where)
