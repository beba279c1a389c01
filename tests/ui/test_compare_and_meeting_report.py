"""View → Compare with… and File → Meeting report… on edits made at known days: the timeline's
hollow bars stand where `planner list --as-planned-on` says the due dates stood, the named
baselines are listed in the View menu, and the window writes the report the command line writes."""
import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from planner.domain.clock import FixedClock
from planner.domain.phrases import parse_period
from planner.qtmodels.roles import Roles
from planner.store.history import save_baseline
from planner.store.opening import open_plan_store
from planner.timeline.shapes import shape_of
from tests.cli_run import run_cli
from tests.ui.helpers import commitment

WORKSHOP = "Expert workshop on prevention"


@pytest.fixture
def edited(db_url):
    """The workshop moved to Q1 2021 on 15 November 2020 (its revision carries that day)."""
    store = open_plan_store(db_url, FixedClock.on(date(2020, 11, 15)))
    try:
        c = next(c for c in store.load_plan().commitments if c.title == WORKSHOP)
        store.update_commitment(c.changed(due=parse_period("Q1 2021")), reason="the venue was not free")
        save_baseline(store, "Council meeting 12 March 2021", date(2021, 3, 12))
    finally:
        store.close()
    return db_url


def as_planned(capsys, db_url, day):
    code, out, err = run_cli(capsys, FixedClock.on(date(2026, 1, 1)), "--db", db_url.removeprefix("sqlite:///"), "list", "--json", "--as-planned-on", day)
    assert code == 0, err
    return {r["id"]: r for r in json.loads(out)}


def test_compare_draws_the_due_dates_of_the_day_where_the_list_says_they_stood(edited, window, capsys, db_url):
    compare = window.features.compare_actions
    timeline = window.plan_view.timeline
    compare.show_day(date(2020, 11, 1))
    listed = as_planned(capsys, db_url, "2020-11-01")
    drawn = {r.commitment.id: r.commitment.announced for r in timeline.frame().rows if r.commitment is not None}
    assert drawn and all(listed[cid]["due"] == period.shown for cid, period in drawn.items())
    workshop = next(r.commitment for r in timeline.frame().rows if r.commitment is not None and r.commitment.title == WORKSHOP)
    assert workshop.due.label == "Q1 2021" and workshop.announced.label == "Q4 2020"
    assert shape_of(workshop, timeline.scale).ghost is not None  # the hollow bar where it stood
    assert "Compared with the plan of 1 November 2020" in window.statusBar().currentMessage()
    compare.show_day(None)
    assert all(r.commitment == commitment(window, r.commitment.title) for r in timeline.frame().rows if r.commitment is not None)


def test_named_baselines_are_listed_in_the_view_menu_and_compare_with_their_day(edited, window):
    compare = window.features.compare_actions
    compare._fill_baselines()
    action = compare.baselines_menu.actions()[0]  # then a separator and "Delete a baseline"
    assert action.text() == "Council meeting 12 March 2021 (2021-03-12)"
    action.trigger()
    assert compare.day == date(2021, 3, 12) and "Council meeting 12 March 2021" in window.statusBar().currentMessage()


def test_a_named_baseline_is_deleted_from_the_view_menu_after_asking(edited, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    compare = window.features.compare_actions
    compare._fill_baselines()
    compare.baselines_menu.actions()[0].trigger()  # comparing with it
    forget = next(a.menu() for a in compare.baselines_menu.actions() if a.menu() is not None)
    assert forget.title() == "&Delete a baseline"
    [delete] = forget.actions()
    assert delete.text() == "Council meeting 12 March 2021 (2021-03-12)"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    delete.trigger()
    assert window.doc.store.baselines() == [("Council meeting 12 March 2021", date(2021, 3, 12))]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    delete.trigger()
    assert window.doc.store.baselines() == []
    # Still compared with the day, which the plan's own history keeps; the name is gone.
    assert compare.day == date(2021, 3, 12) and "Council meeting" not in window.statusBar().currentMessage()
    compare._fill_baselines()
    assert [a.text() for a in compare.baselines_menu.actions()] == ["No named baselines yet (Compare with… names one)"]


def test_the_compare_view_is_printed_as_the_window_draws_it(edited, window, tmp_path):
    from planner.printing.options import SnapshotOptions
    from tests.printing.pdf_tools import pdf_text

    options = SnapshotOptions(first=date(2020, 7, 1), last=date(2021, 12, 31)).checked()

    def workshop_on_paper():
        content = window.features.print_actions.content(options)
        return content, next(ln.row.commitment for ln in content.lines if ln.row.commitment is not None and ln.row.commitment.title == WORKSHOP)

    content, workshop = workshop_on_paper()
    assert workshop.announced.label == "Q4 2020" and "Compared" not in content.title  # the first announced
    window.features.compare_actions.show_day(date(2020, 12, 1))  # after the move to Q1 2021
    content, workshop = workshop_on_paper()
    assert workshop.announced.label == "Q1 2021" and content.title.endswith("Compared with the plan of 1 December 2020")
    [pdf] = window.features.print_actions.export_to(tmp_path / "compared.pdf", options)
    assert "Compared with the plan of 1 December 2020" in " ".join(pdf_text(pdf).split())
    window.features.compare_actions.show_day(None)
    assert "Compared" not in window.features.print_actions.content(options).title


def test_the_window_writes_the_report_the_command_line_writes(edited, window, capsys, db_url, tmp_path):
    mine = tmp_path / "window.md"
    window.features.meeting_report.write(mine, date(2020, 11, 1), date(2021, 6, 30), 8)
    theirs = tmp_path / "cli.md"
    code, _, err = run_cli(capsys, window.doc.clock, "--db", db_url.removeprefix("sqlite:///"), "report", "--since", "2020-11-01", "--until", "2021-06-30", "-o", str(theirs))
    assert code == 0, err
    assert mine.read_text(encoding="utf-8") == theirs.read_text(encoding="utf-8")
    assert "| Expert workshop on prevention | by Q4 2020 | Q1 2021 | +90 days | the venue was not free (2020-11-15) |" in mine.read_text(encoding="utf-8")
    pdf = tmp_path / "window.pdf"
    assert window.features.meeting_report.write(pdf, date(2020, 11, 1), date(2021, 6, 30), 8) == 2


def test_a_delivery_shows_its_document_in_the_details_and_the_tooltip(window):
    law = commitment(window, "detect and report")
    index = window.rows.index_of(law.id)
    window.plan_view.tree.setCurrentIndex(index)
    assert "Delivered 11 May 2022 by COM(2022) 209" in " ".join(window.details.toPlainText().split())
    assert "Delivered: 11 May 2022 by COM(2022) 209" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Roles.COMMITMENT).delivered_by == "COM(2022) 209"
