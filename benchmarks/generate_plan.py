"""Generated plans for the benchmarks: N commitments that look like the seed's, from a fixed seed.

    .venv/bin/python benchmarks/generate_plan.py --count 10000 [--out build/bench-plans] [--seed 2020]

writes `plan-10000.sqlite` (through the planner's own import and store, as `planner import`
would) and `plan-10000.csv` (the planner's own CSV export of that plan). Titles are built from
the wording of EU strategy documents; due dates are the coarse phrases the documents use
("by Q2 2021", "end of 2022", "early 2023", "2021-2025"), read by the planner's parser; one in
six is a span; about one in twelve waits on an earlier commitment of its initiative; some have
slipped from a first announced date. The same seed gives the same plan, byte for byte.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from datetime import date, datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.domain.clock import FixedClock  # noqa: E402
from planner.domain.phrases import parse_period  # noqa: E402
from planner.domain.plan import Commitment, Dependency, Initiative, KeyDate, Kind, Status, Strategy  # noqa: E402
from planner.exchange.batch import ImportBatch  # noqa: E402
from planner.exchange.csv_format import plan_to_csv  # noqa: E402
from planner.store.importing import apply_batch  # noqa: E402
from planner.store.opening import open_plan_store  # noqa: E402

SEED = 2020
TODAY = date(2022, 6, 15)  # "today" for the plans: some commitments are past, some to come
CLOCK = FixedClock(datetime(2022, 6, 15, 9, tzinfo=timezone.utc))
HERE = Path(__file__).resolve().parent
MIGRATIONS = HERE.parent / "planner" / "store" / "migrations" / "versions"

VERBS = ["Propose", "Adopt", "Present", "Publish", "Evaluate", "Review", "Launch", "Set up", "Update",
         "Report on", "Assess", "Establish", "Strengthen", "Fund", "Transpose", "Consult on", "Revise"]
THINGS = ["a regulation on", "a directive on", "guidelines on", "an action plan on", "a study on",
          "a network for", "a platform on", "a report on", "a code of practice on", "an impact assessment of",
          "a pilot project on", "the evaluation of", "a handbook on", "an EU centre for", "common standards for"]
TOPICS = ["the exchange of passenger records", "firearms trafficking", "drug precursors", "online child sexual abuse",
          "critical infrastructure resilience", "the cybersecurity of 5G networks", "terrorist content online",
          "external border management", "police cooperation", "money laundering", "cross-border access to e-evidence",
          "victims' rights", "hybrid threats", "radicalisation in prisons", "explosives precursors",
          "drones and urban security", "synthetic drugs", "organised property crime", "trafficking in human beings",
          "the Schengen Information System", "cash controls", "environmental crime", "cultural goods trafficking",
          "chemical threats", "public spaces protection", "insider threats", "migrant smuggling", "Europol's mandate"]
WHERE = ["", "", "", " in the Western Balkans", " with Member States", " with third countries", " for local authorities",
         " with industry", " across the Union", " for law enforcement"]
ACTORS = ["European Commission", "Member States", "Europol", "ENISA", "Council", "eu-LISA", "Frontex", "Eurojust",
          "EMCDDA", "European Parliament", "CEPOL", "High Representative"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SECTIONS = ["Prevention", "Investigation", "Assistance to victims", "Cooperation", "Funding", "Research", "Legislation"]


def due_phrase(rnd: random.Random, year: int) -> str:
    """A deadline as the documents write it, at the precisions they use (coarse most often)."""
    shape = rnd.randrange(10)
    if shape <= 2:
        return f"{rnd.choice(['', 'by ', 'planned for adoption in '])}Q{rnd.randint(1, 4)} {year}"
    if shape == 3:
        return f"{rnd.choice(['', 'by '])}H{rnd.randint(1, 2)} {year}"
    if shape == 4:
        return f"{rnd.choice(['early', 'mid', 'late'])} {year}"
    if shape == 5:
        return rnd.choice([f"by the end of {year}", f"end of {year}", f"end-{year}"])
    if shape == 6:
        return f"{rnd.choice(['', 'by '])}{rnd.choice(MONTHS)} {year}"
    if shape == 7:
        return f"{rnd.randint(1, 28)} {rnd.choice(MONTHS)} {year}"
    return f"{rnd.choice(['', 'in ', 'by '])}{year}"


def synthetic_batch(n: int, seed: int = SEED) -> ImportBatch:
    """`n` commitments in strategies of about a dozen initiatives, dated 2020-2030."""
    rnd = random.Random(seed)
    batch = ImportBatch()
    n_strategies = min(30, 4 + n // 5000)
    for s in range(n_strategies):
        topic = rnd.choice(TOPICS)
        batch.strategies.append(Strategy(key=f"bench-s{s}", title=f"EU strategy on {topic} {2020 + s % 6}", reference=f"COM(20{20 + s % 6}) {600 + s}"))
        for i in range(rnd.randint(8, 14)):
            batch.initiatives.append(Initiative(key=f"bench-s{s}-i{i}", strategy_key=f"bench-s{s}", number=str(i + 1),
                                                title=f"{rnd.choice(['Tackling', 'Preventing', 'Investigating', 'Responding to'])} {rnd.choice(TOPICS)}"))
    for k in range(n):
        ini = rnd.choice(batch.initiatives)
        year = rnd.randint(2020, 2030)
        span = k % 6 == 5
        if span:
            last = min(year + rnd.randint(1, 5), 2035)
            due = parse_period(rnd.choice([f"{year}-{last}", f"by the end of {last}", f"Q{rnd.randint(1, 4)} {last}"]))
            start = parse_period(rnd.choice([str(year), f"Q{rnd.randint(1, 4)} {year}", f"early {year}"]))
        else:
            due, start = parse_period(due_phrase(rnd, year)), None
        baseline = due.shifted(-rnd.randint(1, 3)) if rnd.random() < 0.15 else None
        status = Status.PLANNED
        delivered = None
        if due.end < TODAY and rnd.random() < 0.6:
            status, delivered = Status.DELIVERED, min(TODAY, due.end)
        elif rnd.random() < 0.2:
            status = rnd.choice([Status.IN_PROGRESS, Status.IN_PROGRESS, Status.DROPPED])
        topic = rnd.choice(TOPICS)
        title = f"{rnd.choice(VERBS)} {rnd.choice(THINGS)} {topic}{rnd.choice(WHERE)}"
        actor = rnd.choice(ACTORS)
        batch.commitments.append(Commitment(
            key=f"bench-c{k}", initiative_key=ini.key, title=title, kind=Kind.SPAN if span else Kind.DEADLINE, due=due,
            start=start, baseline=baseline, status=status, delivered_on=delivered, actor=actor,
            description=f"{actor} will {title[0].lower()}{title[1:]} and report on progress.",
            source_ref=next(s.reference for s in batch.strategies if s.key == ini.strategy_key),
            section=rnd.choice(SECTIONS), quote=f"{actor} will {rnd.choice(VERBS).lower()} work on {topic} {due.phrase}.",
        ))
    batch.key_dates = [KeyDate(date(2020 + y, 7, 24), f"Security Union review {2020 + y}") for y in range(11)]
    return batch


def dependencies(commitments: list[Commitment], seed: int = SEED) -> list[Dependency]:
    """About one in twelve commitments waits on an earlier one of its initiative."""
    rnd = random.Random(seed + 1)
    earlier: dict[str, list[Commitment]] = {}
    links = []
    for c in commitments:
        before = earlier.setdefault(c.initiative_key, [])
        if before and rnd.random() < 1 / 12:
            links.append(Dependency(rnd.choice(before[-20:]).id, c.id))  # type: ignore[arg-type]
        before.append(c)
    return links


def paths(n: int, folder: Path) -> tuple[Path, Path]:
    return folder / f"plan-{n}.sqlite", folder / f"plan-{n}.csv"


def stamp(n: int, seed: int) -> str:
    """What the files were made from: the seed, this script and the schema's migrations."""
    h = hashlib.sha256(f"{n}:{seed}".encode())
    for path in [Path(__file__), *sorted(MIGRATIONS.glob("*.py"))]:
        h.update(path.read_bytes())
    return h.hexdigest()


