"""Which schema revision is the newest, known from the migration files alone.

Asking Alembic costs a fifth of a second of loading; the window's first look and every start
only need to know whether a database is already at the newest revision.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"

_REVISION = re.compile(r"^revision(?:\s*:[^=]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$", re.M)


@cache  # the files do not change while the app runs: read once, not at the first look and again on opening
def newest_revision() -> str | None:
    """The head of a plain chain of migrations, read from their files without Alembic; None
    when the chain is anything else (a merge, branches), for Alembic to answer."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision[1])
        if down[1]:
            parents.add(down[1])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version's migrations know; a database stamped with another
    was made by a newer Planner."""
    found = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        revision = _REVISION.search(path.read_text(encoding="utf-8"))
        if revision is not None:
            found.add(revision[1])
    return frozenset(found)
