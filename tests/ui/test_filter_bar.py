"""The filter bar: what an officer types or picks narrows the rows of the plan."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .helpers import select, visible_titles

DRUGS = [
    "Implement the EU Agenda and Action Plan on Drugs (2021-2025)",
    "Council adopts the Agenda on Drugs, recast as the EU Drugs Strategy 2021-2025",
    "Council approves the EU Drugs Action Plan 2021-2025",
]


def test_text_hides_commitments_that_do_not_mention_it(window, qtbot):
    bar = window.filter_bar
    everything = visible_titles(window)
    qtbot.keyClicks(bar.text, "europol mandate")  # every word, anywhere in the commitment
    assert visible_titles(window) == ["Review of the Europol mandate adopted"]
    bar.text.clear()
    assert visible_titles(window) == everything


def test_text_searches_the_quote_too_and_keeps_the_tree_unfolded(window, qtbot):
    window.plan_view.tree.collapseAll()
    window.filter_bar.text.setText("second stage")  # only in the quote of the CSAM proposal
    titles = visible_titles(window)
    assert titles == ["Propose legislation obliging online services to detect and report CSAM"]
    ix = window.rows.index_of(window.doc.plan.commitments[[c.title for c in window.doc.plan.commitments].index(titles[0])].id)
    assert window.plan_view.tree.isExpanded(ix.parent()) and window.plan_view.tree.isExpanded(ix.parent().parent())


def test_due_within_days_of_the_status_day(window):
    window.doc.set_as_of(date(2020, 11, 1))
    window.filter_bar.due_within.setValue(60)  # up to 31 December 2020
    titles = visible_titles(window)
    assert "Expert workshop on prevention" in titles  # Q4 2020
    assert "Launch study on legislative gaps, best practices and priority actions" in titles  # by the end of 2020
    assert "Propose legislation obliging online services to detect and report CSAM" not in titles  # Q2 2021
    assert "Start preparing an EU prevention network" not in titles  # July 2020: already past
    window.filter_bar.due_within.setValue(0)  # "any time"
    assert "Propose legislation obliging online services to detect and report CSAM" in visible_titles(window)


def test_strategy_status_and_date_range(window):
    bar = window.filter_bar
    bar.strategy.setCurrentIndex(bar.strategy.findText("EU Agenda and Action Plan on Drugs 2021-2025"))
    assert visible_titles(window) == DRUGS
    bar.clear_action.trigger()
    bar.dates.setText("H1 2021")
    titles = visible_titles(window)
    assert "Propose legislation obliging online services to detect and report CSAM" in titles
    assert "Expert workshop on prevention" not in titles
    bar.dates.setText("sometime")  # unreadable: filters nothing and says why
    assert "Cannot read the date 'sometime'" in bar.dates.toolTip()
    assert "Expert workshop on prevention" in visible_titles(window)
    bar.clear_action.trigger()
    bar.status.set_chosen({"overdue"})
    assert "Expert workshop on prevention" in visible_titles(window)


def test_ctrl_f_goes_to_the_filter_and_enter_there_does_not_open_the_editor(window, qtbot):
    select(window, "Europol")
    qtbot.keyClick(window.plan_view.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_bar.text
    qtbot.keyClicks(window.filter_bar.text, "study")
    qtbot.keyClick(window.filter_bar.text, Qt.Key.Key_Return)
    assert window.features.edit_actions.dialog is None
    assert all("study" in t.lower() for t in visible_titles(window))


def test_a_filter_that_matches_nothing_leaves_both_panes_blank(window, qtbot):
    """Below the last row, the tree and the timeline show the plain background of a list."""
    window.filter_bar.text.setText("no commitment says this")
    assert visible_titles(window) == []
    qtbot.wait(20)
    for pane in (window.plan_view.tree, window.plan_view.timeline):
        viewport = pane.viewport()
        picture = viewport.grab().toImage()
        base = viewport.palette().color(viewport.backgroundRole())
        assert base == window.palette().color(window.palette().ColorRole.Base)
        assert picture.pixelColor(picture.width() // 2, picture.height() - 5) == base


def test_the_bar_says_how_many_commitments_the_filter_leaves(window, qtbot):
    bar, total = window.filter_bar, len(window.doc.plan.commitments)
    assert bar.count.text() == f"{total} commitments"
    qtbot.keyClicks(bar.text, "study")
    assert bar.count.text() == f"{len(visible_titles(window))} of {total} shown"
    bar.text.clear()
    qtbot.keyClicks(bar.text, "no commitment says this")
    assert bar.count.text() == f"None of {total} matches the filter"
    bar.clear_action.trigger()
    assert bar.count.text() == f"{total} commitments"


def test_the_words_search_the_strategys_reference_too(window, qtbot):
    qtbot.keyClicks(window.filter_bar.text, "COM(2020) 606")  # the Drugs Agenda; its first commitment cites a press release
    assert visible_titles(window) == DRUGS


def test_several_statuses_may_be_ticked_at_once(window, qtbot):
    window.doc.set_as_of(date(2020, 12, 20))  # the July ones overdue, the end-of-2020 ones due soon (within 14 days)
    bar = window.filter_bar
    bar.status.word_actions["overdue"].trigger()  # as a click on the menu entry does
    overdue = set(visible_titles(window))
    bar.status.word_actions["due soon"].trigger()
    both = set(visible_titles(window))
    assert overdue and overdue < both
    assert bar.status.text() == "overdue, due soon" or bar.status.text() == "due soon, overdue"
    bar.status.any_action.trigger()
    assert bar.status.text() == "Any status"
    assert len(visible_titles(window)) == len(window.doc.plan.commitments)


def test_a_dates_filter_brings_its_window_across_the_timeline(window, qtbot):
    timeline = window.plan_view.timeline
    qtbot.keyClicks(window.filter_bar.dates, "H1 2021")
    width = timeline.viewport().width()
    assert timeline.scale.date_at(0) < date(2021, 1, 1) and timeline.scale.x_of(date(2021, 1, 1)) < 40
    assert timeline.scale.date_at(width - 1) > date(2021, 6, 30) and timeline.scale.x_after(date(2021, 6, 30)) > width - 40


def test_the_details_do_not_go_on_showing_a_commitment_the_filter_hid(window, qtbot):
    c = next(c for c in window.doc.plan.commitments if "Europol" in c.title)
    window.plan_view.select_commitment(c.id)
    assert window.details.toPlainText().startswith(c.title)
    window.filter_bar.text.setText("no commitment says this")
    assert c.title not in window.details.toPlainText()
    window.filter_bar.text.setText("")
    window.plan_view.select_commitment(c.id)
    assert window.details.toPlainText().startswith(c.title)


def test_the_bar_stands_still_as_the_count_changes(window, qtbot):
    """"25 commitments", "3 of 25 shown", "None of 25 matches…": the fields beside it do not move."""
    bar = window.filter_bar

    def places():
        qtbot.wait(10)  # the count is shown once the rows have changed, then the bar is laid out
        bar.layout().activate()
        return [w.geometry() for w in (bar.text, bar.strategy, bar.actor, bar.status, bar.due_within, bar.dates, bar.count)]

    everything = places()
    bar.text.setText("study")
    assert "of" in bar.count.text()
    assert places() == everything
    bar.text.setText("no commitment says this")
    assert bar.count.text().startswith("None of")
    assert places() == everything
    bar.clear_action.trigger()
    assert places() == everything


def _in_view(window, index) -> bool:
    tree = window.plan_view.tree
    tree.doItemsLayout()
    return tree.viewport().rect().contains(tree.visualRect(index))


def test_the_selected_commitment_stays_selected_and_in_view_when_the_filter_is_cleared(window, qtbot):
    window.resize(1000, 600)  # the tree scrolls: its last rows are below the fold
    qtbot.wait(10)
    assert window.plan_view.tree.verticalScrollBar().maximum() > 0
    c = window.doc.plan.commitments[-1]
    window.plan_view.select_commitment(c.id)
    window.plan_view.tree.scrollToTop()  # the officer scrolled away from it
    bar = window.filter_bar
    qtbot.keyClicks(bar.text, c.title.split()[0].lower())  # a word of its title: it is still shown
    assert window.plan_view.current_commitment().id == c.id
    assert [s.id for s in window.plan_view.selected_commitments()] == [c.id]
    assert _in_view(window, window.rows.index_of(c.id))
    qtbot.keyClicks(bar.text, "no commitment says this")  # now hidden
    assert window.plan_view.selected_commitments() == []
    bar.clear_action.trigger()
    assert window.plan_view.current_commitment().id == c.id
    assert [s.id for s in window.plan_view.selected_commitments()] == [c.id]
    assert window.details.toPlainText().startswith(c.title)
    assert _in_view(window, window.rows.index_of(c.id))


def test_clearing_the_words_by_hand_keeps_the_selection_too(window, qtbot):
    c = next(c for c in window.doc.plan.commitments if "Europol" in c.title)
    window.plan_view.select_commitment(c.id)
    window.filter_bar.text.setText("europol")
    window.filter_bar.text.clear()  # the field's clear button does this
    assert window.plan_view.current_commitment().id == c.id
    assert [s.id for s in window.plan_view.selected_commitments()] == [c.id]
