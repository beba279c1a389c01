"""Timeline frame times at 1k, 10k and 100k commitments: the timeline paints only what is visible.

Run: `.venv/bin/python benchmarks/bench_timeline.py [--sizes 1000 10000 100000] [--steps 60] [--repeat 3]`

For each size it writes a synthetic plan into a temporary SQLite file (through `apply_batch`, as an
import would), opens the real main window offscreen at 1600x1000, and times synchronous repaints
after vertical scroll steps, horizontal scroll steps and zoom steps. "timeline" is the timeline's
own paint; "frame" runs from the step to the window painted again (tree, timeline, scrollbars),
what the officer waits for. Median and 95th percentile in milliseconds; a smooth frame at 60 Hz
is 16.7 ms.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tables_md import print_dict_rows  # noqa: E402
from planner.app import build_window  # noqa: E402
from planner.domain.clock import FixedClock  # noqa: E402
from planner.domain.period import Period  # noqa: E402
from planner.domain.plan import Commitment, Initiative, KeyDate, Kind, Status, Strategy  # noqa: E402
from planner.exchange.batch import ImportBatch  # noqa: E402
from planner.store.importing import apply_batch  # noqa: E402
from planner.store.opening import open_plan_store  # noqa: E402

TODAY = date(2022, 6, 15)
STRATEGIES, INITIATIVES_EACH = 20, 10


def synthetic_batch(n: int, seed: int = 7) -> ImportBatch:
    """`n` commitments over 2015-2030 in 20 strategies x 10 initiatives, every kind of date."""
    rnd = random.Random(seed)
    batch = ImportBatch()
    for s in range(STRATEGIES):
        batch.strategies.append(Strategy(key=f"s{s}", title=f"Strategy {s}"))
        for i in range(INITIATIVES_EACH):
            batch.initiatives.append(Initiative(key=f"s{s}-i{i}", strategy_key=f"s{s}", number=str(i + 1), title=f"Initiative {s}.{i + 1}"))
    for k in range(n):
        year = rnd.randint(2015, 2029)
        shape = k % 6
        if shape == 0:
            due = Period.day(date(year, 1, 1) + timedelta(days=rnd.randint(0, 364)))
        elif shape == 1:
            due = Period.month(year, rnd.randint(1, 12))
        elif shape == 2:
            due = Period.quarter(year, rnd.randint(1, 4))
        elif shape == 3:
            due = Period.year_end(year)
        elif shape == 4:
            due = Period.part_of_year(year, rnd.choice(["early", "mid", "late"]))
        else:
            due = Period.years(year, min(year + rnd.randint(1, 5), 2035))
        kind = Kind.SPAN if shape == 5 else Kind.DEADLINE
        start = Period.year(year) if kind is Kind.SPAN else None
        status = rnd.choice([Status.PLANNED, Status.PLANNED, Status.IN_PROGRESS, Status.DELIVERED, Status.DROPPED])
        delivered = due.end + timedelta(days=rnd.randint(-30, 90)) if status is Status.DELIVERED else None
        ini = f"s{k % STRATEGIES}-i{(k // STRATEGIES) % INITIATIVES_EACH}"
        batch.commitments.append(Commitment(
            title=f"Commitment {k}: deliver item {rnd.randint(1, 999)}", due=due, kind=kind, start=start,
            status=status, delivered_on=delivered, initiative_key=ini, key=f"c{k}",
        ))
    batch.key_dates = [KeyDate(date(2015 + y, 6, 1), f"Key event of {2015 + y}") for y in range(15)]
    return batch


def timed_paint(action, paint, steps: int) -> list[float]:  # type: ignore[no-untyped-def]
    """The timeline's own paint after each step, everything else already painted."""
    out = []
    for n in range(steps):
        action(n)
        QApplication.processEvents()
        t0 = time.perf_counter()
        paint()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def timed_frame(action, steps: int) -> list[float]:  # type: ignore[no-untyped-def]
    """From the step (a scroll or zoom) to the window painted again: tree, timeline, scrollbars."""
    out = []
    for n in range(steps):
        QApplication.processEvents()
        t0 = time.perf_counter()
        action(n)
        QApplication.processEvents()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"{statistics.median(ms):6.2f} / {p95:6.2f}"


def best_of(repeat: int, measure) -> str:  # type: ignore[no-untyped-def]
    """The run with the lowest median: other processes on the machine only ever add time."""
    runs = [measure() for _ in range(repeat)]
    return summary(min(runs, key=statistics.median))


def bench(n: int, steps: int, folder: Path, repeat: int = 3) -> dict[str, str]:
    clock = FixedClock.on(TODAY)
    url = f"sqlite:///{folder / f'plan-{n}.sqlite'}"
    store = open_plan_store(url, clock, seed=False)
    apply_batch(store, synthetic_batch(n), keep_edits=False)
    store.close()

    t0 = time.perf_counter()
    window = build_window(url, clock, QSettings(str(folder / f"settings-{n}.ini"), QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    opened = time.perf_counter() - t0
    window.details_dock.hide()
    QApplication.processEvents()

    timeline = window.plan_view.timeline
    tree = window.plan_view.tree
    bar = tree.verticalScrollBar()

    def timeline_paint() -> None:
        timeline.viewport().repaint()

    page = max(bar.pageStep(), 1)

    def scroll_down(k: int) -> None:
        bar.setValue((k * page // 2) % max(bar.maximum(), 1))

    width = timeline.viewport().width()

    def scroll_side(k: int) -> None:
        timeline.navigation.scroll_by(width / 10 if (k // 20) % 2 == 0 else -width / 10)

    def zoom(k: int) -> None:
        timeline.navigation.zoom(1.25 if (k // 10) % 2 == 0 else 0.8, about_x=width * 0.4)

    timeline.navigation.zoom_to("year")
    results = {
        "commitments": f"{n:,}",
        "open window (s)": f"{opened:.1f}",
        "scroll rows: timeline": best_of(repeat, lambda: timed_paint(scroll_down, timeline_paint, steps)),
        "scroll rows: frame": best_of(repeat, lambda: timed_frame(scroll_down, steps)),
        "scroll sideways: timeline": best_of(repeat, lambda: timed_paint(scroll_side, timeline_paint, steps)),
        "scroll sideways: frame": best_of(repeat, lambda: timed_frame(scroll_side, steps)),
        "zoom: timeline": best_of(repeat, lambda: timed_paint(zoom, timeline_paint, steps)),
        "zoom: frame": best_of(repeat, lambda: timed_frame(zoom, steps)),
    }
    rows_on_screen = len(timeline.visible_rows())
    results["rows on screen"] = str(rows_on_screen)
    window.close()
    window.doc.close_store()
    window.deleteLater()
    QApplication.processEvents()
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    p.add_argument("--steps", type=int, default=60, help="repaints timed per measurement")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    args = p.parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    del app
    with tempfile.TemporaryDirectory() as tmp:
        table = [bench(n, args.steps, Path(tmp), args.repeat) for n in args.sizes]
    print(f"Milliseconds, median / 95th percentile of {args.steps} steps, best of {args.repeat} runs (offscreen, 1600x1000 window)\n")
    print_dict_rows(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
