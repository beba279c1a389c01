"""Building many objects at once without Python's cycle collector walking them again and again.

The collector runs whenever enough new objects pile up and walks every object it tracks; while
a plan of 100,000 commitments is being read, it would walk the growing plan dozens of times
(half the time of reading it). The plan's objects hold no reference cycles: reference counting
frees them, so pausing the collector while they are made loses nothing.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No collection inside; the collector is as it was afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


_paused_for_start = False


def pause_for_start() -> None:
    """From the first import of the app (main.py) until `settle`: the modules, the Qt types and
    enums PySide makes as they are first used, the plan and the window are all here to stay,
    and the collector would walk them again and again meanwhile (a tenth of the start-up)."""
    global _paused_for_start
    if gc.isenabled():
        gc.disable()
        _paused_for_start = True


def settle() -> None:
    """Everything alive now stays alive for good (a window and its plan, once open): keep the
    collector from ever walking it again, and let it run again if the start paused it. Only
    for the start of a long-lived process."""
    global _paused_for_start
    gc.freeze()
    if _paused_for_start:
        _paused_for_start = False
        gc.enable()
