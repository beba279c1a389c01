"""The timeline beside the tree, as an officer uses it: what it shows, dragging, undo, keyboard."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from planner.document.link_commands import push_delete_key_date, push_link
from planner.domain.filters import CommitmentFilter
from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, Status
from planner.domain.status import Standing
from planner.qtmodels.plan_model import COL_DUE
from planner.qtmodels.roles import Roles
from planner.timeline import painting
from planner.timeline.scale import Level
from planner.timeline.shapes import Form, shape_of
from tests.ui.helpers import commitment, fresh_plan, select


@pytest.fixture
def timeline(window):
    view = window.plan_view.timeline
    # The window asks why after each drag in a modal dialog; here the officer gives no reason
    # (one test below answers the real dialog).
    view.editing.ask_reason = lambda parent, what: "moved on the timeline"
    return view


def image_of(timeline):
    return timeline.viewport().grab().toImage()


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def mark_point(timeline, c: Commitment) -> QPoint:
    """A point on the commitment's mark, where a click or drag takes hold of it."""
    row = timeline.row_of_commitment(c.id)
    s = shape_of(c, timeline.scale)
    x = s.marker_x if s.marker_x is not None else (s.x0 + s.x1) / 2
    return QPoint(round(x), round(row.centre))


def drag(qtbot, timeline, start: QPoint, dx: float) -> None:
    vp = timeline.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):  # a real drag moves through points on its way
        qtbot.mouseMove(vp, QPoint(round(start.x() + dx * step / 4), start.y()))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(round(start.x() + dx), start.y()))


def test_the_header_shows_the_whole_of_2020_to_2025(timeline):
    header = timeline.scale.header(0, timeline.viewport().width(), timeline.min_cell_px())
    shown = {t.labels[0] for t in header.upper if t.x0 >= 0 and t.x1 <= timeline.viewport().width()}
    assert {"2020", "2021", "2022", "2023", "2024", "2025"} <= shown


def test_every_commitment_row_has_its_mark_in_its_status_colour_on_the_tree_row(window, timeline):
    tree = window.plan_view.tree
    style = timeline.style_()
    seen = set()
    for c in window.doc.plan.commitments:
        tree.scrollTo(window.rows.index_of(c.id))
        image = image_of(timeline)
        row = timeline.row_of_commitment(c.id)
        assert row is not None and 0 <= row.top and row.top + row.height <= timeline.viewport().height()
        # Same row, same place: the tree's row and the timeline's row are at one height on screen.
        tree_top = tree.viewport().mapToGlobal(tree.visualRect(row.index).topLeft()).y()
        assert timeline.viewport().mapToGlobal(QPoint(0, round(row.top))).y() == tree_top
        s = shape_of(c, timeline.scale)
        x = s.marker_x if s.form is not Form.SPAN else s.x1 - 3
        pixel = image.pixelColor(round(x), round(row.centre))
        assert near(pixel, style.fill(row.standing).color()), (row.title, pixel.name())
        seen.add(c.id)
    assert len(seen) == len(window.doc.plan.commitments) == 25


def test_a_coarse_deadline_is_drawn_over_its_whole_window(timeline, window):
    c = commitment(window, "Europol")  # Q4 2020
    row = timeline.row_of_commitment(c.id)
    s = shape_of(c, timeline.scale)
    image = image_of(timeline)
    inside = image.pixelColor(round((s.x0 + s.x1) / 2 - 4), round(row.centre))
    outside = image.pixelColor(round(s.x0 - 6), round(row.centre))
    assert inside != outside  # the quarter is shaded, the days before it are not


def test_dragging_a_quarter_marker_one_quarter_later_forecasts_the_next_quarter_and_undo_takes_it_back(window, timeline, qtbot, db_url, clock):
    """What the document said stays as written ('by Q4 2020' in Due (as written)); the quarter
    the mark was dragged to is the forecast, drawn as the mark, with the first announced behind."""
    c = commitment(window, "Expert workshop")
    assert c.due.label == "Q4 2020"
    drag(qtbot, timeline, mark_point(timeline, c), 91 * timeline.scale.px_per_day)

    stored = {x.id: x for x in fresh_plan(db_url, clock).commitments}
    assert stored[c.id].due == c.due and stored[c.id].due.shown == c.due.shown  # as written
    assert stored[c.id].forecast.label == "Q1 2021"
    assert stored[c.id].baseline.label == "Q4 2020"  # the date first announced stays
    assert window.doc.undo_stack.undoText() == "Reschedule 'Expert workshop on prevention' to Q1 2021"
    assert window.rows.index_of(c.id, COL_DUE).data() == c.due.shown  # the tree keeps the document's words
    moved_to = shape_of(window.doc.commitment(c.id), timeline.scale)
    assert moved_to.marker_x == timeline.scale.x_after(date(2021, 3, 31)) and moved_to.ghost is not None

    window.actions_by_name["undo"].trigger()
    assert {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id].forecast is None
    window.actions_by_name["redo"].trigger()
    assert {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id].forecast.label == "Q1 2021"


