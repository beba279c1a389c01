"""The "Database" page of Preferences: which plan Planner opens, with a Test connection button.

The address is kept in the settings and used at the next start (`chosen_url`): `--db` and
$PLANNER_DB still come first. Switching plans means reopening the document, so the page says
so rather than swapping the database under an open window.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from planner.locations import ENV_DB, database_url
from planner.store.engine import describe, resolve_url
from planner.store.errors import StoreError
from planner.store.probing import probe

if TYPE_CHECKING:
    from .main_window import MainWindow

SETTING = "database/url"
TITLE = "Database"


def saved_url(settings: QSettings) -> str:
    return str(settings.value(SETTING, "") or "").strip()


def chosen_url(given: str | None, settings: QSettings, environ: Mapping[str, str] | None = None) -> str:
    """The plan to open: --db, else $PLANNER_DB, else the one chosen in Preferences, else the local file."""
    env = os.environ if environ is None else environ
    return database_url(given or (None if env.get(ENV_DB) else saved_url(settings) or None), dict(env))


class DatabasePage(QWidget):
    def __init__(self, settings: QSettings, open_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.open_url = settings, open_url
        self.address = QLineEdit(saved_url(settings), self)
        self.address.setPlaceholderText("empty: the plan file on this computer")
        self.address.setToolTip("A file path, or a shared database such as postgresql+psycopg://officer@db.unit.example/plan")
        self.test_button = QPushButton("&Test connection", self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.test_button)
        form = QFormLayout()
        form.addRow("Open the plan at:", row)
        form.addRow("", self.result)
        form.addRow("Open now:", QLabel(describe(open_url), self))
        note = QLabel(
            "One plan for the whole unit: give every officer the same PostgreSQL address. Keep the password "
            "in ~/.pgpass rather than here. The new address is used the next time Planner starts; "
            "to move a plan there first, run: planner copy --from OLD --to NEW.",
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def text(self) -> str:
        return self.address.text().strip()

    def test_connection(self) -> bool:
        """Connect and say what is there; True when the address leads to a usable database."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sentence, ok = probe(self.text() or database_url(None, {})), True  # empty: the local plan file
        except StoreError as exc:
            sentence, ok = str(exc), False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.result.setStyleSheet("" if ok else "color: #b00020")
        self.result.setText(sentence)
        return ok

    def problem(self) -> str | None:
        text = self.text()
        if not text:
            return None
        try:
            make_url(resolve_url(text))
        except ArgumentError:
            return f"The database address {text!r} is not a database URL (try a file path or postgresql+psycopg://user@host/plan)."
        return None

    def apply(self) -> None:
        if self.text() == saved_url(self.settings):
            return
        self.settings.setValue(SETTING, self.text())
        self.settings.sync()
        shown = describe(resolve_url(self.text())) if self.text() else "the plan file on this computer"
        QMessageBox.information(self, TITLE, f"Planner will open {shown} the next time it starts.")


def install_database_preferences(window: "MainWindow", settings: QSettings) -> None:
    """A Database page in Preferences, or (without Preferences) File → Plan database…."""
    def make(parent: QWidget) -> DatabasePage:
        return DatabasePage(settings, str(window.doc.store.engine.url.render_as_string(hide_password=False)), parent)

    pages = getattr(window, "preference_pages", None)
    if pages is not None:
        pages.append((TITLE, make))
        return
    action = window._action("file", "database", "Plan &database…", lambda: _standalone(window, make), None, "Which plan Planner opens: a file or a shared database")
    quit_action = window.actions_by_name.get("quit")
    if quit_action is not None:
        window.menus["file"].insertAction(quit_action, action)


def _standalone(window: "MainWindow", make) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog(window)
    dialog.setWindowTitle(TITLE)
    page = make(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(page)
    layout.addWidget(buttons)

    def accept() -> None:
        problem = page.problem()
        if problem:
            page.result.setText(problem)
            return
        page.apply()
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    dialog.exec()
