"""The peer's copy of a generated plan: the same commitments as a GNOME Planner file (.planner XML).

    .venv/bin/python benchmarks/peer_plan_file.py --count 10000 [--out build/bench-plans]

writes `plan-10000.planner` beside `plan-10000.sqlite` (made first by `generate_plan.py` if
absent), read back from that plan, so both programs open the same work: each strategy a summary
task, each of its initiatives a summary task under it, each commitment a task under its
initiative from its start (or the start of its due window) to the end of its due window, fixed
in time by a "must start on" constraint, and each dependency a finish-to-start link. The format
is GNOME Planner's own (mrproject-version 2, its DTD in /usr/share/planner/dtd/mrproject-0.6.dtd),
with the default calendar Planner writes for a new project (weekdays, 8:00-12:00 and 13:00-17:00).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import quoteattr

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import generate_plan  # noqa: E402

from planner.domain.plan import Commitment, Plan  # noqa: E402
from planner.store.opening import open_plan_store  # noqa: E402

WORK_DAY_S = 8 * 3600  # the default calendar: two four-hour stretches a weekday

CALENDARS = """  <calendars>
    <day-types>
      <day-type id="0" name="Working" description="A default working day"/>
      <day-type id="1" name="Nonworking" description="A default non working day"/>
      <day-type id="2" name="Use base" description="Use day from base calendar"/>
    </day-types>
    <calendar id="1" name="Default">
      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>
      <overridden-day-types>
        <overridden-day-type id="0">
          <interval start="0800" end="1200"/>
          <interval start="1300" end="1700"/>
        </overridden-day-type>
      </overridden-day-types>
      <days/>
    </calendar>
  </calendars>
"""


def stamp(day: date, hour: int = 0) -> str:
    return f"{day:%Y%m%d}T{hour:02d}0000Z"


def weekdays(first: date, last: date) -> int:
    """Weekdays from `first` to `last`, both counted."""
    days = (last - first).days + 1
    whole_weeks, rest = divmod(days, 7)
    return whole_weeks * 5 + sum((first + timedelta(whole_weeks * 7 + d)).weekday() < 5 for d in range(rest))


def task_window(c: Commitment) -> tuple[date, date]:
    return (c.start or c.due).start, c.due.end


def planner_xml(plan: Plan, squeeze: int = 1) -> str:
    """The plan as GNOME Planner's XML; its task ids are 1, 2, … in the order written. With
    `squeeze` above 1, every day's distance from the plan's first day is divided by it (tasks
    at least a day long): the same tasks and links over a shorter time."""
    ids: dict[int, int] = {}  # commitment id -> task id
    next_id = 0

    def new_id() -> int:
        nonlocal next_id
        next_id += 1
        return next_id

    by_initiative: dict[str, list[Commitment]] = defaultdict(list)
    for c in plan.commitments:
        by_initiative[c.initiative_key].append(c)
    waits_on: dict[int, list[int]] = defaultdict(list)
    for d in plan.dependencies:
        waits_on[d.successor_id].append(d.predecessor_id)
    first = min(task_window(c)[0] for c in plan.commitments)
    # The ids in the order the tasks are written, given first: a predecessor may come later.
    numbering = {}  # strategy or initiative key -> task id
    for strategy in plan.strategies:
        numbering[strategy.key] = new_id()
        for initiative in (i for i in plan.initiatives if i.strategy_key == strategy.key):
            numbering[initiative.key] = new_id()
            for c in by_initiative[initiative.key]:
                ids[c.id] = new_id()  # type: ignore[index]
    out = ['<?xml version="1.0"?>\n',
           f'<project name="Generated plan" company="" manager="" phase="" project-start="{stamp(first)}" mrproject-version="2" calendar="1">\n',
           "  <properties/>\n  <phases/>\n", CALENDARS, "  <tasks>\n"]
    for strategy in plan.strategies:
        out.append(f'    <task id="{numbering[strategy.key]}" name={quoteattr(strategy.title)} note="" work="0" start="{stamp(first)}" end="{stamp(first)}" '
                   'work-start="{0}" percent-complete="0" priority="0" type="normal" scheduling="fixed-work">\n'.format(stamp(first, 8)))
        for initiative in (i for i in plan.initiatives if i.strategy_key == strategy.key):
            out.append(f'      <task id="{numbering[initiative.key]}" name={quoteattr(initiative.title)} note="" work="0" start="{stamp(first)}" end="{stamp(first)}" '
                       f'work-start="{stamp(first, 8)}" percent-complete="0" priority="0" type="normal" scheduling="fixed-work">\n')
            for c in by_initiative[initiative.key]:
                start, end = task_window(c)
                if squeeze > 1:
                    start, end = first + (start - first) / squeeze, first + (end - first) / squeeze
                seconds = max(1, weekdays(start, end)) * WORK_DAY_S
                done = 100 if c.status.value == "delivered" else 0
                out.append(f'        <task id="{ids[c.id]}" name={quoteattr(c.title)} note={quoteattr(c.description)} work="{seconds}" '  # type: ignore[index]
                           f'duration="{seconds}" start="{stamp(start)}" end="{stamp(end + timedelta(days=1))}" work-start="{stamp(start, 8)}" '
                           f'percent-complete="{done}" priority="0" type="normal" scheduling="fixed-duration">\n'
                           f'          <constraint type="must-start-on" time="{stamp(start)}"/>\n')
                if waits_on[c.id]:  # type: ignore[index]
                    out.append("          <predecessors>\n")
                    for n, p in enumerate(waits_on[c.id], 1):  # type: ignore[index]
                        out.append(f'            <predecessor id="{n}" predecessor-id="{ids[p]}" type="FS"/>\n')
                    out.append("          </predecessors>\n")
                out.append("        </task>\n")
            out.append("      </task>\n")
        out.append("    </task>\n")
    out.append("  </tasks>\n  <resource-groups/>\n  <resources/>\n  <allocations/>\n</project>\n")
    return "".join(out)


def generate(n: int, folder: Path, squeeze: int = 1) -> tuple[Path, Path]:
    """The plan of `n` commitments (generate_plan's) and its .planner copy, made when missing or
    older (`squeeze`: see planner_xml; the file is then named plan-N-squeezed-S.planner)."""
    db, _ = generate_plan.generate(n, folder)
    peer = db.with_suffix(".planner") if squeeze == 1 else db.with_name(f"{db.stem}-squeezed-{squeeze}.planner")
    if not peer.exists() or peer.stat().st_mtime < db.stat().st_mtime or peer.stat().st_mtime < Path(__file__).stat().st_mtime:
        store = open_plan_store(f"sqlite:///{db}", generate_plan.CLOCK, seed=False)
        try:
            plan = store.load_plan()
        finally:
            store.close()
        peer.write_text(planner_xml(plan, squeeze), encoding="utf-8")
    return db, peer


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=10_000)
    p.add_argument("--out", type=Path, default=HERE.parent / "build" / "bench-plans")
    args = p.parse_args(argv)
    db, peer = generate(args.count, args.out)
    print(f"{args.count:,} commitments: {db} and {peer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
