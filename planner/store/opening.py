"""`open_plan_store`: connect, migrate, and seed an empty plan — what the app and CLI call first."""
from __future__ import annotations

from pathlib import Path

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
        engines.migrate(engine)
    except Exception:
        engine.dispose()
        raise
    store = PlanStore(engine, clock)
    if seed and store.is_empty():
        load_seed(store)
    return store


def load_seed(store: PlanStore, folder: Path = SEED_DIR) -> ImportReport:
    """Import the seed files as one (a follow-through file records what became of the
    commitments of another); commitments the officer has edited are kept as they are."""
    return apply_batch(store, read_seed_files(seed_files(folder)), keep_edits=True)
