"""Where the planner keeps its files, and which database it opens."""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.sentences import QT_TRANSLATE_NOOP, os_reason, said
from planner.store.addresses import default_url, resolve_url
from planner.store.errors import StoreError

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

APP_NAME = "planner"
ORG, APP = "planner", "Planner"  # the desktop's settings: ~/.config/planner/Planner.ini on Linux
ENV_DB = "PLANNER_DB"
CHOSEN_PLAN_SETTING = "database/url"  # the plan chosen in Preferences → Database, in the desktop's settings


def user_settings() -> QSettings:
    """The officer's own settings (Preferences), which the window and the command line share."""
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def data_dir() -> Path:
    import platformdirs  # only when no database was named: not on every start

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_url(given: str | None = None, environ: dict[str, str] | None = None) -> str:
    """The database to open: `--db`, else $PLANNER_DB, else a SQLite file in the data folder
    (made if missing: the one folder the planner creates by itself). An empty `--db` is refused
    rather than taken as "the default": a script's empty variable must not open the local plan."""
    env = os.environ if environ is None else environ
    if given is not None and not given.strip():
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database given with --db is empty; give a file path or a database URL.")))
    chosen = given or env.get(ENV_DB)
    if chosen:
        return resolve_url(chosen)
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The data folder {folder} cannot be created: {why}."), folder=folder, why=os_reason(exc))) from None
    return default_url(folder)


def saved_url(settings: QSettings) -> str:
    """The plan chosen in Preferences → Database ('' for none)."""
    return str(settings.value(CHOSEN_PLAN_SETTING, "") or "").strip()


def chosen_url(given: str | None, settings: QSettings, environ: Mapping[str, str] | None = None) -> str:
    """The plan to open: --db, else $PLANNER_DB, else the one chosen in Preferences, else the local file."""
    env = os.environ if environ is None else environ
    if given is not None and not given.strip():
        return database_url(given)  # refused with its sentence: an empty --db is not "the default"
    return database_url(given or (None if env.get(ENV_DB) else saved_url(settings) or None), dict(env))
