"""The interface in the officer's language, through Qt's translation system.

Catalogues are `planner_LANG.ts` beside this file (made and updated by `make translations`, which
runs pyside6-lupdate over the code and pyside6-lrelease to compile each into `planner_LANG.qm`).
The language is the one chosen in the settings, else the system's, else English; Qt's own
catalogue (standard buttons and dialogs) is loaded with it, and QLocale follows, so dates and
numbers read as the officer expects.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

FOLDER = Path(__file__).resolve().parent
# The languages the interface speaks, by code, each named in itself (as a chooser lists them).
LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch"}
SETTING = "interface/language"  # "" or absent: the system's language


def chosen_language(settings: QSettings | None, system: QLocale | None = None) -> str:
    """The code of the language to speak: the setting's, else the system's if we speak it, else en."""
    wanted = str(settings.value(SETTING, "") or "") if settings is not None else ""
    if wanted in LANGUAGES:
        return wanted
    system_code = (system or QLocale.system()).name().split("_")[0]
    return system_code if system_code in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's for `language` into `app`; the translators are returned and
    must be kept alive as long as the app speaks that language."""
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(FOLDER / f"planner_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


__all__ = ["LANGUAGES", "SETTING", "chosen_language", "install_translators"]
