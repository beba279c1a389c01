"""The performance suite (issue 7): every figure of the README's Performance table, and its targets.

    make bench          # or: .venv/bin/python benchmarks/bench_suite.py [--sizes 1000 10000 100000] [--repeat 3]

Generates plans of each size (`generate_plan.py`, fixed seed, kept in build/bench-plans), then
measures, each in processes of their own so start-up and memory are real: start to first
painted window (`main.py --screenshot`) next to a bare PySide6 window grabbed the same way;
the app started as the desktop starts it, until editing is available; the longest moment the
window does not answer while the plan opens and its reminders catch up; frame times and filtering in the window; opening the plan; `planner list --json`; import of the
plan's CSV next to sqlite3 executemany; ics export next to icalendar; `planner print`; peak
resident memory. Prints a Markdown table, then PASS or FAIL per target; exits 1 when one fails.
Figures are medians of --repeat runs (the machine is shared: other processes only add time).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import generate_plan  # noqa: E402
from suite_report import Figures, check_targets, table  # noqa: E402
from suite_runs import AS_OF, FIRST_PAINT_RUNS, START_RUNS, Runner  # noqa: E402


def measure_size(run: Runner, n: int, plans: Path, repeat: int) -> dict[str, object]:
    db, csv_file = generate_plan.generate(n, plans)
    f: dict[str, object] = {}
    print(f"  {n:,}: first paint", file=sys.stderr, flush=True)
    f["paint"], f["bare"], rss_paint = run.first_paint(db, max(repeat, FIRST_PAINT_RUNS))
    print(f"  {n:,}: start to editing", file=sys.stderr, flush=True)
    f["start"] = run.start_to_editing(db, repeat)
    print(f"  {n:,}: longest stall", file=sys.stderr, flush=True)
    f["stall"] = run.longest_stall(db, repeat)
    print(f"  {n:,}: window", file=sys.stderr, flush=True)
    window, f["rss_window"] = run.probe("suite_window.py", str(db), "--repeat", str(repeat))
    f["rss_window"] = max(f["rss_window"], rss_paint)  # type: ignore[call-overload]
    f.update(window)  # type: ignore[arg-type]
    print(f"  {n:,}: data", file=sys.stderr, flush=True)
    f["load"], _ = run.probe("suite_data.py", "open", str(db), "--repeat", str(repeat))
    # Imports of 1,000 and 10,000 take tens of milliseconds: more runs steady their median.
    f["import"], _ = run.probe("suite_data.py", "import", str(csv_file), "--repeat", str(repeat if n > 10_000 else max(repeat, 7)))
    # icalendar needs about 5 s per 10,000 events: its floor is run once at the largest size.
    f["ics"], _ = run.probe("suite_data.py", "ics", str(db), "--repeat", str(repeat), "--floor-repeat", str(1 if n > 10_000 else repeat))
    print(f"  {n:,}: command line", file=sys.stderr, flush=True)
    out = run.folder / f"export-{n}.ics"
    rss: dict[str, float] = {}
    f["list_s"], rss["list"] = run.cli(repeat, "list", "--json", "--as-of", AS_OF, "--db", str(db))
    f["ics_cli_s"], rss["export ics"] = run.cli(repeat, "export", "ics", "-o", str(out), "--db", str(db))
    # Printing is measured on the plan of 1,000: what is asked is 1,000 rows on paper.
    f["print_s"], f["print_note"] = None, "–"
    if n == 1_000:
        f["print_s"], rss["print"] = run.print_rows(db, repeat)
        f["print_note"] = "not available"  # shown when there is no print command
    f["rss_cli"], f["rss_cli_by"] = max(rss.values()), max(rss, key=rss.__getitem__)
    return f


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is reported")
    p.add_argument("--plans", type=Path, default=HERE.parent / "build" / "bench-plans", help="where generated plans are kept")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-suite-") as tmp:
        run = Runner(Path(tmp))
        print("seed plan: first paint", file=sys.stderr, flush=True)
        seed_db = run.seed_plan()
        seed_paint, seed_bare, _ = run.first_paint(seed_db, max(args.repeat, FIRST_PAINT_RUNS))
        print("seed plan: start to editing", file=sys.stderr, flush=True)
        seed_start = run.start_to_editing(seed_db, max(args.repeat, START_RUNS))
        sizes = {n: measure_size(run, n, args.plans, args.repeat) for n in args.sizes}
    figures = Figures(seed_paint=seed_paint, seed_bare=seed_bare, seed_start=seed_start, sizes=sizes)
    print(table(figures, args.repeat))
    results = check_targets(figures)
    print()
    for ok, text in results:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())

