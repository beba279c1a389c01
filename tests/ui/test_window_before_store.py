"""A window on a plan file that is ready to use is painted before its store is open, from a
plain read; the store opens behind it, and nothing the officer does or sees is different."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel

from planner.app import build_window
from planner.store import first_look as looks
from planner.store.deferred import DeferredStore
from planner.store.opening import open_plan_store
from planner.store.plan_store import PlanStore
from planner.ui.settling import when_settled
from planner.ui.shared_plan import READING_TEXT
from tests.ui.helpers import fresh_plan, visible_titles


def ready_plan(db_url, clock) -> None:
    open_plan_store(db_url, clock).close()  # created, migrated and seeded: what every later start finds


def painted_window(qtbot, db_url, clock, settings):
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    when_settled(w, w.doc.open_store_behind)  # as the app does
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_window_shows_the_plan_before_its_store_is_open_then_works_on_the_store(qtbot, db_url, clock, settings):
    ready_plan(db_url, clock)
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    assert isinstance(w.doc.store, DeferredStore) and not w.doc.store_is_open
    assert visible_titles(w) == [c.title for c in fresh_plan(db_url, clock).commitments]  # the whole seed plan, in order
    with qtbot.waitSignal(w.doc.store_opened, timeout=10_000):
        when_settled(w, w.doc.open_store_behind)
        w.show()
    assert isinstance(w.doc.store, PlanStore)
    c = w.doc.plan.commitments[0]
    w.doc.push_edit(c.changed(title="Renamed once the store is open"), "Edit")
    assert w.doc.store.commitment(c.id).title == "Renamed once the store is open"
    w.doc.store.close()


def test_an_edit_made_before_the_store_is_open_waits_for_it_and_is_kept(qtbot, db_url, clock, settings):
    ready_plan(db_url, clock)
    w = build_window(db_url, clock, settings)  # not shown: nothing has started the store yet
    qtbot.addWidget(w)
    c = w.doc.plan.commitments[1]
    w.doc.push_edit(c.changed(title="Renamed at once"), "Edit")
    assert visible_titles(w)[1] == "Renamed at once"
    w.doc.undo_stack.undo()
    assert visible_titles(w)[1] == c.title
    w.doc.undo_stack.redo()
    w.doc.store.close()
    again = open_plan_store(db_url, clock)
    assert again.commitment(c.id).title == "Renamed at once"
    again.close()


def test_a_change_made_elsewhere_while_the_store_opened_is_reloaded(qtbot, db_url, clock, settings):
    ready_plan(db_url, clock)
    w = build_window(db_url, clock, settings)  # painted from the plan as it was
    qtbot.addWidget(w)
    other = open_plan_store(db_url, clock)
    c = other.load_plan().commitments[0]
    other.update_commitment(c.changed(title="Changed by a colleague"))
    other.close()
    with qtbot.waitSignal(w.doc.store_opened, timeout=10_000):
        w.doc.open_store_behind()
    assert w.features.shared_plan.watcher.poll()  # the first poll sees the colleague's change
    assert visible_titles(w)[0] == "Changed by a colleague"
    w.doc.store.close()


def test_a_large_plan_shows_its_first_screen_then_all_of_it_keeping_the_selection(qtbot, db_url, clock, settings, monkeypatch):
    ready_plan(db_url, clock)
    monkeypatch.setattr(looks, "WHOLE_UP_TO", 3)  # the seed plan counts as large
    monkeypatch.setattr(looks, "FIRST_ROWS", 2)
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    first_screen = visible_titles(w)
    whole = [c.title for c in fresh_plan(db_url, clock).commitments]
    assert 2 <= len(first_screen) < len(whole) and first_screen == whole[:len(first_screen)]
    assert not w.doc.plan_is_whole and w.features.shared_plan.reading.text() == READING_TEXT and not w.features.shared_plan.reading.isHidden()
    chosen = w.doc.plan.commitments[1]
    w.plan_view.tree.selectionModel().setCurrentIndex(w.rows.index_of(chosen.id), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    with qtbot.waitSignal(w.doc.whole_plan_ready, timeout=10_000):
        when_settled(w, w.doc.open_store_behind)
        w.show()
    assert visible_titles(w) == whole and w.doc.plan_is_whole
    assert w.features.shared_plan.reading.isHidden()
    assert w.plan_view.current_commitment().id == chosen.id  # the officer's place is kept
    w.doc.store.close()


def test_an_edit_while_a_large_plan_is_read_is_in_the_whole_plan(qtbot, db_url, clock, settings, monkeypatch):
    ready_plan(db_url, clock)
    monkeypatch.setattr(looks, "WHOLE_UP_TO", 3)
    monkeypatch.setattr(looks, "FIRST_ROWS", 2)
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    c = w.doc.plan.commitments[0]
    with qtbot.waitSignal(w.doc.whole_plan_ready, timeout=10_000):
        w.doc.push_edit(c.changed(title="Edited while the plan was read"), "Edit")  # opens the store
    assert visible_titles(w)[0] == "Edited while the plan was read" and w.doc.plan_is_whole
    assert len(visible_titles(w)) == len(w.doc.store.load_plan().commitments)
    w.doc.store.close()


def test_a_large_plan_whose_rest_cannot_be_read_at_first_is_read_whole_at_the_first_poll(qtbot, db_url, clock, settings, monkeypatch):
    """The read behind the window and the one after it fail (the file locked a moment): the window
    stays on its first screen, says it is still reading, and the watcher's first poll reads it all."""
    from planner.store.errors import UnavailableError

    ready_plan(db_url, clock)
    whole = [c.title for c in fresh_plan(db_url, clock).commitments]
    monkeypatch.setattr(looks, "WHOLE_UP_TO", 3)
    monkeypatch.setattr(looks, "FIRST_ROWS", 2)
    reads = []
    real_load = PlanStore.load_plan

    def locked_twice(store):
        reads.append(1)
        if len(reads) <= 2:
            raise UnavailableError("The database is locked by another program; nothing was changed.")
        return real_load(store)

    monkeypatch.setattr(PlanStore, "load_plan", locked_twice)
    monkeypatch.setattr("planner.ui.shared_plan.QMessageBox.warning", lambda *a: None)
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.doc.store_opened, timeout=10_000):
        w.doc.open_store_behind()
    assert len(reads) == 2 and not w.doc.plan_is_whole and not w.features.shared_plan.reading.isHidden()
    assert w.features.shared_plan.watcher.poll()  # the first answer reads the whole plan
    assert w.doc.plan_is_whole and visible_titles(w) == whole
    assert w.features.shared_plan.reading.isHidden()
    w.doc.store.close()


