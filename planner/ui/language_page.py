"""The "Language" page of Preferences: the interface's language, from the next start."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from planner.i18n import LANGUAGES, SETTING, translate

if TYPE_CHECKING:
    from .main_window import MainWindow


class LanguagePage(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(str(settings.value(SETTING, "") or ""))))
        note = QLabel(self.tr("Menus, lists and dates use this language from the next start of Planner."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", note)

    def apply(self) -> None:
        self.settings.setValue(SETTING, self.language.currentData())


def install_language_preferences(window: MainWindow, settings: QSettings) -> None:
    window.add_preference_page(translate("LanguagePage", "Language"), lambda parent: LanguagePage(settings, parent))


__all__ = ["LanguagePage", "install_language_preferences"]
