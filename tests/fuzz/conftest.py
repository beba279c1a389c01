"""The fuzz suite's settings and its one seeded plan, copied afresh for every example.

`make test` runs a bounded, derandomised number of examples (the same ones every run, so CI
never turns red by chance); `make fuzz` (profile "fuzz") runs many more, fresh each time.
"""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from planner.domain.clock import FixedClock
from planner.store.opening import open_plan_store

_QUIET = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("planner", max_examples=20, deadline=None, derandomize=True, suppress_health_check=_QUIET, print_blob=True)
settings.register_profile("fuzz", max_examples=int(os.environ.get("PLANNER_FUZZ_EXAMPLES", "400")), deadline=None, suppress_health_check=_QUIET, print_blob=True)
settings.load_profile(os.environ.get("PLANNER_FUZZ_PROFILE", "planner"))

CLOCK = FixedClock.on(date(2021, 3, 15))


@pytest.fixture(scope="session")
def seeded_plan(tmp_path_factory) -> Path:
    """A plan file created, migrated and seeded once: each example works on a copy of it."""
    path = tmp_path_factory.mktemp("fuzz-template") / "plan.sqlite"
    open_plan_store(f"sqlite:///{path}", CLOCK).close()
    return path


@pytest.fixture
def workspace(tmp_path):
    return tmp_path


def fresh_copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "plan.sqlite"
    shutil.copyfile(template, target)
    return target


@pytest.fixture(scope="session")
def paint(qapp, tmp_path_factory):
    """A function that opens the window on a plan file as the app does, paints its first look
    offscreen and closes it; fails if anything goes wrong on the way."""
    from PySide6.QtCore import QSettings

    from planner.app import build_window

    folder = tmp_path_factory.mktemp("fuzz-settings")

    def first_paint(db: Path) -> None:
        window = build_window(f"sqlite:///{db}", CLOCK, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        try:
            window.resize(900, 500)
            window.show()
            qapp.processEvents()
            image = window.grab().toImage()
            assert not image.isNull()
        finally:
            window.doc.close_store()
            window.close()
            window.deleteLater()
            qapp.processEvents()

    return first_paint
