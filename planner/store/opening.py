"""`open_plan_store`: connect, migrate, and seed an empty plan — what the app and CLI call first."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from planner.domain.clock import Clock
from planner.exchange.seed_format import read_seed_files

from . import engine as engines
from .importing import ImportReport, apply_batch
from .plan_store import PlanStore

SEED_DIR = Path(__file__).resolve().parents[1] / "seed"  # inside the package, so a wheel carries it


def seed_files(folder: Path = SEED_DIR) -> list[Path]:
    return sorted(folder.glob("*.toml"))


def open_plan_store(url: str, clock: Clock, *, seed: bool = True) -> PlanStore:
    """A store on a migrated database; an empty plan gets the seed commitments on first open.

    Raises StoreError (one sentence) when the database cannot be opened or upgraded.
    """
    engine = engines.create(url)
    try:
        with _first_opens_one_at_a_time(engine):
            engines.migrate(engine)
            store = PlanStore(engine, clock)
            if seed and store.is_empty():
                load_seed(store)
    except Exception:
        engine.dispose()
        raise
    return store


# Any number the planner alone uses: the key of the lock that orders first opens of a server plan.
_FIRST_OPEN_LOCK = 0x504C414E  # "PLAN"


@contextmanager
def _first_opens_one_at_a_time(engine: Engine) -> Iterator[None]:
    """Officers opening a new unit plan at the same moment take turns (a PostgreSQL advisory
    lock): one creates the tables and the seed plan, the others find them made, instead of all
    racing to create them. SQLite files need no turn: their writes are already one at a time."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as turn:
        turn.exec_driver_sql(f"SELECT pg_advisory_lock({_FIRST_OPEN_LOCK})")
        try:
            yield
        finally:
            turn.exec_driver_sql(f"SELECT pg_advisory_unlock({_FIRST_OPEN_LOCK})")
            turn.commit()


def load_seed(store: PlanStore, folder: Path = SEED_DIR) -> ImportReport:
    """Import the seed files as one (a follow-through file records what became of the
    commitments of another); commitments the officer has edited are kept as they are."""
    return apply_batch(store, read_seed_files(seed_files(folder)), keep_edits=True)