def test_a_year_end_deadline_dragged_a_quarter_later_forecasts_that_quarter_and_undo_takes_it_back(window, timeline, qtbot, db_url, clock):
    """'by the end of 2020', where the header shows quarters: a quarter's drag is a quarter (it
    snapped back, or moved whole years); the officer is asked why; undo and redo follow."""
    c = commitment(window, "Launch study on legislative gaps")
    assert c.due.shown == "by the end of 2020"
    assert timeline.scale.level(timeline.min_cell_px()) is Level.YEARS  # years over quarters
    asked = []
    timeline.editing.ask_reason = lambda parent, what: asked.append(what) or "COM(2021) 1 moved it"
    drag(qtbot, timeline, mark_point(timeline, c), 91 * timeline.scale.px_per_day)

    stored = {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id]
    assert stored.forecast.label == "Q1 2021" and stored.due.shown == "by the end of 2020"
    assert asked == ["Reschedule 'Launch study on legislative gaps, best practices and priority actions' to Q1 2021"]
    assert shape_of(window.doc.commitment(c.id), timeline.scale).marker_x == timeline.scale.x_after(date(2021, 3, 31))
    window.actions_by_name["undo"].trigger()
    assert {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id].forecast is None
    window.actions_by_name["redo"].trigger()
    assert {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id].forecast.label == "Q1 2021"


def test_at_the_year_zoom_a_year_end_deadline_moves_by_months(window, timeline, qtbot, db_url, clock):
    c = commitment(window, "Launch study on legislative gaps")
    select(window, "Launch study on legislative gaps")
    timeline.navigation.zoom_to("year")  # Ctrl+1: quarters over months
    assert timeline.scale.level(timeline.min_cell_px()) is Level.QUARTERS
    drag(qtbot, timeline, mark_point(timeline, c), 31 * timeline.scale.px_per_day)
    assert {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id].forecast.label == "January 2021"


def test_a_short_drag_snaps_back_and_stores_nothing(window, timeline, qtbot):
    c = commitment(window, "Expert workshop")
    drag(qtbot, timeline, mark_point(timeline, c), 30 * timeline.scale.px_per_day)  # a third of a quarter
    assert window.doc.commitment(c.id).due.label == "Q4 2020"
    assert window.doc.undo_stack.count() == 0


def test_escape_cancels_a_drag(window, timeline, qtbot):
    c = commitment(window, "Expert workshop")
    start = mark_point(timeline, c)
    vp = timeline.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, QPoint(start.x() + 40, start.y()))
    qtbot.mouseMove(vp, QPoint(start.x() + round(200 * timeline.scale.px_per_day), start.y()))
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(start.x() + round(200 * timeline.scale.px_per_day), start.y()))
    assert window.doc.commitment(c.id).due.label == "Q4 2020"
    assert window.doc.undo_stack.count() == 0


def test_dragging_the_end_of_a_span_makes_it_longer(window, timeline, qtbot, db_url, clock):
    c = commitment(window, "Implement the EU Agenda and Action Plan on Drugs")  # 2021-2025
    window.plan_view.tree.scrollTo(window.rows.index_of(c.id))
    row = timeline.row_of_commitment(c.id)
    s = shape_of(c, timeline.scale)
    drag(qtbot, timeline, QPoint(round(s.x1) - 2, round(row.centre)), 366 * timeline.scale.px_per_day)
    stored = {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id]
    assert stored.due.label == "2021-2026"
    assert stored.window_start == date(2021, 1, 1)


def test_clicking_a_bar_selects_its_row_in_the_tree(window, timeline, qtbot):
    c = commitment(window, "Digital Services Act")
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=mark_point(timeline, c))
    assert window.plan_view.current_commitment().id == c.id
    assert window.plan_view.selected_commitments() == [window.doc.commitment(c.id)]


