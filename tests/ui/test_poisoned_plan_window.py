"""The window opens on a plan holding days far out of range or windows stored backwards.

Before the plan was read clamped, the timeline's scroll range overflowed Python's dates while
the window was first laid out, and PySide crashed (a segfault) reporting that exception."""
from __future__ import annotations

import sqlite3

from planner.app import build_window
from planner.store.opening import open_plan_store
from tests.cli.test_poisoned_plan import poison


def test_the_window_paints_a_poisoned_plan(qtbot, db_url, tmp_path, clock, settings):
    open_plan_store(db_url, clock).close()
    poison(str(tmp_path / "plan.sqlite"))
    with sqlite3.connect(tmp_path / "plan.sqlite") as c:
        c.execute("UPDATE commitments SET start_start='9999-01-01', start_end='9999-12-31', start_precision='year', start_phrase='9999', kind='span' WHERE id=6")
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    image = w.grab().toImage()
    assert not image.isNull() and image.width() >= 1000
    qtbot.waitUntil(lambda: w.doc.editable, timeout=20_000)  # and its store opens behind it
    titles = {c.id: c for c in w.doc.plan.commitments}
    assert titles[3].due.phrase == "9999-12-31"
    w.doc.close_store()
