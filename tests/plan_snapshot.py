"""Every row of every table of a SQLite plan: what "the plan is unchanged" is compared on."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def snapshot(path: str | Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """Each table's rows in id order (the change counter and reminder bookkeeping included)."""
    if not Path(path).exists():
        return {}
    with sqlite3.connect(path) as connection:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
