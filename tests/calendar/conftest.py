"""Calendar fixtures: a second plan file, and a real Radicale server per test."""
from __future__ import annotations

import pytest

from planner.store.opening import open_plan_store

from .servers import start_radicale


@pytest.fixture
def other_store(tmp_path, clock):
    """A second, empty plan beside `store` (which seeds the first): where imports are rebuilt."""
    s = open_plan_store(f"sqlite:///{tmp_path / 'other.sqlite'}", clock, seed=False)
    yield s
    s.close()


@pytest.fixture
def radicale(tmp_path):
    server = start_radicale(tmp_path / "radicale")
    yield server
    server.stop()
