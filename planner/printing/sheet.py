"""`Sheet`: where everything goes on a page of a snapshot, measured for one paper size and font.

Lengths are drawing units of 1/`units_per_inch()` inch: the resolution Qt measures fonts at when
no device is named, which is how the timeline's painting code measures its text. Every device is
set to that resolution (or scaled to it), so text measured here is the text drawn there.

Top to bottom a page holds: the title block, a strip for the marks where pages overlap, the
column names beside the time header (its two bands of dates, then the band of key-date labels),
the rows (label columns, then the chart), the legend, the sources (on request) and the footer
with the page number.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication

from planner.i18n import translate
from planner.i18n.words import status_word
from planner.qtmodels.status_colors import STANDING_COLORS
from planner.timeline import painting
from planner.timeline.legend import legend_layout
from planner.timeline.style import TimelineStyle

from .content import Content
from .options import SnapshotOptions
from .paper import mm_to_units, page_size_mm

MARGIN_MM = 10.0
OVERLAP_MM = 8.0  # chart both neighbouring pages show, to glue them edge to edge
MIN_FONT_PT, COMFORT_FONT_PT, MAX_FONT_PT = 6.5, 8.0, 10.0
ROW_LINES = 1.6  # a row is this many lines of text tall: room for a bar and its label
TWO_LINE_ROWS = 2.3  # rows with room for a title or a due phrase on two lines
LABEL_SHARE = 0.45  # the label columns take at most this share of the page width...
PORTRAIT_LABEL_SHARE = 0.5  # ...a little more of a narrow page
COLUMN_NAMES = ("Commitment", "Due (as written)", "Status")  # the plan list's, translated as it translates them


def units_per_inch() -> int:
    """The resolution QFontMetricsF(font) measures at: the primary screen's, as Qt rounds it."""
    app = QGuiApplication.instance()
    if app is not None and app.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 100


def page_units(options: SnapshotOptions) -> tuple[float, float]:
    upi = units_per_inch()
    w, h = page_size_mm(options.page, options.landscape)
    return mm_to_units(w, upi), mm_to_units(h, upi)


def paper_font(size_pt: float, *, bold: bool = False) -> QFont:
    font = QFont(QGuiApplication.font().family())
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


@dataclass
class Sheet:
    width: float
    height: float
    margin: float
    font_pt: float
    style: TimelineStyle
    bold: QFont
    title_font: QFont
    small: QFont  # footer, sources, overlap notes: a little smaller, never under the minimum
    line: float  # height of a line of body text
    row_h: float
    indent: float
    pad: float
    columns: list[tuple[float, float]]  # x and width of each label column
    cramped: bool  # the columns had to be squeezed: a smaller font would read better
    title_h: float
    strip_h: float  # room for the overlap notes above the header (tiled sheets only)
    time_h: float  # the two bands of dates at the top of the chart
    legend_h: float
    sources_text: str
    sources_h: float
    footer_h: float
    key_h: float = 0.0  # the band of key-date labels under them, when there are any

    # Across ---------------------------------------------------------------------------------------

    @property
    def labels_left(self) -> float:
        return self.margin

    @property
    def chart_left(self) -> float:
        x, w = self.columns[-1]
        return x + w

    @property
    def chart_right(self) -> float:
        return self.width - self.margin

    @property
    def chart_width(self) -> float:
        return self.chart_right - self.chart_left

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    # Down -----------------------------------------------------------------------------------------

    @property
    def strip_top(self) -> float:
        return self.margin + self.title_h

    @property
    def header_top(self) -> float:
        return self.strip_top + self.strip_h

    @property
    def header_h(self) -> float:
        """The whole time header: the bands of dates and the key-date band under them."""
        return self.time_h + self.key_h

    @property
    def body_top(self) -> float:
        return self.header_top + self.header_h

    @property
    def footer_top(self) -> float:
        return self.height - self.margin - self.footer_h

    @property
    def sources_top(self) -> float:
        return self.footer_top - self.sources_h

    @property
    def legend_top(self) -> float:
        return self.sources_top - self.legend_h

    @property
    def body_bottom(self) -> float:
        """Where the chart ends: a little above the legend."""
        return self.legend_top - self.line * 0.5

    def capacity(self) -> int:
        """Rows a page holds."""
        return max(1, math.floor((self.body_bottom - self.body_top) / self.row_h))


