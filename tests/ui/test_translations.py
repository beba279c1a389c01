"""The window in French and German: Qt's translation system with our catalogues, the language
chosen from the settings or the system; the catalogues complete and compiled from their sources."""
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QWidget

from planner.app import build_window
from planner.i18n import FOLDER, LANGUAGES, SETTING, chosen_language

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def first_status_word(window):
    model = window.plan_view.tree.model()
    for row in range(model.rowCount()):
        strategy = model.index(row, 0)
        for r in range(model.rowCount(strategy)):
            initiative = model.index(r, 0, strategy)
            if model.rowCount(initiative):
                return model.index(0, 2, initiative).data()


@pytest.mark.parametrize("language, menus, header, overdue", [
    ("fr", ["&Fichier", "É&dition", "&Affichage", "A&ide"], "Engagement", "en retard"),
    ("de", ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"], "Verpflichtung", "überfällig"),
])
def test_the_window_speaks_the_chosen_language(qtbot, db_url, clock, settings, speaking, language, menus, header, overdue):
    speaking(language)
    window = build_window(db_url, clock, settings)
    qtbot.addWidget(window)
    assert [window.menus[m].title() for m in ("file", "edit", "view", "help")] == menus
    assert window.plan_view.tree.model().headerData(0, Qt.Orientation.Horizontal) == header
    assert first_status_word(window) == overdue  # the seed plan, as of the tests' day
    assert QLocale().name().startswith(language)  # dates and numbers follow
    window.doc.close_store()


def test_english_speaks_without_a_catalogue_of_its_words(qtbot, db_url, clock, settings, speaking):
    speaking("en")
    window = build_window(db_url, clock, settings)
    qtbot.addWidget(window)
    assert window.menus["file"].title() == "&File"
    window.doc.close_store()


def test_the_language_comes_from_the_settings_else_the_system_else_english(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings, QLocale("de_AT")) == "de"
    assert chosen_language(settings, QLocale("pt_PT")) == "en"
    settings.setValue(SETTING, "fr")
    assert chosen_language(settings, QLocale("de_AT")) == "fr"


def lupdate_into(folder: Path) -> list[Path]:
    """The catalogues as lupdate makes them from today's code, in `folder` (English: its counted
    phrases alone, as `make translations` makes it)."""
    copies = []
    sources = subprocess.run(["git", "ls-files", "planner/*.py"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    for language in LANGUAGES:
        copy = folder / f"planner_{language}.ts"
        shutil.copyfile(FOLDER / copy.name, copy)
        copies.append(copy)
        only = ["-pluralonly"] if language == "en" else []
        subprocess.run([str(TOOLS / "pyside6-lupdate"), "-no-obsolete", *only, *sources, "-ts", str(copy)],
                       cwd=ROOT, check=True, capture_output=True)
    return copies


def test_every_string_the_code_marks_is_translated_in_every_catalogue(tmp_path):
    for catalogue in lupdate_into(tmp_path):
        text = catalogue.read_text()
        assert 'type="unfinished"' not in text, f"{catalogue.name}: strings without a translation; run make translations and translate them"


def test_the_compiled_catalogues_are_those_of_their_sources(tmp_path):
    for language in LANGUAGES:
        source = FOLDER / f"planner_{language}.ts"
        compiled = tmp_path / f"planner_{language}.qm"
        subprocess.run([str(TOOLS / "pyside6-lrelease"), str(source), "-qm", str(compiled)], check=True, capture_output=True)
        assert compiled.read_bytes() == (FOLDER / compiled.name).read_bytes(), f"{source.name} changed: run make translations"


def test_preferences_language_page_saves_the_choice_for_the_next_start(qtbot, tmp_path):
    from planner.ui.language_page import LanguagePage

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = LanguagePage(settings)
    qtbot.addWidget(page)
    assert page.language.currentData() == ""  # the system's, until chosen
    page.language.setCurrentIndex(page.language.findText("Deutsch"))
    page.apply()
    assert chosen_language(settings, QLocale("fr_FR")) == "de"


def test_no_interface_text_bypasses_the_catalogues():
    """Every label, tooltip, message and menu entry of the window goes through tr()/translate():
    a new English string written straight into a Qt call fails here, before it reaches a French or
    German officer untranslated (the test above then asks for its translations)."""
    from tests.ui.interface_text import untranslated

    files = [ROOT / f for f in subprocess.run(["git", "ls-files", "planner/ui/*.py", "planner/app.py"], cwd=ROOT,
                                              capture_output=True, text=True, check=True).stdout.split()]
    found = [line for f in files for line in untranslated(f)]
    assert not found, "interface text outside the catalogues:\n" + "\n".join(found)


def test_the_check_catches_a_label_written_in_english(tmp_path):
    from tests.ui.interface_text import untranslated

    code = tmp_path / "dialog.py"
    code.write_text('class D(QDialog):\n    def __init__(self):\n        self.setWindowTitle("Export calendar")\n'
                    '        QLabel(f"{n} commitments")\n        self.ok.setText(self.tr("Save"))\n'
                    'def install(window):\n    window._action("file", "export", "E&xport…", go, "Ctrl+E")\n    window.tr("Language")\n')
    found = untranslated(code)
    assert sorted(int(line.split(":")[1]) for line in found) == [3, 4, 7, 8]


@pytest.mark.parametrize("language, seen", [
    ("fr", {"as_of": "État à ce jour, 23 novembre 2026", "filter": "Filtrer : titre, description, citation…",
            "details": ["Échéance", "Annoncé en premier", "1 avril 2021 – 30 juin 2021", "trimestre", "Responsable"],
            "new": "&Nouvel engagement…", "legend": "Légende", "flag": "aujourd'hui 23 nov. 2026", "quarter": "T2"}),
    ("de", {"as_of": "Stand heute, 23. November 2026", "filter": "Filter: Titel, Beschreibung, Zitat…",
            "details": ["Fällig", "Zuerst angekündigt", "1. April 2021 – 30. Juni 2021", "Quartal", "Zuständig"],
            "new": "&Neue Verpflichtung…", "legend": "Legende", "flag": "heute 23. Nov. 2026", "quarter": "Q2"}),
])
def test_what_the_officer_reads_in_the_window_is_in_the_chosen_language(qtbot, db_url, clock, settings, speaking, language, seen):
    from planner.timeline import overlays, scale
    from tests.ui.helpers import select

    speaking(language)
    window = build_window(db_url, clock, settings)
    qtbot.addWidget(window)
    assert window._as_of_label.text() == seen["as_of"]  # the status bar, with the month's own name
    assert window.filter_bar.text.placeholderText() == seen["filter"]
    assert window.actions_by_name["new_commitment"].text() == seen["new"]
    select(window, "detect and report")
    details = " ".join(window.details.toPlainText().split())
    for words in seen["details"]:
        assert words in details
    legends = [w.accessibleName() for w in window.findChildren(QWidget)]
    assert seen["legend"] in legends
    assert overlays.today_text(clock.today(), False) == seen["flag"]  # the timeline's today flag
    assert scale._labels(date(2021, 4, 1), "quarter", False) == (seen["quarter"],)  # the date axis
    window.doc.store.close()


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_each_menu_keeps_one_key_letter_per_entry_in_every_language(qtbot, db_url, clock, settings, speaking, language):
    """Alt+letter reaches one entry: a translator picks a letter no other entry of the menu uses."""
    speaking(language)
    window = build_window(db_url, clock, settings)
    qtbot.addWidget(window)
    for name, menu in window.menus.items():
        texts = [a.text() for a in menu.actions() if "&" in a.text()]
        letters = [t[t.index("&") + 1].lower() for t in texts]
        assert len(letters) == len(set(letters)), f"{language} {name} menu: {sorted(texts)}"
    window.doc.store.close()
