"""The cycle collector around the app's start: paused while it starts, running once settled."""
from __future__ import annotations

import gc

import pytest

from planner import collector


@pytest.fixture(autouse=True)
def collector_as_it_was():
    was_on = gc.isenabled()
    yield
    gc.unfreeze()
    collector._paused_for_start = False
    (gc.enable if was_on else gc.disable)()


def test_the_start_pauses_the_collector_and_settling_lets_it_run_again():
    gc.enable()
    collector.pause_for_start()
    assert not gc.isenabled()
    with collector.paused():  # building the window inside the start changes nothing
        pass
    assert not gc.isenabled()
    collector.settle()
    assert gc.isenabled() and gc.get_freeze_count() > 0  # what was made while starting is not walked again


def test_settling_leaves_a_collector_switched_off_by_someone_else_off():
    gc.disable()
    collector.pause_for_start()
    collector.settle()
    assert not gc.isenabled()
