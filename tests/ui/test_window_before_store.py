"""A window on a plan file that is ready to use is shown from its first look, a plain read,
read-only ("Opening the plan…"); its store opens on a thread and is attached, and then the
officer edits as ever. Nothing they see is different but the moment's wait."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from planner.app import PlanOpener, after_first_paint, build_window, finish_window
from planner.domain.plan import Status
from planner.store import first_look as looks
from planner.store.errors import StoreError
from planner.store.opening import open_plan_store
from planner.ui.shared_plan import OPENING_TEXT, READ_ONLY_TEXT
from tests.ui.helpers import fresh_plan, ready_plan, visible_titles


@pytest.fixture
def said(monkeypatch):
    """What message boxes told the officer."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: told.append(text))
    return told


def first_look_window(qtbot, db_url, clock, settings):
    """As the app builds it: shown from its first look; the rest (`finish_window`) comes after."""
    w = build_window(db_url, clock, settings, finish=False)
    qtbot.addWidget(w)
    return w


def test_the_window_shows_the_plan_read_only_until_its_store_is_attached_then_edits_work(qtbot, db_url, clock, settings):
    ready_plan(db_url, clock)
    w = first_look_window(qtbot, db_url, clock, settings)
    assert not w.doc.editable
    assert visible_titles(w) == [c.title for c in fresh_plan(db_url, clock).commitments]  # the whole seed plan, in order
    assert w.windowTitle().endswith(db_url.removeprefix("sqlite:///"))
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.doc.store_attached, timeout=20_000):
        finish_window(w, db_url, settings)
        shared = w.features.shared_plan
        assert shared.read_only and shared.banner.text() == OPENING_TEXT and shared.banner.isVisible()
        assert not w.actions_by_name["new_commitment"].isEnabled()
    assert w.doc.editable and not shared.read_only and not shared.banner.isVisible()
    assert w.actions_by_name["new_commitment"].isEnabled()
    c = w.doc.plan.commitments[0]
    w.doc.push_edit(c.changed(title="Renamed once the store is attached"), "Edit")
    assert visible_titles(w)[0] == "Renamed once the store is attached"
    w.doc.close_store()
    assert fresh_plan(db_url, clock).commitments[0].title == "Renamed once the store is attached"


def test_an_edit_tried_before_the_store_is_attached_changes_nothing_and_says_why(qtbot, db_url, clock, settings, said):
    ready_plan(db_url, clock)
    w = first_look_window(qtbot, db_url, clock, settings)
    n, c = next((n, c) for n, c in enumerate(w.doc.plan.commitments) if c.status is not Status.DELIVERED)
    w.plan_view.tree.setCurrentIndex(w.rows.index_of(c.id))
    w.mark_delivered()  # Ctrl+D, which is there from the start
    assert len(said) == 1 and "still being opened" in said[0] and "nothing was changed" in said[0]
    with pytest.raises(StoreError):
        w.doc.push_edit(c.changed(title="Renamed too soon"), "Edit")
    assert visible_titles(w)[n] == c.title and w.doc.plan.commitments[n] == c and w.doc.undo_stack.count() == 0
    assert fresh_plan(db_url, clock).commitments[n] == c


def test_a_change_made_elsewhere_before_the_store_opened_is_shown_with_it(qtbot, db_url, clock, settings):
    ready_plan(db_url, clock)
    w = first_look_window(qtbot, db_url, clock, settings)  # shown from the plan as it was
    other = open_plan_store(db_url, clock)
    c = other.load_plan().commitments[0]
    other.update_commitment(c.changed(title="Changed by a colleague"))
    other.close()
    with qtbot.waitSignal(w.doc.store_attached, timeout=20_000):
        finish_window(w, db_url, settings)
    assert visible_titles(w)[0] == "Changed by a colleague"
    assert not w.features.shared_plan.watcher.poll()  # already shown: no second reload
    again = open_plan_store(db_url, clock)
    again.update_commitment(again.commitment(c.id).changed(title="Changed once more"))
    again.close()
    assert w.features.shared_plan.watcher.poll()  # a change after the store opened is seen as ever
    assert visible_titles(w)[0] == "Changed once more"
    w.doc.close_store()


def test_a_large_plan_shows_its_first_screen_then_all_of_it_keeping_the_selection(qtbot, db_url, clock, settings, monkeypatch):
    ready_plan(db_url, clock)
    monkeypatch.setattr(looks, "WHOLE_UP_TO", 3)  # the seed plan counts as large
    monkeypatch.setattr(looks, "FIRST_ROWS", 2)
    w = first_look_window(qtbot, db_url, clock, settings)
    first_screen = visible_titles(w)
    whole = [c.title for c in fresh_plan(db_url, clock).commitments]
    assert 2 <= len(first_screen) < len(whole) and first_screen == whole[:len(first_screen)]
    chosen = w.doc.plan.commitments[1]
    w.plan_view.tree.selectionModel().setCurrentIndex(w.rows.index_of(chosen.id), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.doc.store_attached, timeout=20_000):
        finish_window(w, db_url, settings)
    assert visible_titles(w) == whole
    assert w.plan_view.current_commitment().id == chosen.id  # the officer's place is kept
    w.doc.close_store()


