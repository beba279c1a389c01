"""The first screen at 1400 px: every column of the plan whole and readable beside the timeline,
a short details strip with the document's sentence first, sizes the officer drags kept."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QImage

from planner.app import build_window
from planner.qtmodels.plan_model import COL_ACTOR, COL_STATUS, COL_TITLE, COL_WINDOW
from planner.timeline import painting

from .helpers import select


def open_window(qtbot, db_url, clock, settings):
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_every_column_is_whole_beside_the_timeline_at_1400_px(qtbot, db_url, clock, settings):
    w = open_window(qtbot, db_url, clock, settings)
    tree, header = w.plan_view.tree, w.plan_view.tree.header()
    fm = tree.fontMetrics()
    for col in range(header.count()):  # Responsible too: no column runs off the tree's edge
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= tree.viewport().width(), col
    assert header.sectionSize(COL_WINDOW) > fm.horizontalAdvance("Oct 2020 – Mar 2021") + 8
    assert header.sectionSize(COL_ACTOR) > fm.horizontalAdvance("European Commission") + 8
    assert header.sectionSize(COL_STATUS) > fm.horizontalAdvance("delivered on time") + 8  # the longest status, whole
    assert header.sectionSize(COL_TITLE) >= 240
    assert w.plan_view.timeline.width() >= 520  # and the timeline keeps room for its marks and titles
    w.doc.close_store()


def test_the_details_strip_is_short_and_starts_with_the_documents_sentence(qtbot, db_url, clock, settings):
    w = open_window(qtbot, db_url, clock, settings)
    assert w.details_dock.height() <= 0.16 * w.height()
    select(w, "Europol")
    text = w.details.toPlainText()
    c = next(c for c in w.doc.plan.commitments if "Europol" in c.title)
    assert text.index(c.quote[:40]) < text.index(c.description[:30]) < text.index("Responsible")
    # The sentence is in the part of the strip one sees without scrolling.
    cursor = w.details.document().find(c.quote[:40])
    assert w.details.cursorRect(cursor).bottom() < w.details.viewport().height()
    w.doc.close_store()


def test_the_splitter_and_columns_the_officer_drags_are_kept_for_the_next_start(qtbot, db_url, clock, settings):
    w = open_window(qtbot, db_url, clock, settings)
    splitter = w.plan_view
    handle = splitter.handle(1)
    before = splitter.sizes()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=QPoint(2, 100))
    qtbot.mouseMove(handle, QPoint(-98, 100))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=QPoint(-98, 100))
    dragged = splitter.sizes()
    assert dragged[0] < before[0] - 50
    w.plan_view.tree.header().resizeSection(COL_TITLE, 333)
    w.close()
    w.doc.close_store()
    again = open_window(qtbot, db_url, clock, settings)
    assert again.plan_view.sizes() == dragged
    assert again.plan_view.tree.header().sectionSize(COL_TITLE) == 333
    again.doc.close_store()


def test_column_widths_saved_by_an_earlier_version_do_not_cut_the_status(qtbot, db_url, clock, settings):
    """An officer whose Status column was saved 100 px wide by the version before still sees
    'delivered on time' whole: those widths are not restored over the new ones."""
    w = open_window(qtbot, db_url, clock, settings)
    w.plan_view.tree.header().resizeSection(COL_STATUS, 100)
    settings.setValue("window/columns", w.plan_view.tree.header().saveState())  # where the old version kept them
    w.doc.close_store()
    w.deleteLater()
    again = open_window(qtbot, db_url, clock, settings)
    fm = again.plan_view.tree.fontMetrics()
    assert again.plan_view.tree.header().sectionSize(COL_STATUS) > fm.horizontalAdvance("delivered on time") + 8
    again.doc.close_store()


def first_dark_row(image: QImage, left: int, right: int) -> int:
    """The first line of pixels from the top with text in it (dark on the header's light ground)."""
    return next(y for y in range(2, image.height()) if any(image.pixelColor(x, y).lightness() < 90 for x in range(left, right)))


def test_the_column_names_have_little_blank_above_them_beside_a_header_of_dates_and_one_lane(qtbot, db_url, clock, settings):
    """The first screen once spent about 100 px of header over the column names: the timeline's
    header held four lanes of key-date labels. Now it is the two bands of dates and one thin lane."""
    w = open_window(qtbot, db_url, clock, settings)
    timeline, header = w.plan_view.timeline, w.plan_view.tree.header()
    style = timeline.style_()
    assert header.height() == timeline.header_px() <= painting.header_height(style, 1)
    image = header.grab().toImage()
    name = QFontMetricsF(header.font()).horizontalAdvance("Commitment")
    blank = first_dark_row(image, 4, int(name))
    # Level with the lower band of dates: the names start about one band under the top (was ~100 px).
    assert blank <= painting.band_height(style) + 5, blank
    w.doc.close_store()