def measure(content: Content, options: SnapshotOptions, font_pt: float, width: float, height: float, *, strip: bool, row_lines: float = ROW_LINES) -> Sheet:
    """The sheet for `content` on a page `width` x `height` units with body text of `font_pt`."""
    upi = units_per_inch()
    body = paper_font(font_pt)
    style = TimelineStyle.for_paper(body, greyscale=options.greyscale)
    fm = QFontMetricsF(body)
    bold = paper_font(font_pt, bold=True)
    title_font = paper_font(min(font_pt * 1.6, 16.0), bold=True)
    small = paper_font(max(font_pt * 0.9, MIN_FONT_PT))
    small_fm = QFontMetricsF(small)
    line = fm.height()
    margin = mm_to_units(MARGIN_MM, upi)
    inner = width - 2 * margin
    pad = max(3.0, fm.horizontalAdvance(" ") * 1.5)
    indent = fm.horizontalAdvance("M") * 1.4
    share = LABEL_SHARE if width >= height else PORTRAIT_LABEL_SHARE
    columns, cramped = _label_columns(content, fm, QFontMetricsF(bold), margin, inner, share, pad, indent)
    x, w = columns[-1]
    style.label_max_px = max(style.label_max_px, 0.6 * (width - margin - x - w))  # paper has room for whole titles
    sources_text = ""
    sources_h = 0.0
    if options.sources and content.sources:
        sources_text = "Sources: " + "  ·  ".join(f"{ref}, {title}" if title else ref for ref, title in content.sources)
        box = small_fm.boundingRect(QRectF(0, 0, inner, 1e6), int(Qt.TextFlag.TextWordWrap), sources_text)
        sources_h = box.height() + line * 0.4
    return Sheet(
        width=width, height=height, margin=margin, font_pt=font_pt, style=style, bold=bold, title_font=title_font, small=small,
        line=line, row_h=math.ceil(line * row_lines), indent=indent, pad=pad, columns=columns, cramped=cramped,
        title_h=QFontMetricsF(title_font).height() + line * 1.6,
        strip_h=small_fm.height() + 4 if strip else line * 0.3,
        time_h=painting.header_height(style),
        legend_h=legend_layout(style, inner)[1] + line * 0.3,
        sources_text=sources_text, sources_h=sources_h,
        footer_h=small_fm.height() + 4,
    )


def _label_columns(content: Content, fm: QFontMetricsF, bold: QFontMetricsF, left: float, inner: float, share: float, pad: float, indent: float) -> tuple[list[tuple[float, float]], bool]:
    """Title, due and status columns as wide as their widest entry, within a share of the page;
    and whether that squeezed them.

    When they would take more, the title column gives way first (a title is printed whole
    beside its mark as well), down to 26 letters, then the due column down to 18, then both
    further; status is never cut.
    """
    letter = fm.averageCharWidth()
    items = [ln for ln in content.lines if not ln.is_group]
    title = max([fm.horizontalAdvance(ln.row.title) + ln.depth * indent for ln in items] + [bold.horizontalAdvance(translate("PlanModel", COLUMN_NAMES[0]))])
    due = max([fm.horizontalAdvance(ln.due) for ln in items] + [bold.horizontalAdvance(translate("PlanModel", COLUMN_NAMES[1]))])
    standings = {ln.standing for ln in items if ln.standing is not None}
    status = max([fm.horizontalAdvance(f"{STANDING_COLORS[s].symbol} {status_word(s.value)}") for s in standings] + [bold.horizontalAdvance(translate("PlanModel", COLUMN_NAMES[2]))])
    natural = [min(title, 60 * letter) + 2 * pad, min(due, 40 * letter) + 2 * pad, status + 2 * pad]
    widths = list(natural)
    room = inner * share
    readable = (26 * letter + 2 * pad, 18 * letter + 2 * pad)  # a title column under 26 letters, a due one under 18: squeezed
    for column, least in ((0, readable[0]), (1, readable[1]), (0, 14 * letter), (1, 10 * letter)):
        if sum(widths) > room:
            widths[column] = max(room - sum(widths) + widths[column], min(least, natural[column]))
    cramped = widths[0] < min(natural[0], readable[0]) or widths[1] < min(natural[1], readable[1])
    out, x = [], left
    for w in widths:
        out.append((x, w))
        x += w
    return out, cramped