def test_a_collapsed_branch_disappears_from_the_timeline(window, timeline):
    c = commitment(window, "Expert workshop")
    assert timeline.row_of_commitment(c.id) is not None
    index = window.rows.index_of(c.id).parent()
    window.plan_view.tree.collapse(index)
    titles = [r.title for r in timeline.visible_rows()]
    assert "Expert workshop on prevention" not in titles
    assert index.data() in titles  # the initiative stays, with its summary bar
    tree_titles = []
    ix = window.plan_view.tree.indexAt(QPoint(1, 0))
    while ix.isValid() and len(tree_titles) < len(titles):
        tree_titles.append(ix.data())
        ix = window.plan_view.tree.indexBelow(ix)
    assert titles == tree_titles


def test_arrow_keys_in_the_timeline_move_the_one_selection_and_enter_asks_to_edit(window, timeline, qtbot):
    select(window, "Use infringement procedures")  # the last of initiative 1
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Down)  # the next row is the initiative "2. Ensure..."
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert window.plan_view.current_commitment().title.startswith("Propose interim legislation")
    with qtbot.waitSignal(timeline.activated) as signal:
        # Straight to the handler: in the window, the Edit action's Enter shortcut opens the dialog.
        timeline.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    assert signal.args[0].data(Roles.COMMITMENT).title.startswith("Propose interim legislation")


def test_alt_right_moves_the_current_commitment_one_step_of_its_precision(window, timeline, db_url, clock):
    c = commitment(window, "Research call")  # open until 22 August 2020: a day
    select(window, "Research call")
    window.actions_by_name["move_later"].trigger()
    assert {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id].forecast.window_text == "2020-08-23"


def test_alt_shift_right_moves_only_the_end_of_a_span_as_dragging_its_end_does(window, timeline, db_url, clock, qtbot):
    c = commitment(window, "Implement the child sexual abuse strategy")  # 2020-2025
    select(window, "Implement the child sexual abuse strategy")
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    after = {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id]
    assert (after.due.start, after.due.end) == (c.due.start, c.due.end.replace(year=c.due.end.year + 1))
    window.actions_by_name["end_earlier"].trigger()
    after = {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id]
    assert (after.due.start, after.due.end) == (c.due.start, c.due.end)


def test_the_timeline_follows_the_selection_sideways(window, timeline):
    timeline.navigation.zoom_to("week")  # a week across, somewhere in the middle of the plan
    c = commitment(window, "Research call")  # 22 August 2020
    assert shape_of(c, timeline.scale).right < 0
    select(window, "Research call")
    s = shape_of(c, timeline.scale)
    assert 0 <= s.left and s.right <= timeline.viewport().width()


