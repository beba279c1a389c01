"""The interface in the officer's language, through Qt's translation system.

Catalogues are `planner_LANG.ts` beside this file (made and updated by `make translations`, which
runs pyside6-lupdate over the code and pyside6-lrelease to compile each into `planner_LANG.qm`).
The language is the one chosen in the settings, else the system's, else English; Qt's own
catalogue (standard buttons and dialogs) is loaded with it, and QLocale follows, so dates and
numbers read as the officer expects.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from planner.domain.period import Period

FOLDER = Path(__file__).resolve().parent
# The languages the interface speaks, by code, each named in itself (as a chooser lists them).
LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch"}
SETTING = "interface/language"  # "" or absent: the system's language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks `text` for the catalogues under `context` and gives it back untranslated (translated
    where it is shown). Qt's own does the same, but its stubs say it returns an object."""
    return text


# Catalogues loaded for a process that has no Qt application to install them in (the command
# line): translate() asks them first.
_loose: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language; `context` is the catalogue's heading for it (a class or
    module name). Written as a plain call so pyside6-lupdate finds the words where they are used.
    With a count `n`, the catalogue's form for that count, '%n' (or '%Ln', written as the language
    writes numbers) replaced by it; counted phrases are written as methods of a `Counted` class."""
    for translator in _loose:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return _counted(found, n) if n >= 0 else found
    return QCoreApplication.translate(context, text, disambiguation, n)


def _counted(text: str, n: int) -> str:
    """What Qt does to a counted phrase it translates itself; a QTranslator asked directly gives
    the form with '%n' still in it."""
    return text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


class Counted:
    """Counted phrases ('%n commitment(s)') said outside a Qt object, as methods of a subclass named
    like their catalogue context: `self.tr("%n commitment(s)", "", n)`.

    pyside6-lupdate gives a phrase numerus forms (one per plural form of each language: French says
    '0 engagement', German '0 Verpflichtungen') only where it reads a count in `self.tr(text, "", n)`
    inside a class; a translate() call with a count it takes for a plain phrase. English has a
    catalogue of these phrases alone (planner_en.ts, made with `lupdate -pluralonly`)."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(type(self).__name__, text, disambiguation or None, n)


def speak_without_app(language: str) -> Callable[[], None]:
    """The command line's words in `language` without a Qt application: our catalogue is loaded
    and asked by translate(); QLocale follows, for dates and numbers. Returns what puts the
    previous language back (a test, or a caller in a window's process, goes on as before)."""
    before_locale, before_loose = QLocale(), list(_loose)
    _loose.clear()
    if language != "en":
        QLocale.setDefault(QLocale(language))
    ours = QTranslator()
    if ours.load(str(FOLDER / f"planner_{language}.qm")):  # English: its counted phrases
        _loose.append(ours)

    def back() -> None:
        QLocale.setDefault(before_locale)
        _loose[:] = before_loose
    return back


def language_from_environment(environ: Mapping[str, str]) -> str:
    """The language the system asks for, as POSIX reads it (LC_ALL, then LC_MESSAGES, then LANG),
    if we speak it; else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def _written(day: date, pattern: str, german: str) -> str:
    """`day` in the interface's language with QLocale's month and day names; German puts a
    full stop after the day ('12. März'), so it has a pattern of its own."""
    locale = QLocale()
    chosen = german if locale.language() == QLocale.Language.German else pattern
    return locale.toString(QDate(day.year, day.month, day.day), chosen)


def day_text(day: date) -> str:
    """A day as the interface's language writes it in a sentence: '12 March 2021', '12 mars 2021',
    '12. März 2021'."""
    return _written(day, "d MMMM yyyy", "d. MMMM yyyy")


def short_day_text(day: date) -> str:
    """A day in a narrow place: '12 Mar 2021', '12 mars 2021', '12. März 2021'."""
    return _written(day, "d MMM yyyy", "d. MMM yyyy")


def day_and_month_text(day: date) -> str:
    """A day where the year is shown nearby (a crowd of key-date labels): '12 Mar', '12 mars', '12. März'."""
    return _written(day, "d MMM", "d. MMM")


def long_day_text(day: date) -> str:
    """A day with its weekday: 'Friday 12 March 2021', 'vendredi 12 mars 2021', 'Freitag, 12. März 2021'."""
    return _written(day, "dddd d MMMM yyyy", "dddd, d. MMMM yyyy")


def window_text(period: Period) -> str:
    """A period's window as days of the interface's language; one day shows once."""
    if period.start == period.end:
        return day_text(period.start)
    return f"{day_text(period.start)} – {day_text(period.end)}"


def column_window_text(period: Period) -> str:
    """A window in a narrow column, as short as it can be told: '24 Jul 2020', 'Dec 2020',
    'Oct–Dec 2020', '2020–2025', '3 Mar – 17 Jun 2021'; whole months and years are named as such,
    so an officer reads the window rather than decoding two ISO days."""
    start, end = period.start, period.end
    if start == end:
        return short_day_text(start)
    if start.day == 1 and (end + timedelta(days=1)).day == 1:  # whole months
        if start.month == 1 and end.month == 12:
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        if start.year == end.year:
            if start.month == end.month:
                return _written(start, "MMM yyyy", "MMM yyyy")
            return f"{_written(start, 'MMM', 'MMM')}–{_written(end, 'MMM yyyy', 'MMM yyyy')}"
        return f"{_written(start, 'MMM yyyy', 'MMM yyyy')} – {_written(end, 'MMM yyyy', 'MMM yyyy')}"
    if start.year == end.year:
        return f"{day_and_month_text(start)} – {short_day_text(end)}"
    return f"{short_day_text(start)} – {short_day_text(end)}"


def number_text(number: int) -> str:
    """A count as the interface's language writes it (1,234 / 1 234 / 1.234)."""
    return QLocale().toString(number)


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
    installed = []
    ours = QTranslator(app)
    if ours.load(str(FOLDER / f"planner_{language}.qm")):  # English: its counted phrases alone
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


__all__ = ["Counted", "LANGUAGES", "SETTING", "chosen_language", "day_text", "install_translators", "language_from_environment", "long_day_text", "number_text", "short_day_text", "speak_without_app", "translate", "window_text"]
