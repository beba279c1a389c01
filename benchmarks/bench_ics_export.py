"""Benchmark: `to_ics` on 10,000 commitments, next to icalendar serialising the same events.

    .venv/bin/python benchmarks/bench_ics_export.py [--count N] [--runs R]

The icalendar figure is `Calendar.to_ical()` alone on a calendar already built from the very
same events (our output parsed back), so it is the library's serialisation time without any of
our work (descriptions, alarms, round-trip properties). Best of R runs each.
"""
from __future__ import annotations

import argparse
import time
from datetime import datetime, timedelta, timezone

import icalendar

from planner.calendar.export import to_ics
from planner.domain.period import Period
from planner.domain.plan import Commitment, Initiative, Kind, Plan, SourceDocument, Status, Strategy

NOW = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)


def make_plan(count: int) -> Plan:
    strategies = [Strategy(key=f"s{n}", title=f"Strategy {n} on a more effective fight against Ümlaut crime", reference=f"COM(2020) {600 + n}") for n in range(5)]
    initiatives = [Initiative(key=f"s{n}-{m}", strategy_key=f"s{n}", number=str(m), title=f"Initiative {m} – Ελληνικά") for n in range(5) for m in range(8)]
    sources = [SourceDocument(ref=f"COM(2020) {600 + n}", title=f"EU strategy number {n}", url=f"https://example.org/doc/{n}") for n in range(5)]
    commitments = []
    for i in range(count):
        ini = initiatives[i % len(initiatives)]
        quarter = Period.quarter(2020 + i % 6, 1 + i % 4, f"by Q{1 + i % 4} {2020 + i % 6}")
        span = i % 7 == 0
        commitments.append(Commitment(
            id=i + 1, key=f"commitment-{i}", initiative_key=ini.key, title=f"Commitment {i}: adopt the measure 🇪🇺 with partners",
            due=quarter, kind=Kind.SPAN if span else Kind.DEADLINE, start=Period.year(2019 + i % 3) if span else None,
            description="The Commission will propose legislation; Member States will transpose it, and report on progress.",
            actor="European Commission", status=Status.DROPPED if i % 50 == 0 else Status.PLANNED,
            baseline=quarter, source_ref=f"COM(2020) {600 + i % 5}", section=f"Initiative {i % 8}",
            quote="The Commission will, by the end of the year, present a proposal to strengthen cooperation.",
            sequence=i % 3, updated_at=NOW - timedelta(days=i % 400),
        ))
    return Plan(sources=sources, strategies=strategies, initiatives=initiatives, commitments=commitments)


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    plan = make_plan(args.count)
    data = to_ics(plan, plan.commitments, now=NOW)
    ours = best_of(args.runs, lambda: to_ics(plan, plan.commitments, now=NOW))
    calendar = icalendar.Calendar.from_ical(data)
    events = len(calendar.walk("VEVENT"))
    theirs = best_of(args.runs, calendar.to_ical)
    print(f"{events} events, {len(data) / 1e6:.1f} MB, icalendar {icalendar.__version__}")
    print(f"planner to_ics (build + serialise): {ours:.2f} s")
    print(f"icalendar to_ical (serialise only): {theirs:.2f} s")
    print(f"ratio planner / icalendar: {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
