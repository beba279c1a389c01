"""The plan read for the window's first paint, before the store itself is open.

Loading SQLAlchemy takes longer than Qt takes to show a whole window. So when the plan is a
SQLite file that is already at the newest schema and has a plan in it (every start but the
first), the window is painted from this plain, read-only sqlite3 read, and the store opens on a
thread behind it (`planner.app.PlanOpener`), which reads the plan again, whole. A large plan is
painted from its first screenful of rows. Anything else (a server, a new or older file, a
damaged one) gets None from `first_look` and is opened the usual way, which migrates, seeds or
explains what is wrong.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from planner.domain.plan import Plan

from .addresses import sqlite_file
from .plan_reading import read_plan
from .revisions import newest_revision

# Up to this many commitments the first look reads the whole plan (a few hundredths of a
# second); a larger plan is painted from its first FIRST_ROWS and read whole behind the window.
WHOLE_UP_TO = 5_000
FIRST_ROWS = 300


def first_look(url: str) -> Plan | None:
    """The plan, or a large plan's first screenful (its first initiatives' commitments, see
    plan_reading.read_plan); None when the store must open the file itself."""
    path = sqlite_file(url)
    if path is None or not os.path.isfile(path) or not os.access(path, os.R_OK | os.W_OK):
        return None  # not a file the store would open as it is: let it say why
    try:
        # sqlite:///plan.sqlite is relative to the working folder, as SQLAlchemy reads it.
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5, isolation_level=None)
    except (sqlite3.Error, ValueError, OSError):
        return None
    try:
        connection.execute("BEGIN")  # the plan as of one moment
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
        if revision is None or revision != newest_revision():
            return None  # to be upgraded first
        if connection.execute("SELECT count(*) FROM strategies").fetchone()[0] == 0:
            return None  # an empty plan gets the seed commitments: the store's work
        whole = connection.execute("SELECT count(*) FROM commitments").fetchone()[0] <= WHOLE_UP_TO
        return read_plan(connection, None if whole else FIRST_ROWS)
    except sqlite3.Error:
        return None
    finally:
        connection.close()
