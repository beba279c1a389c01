"""Suite probe, run in a process of its own: the plan's data paths next to their floors.

    .venv/bin/python benchmarks/suite_data.py open PLAN.sqlite [--repeat 3]
    .venv/bin/python benchmarks/suite_data.py import PLAN.csv [--repeat 3]
    .venv/bin/python benchmarks/suite_data.py ics PLAN.sqlite [--repeat 3] [--floor-repeat 1]

Prints one JSON object of seconds per run. `open`: opening the store and loading the plan.
`import`: the planner reading the CSV and storing it in a new plan (what `planner import` does
once the program is loaded), next to the floor, plain `sqlite3` reading the same file and
inserting the same rows into the same table with one `executemany`. `ics`: `to_ics` rendering
every commitment, next to the icalendar library serialising the very same events alone (a
`Calendar` parsed from our output, so none of our work is in its figure).
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from generate_plan import CLOCK  # noqa: E402
from planner.calendar.export import to_ics  # noqa: E402
from planner.calendar.render import plan_lead_days  # noqa: E402
from planner.exchange.csv_format import read_csv_file  # noqa: E402
from planner.store.importing import apply_batch  # noqa: E402
from planner.store.opening import open_plan_store  # noqa: E402

# The columns a CSV row fills in the floor's insert: the file's own values, unconverted.
FLOOR_COLUMNS = {
    "key": "key", "title": "title", "kind": "kind", "due": "due_phrase", "due_start": "due_start", "due_end": "due_end",
    "precision": "due_precision", "start": "start_phrase", "status": "status", "actor": "actor", "description": "description",
    "baseline": "baseline_phrase", "forecast": "forecast_phrase", "delivered_on": "delivered_on", "source": "source_ref",
    "section": "section", "quote": "quote", "url": "url",
}

OPTIONAL = {"start", "baseline", "forecast", "delivered_on"}


def timed(work) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


def probe_open(plan: Path, repeat: int) -> dict[str, object]:
    def work() -> None:
        store = open_plan_store(f"sqlite:///{plan}", CLOCK, seed=False)
        store.load_plan()
        store.close()

    return {"open_s": [timed(work) for _ in range(repeat)]}


def empty_plan(folder: Path) -> Path:
    """A migrated plan with nothing in it, copied for every run so each starts the same."""
    path = folder / "empty.sqlite"
    open_plan_store(f"sqlite:///{path}", CLOCK, seed=False).close()
    return path


def planner_import(csv_path: Path, db: Path) -> None:
    store = open_plan_store(f"sqlite:///{db}", CLOCK, seed=False)
    try:
        apply_batch(store, read_csv_file(csv_path), keep_edits=False)
    finally:
        store.close()


def floor_import(csv_path: Path, db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute("INSERT INTO strategies (key, title, reference, period_phrase, position) VALUES ('s', 'S', '', '', 0)")
        conn.execute("INSERT INTO initiatives (key, strategy_id, number, title, position) VALUES ('i', 1, '', 'I', 0)")
        with open(csv_path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            rows = [
                [row[c] or (None if c in OPTIONAL else "") for c in FLOOR_COLUMNS] + [n, "2022-06-15 09:00:00", "2022-06-15 09:00:00"]
                for n, row in enumerate(reader)
            ]
        names = ", ".join(FLOOR_COLUMNS.values())
        marks = ", ".join("?" * len(FLOOR_COLUMNS))
        conn.executemany(
            f"INSERT INTO commitments ({names}, initiative_id, position, created_at, updated_at, sequence, version, remind_when_window_opens) "
            f"VALUES ({marks}, 1, ?, ?, ?, 0, 1, 0)",
            rows,
        )
        conn.commit()
    finally:
        conn.close()


def probe_import(csv_path: Path, repeat: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = empty_plan(folder)
        out: dict[str, list[float]] = {"planner_s": [], "floor_s": []}
        for n in range(repeat):  # alternated, so both see the same machine
            for name, work in (("planner_s", planner_import), ("floor_s", floor_import)):
                db = folder / f"{name}-{n}.sqlite"
                shutil.copy(template, db)
                out[name].append(timed(lambda: work(csv_path, db)))
    return out


def probe_ics(plan: Path, repeat: int, floor_repeat: int) -> dict[str, object]:
    import icalendar

    store = open_plan_store(f"sqlite:///{plan}", CLOCK, seed=False)
    loaded = store.load_plan()
    lead_days = plan_lead_days(store)
    store.close()
    render = lambda: to_ics(loaded, loaded.commitments, now=CLOCK.now(), lead_days=lead_days)  # noqa: E731
    data = render()
    ours = [timed(render) for _ in range(repeat)]
    calendar = icalendar.Calendar.from_ical(data)
    theirs = [timed(calendar.to_ical) for _ in range(floor_repeat)]
    return {"planner_s": ours, "icalendar_s": theirs, "events": len(loaded.commitments), "mb": len(data) / 1e6}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("probe", choices=["open", "import", "ics"])
    p.add_argument("file", type=Path)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--floor-repeat", type=int, default=1)
    args = p.parse_args()
    if args.probe == "open":
        result = probe_open(args.file, args.repeat)
    elif args.probe == "import":
        result = probe_import(args.file, args.repeat)
    else:
        result = probe_ics(args.file, args.repeat, args.floor_repeat)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
