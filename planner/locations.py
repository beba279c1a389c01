"""Where the planner keeps its files, and which database it opens."""
from __future__ import annotations

import os
from pathlib import Path

from planner.store.addresses import default_url, resolve_url

APP_NAME = "planner"
ENV_DB = "PLANNER_DB"


def data_dir() -> Path:
    import platformdirs  # only when no database was named: not on every start

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_url(given: str | None = None, environ: dict[str, str] | None = None) -> str:
    """The database to open: `--db`, else $PLANNER_DB, else a SQLite file in the data folder."""
    env = os.environ if environ is None else environ
    chosen = given or env.get(ENV_DB)
    return resolve_url(chosen) if chosen else default_url(data_dir())
