"""The plan read for the window's first paint, before the store itself is open.

Loading SQLAlchemy takes longer than Qt takes to show a whole window. So when the plan is a
SQLite file that is already at the newest schema and has a plan in it (every start but the
first), the window is painted from this plain, read-only sqlite3 read, and the store opens
behind it (`deferred.py`). Anything else (a server, a new or older file, a damaged one) gets
None from `first_look` and is opened the usual way, which migrates, seeds or explains what is wrong.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from planner.domain.plan import Plan

from .addresses import sqlite_file
from .plan_reading import read_plan
from .revisions import newest_revision


def first_look(url: str) -> tuple[Plan, int] | None:
    """The plan and the change counter it was read at, in one read transaction."""
    path = sqlite_file(url)
    if path is None or not os.path.isfile(path) or not os.access(path, os.R_OK | os.W_OK):
        return None  # not a file the store would open as it is: let it say why
    try:
        connection = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True, timeout=5, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # the plan and its counter as of one moment
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
        if revision is None or revision != newest_revision():
            return None  # to be upgraded first
        if connection.execute("SELECT count(*) FROM strategies").fetchone()[0] == 0:
            return None  # an empty plan gets the seed commitments: the store's work
        plan = read_plan(connection)
        counter = connection.execute("SELECT counter FROM plan_changes WHERE id = 1").fetchone()
        return plan, counter[0] if counter else 0
    except sqlite3.Error:
        return None
    finally:
        connection.close()