def test_reminders_that_came_due_while_away_are_told_for_the_whole_large_plan(qtbot, db_url, settings, monkeypatch):
    from datetime import date

    from planner.domain.clock import FixedClock
    from planner.store.reminder_store import ReminderStore
    from tests.doubles import RecordingNotifier

    before = FixedClock.on(date(2020, 6, 1))
    store = open_plan_store(db_url, before)
    plan = store.load_plan()
    ReminderStore(store).deliver(plan.commitments, before.now(), before.today())  # the last time the app ran
    store.close()
    monkeypatch.setattr(looks, "WHOLE_UP_TO", 3)
    monkeypatch.setattr(looks, "FIRST_ROWS", 2)
    clock = FixedClock.on(date(2020, 12, 15))
    w = first_look_window(qtbot, db_url, clock, settings)
    told = RecordingNotifier()
    with qtbot.waitSignal(w.doc.store_attached, timeout=20_000):
        finish_window(w, db_url, settings)
        w.features.reminders.scheduler.notifier = told
        w.doc.when_editable(w.features.reminders.start)  # as the app does
    qtbot.waitUntil(lambda: bool(told.messages), timeout=5_000)
    # Every open commitment's, not the first screen's: six commitments across the plan (the
    # seed's deliveries need no reminder).
    assert len(told.messages) == 1 and told.titles[0].startswith("6 reminders")
    assert len(told.messages[0].commitment_ids) == 6 > looks.FIRST_ROWS
    w.features.reminders.stop()
    w.doc.close_store()


def test_a_store_that_does_not_open_leaves_the_window_read_only_until_it_does(qtbot, db_url, clock, settings, monkeypatch, said):
    ready_plan(db_url, clock)
    path = Path(db_url.removeprefix("sqlite:///"))
    good = path.read_bytes()
    monkeypatch.setattr(PlanOpener, "RETRY_MS", 300)
    w = first_look_window(qtbot, db_url, clock, settings)  # shown from the plan as it was
    path.write_bytes(b"not a database any more\n" * 200)  # meanwhile the file was overwritten
    finish_window(w, db_url, settings)
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert len(said) == 1 and "not a planner database" in said[0] and "read-only" in said[0]
    assert w.features.shared_plan.read_only and w.features.shared_plan.banner.text() == READ_ONLY_TEXT
    assert not w.actions_by_name["new_commitment"].isEnabled()
    assert visible_titles(w)  # the plan is still there to read
    qtbot.wait(1_000)  # tried again, and again: said once
    assert len(said) == 1 and not w.doc.editable
    path.write_bytes(good)  # the file is back
    qtbot.waitUntil(lambda: w.doc.editable, timeout=20_000)  # the opener's next try opens it
    assert not w.features.shared_plan.read_only and w.actions_by_name["new_commitment"].isEnabled()
    w.doc.close_store()


def test_a_window_closed_while_its_store_opens_leaves_nothing_behind(qtbot, db_url, clock, settings):
    import threading

    from planner.app import retire_window

    ready_plan(db_url, clock)
    w = build_window(db_url, clock, settings)  # the store opening behind it; gone with it, not by the test
    retire_window(w)  # File → Open plan… at once, say
    qtbot.waitUntil(lambda: not any(t.name == "open the plan" for t in threading.enumerate()), timeout=20_000)
    qtbot.wait(50)  # its handing over, had it been queued, is not taken by anyone
    assert fresh_plan(db_url, clock).commitments  # the file is as it was, and free


def test_the_rest_comes_after_the_first_paint_or_at_the_latest_a_while(qtbot):
    from PySide6.QtWidgets import QMainWindow

    shown, hidden, done = QMainWindow(), QMainWindow(), []
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    painted = []
    shown.paintEvent = lambda _e: painted.append(len(done))  # type: ignore[method-assign]
    after_first_paint(shown, lambda: done.append("painted"))
    after_first_paint(hidden, lambda: done.append("at the latest"), at_the_latest_ms=300)
    assert done == []
    shown.show()
    qtbot.waitUntil(lambda: "painted" in done, timeout=2_000)
    assert painted and painted[0] == 0  # painted before the rest came
    qtbot.waitUntil(lambda: "at the latest" in done, timeout=2_000)  # never shown: started in the tray, say
    shown.update()
    qtbot.wait(100)
    assert done.count("painted") == 1  # once


# Run in a process of its own: the app's event loop, once run and quit, is not the test's to reuse.
APP_START_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from planner.app import run
from planner.ui.main_window import MainWindow
seen = {}
def look():
    windows = [x for x in app.topLevelWidgets() if isinstance(x, MainWindow) and x.isVisible()]
    if windows and "first" not in seen:
        seen["first"] = [windows[0].doc.editable, windows[0].features is not None]
    if windows and windows[0].doc.editable and windows[0].features.reminders.scheduler.running:
        seen["then"] = ["new_commitment" in windows[0].actions_by_name, windows[0].actions_by_name["new_commitment"].isEnabled()]
        app.quit()
        return
    QTimer.singleShot(10, look)
QTimer.singleShot(0, look)
code = run(["--db", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""


def test_the_app_shows_the_plan_then_adds_the_rest_attaches_the_store_and_starts_reminders(db_url, clock, tmp_path):
    import json
    import subprocess
    import sys

    ready_plan(db_url, clock)
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", APP_START_PROBE, db_url.removeprefix("sqlite:///")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"code": 0, "first": [False, False], "then": [True, True]}  # shown before the store and the rest
