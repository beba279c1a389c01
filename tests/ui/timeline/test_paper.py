"""The one drawing routine on another device: a page drawn from the model, without any widget,
as printing will do it; and the status colours and patterns every device uses."""
from datetime import date

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette

from planner.domain.status import Standing
from planner.qtmodels.roles import Roles
from planner.timeline.frame import Frame, draw_frame
from planner.timeline.rows import row_from_index
from planner.timeline.scale import TimeScale
from planner.timeline.shapes import shape_of
from planner.timeline.style import TimelineStyle


def commitment_rows(model, top: float, height: float):
    """Every commitment row of the model, one under the other: a page's worth of rows."""
    rows, y = [], top

    def walk(parent):
        nonlocal y
        for r in range(model.rowCount(parent)):
            ix = model.index(r, 0, parent)
            if ix.data(Roles.COMMITMENT) is not None:
                rows.append(row_from_index(ix, y, height))
                y += height
            walk(ix)

    walk(QModelIndex())
    return rows


def test_a_page_drawn_without_a_widget_shows_every_commitment_in_its_status_pattern(window):
    style = TimelineStyle.for_paper(QFont("DejaVu Sans", 9))
    width, header = 1200.0, 40.0
    rows = commitment_rows(window.rows, header, 24.0)
    scale = TimeScale.fitting(date(2018, 1, 1), date(2025, 12, 31), width, 20)
    image = QImage(int(width), int(header + 24 * len(rows) + 10), QImage.Format.Format_ARGB32)
    p = QPainter(image)
    draw_frame(p, Frame(QRectF(0, 0, width, image.height()), header, scale, rows, style, today=date(2026, 11, 23), as_of=date(2026, 11, 23)))
    p.end()
    assert len(rows) == 25
    for row in rows:
        s = shape_of(row.commitment, scale)
        x = s.marker_x if s.marker_x is not None else s.x1 - 2
        # Black marks on white paper: every commitment has ink where its mark is (patterns have gaps).
        around = [image.pixelColor(round(x) + dx, round(row.centre) + dy).lightness() for dx in range(-3, 4) for dy in range(-3, 4)]
        assert min(around) < 120, row.title


def test_every_status_has_its_own_colour_on_screen_and_its_own_pattern_on_paper(qapp):
    screen = TimelineStyle.from_palette(QPalette(QColor("white")), QFont())
    paper = TimelineStyle.for_paper(QFont())
    colours = {screen.fill(s).color().name() for s in Standing}
    assert len(colours) == len(Standing)
    patterns = {paper.fill(s).style() for s in Standing if s not in (Standing.PLANNED, Standing.DROPPED)}
    assert len(patterns) == len(Standing) - 2  # planned and dropped are both hollow on paper
    assert paper.fill(Standing.OVERDUE).style() == Qt.BrushStyle.DiagCrossPattern


def test_a_dark_palette_gives_light_lines_and_text(qapp):
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    style = TimelineStyle.from_palette(dark, QFont())
    assert style.dark
    assert style.text.lightness() > 200 and style.summary.lightness() > 150 and style.today.lightness() > 100
