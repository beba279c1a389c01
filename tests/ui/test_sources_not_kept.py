"""PySide6 still learns which modules use it, and the sources it reads for that are not kept
(`planner.app.look_for_pyside_without_keeping_sources`: ~8 MB of peak memory at 10,000
commitments)."""
from __future__ import annotations

import importlib
import json
import linecache
import sys

from planner.app import look_for_pyside_without_keeping_sources


def test_pyside_asks_the_same_question_and_nothing_is_kept():
    import PySide6.QtCore  # noqa: F401 - the hook lives from the first PySide6 import

    feature = sys.modules["shibokensupport.feature"]
    look_for_pyside_without_keeping_sources()
    look_for_pyside_without_keeping_sources()  # twice: still one layer, not one around the other
    asks = feature._mod_uses_pyside
    assert asks.__module__ == "planner.app", "PySide6's hook moved: the app keeps every module's source again"
    linecache.clearcache()

    window = importlib.import_module("planner.ui.main_window")
    assert asks(window) is True  # its source names PySide6
    assert asks(json) is False
    assert asks(sys) is False  # built in: no file
    assert window.__file__ not in linecache.cache
