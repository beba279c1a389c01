"""Suite probe, run in a process of its own: the app started on an existing plan, as an officer
starts it, and the moments that matter to them.

    .venv/bin/python benchmarks/suite_start.py PLAN.sqlite COMMITMENTS

Prints one JSON object of wall-clock moments (`time.time()`), which the caller turns into
seconds from the moment it started this process: `shown` (the window is on screen), `editing`
(the store is open and Edit → New commitment… can be used), `whole` (every commitment of the
plan, COMMITMENTS of them, is in the window). The window is the app's own (`main.py`),
offscreen. The caller counts the commitments: counting them here would be timed too.
"""
from __future__ import annotations

import json
import os
import runpy
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

GIVE_UP_S = 120
POLL_MS = 10  # how often the moments are looked for: their resolution


def main() -> int:
    plan, total = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([sys.argv[0]])
    from planner.ui.main_window import (
        MainWindow,  # the window's first import, as main.py's would be
    )

    seen: dict[str, float] = {}
    counts: list[tuple[float, int]] = []  # (moment, commitments in the window) at each change
    started = time.monotonic()

    def can_edit(window: MainWindow) -> bool:
        action = window.actions_by_name.get("new_commitment")
        if action is None or not action.isEnabled():
            return False
        editable = getattr(window.doc, "editable", None)
        if editable is None:  # before the document knew whether it could be edited
            from planner.store.plan_store import PlanStore

            return isinstance(window.doc.store, PlanStore)
        return bool(editable)

    def look() -> None:
        now = time.time()
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            window = windows[0]
            seen.setdefault("shown", now)
            n = len(window.doc.plan.commitments)
            if not counts or counts[-1][1] != n:
                counts.append((now, n))
            if "editing" not in seen and can_edit(window):
                seen["editing"] = now
        if ("editing" in seen and counts and counts[-1][1] == total) or time.monotonic() - started > GIVE_UP_S:
            app.quit()
            return
        QTimer.singleShot(POLL_MS, look)

    QTimer.singleShot(0, look)
    sys.argv = [str(ROOT / "main.py"), "--db", str(plan)]
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")  # main.py as the desktop entry runs it
        code = 0
    except SystemExit as exit_:
        code = exit_.code
    whole = next((t for t, n in counts if n == total), None)
    print(json.dumps({"code": code, **seen, "whole": whole, "commitments": total}), flush=True)
    os._exit(0)  # the figures are out; tearing the plan down is not what is measured


if __name__ == "__main__":
    sys.exit(main())
