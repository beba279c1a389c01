"""Suite probe, run in a process of its own: the real window on a plan, offscreen, timed.

    .venv/bin/python benchmarks/suite_window.py PLAN.sqlite [--repeat 3] [--steps 60]

Prints one JSON object: seconds to open the plan in a window (build, show, first paint, in this
process) and until the whole plan is in it and its store attached (a large plan is painted first
from its first screenful); frame times in ms (from a scroll or zoom step to the window painted again, the
timeline's own `timed_frame`) as `[median, p95]` per run; and ms from typing a filter word (or
clearing it) to the window painted again. The caller reads peak memory from the process.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from bench_timeline import timed_frame  # noqa: E402
from generate_plan import CLOCK  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.app import after_first_paint, build_window, finish_window  # noqa: E402

# Words an officer might type: a topic (a few per cent of rows), an actor, a year, and a miss.
FILTER_WORDS = ["firearms", "Europol", "guidelines 2025", "passenger records", "no such words"]


def median_p95(ms: list[float]) -> list[float]:
    ms = sorted(ms)
    return [statistics.median(ms), ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]]


def filter_times(window, words: list[str] = FILTER_WORDS) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """ms from typing each word (and from clearing it) to the window painted again."""
    field = window.filter_bar.text
    typed, cleared = [], []
    for word in words:
        QApplication.processEvents()
        t0 = time.perf_counter()
        field.setText(word)
        QApplication.processEvents()
        typed.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        field.setText("")
        QApplication.processEvents()
        cleared.append((time.perf_counter() - t0) * 1000)
    return typed, cleared


def measure(plan: Path, repeat: int, steps: int) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="bench-window-"))
    t0 = time.perf_counter()
    url = f"sqlite:///{plan}"
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(url, CLOCK, settings, finish=False)
    window.resize(1600, 1000)
    window.show()
    painted: list[float] = []

    def finish() -> None:  # as the app does: the rest and the store after the first paint
        painted.append(time.perf_counter())
        finish_window(window, url, settings)

    after_first_paint(window, finish)
    # Frames and filtering are measured on the whole plan: a large one is painted from its
    # first screenful and comes whole with its store, opened behind the window; wait for it.
    give_up = time.monotonic() + 120
    while not window.doc.editable:
        shared = getattr(window, "shared_plan", None)
        if (shared is not None and shared.opening_problem) or time.monotonic() > give_up:
            raise SystemExit(f"The plan's store did not open behind the window: {shared.opening_problem if shared else 'still waiting after 120 s'}")
        QApplication.processEvents()
        time.sleep(0.001)
    whole = time.perf_counter() - t0
    opened = painted[0] - t0

    timeline, tree = window.plan_view.timeline, window.plan_view.tree
    bar = tree.verticalScrollBar()
    page = max(bar.pageStep(), 1)
    width = timeline.viewport().width()

    def scroll_rows(k: int) -> None:
        bar.setValue((k * page // 2) % max(bar.maximum(), 1))

    def scroll_sideways(k: int) -> None:
        timeline.navigation.scroll_by(width / 10 if (k // 20) % 2 == 0 else -width / 10)

    def zoom(k: int) -> None:
        timeline.navigation.zoom(1.25 if (k // 10) % 2 == 0 else 0.8, about_x=width * 0.4)

    timeline.navigation.zoom_to("year")
    result: dict[str, object] = {"open_s": opened, "whole_s": whole, "rows": tree.model().rowCount()}
    # The first words typed build the text index: timed on their own, not among the others.
    result["filter_first_ms"] = filter_times(window, FILTER_WORDS[:1])[0][0]
    for name, step in (("scroll", scroll_rows), ("sideways", scroll_sideways), ("zoom", zoom)):
        result[name] = [median_p95(timed_frame(step, steps)) for _ in range(repeat)]
    typed, cleared = [], []
    for _ in range(repeat):
        t, c = filter_times(window)
        typed += t
        cleared += c
    result["filter_typed_ms"], result["filter_cleared_ms"] = typed, cleared
    window.close()
    window.doc.close_store()
    return result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("plan", type=Path)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--steps", type=int, default=60)
    args = p.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    result = measure(args.plan, args.repeat, args.steps)
    print(json.dumps(result), flush=True)
    del app
    os._exit(0)  # the figures are out; tearing 100,000 rows down is not what is measured


if __name__ == "__main__":
    main()
