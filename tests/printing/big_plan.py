"""A plan of many commitments, written the way an import writes it, for multi-page printouts."""
from __future__ import annotations

from datetime import date, timedelta

from planner.domain.period import Period
from planner.domain.plan import Commitment, Initiative, Status, Strategy
from planner.exchange.batch import ImportBatch
from planner.store.importing import apply_batch
from planner.store.opening import open_plan_store


def big_plan(db: str, clock, commitments: int, strategies: int = 5, initiatives: int = 6) -> None:  # type: ignore[no-untyped-def]
    batch = ImportBatch()
    for s in range(strategies):
        batch.strategies.append(Strategy(key=f"s{s}", title=f"Strategy number {s}", reference=f"REF({s})"))
        for i in range(initiatives):
            batch.initiatives.append(Initiative(key=f"s{s}-i{i}", strategy_key=f"s{s}", number=str(i + 1), title=f"Initiative {s}.{i + 1}"))
    for k in range(commitments):
        day = date(2021, 1, 1) + timedelta(days=(k * 37) % 1400)
        due = Period.day(day) if k % 3 else Period.quarter(day.year, (day.month - 1) // 3 + 1)
        batch.commitments.append(Commitment(
            title=f"Item {k:04d} to deliver", due=due, initiative_key=f"s{k % strategies}-i{(k // strategies) % initiatives}",
            status=Status.DROPPED if k % 11 == 0 else Status.PLANNED, key=f"c{k}",
        ))
    store = open_plan_store(f"sqlite:///{db}", clock, seed=False)
    try:
        apply_batch(store, batch, keep_edits=False)
    finally:
        store.close()
