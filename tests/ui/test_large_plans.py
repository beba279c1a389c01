"""A plan too large to unfold at once: the groups on screen unfold, the rest as they scroll in,
and every row is still there to be seen. The seed plan stands in, with the limit set low."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from planner.app import build_window
from planner.document.link_commands import push_link
from planner.qtmodels.roles import Roles
from planner.timeline.links import LinkPlaces
from planner.ui import unfolding


@pytest.fixture
def big_window(monkeypatch, qtbot, db_url, clock, settings):
    monkeypatch.setattr(unfolding, "UNFOLD_ALL_UP_TO", 10)  # the seed plan counts as large
    monkeypatch.setattr(unfolding, "FIRST_SCREEN_ROWS", 12)
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    w.resize(1200, 760)  # a few rows at a time
    w.details_dock.hide()
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.close_store()


def rows_on_screen(window) -> list:
    tree = window.plan_view.tree
    index, out = tree.indexAt(QPoint(1, 0)), []
    while index.isValid() and tree.visualRect(index).top() < tree.viewport().height():
        out.append(index)
        index = tree.indexBelow(index)
    return out


def scroll_through(window) -> set[int]:
    """Page down to the end, as an officer would; the commitments that passed by."""
    bar = window.plan_view.tree.verticalScrollBar()
    seen: set[int] = set()
    while True:
        seen |= {ix.data(Roles.ID) for ix in rows_on_screen(window) if ix.data(Roles.ID) is not None}
        if bar.value() >= bar.maximum():
            return seen
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()


def test_every_commitment_comes_into_view_when_scrolled_to(big_window):
    tree = big_window.plan_view.tree
    folded = [ix for ix in (big_window.rows.index(r, 0) for r in range(big_window.rows.rowCount())) if not tree.isExpanded(ix)]
    assert folded, "a large plan does not unfold every group at once"
    assert scroll_through(big_window) == {c.id for c in big_window.doc.plan.commitments}


def test_a_group_the_officer_folds_stays_folded_until_the_filter_changes(big_window):
    tree = big_window.plan_view.tree
    first = big_window.rows.index(0, 0)
    tree.collapse(first)
    scroll_through(big_window)
    tree.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    assert not tree.isExpanded(first)
    big_window.filter_bar.text.setText("e")
    big_window.filter_bar.text.setText("")
    assert tree.isExpanded(big_window.rows.index(0, 0))


def test_choosing_a_commitment_in_a_folded_group_unfolds_it_and_shows_it(big_window):
    last = big_window.doc.plan.commitments[-1]
    view = big_window.plan_view
    view.select_commitment(last.id)
    assert view.current_commitment().id == last.id
    index = view.tree.currentIndex()
    assert view.tree.isExpanded(index.parent()) and view.tree.visualRect(index).intersects(view.tree.viewport().rect())


@pytest.mark.parametrize("short", [1_000, 3], ids=["near", "far"])  # links within `short` rows are found by bisection
def test_a_link_from_above_the_screen_to_below_it_is_drawn_across_it(big_window, monkeypatch, short):
    monkeypatch.setattr(LinkPlaces, "SHORT", short)
    plan, timeline = big_window.doc.plan, big_window.plan_view.timeline
    big_window.resize(1200, 560)  # a screenful shows less than a third of the rows
    big_window.plan_view.tree.expandAll()
    first, second, last = plan.commitments[0], plan.commitments[1], plan.commitments[-1]
    push_link(big_window.doc, first.id, last.id)
    push_link(big_window.doc, first.id, second.id)
    bar = big_window.plan_view.tree.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    on_screen = {r.commitment.id for r in timeline.visible_rows() if r.commitment is not None}
    assert not on_screen & {first.id, second.id, last.id}
    assert len(timeline.frame().links) == 1  # the long one; the short one lies above
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    drawn = timeline.frame().links
    assert len(drawn) == 1 and drawn[0].y_to == timeline.row_of_commitment(last.id).centre