def test_work_waits_until_the_window_is_quiet_or_at_the_latest_a_while(qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from planner.ui import settling

    monkeypatch.setattr(settling, "QUIET_MS", 100)
    monkeypatch.setattr(settling, "AT_THE_LATEST_MS", 1_500)
    busy, hidden, done = QWidget(), QWidget(), []
    qtbot.addWidget(busy)
    qtbot.addWidget(hidden)
    busy.show()
    qtbot.waitExposed(busy)
    repaint = QTimer()
    repaint.timeout.connect(busy.update)  # keeps painting, as an animation would
    repaint.start(20)
    settling.when_settled(busy, lambda: done.append("quiet"))
    qtbot.wait(40)
    assert done == []  # painting is going on: not yet
    repaint.stop()
    qtbot.waitUntil(lambda: done == ["quiet"], timeout=1_000)  # quiet once the painting stopped
    repaint.start(20)
    settling.when_settled(busy, lambda: done.append("at the latest"))
    qtbot.wait(600)
    assert done == ["quiet"]  # still painting
    qtbot.waitUntil(lambda: "at the latest" in done, timeout=3_000)
    repaint.stop()
    qtbot.wait(200)
    assert done == ["quiet", "at the latest"]  # once each
    settling.when_settled(hidden, lambda: done.append("never shown"))  # started in the tray, say
    qtbot.waitUntil(lambda: "never shown" in done, timeout=1_000)


def settling_window(qtbot, db_url, clock, settings):
    """As the app builds it: what is seen now, the rest (`install`) once it has settled."""
    rest: list = []
    w = build_window(db_url, clock, settings, later=rest.append)
    qtbot.addWidget(w)

    def install() -> None:
        for step in rest:
            step()

    return w, install


def test_an_edit_before_the_window_settles_on_a_large_plan_still_ends_with_the_whole_plan(qtbot, db_url, clock, settings, monkeypatch):
    ready_plan(db_url, clock)
    monkeypatch.setattr(looks, "WHOLE_UP_TO", 3)
    monkeypatch.setattr(looks, "FIRST_ROWS", 2)
    w, install = settling_window(qtbot, db_url, clock, settings)
    c = w.doc.plan.commitments[0]
    with qtbot.waitSignal(w.doc.store_opened, timeout=10_000):
        w.doc.push_edit(c.changed(title="Edited in the first moment"), "Edit")  # Ctrl+D, Delete… work from the start
    install()  # then the window settles
    assert visible_titles(w) == [x.title for x in fresh_plan(db_url, clock).commitments]  # all 16, the edit among them
    assert visible_titles(w)[0] == "Edited in the first moment" and w.doc.plan_is_whole
    assert w.features.shared_plan.reading.isHidden()
    w.doc.store.close()


def test_reminders_that_came_due_while_away_are_told_for_the_whole_large_plan(qtbot, db_url, tmp_path, settings, monkeypatch):
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
    w, install = settling_window(qtbot, db_url, clock, settings)
    install()
    told = RecordingNotifier()
    w.features.reminders.scheduler.notifier = told
    with qtbot.waitSignal(w.doc.store_opened, timeout=10_000):
        w.doc.open_store_behind()
        w.doc.when_store_open(w.features.reminders.start)  # as the app does
    qtbot.waitUntil(lambda: bool(told.messages), timeout=5_000)
    # Every open commitment's, not the first screen's: six commitments across the plan (the
    # seed's deliveries need no reminder).
    assert len(told.messages) == 1 and told.titles[0].startswith("6 reminders")
    assert len(told.messages[0].commitment_ids) == 6 > looks.FIRST_ROWS
    w.features.reminders.stop()
    w.doc.store.close()


def test_a_store_that_does_not_open_behind_the_window_leaves_it_read_only_until_it_does(qtbot, db_url, clock, settings, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    ready_plan(db_url, clock)
    path = Path(db_url.removeprefix("sqlite:///"))
    good = path.read_bytes()
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: said.append(text))
    w, install = settling_window(qtbot, db_url, clock, settings)  # painted from the plan as it was
    path.write_bytes(b"not a database any more\n" * 200)  # meanwhile the file was overwritten
    install()
    with qtbot.waitSignal(w.doc.store_failed, timeout=10_000):
        w.doc.open_store_behind()
    assert len(said) == 1 and "not a planner database" in said[0] and "read-only" in said[0]
    assert w.features.shared_plan.read_only and not w.actions_by_name["new_commitment"].isEnabled()
    assert visible_titles(w)  # the plan is still there to read
    path.write_bytes(good)  # the file is back
    with qtbot.waitSignal(w.doc.store_opened, timeout=10_000):
        w.features.shared_plan.watcher.poll()  # the watcher's next poll tries again
    qtbot.waitUntil(lambda: not w.features.shared_plan.read_only, timeout=5_000)
    assert isinstance(w.doc.store, PlanStore) and w.actions_by_name["new_commitment"].isEnabled()
    w.doc.store.close()


# Run in a process of its own: the app's event loop, once run and quit, is not the test's to reuse.
APP_START_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from planner.app import run
from planner.store.deferred import DeferredStore
from planner.store.plan_store import PlanStore
from planner.ui.main_window import MainWindow
seen = {}
def look():
    windows = [x for x in app.topLevelWidgets() if isinstance(x, MainWindow) and x.isVisible()]
    if windows and "first" not in seen:
        seen["first"] = [isinstance(windows[0].doc.store, DeferredStore), windows[0].features is not None]
    if windows and isinstance(windows[0].doc.store, PlanStore) and windows[0].features.reminders.scheduler.running:
        seen["then"] = ["new_commitment" in windows[0].actions_by_name, "print" in windows[0].actions_by_name]
        app.quit()
        return
    QTimer.singleShot(10, look)
QTimer.singleShot(0, look)
code = run(["--db", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""


def test_the_app_adds_the_rest_opens_the_store_and_starts_reminders_once_settled(db_url, clock, tmp_path):
    import json
    import subprocess
    import sys

    ready_plan(db_url, clock)
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", APP_START_PROBE, db_url.removeprefix("sqlite:///")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"code": 0, "first": [True, False], "then": [True, True]}  # painted before the store and the rest
