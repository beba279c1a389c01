"""Suite probe, run in a process of its own: the longest moment the window does not answer,
from when it is shown until the plan is open, whole, editable and its reminders caught up.

    .venv/bin/python benchmarks/suite_stall.py PLAN.sqlite COMMITMENTS

The app is started as main.py starts it (offscreen). Once the window is shown, a timer beats
every BEAT_MS on the window's thread; a beat that comes late is time the window could not
answer a key or a click. Watching ends QUIET_S after the plan is whole in the window, editing
is on and the reminders' catch-up is done, so what those set off afterwards is seen too.
Prints one JSON object: `stall_s` (the longest gap between beats less one beat), `at_s` (when
it began, in seconds after the window was shown) and `ready_s` (when watching could end,
less the quiet time), and the three longest stalls.
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

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

BEAT_MS = 50
QUIET_S = 3.0  # watched on after everything is ready: what the catch-up sets off comes then
GIVE_UP_S = 180


def main() -> int:
    plan, total = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([sys.argv[0]])
    from planner.ui.main_window import MainWindow

    started = time.monotonic()
    beats: list[float] = []  # monotonic moments of the beats
    ready: list[float] = []

    def window() -> MainWindow | None:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return shown[0] if shown else None

    def is_ready(w: MainWindow) -> bool:
        if not w.doc.editable or len(w.doc.plan.commitments) != total or w.features is None:
            return False
        scheduler = w.features.reminders.scheduler
        return scheduler.running and not getattr(scheduler, "catching_up", False)

    def beat() -> None:
        now = time.monotonic()
        w = window()
        if w is None and not beats:
            return  # not shown yet
        beats.append(now)
        if not ready and w is not None and is_ready(w):
            ready.append(now)
        if (ready and now - ready[0] > QUIET_S) or now - started > GIVE_UP_S:
            heart.stop()
            app.quit()

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(BEAT_MS)
    heart.timeout.connect(beat)
    heart.start()
    sys.argv = [str(ROOT / "main.py"), "--db", str(plan)]
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")  # main.py as the desktop entry runs it
    except SystemExit:
        pass
    gaps = sorted(((b - a - BEAT_MS / 1000, a - beats[0]) for a, b in zip(beats, beats[1:], strict=False)), reverse=True)
    longest, at = gaps[0] if gaps else (0.0, 0.0)
    figures = {"stall_s": max(longest, 0.0), "at_s": at, "ready_s": ready[0] - beats[0] if ready else None,
               "longest": [[round(g, 3), round(t, 2)] for g, t in gaps[:3]], "commitments": total}
    print(json.dumps(figures), flush=True)
    os._exit(0)  # the figures are out; tearing the plan down is not what is measured


if __name__ == "__main__":
    sys.exit(main())
