"""The "Database" page of Preferences: which plan Planner opens, with a Test connection button.

The page itself is in `database_page.py`, loaded when it is first shown. The address is kept in
the settings and used at the next start (`planner.locations.chosen_url`): `--db` and
$PLANNER_DB still come first. Switching plans means reopening the document, so the page says
so rather than swapping the database under an open window.
"""
from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from planner.i18n import QT_TRANSLATE_NOOP, translate
from planner.locations import CHOSEN_PLAN_SETTING, saved_url

if TYPE_CHECKING:
    from .database_page import DatabasePage
    from .main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("DatabasePage", "Database")  # the page's name; database_page.py names its messages so too


def move_saved_password(settings: QSettings) -> None:
    """An address saved with its password in it, as Planner once did: the password moves to the
    PostgreSQL password file, and the address is saved without it (see password_file.py)."""
    url = saved_url(settings)
    if not url.startswith("postgresql"):
        return  # the usual case, decided without loading SQLAlchemy
    try:
        if urlsplit(url).password is None:
            return
        from planner.store.password_file import keep_password

        settings.setValue(CHOSEN_PLAN_SETTING, keep_password(url))
        settings.sync()
    except Exception:  # noqa: BLE001 - an address that cannot be read, a file that cannot be written
        return  # left as it was: opening it says what is wrong, saving it on the Database page why it cannot move


def install_database_preferences(window: "MainWindow", settings: QSettings) -> None:
    """A Database page in Preferences."""
    move_saved_password(settings)

    def make(parent: QWidget) -> "DatabasePage":
        from .database_page import (
            DatabasePage,  # SQLAlchemy and the form: when Preferences opens
        )
        from .restart import restart_planner

        doc = window.doc  # a plan shown before its store is open is a file: its path says it all
        open_url = doc.store.engine.url.render_as_string(hide_password=False) if doc.editable else doc.url
        return DatabasePage(settings, str(open_url), parent, restart=lambda: restart_planner(window))

    window.add_preference_page(translate("DatabasePage", TITLE), make)
