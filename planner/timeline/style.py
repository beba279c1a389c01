"""`TimelineStyle`: every colour, brush and size the timeline painter uses, in one value.

Built from a widget's palette for the screen (light or dark alike) or as greyscale for paper,
where status is told by pattern instead of colour (`status_colors.py` names the patterns).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

from planner.domain.status import Standing
from planner.qtmodels.status_colors import STANDING_COLORS

# A widget's look is made again after these: a new palette (dark mode), font or style.
_LOOK_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange)

_PATTERNS = {
    "solid": Qt.BrushStyle.SolidPattern,
    "dense": Qt.BrushStyle.Dense4Pattern,
    "diagonal": Qt.BrushStyle.BDiagPattern,
    "cross": Qt.BrushStyle.DiagCrossPattern,
    "dots": Qt.BrushStyle.Dense6Pattern,
    "hollow": Qt.BrushStyle.NoBrush,
}


@dataclass
class TimelineStyle:
    background: QColor
    alternate: QColor
    text: QColor
    muted_text: QColor
    header_background: QColor
    header_text: QColor
    grid: QColor
    grid_strong: QColor
    weekend: QColor
    slip: QColor
    selection: QColor
    summary: QColor
    today: QColor
    as_of: QColor
    key_date: QColor
    link: QColor
    link_violated: QColor
    label_background: QColor
    font: QFont
    greyscale: bool = False
    dark: bool = False
    label_max_px: float = 360.0  # a title beside its mark is cut here; paper has room for more
    _fills: dict[Standing, QBrush] = field(default_factory=dict)
    _outlines: dict[Standing, QColor] = field(default_factory=dict)

    # Status -------------------------------------------------------------------------------------

    def fill(self, s: Standing) -> QBrush:
        """The brush for a bar of this status: colour on screen, a pattern on paper."""
        return self._fills[s]

    def outline(self, s: Standing) -> QColor:
        return self._outlines[s]

    def band(self, s: Standing) -> QColor:
        """A light wash of the status colour for a coarse window, readable under a diamond."""
        c = QColor(self._outlines[s])
        c.setAlpha(70 if self.dark else 55)
        return c

    # Building -----------------------------------------------------------------------------------

    @classmethod
    def from_palette(cls, pal: QPalette, font: QFont) -> "TimelineStyle":
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        highlight = QColor(pal.color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(90 if dark else 60)
        grid = QColor(text)
        grid.setAlpha(28)
        grid_strong = QColor(text)
        grid_strong.setAlpha(70)
        weekend = QColor(text)
        weekend.setAlpha(14)
        muted = QColor(text)
        muted.setAlpha(160)
        label_bg = QColor(base)
        label_bg.setAlpha(215)
        style = cls(
            background=base,
            alternate=pal.color(QPalette.ColorRole.AlternateBase),
            text=text,
            muted_text=muted,
            header_background=pal.color(QPalette.ColorRole.Button),
            header_text=pal.color(QPalette.ColorRole.ButtonText),
            grid=grid,
            grid_strong=grid_strong,
            weekend=weekend,
            slip=QColor("#ff7a45") if dark else QColor("#c0392b"),
            selection=highlight,
            summary=QColor("#c8ccd2") if dark else QColor("#3b4350"),
            today=QColor("#ff5a4f") if dark else QColor("#d0342c"),
            as_of=QColor("#6fa8ff") if dark else QColor("#1f5fbf"),
            key_date=QColor("#c99cff") if dark else QColor("#7b3fb8"),
            link=QColor("#b0b6be") if dark else QColor("#55606e"),
            link_violated=QColor("#ff5a4f") if dark else QColor("#d0342c"),
            label_background=label_bg,
            font=QFont(font),
            dark=dark,
        )
        for s, look in STANDING_COLORS.items():
            colour = QColor(look.fill)
            if dark:
                colour = colour.lighter(125)  # the same hue, lifted off a dark background
            style._fills[s] = QBrush(colour)
            style._outlines[s] = colour.darker(130) if not dark else colour.lighter(115)
        return style

    @classmethod
    def for_paper(cls, font: QFont, greyscale: bool = True) -> "TimelineStyle":
        """Black on white with status told by pattern, for greyscale printing; with
        `greyscale=False` the status colours on white paper, for a colour printer or a PDF."""
        pal = QPalette(QColor("white"))
        pal.setColor(QPalette.ColorRole.Base, QColor("white"))
        pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f4f4f4"))
        pal.setColor(QPalette.ColorRole.Text, QColor("black"))
        pal.setColor(QPalette.ColorRole.Button, QColor("#e8e8e8"))
        pal.setColor(QPalette.ColorRole.ButtonText, QColor("black"))
        pal.setColor(QPalette.ColorRole.Highlight, QColor("#bbbbbb"))
        style = cls.from_palette(pal, font)
        if not greyscale:
            return style
        style.greyscale = True
        for name in ("summary", "today", "as_of", "key_date", "link", "slip"):
            setattr(style, name, QColor("black"))
        style.link_violated = QColor("black")
        for s, look in STANDING_COLORS.items():
            style._fills[s] = QBrush(QColor("#444444"), _PATTERNS.get(look.pattern, Qt.BrushStyle.SolidPattern))
            style._outlines[s] = QColor("black")
        return style


class WidgetLook:
    """A widget's TimelineStyle: made from its palette and font when first asked, and again after
    either changes (the widget hands its change events to `changed`)."""

    def __init__(self, widget: "QWidget") -> None:
        self._widget = widget
        self._style: TimelineStyle | None = None

    @property
    def style(self) -> TimelineStyle:
        if self._style is None:
            self._style = TimelineStyle.from_palette(self._widget.palette(), self._widget.font())
        return self._style

    def changed(self, event: QEvent) -> bool:
        """Whether `event` changed the look; the next `style` is made anew then."""
        if event.type() in _LOOK_CHANGES:
            self._style = None
            return True
        return False


# The sizes that drawing and hit-testing share: one formula each, so a click lands where the eye sees
# the mark, on screen and on paper alike.
def bar_height(row_height: float) -> float:
    """The height of a row's bar or window."""
    return max(4.0, round(row_height * 0.5))


def marker_half(row_height: float) -> float:
    """Half the width of a row's diamond."""
    return bar_height(row_height) * 0.75


def min_cell_px(style: TimelineStyle) -> float:
    """Narrowest header cell worth a band: room for "Q4" with a margin."""
    return QFontMetricsF(style.font).horizontalAdvance("Q4") + 14
