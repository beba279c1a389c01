"""The Database page itself: the address field, Test connection, and what is open now.

Loaded when Preferences opens: reading and testing an address needs SQLAlchemy.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from planner.i18n import QT_TRANSLATE_NOOP, translate
from planner.i18n.sentences import error_text, reason_text
from planner.locations import CHOSEN_PLAN_SETTING, database_url, saved_url
from planner.store.addresses import resolve_url
from planner.store.engine import describe
from planner.store.errors import StoreError
from planner.store.password_file import keep_password, password_file
from planner.store.probing import probe

TITLE = QT_TRANSLATE_NOOP("DatabasePage", "Database")  # as Preferences names the page (database_preferences.py)


class DatabasePage(QWidget):
    def __init__(self, settings: QSettings, open_url: str, parent: QWidget | None = None, restart: Callable[[], bool] | None = None) -> None:
        """`restart()` starts Planner again on the saved choice (False: it could not)."""
        super().__init__(parent)
        self.settings, self.open_url, self.restart = settings, open_url, restart
        self.address = QLineEdit(saved_url(settings), self)
        self.address.setPlaceholderText(self.tr("empty: the plan file on this computer"))
        # the hint read whole in every language, however narrow the page (the field's frame and margins: 24 px)
        self.address.setMinimumWidth(self.address.fontMetrics().horizontalAdvance(self.address.placeholderText()) + 24)
        self.address.setToolTip(self.tr("A file path, or a shared database such as postgresql+psycopg://officer@db.unit.example/plan"))
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.test_button)
        form = QFormLayout()
        form.addRow(self.tr("Open the plan at:"), row)
        form.addRow("", self.result)
        form.addRow(self.tr("Open now:"), QLabel(describe(open_url), self))
        note = QLabel(
            self.tr("One plan for the whole unit: give every officer the same PostgreSQL address. A password typed "
            "in it is moved to your PostgreSQL password file (~/.pgpass), which only you can read, and the "
            "address is saved without it. The new address is used the next time Planner starts (it offers to "
            "restart at once); "
            "to move a plan there first, run: planner copy --from OLD --to NEW."),
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
            sentence, ok = error_text(exc), False
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
            return self.tr("The database address {address!r} is not a database URL (try a file path or postgresql+psycopg://user@host/plan).").format(address=text)
        return None

    def apply(self) -> None:
        text = self.text()
        if text == saved_url(self.settings):
            return
        kept = ""
        if text:
            try:
                address = keep_password(resolve_url(text))
            except OSError as exc:
                QMessageBox.warning(self, self.tr(TITLE), self.tr("The password could not be written to {password_file} ({strerror}); the database address was not changed.").format(password_file=password_file(), strerror=reason_text(exc)))
                return
            if address != resolve_url(text):
                text, kept = address, " " + self.tr("Its password is kept in {file}, not in Planner's settings.").format(file=password_file())
                self.address.setText(text)
        self.settings.setValue(CHOSEN_PLAN_SETTING, text)
        self.settings.sync()
        shown = describe(resolve_url(text)) if text else self.tr("the plan file on this computer")
        said = self.tr("Planner will open {plan} the next time it starts.").format(plan=shown) + kept
        if self.restart is None or shown == describe(self.open_url):  # nothing to restart for: it is open
            QMessageBox.information(self, self.tr(TITLE), said)
            return
        Button = QMessageBox.StandardButton
        if QMessageBox.question(self, self.tr(TITLE), self.tr("{said}\n\nRestart Planner now?").format(said=said), Button.Yes | Button.No, Button.No) == Button.Yes:
            restart = self.restart
            # Once Preferences has closed: the window it belongs to is about to quit.
            QTimer.singleShot(0, lambda: restart() or QMessageBox.warning(
                None, translate("DatabasePage", TITLE), translate("DatabasePage", "Planner could not be started again; it opens the new plan when you next start it.")))