def generate(n: int, folder: Path, seed: int = SEED) -> tuple[Path, Path]:
    """Write the plan and its CSV into `folder` (kept when an earlier run made the same ones)."""
    folder.mkdir(parents=True, exist_ok=True)
    db, csv_file = paths(n, folder)
    mark = folder / f"plan-{n}.stamp"
    if db.exists() and csv_file.exists() and mark.exists() and mark.read_text() == stamp(n, seed):
        return db, csv_file
    for old in (db, csv_file, mark, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        old.unlink(missing_ok=True)
    store = open_plan_store(f"sqlite:///{db}", CLOCK, seed=False)
    try:
        apply_batch(store, synthetic_batch(n, seed), keep_edits=False)
        plan = store.load_plan()
        store.add_dependencies(dependencies(plan.commitments, seed))
        csv_file.write_text(plan_to_csv(plan, plan.commitments, TODAY), encoding="utf-8")
    finally:
        store.close()
    mark.write_text(stamp(n, seed))
    return db, csv_file


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    p.add_argument("--out", type=Path, default=HERE.parent / "build" / "bench-plans")
    p.add_argument("--seed", type=int, default=SEED)
    args = p.parse_args(argv)
    for n in args.count:
        db, csv_file = generate(n, args.out, args.seed)
        print(f"{n:>7,} commitments: {db} and {csv_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