def test_ctrl_wheel_zooms_about_the_pointer(timeline):
    x = 300.0
    day_before = timeline.scale.date_at(x)
    ppd = timeline.scale.px_per_day
    vp = timeline.viewport()
    event = QWheelEvent(QPointF(x, 100), vp.mapToGlobal(QPointF(x, 100)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(vp, event)
    assert timeline.scale.px_per_day > ppd
    assert timeline.scale.date_at(x) == day_before


def test_zoom_menu_levels_show_a_year_a_quarter_a_month_a_week(window, timeline):
    width = timeline.viewport().width()
    for name, days in (("zoom_year", 366), ("zoom_quarter", 92), ("zoom_month", 31), ("zoom_week", 7)):
        window.actions_by_name[name].trigger()
        assert timeline.scale.px_per_day == pytest.approx(width / days)
    window.actions_by_name["fit_all"].trigger()
    assert timeline.scale.x_of(date(2020, 1, 1)) >= 0


def test_a_broken_link_is_drawn_in_red(window, timeline):
    first = commitment(window, "Propose legislation obliging")  # Q2 2021
    then = commitment(window, "Expert workshop")  # Q4 2020: due before what it depends on
    push_link(window.doc, first.id, then.id)
    timeline.repaint()
    row = timeline.row_of_commitment(then.id)
    tip_x = shape_of(then, timeline.scale).x0 - 6  # the arrowhead ends where the window begins
    pixel = image_of(timeline).pixelColor(round(tip_x), round(row.centre))
    assert near(pixel, timeline.style_().link_violated, 60), pixel.name()


def test_the_tooltip_of_a_rescheduled_mark_says_how_far_it_slipped_and_quotes_the_source(window, timeline):
    c = commitment(window, "Europol")
    # As it was before COM(2020) 796 delivered it, rescheduled.
    window.doc.push_edit(c.changed(due=parse_period("Q2 2021"), delivered_on=None, delivered_by="", status=Status.PLANNED), "Reschedule")
    moved = window.doc.commitment(c.id)
    row = timeline.row_of_commitment(c.id)
    text = timeline.editing.tooltip_at(shape_of(moved, timeline.scale).marker_x, row.centre)
    assert "Review of the Europol mandate adopted" in text
    assert "Due: Q2 2021 (1 April 2021 – 30 June 2021)" in text
    assert "+181 days" in text and "first announced planned for adoption in Q4 2020" in text
    assert c.quote and c.quote in text


def test_status_as_of_another_day_recolours_the_marks_and_draws_the_as_of_line(window, timeline):
    window.doc.set_as_of(date(2020, 12, 20))
    c = commitment(window, "Expert workshop")  # Q4 2020: due soon on 20 December 2020
    row = timeline.row_of_commitment(c.id)
    image = image_of(timeline)
    style = timeline.style_()
    marker = image.pixelColor(round(shape_of(c, timeline.scale).marker_x), round(row.centre))
    assert near(marker, style.fill(Standing.DUE_SOON).color())
    x = round((timeline.scale.x_of(date(2020, 12, 20)) + timeline.scale.x_after(date(2020, 12, 20))) / 2)
    column = [image.pixelColor(x, y) for y in range(timeline.header_px() + 40, timeline.viewport().height() - 100)]
    assert sum(near(p, style.as_of, 50) for p in column) > len(column) / 4  # a dashed line


def test_key_dates_are_labelled_lines_across_the_rows(window, timeline):
    timeline.repaint()
    labels = {kl.key_date.day: kl for kl in timeline.key_date_labels if kl.box is not None}
    assert labels[date(2020, 12, 21)].text.startswith("21 Dec 2020: ePrivacy scope")
    x = (timeline.scale.x_of(date(2020, 12, 21)) + timeline.scale.x_after(date(2020, 12, 21))) / 2
    # On its line across the rows, and on its label in the header: the whole text and its source.
    for text in (timeline.editing.tooltip_at(x, timeline.header_px() + 30), timeline.editing.tooltip_at(*labels[date(2020, 12, 21)].box.center().toTuple())):
        assert text.startswith("21 Dec 2020: ePrivacy scope extended by the Electronic Communications Code")
        assert "COM(2020) 607" in text


def labels_and_rows(timeline):
    """The key-date labels as painted, and the rectangle of every row on screen."""
    timeline.repaint()
    width = timeline.viewport().width()
    rows = [QRectF(0, r.top, width, r.height) for r in timeline.visible_rows()]
    return [kl for kl in timeline.key_date_labels if kl.box is not None], rows


@pytest.mark.parametrize("zoom", ["fit_all", "zoom_year", "zoom_quarter", "zoom_month", "zoom_week"])
def test_no_key_date_label_covers_any_row(window, timeline, zoom):
    window.actions_by_name[zoom].trigger()
    days = [None] if zoom == "fit_all" else [k.day for k in window.doc.plan.key_dates]
    for day in days:
        if day is not None:  # each key date in the middle of the view in turn, its label drawn
            x = (timeline.scale.x_of(day) + timeline.scale.x_after(day)) / 2
            timeline.set_scale(timeline.scale.scrolled(x - timeline.viewport().width() / 2))
        labels, rows = labels_and_rows(timeline)
        assert labels and len(rows) > 10
        if day is not None:
            assert day in {kd.day for kl in labels for kd in kl.named}  # its own flag, or one it shares
        time_bands = painting.header_height(timeline.style_())
        for kl in labels:
            assert time_bands <= kl.box.top() and kl.box.bottom() <= timeline.header_px(), kl.text
            assert not any(kl.box.intersects(r) for r in rows), kl.text
            tip = timeline.editing.tooltip_at(*kl.box.center().toTuple())  # each key date whole, alone or shared
            assert all(kd.label in tip and kd.label in timeline.accessibleDescription() for kd in kl.named), (kl.text, tip)
    if zoom == "fit_all":  # the whole plan: every key date named, each whole in its flag's tooltip
        named = [kd for kl in labels for kd in kl.named]
        assert sorted(kd.day for kd in named) == sorted(kd.day for kd in window.doc.plan.key_dates) and len(named) == 4
        for kl in labels:
            tip = timeline.editing.tooltip_at(*kl.box.center().toTuple())
            assert kl.text and all(kd.label in tip for kd in kl.named), (kl.text, tip)


def test_a_label_hides_no_other_key_dates_line(window, timeline):
    labels, _rows = labels_and_rows(timeline)
    for kl in labels:
        for other in labels:
            if other.box.top() < kl.box.top():  # higher up: its line runs down past kl
                assert not kl.box.left() + 0.5 < other.x < kl.box.right() - 0.5, (kl.text, other.text)


def tree_row_top(window, row) -> int:
    tree = window.plan_view.tree
    return tree.viewport().mapToGlobal(tree.visualRect(row.index).topLeft()).y()


def timeline_row_top(timeline, row) -> int:
    return timeline.viewport().mapToGlobal(QPoint(0, round(row.top))).y()


def test_the_header_is_two_bands_of_dates_and_one_lane_of_flags_in_tree_and_timeline_alike(window, timeline):
    """Whatever the zoom, the key dates or View ▸ Key date labels: the rows never move."""
    tree = window.plan_view.tree
    style = timeline.style_()
    header = painting.header_height(style, 1)
    assert timeline.header_px() == tree.header().height() == header < painting.header_height(style, 2)
    row = timeline.visible_rows()[0]
    assert timeline_row_top(timeline, row) == tree_row_top(window, row)

    window.actions_by_name["key_date_labels"].trigger()  # View ▸ Key date labels, off: lines only
    assert timeline.header_px() == tree.header().height() == header
    labels, _rows = labels_and_rows(timeline)
    assert labels == [] and len(timeline.key_date_labels) == 4  # the lines are still drawn
    window.actions_by_name["key_date_labels"].trigger()
    for zoom in ("zoom_week", "fit_all"):
        window.actions_by_name[zoom].trigger()
        assert timeline.header_px() == tree.header().height() == header

    for kd in list(window.doc.plan.key_dates):  # a plan without key dates: the lane stays, for today's flag
        push_delete_key_date(window.doc, kd)
    assert timeline.header_px() == tree.header().height() == header
    row = timeline.visible_rows()[0]
    assert timeline_row_top(timeline, row) == tree_row_top(window, row)
def test_scrolling_sideways_keeps_the_header_and_the_rows_where_they_are(window, timeline):
    window.actions_by_name["zoom_month"].trigger()  # the key dates of 2020 are far apart at this zoom
    header = timeline.header_px()
    row = timeline.visible_rows()[0]
    top = tree_row_top(window, row)
    for day in (date(2020, 6, 3), date(2023, 3, 1), date(2020, 12, 21)):
        x = (timeline.scale.x_of(day) + timeline.scale.x_after(day)) / 2
        timeline.navigation.scroll_by(x - timeline.viewport().width() / 2)
        assert timeline.header_px() == header and tree_row_top(window, row) == top == timeline_row_top(timeline, row)


def test_double_clicking_a_mark_opens_the_edit_dialog_for_it(window, timeline, qtbot):
    c = commitment(window, "Digital Services Act")
    with qtbot.waitSignal(window.plan_view.activated) as signal:
        qtbot.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=mark_point(timeline, c))
    assert signal.args[0].id == c.id
    dialog = window.findChild(QDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_a_filtered_out_commitment_leaves_the_timeline_with_its_tree_row(window, timeline):
    c = commitment(window, "Europol")
    window.rows.set_commitment_filter(CommitmentFilter(text="Europol mandate"))
    window.plan_view.tree.expandAll()
    titles = [r.title for r in timeline.visible_rows() if r.commitment is not None]
    assert titles == [c.title]


def test_one_vertical_scrollbar_at_the_right_scrolls_both(window, timeline):
    window.resize(1400, 420)  # fewer rows fit than the plan has
    QApplication.processEvents()
    tree = window.plan_view.tree
    assert not tree.verticalScrollBar().isVisible()
    assert timeline.verticalScrollBar().isVisible()
    first = timeline.visible_rows()[0].title
    timeline.verticalScrollBar().setValue(timeline.verticalScrollBar().maximum())
    assert tree.verticalScrollBar().value() == tree.verticalScrollBar().maximum() > 0
    assert timeline.visible_rows()[0].title != first
    assert timeline.visible_rows()[0].title == tree.indexAt(QPoint(1, 0)).data()
    window.plan_view.setSizes([1400, 0])  # the timeline squeezed shut: the tree gets its bar back
    QApplication.processEvents()
    assert tree.verticalScrollBar().isVisible()


def test_ctrl_plus_and_minus_zoom_the_timeline(window, timeline, qtbot):
    ppd = timeline.scale.px_per_day
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert timeline.scale.px_per_day == pytest.approx(ppd * 1.25)
    qtbot.keyClick(timeline, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert timeline.scale.px_per_day == pytest.approx(ppd)


def test_a_move_its_undo_and_its_redo_leave_one_row_of_history(window, timeline, db_url, clock):
    from planner.store.opening import open_plan_store

    c = commitment(window, "Research call")
    select(window, "Research call")
    window.actions_by_name["move_later"].trigger()
    window.actions_by_name["undo"].trigger()
    store = open_plan_store(db_url, clock)
    try:
        assert [r.field for r in store.revisions(c.id)] == []  # taken back: no history of it
        window.actions_by_name["redo"].trigger()
        [moved] = store.revisions(c.id)
        assert moved.field == "forecast" and "2020-08-23" in moved.new
    finally:
        store.close()


def reasons_kept(db_url, clock, commitment_id) -> list[str]:
    """The reasons the plan file keeps with the commitment's changes of date."""
    from planner.store.opening import open_plan_store

    store = open_plan_store(db_url, clock)
    try:
        return [r.reason for r in store.revisions(commitment_id)]
    finally:
        store.close()


def test_a_drag_asks_why_and_on_whose_word_and_keeps_it_with_the_move(window, timeline, qtbot, db_url, clock):
    from planner.ui.timeline.move_reason import reason_text

    asked = []
    timeline.editing.ask_reason = lambda parent, what: asked.append(what) or reason_text("work programme 2021", "COM(2020) 690")
    c = commitment(window, "Expert workshop")
    drag(qtbot, timeline, mark_point(timeline, c), 91 * timeline.scale.px_per_day)
    assert asked == ["Reschedule 'Expert workshop on prevention' to Q1 2021"]
    assert reasons_kept(db_url, clock, c.id) == ["work programme 2021 (COM(2020) 690)"]


def test_the_window_asks_why_in_a_dialog_after_a_drag(window, qtbot, db_url, clock):
    from PySide6.QtCore import QTimer

    from planner.ui.timeline.move_reason import MoveReasonDialog

    timeline = window.plan_view.timeline  # as the app set it up, with the real dialog
    seen = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MoveReasonDialog):
            return
        seen.append(dialog.windowTitle())
        dialog.reason.setText("work programme 2021")
        dialog.authority.setText("COM(2020) 690")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    poll = QTimer(window)
    poll.timeout.connect(answer)
    poll.start(20)
    c = commitment(window, "Expert workshop")
    drag(qtbot, timeline, mark_point(timeline, c), 91 * timeline.scale.px_per_day)
    poll.stop()
    assert seen == ["Why did it move?"]
    assert reasons_kept(db_url, clock, c.id) == ["work programme 2021 (COM(2020) 690)"]


def test_escape_in_the_reason_dialog_drops_the_move(window, qtbot, db_url, clock):
    from PySide6.QtCore import QTimer

    from planner.ui.timeline.move_reason import MoveReasonDialog

    timeline = window.plan_view.timeline  # the real dialog, as the app set it up

    def escape() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MoveReasonDialog):
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    poll = QTimer(window)
    poll.timeout.connect(escape)
    poll.start(20)
    c = commitment(window, "Expert workshop")
    drag(qtbot, timeline, mark_point(timeline, c), 91 * timeline.scale.px_per_day)
    poll.stop()
    stored = {x.id: x for x in fresh_plan(db_url, clock).commitments}[c.id]
    assert stored.forecast is None and stored.due == c.due  # nothing moved
    assert reasons_kept(db_url, clock, c.id) == [] and not window.doc.undo_stack.canUndo()
    assert window.doc.commitment(c.id) == c and timeline.editing.drag is None  # the mark went back


def test_the_reason_for_a_move_may_stay_empty():
    from planner.ui.timeline.move_reason import DEFAULT_REASON, reason_text

    assert reason_text("", "") == DEFAULT_REASON
    assert reason_text("", "COM(2020) 690") == "on the word of COM(2020) 690"
