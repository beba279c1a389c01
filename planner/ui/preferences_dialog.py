"""Edit > Preferences…: one dialog, a tab per subject, each tab added by the feature it sets up.

A feature registers a page on the window with `window.add_preference_page(title, make)`,
where `make(parent) -> QWidget` builds a fresh page each time the dialog opens. A page may have:

- `problem() -> str | None`: a sentence saying what is wrong with its input (OK is refused and
  the page shown), or None;
- `apply() -> None`: save its values; called for every page once all of them are fine.

Pages without these are shown and left alone (read-only information).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.i18n import translate

if TYPE_CHECKING:
    from .main_window import MainWindow

PageFactory = Callable[[QWidget], QWidget]


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs = QTabWidget(self)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #b00020")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def add_page(self, title: str, widget: QWidget) -> QWidget:
        self.tabs.addTab(widget, title)
        return widget

    def pages(self) -> list[QWidget]:
        return [w for i in range(self.tabs.count()) if (w := self.tabs.widget(i)) is not None]

    def page(self, title: str) -> QWidget | None:
        return next((self.tabs.widget(i) for i in range(self.tabs.count()) if self.tabs.tabText(i) == title), None)

    def accept(self) -> None:
        for page in self.pages():
            problem = page.problem() if hasattr(page, "problem") else None
            if problem:
                self.tabs.setCurrentWidget(page)
                self.problem_label.setText(problem)
                self.problem_label.show()
                return
        for page in self.pages():
            if hasattr(page, "apply"):
                page.apply()
        super().accept()


def build_preferences(window: MainWindow) -> PreferencesDialog:
    dialog = PreferencesDialog(window)
    for title, make in window.preference_pages:
        dialog.add_page(title, make(dialog))
    return dialog


def install_preferences(window: MainWindow) -> None:
    """Edit > Preferences… (the platform's shortcut), showing the pages features add to the window."""

    def open_preferences() -> None:
        build_preferences(window).exec()

    window.menus["edit"].addSeparator()
    window.add_action("edit", "preferences", translate("PreferencesDialog", "&Preferences…"), open_preferences, QKeySequence.StandardKey.Preferences, translate("PreferencesDialog", "Reminder rules and other settings"))
