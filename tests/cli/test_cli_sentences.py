"""The command line says what the layers below it refuse in the language asked for: one
sentence, exit status 2, the plan unchanged; English stays as it was."""
from __future__ import annotations

from datetime import date

import pytest

from planner.cli import main
from planner.domain.clock import FixedClock
from tests.plan_snapshot import snapshot

CLOCK = FixedClock.on(date(2020, 11, 15))


def run(capsys, *argv):
    code = main(list(argv), clock=CLOCK, environ={"LANG": "C.UTF-8"})
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan(capsys, tmp_path):
    db = tmp_path / "plan.sqlite"
    code, _, err = run(capsys, "--db", str(db), "list")
    assert code == 0, err
    return db


@pytest.mark.parametrize("language, sentence", [
    ("en", "planner: The actor '{x}…' (201 characters) is longer than the 200 characters it may have."),
    ("de", "planner: Der Wert '{x}…' (201 Zeichen) im Feld „Akteur“ ist länger als die erlaubten 200 Zeichen."),
    ("fr", "planner: La valeur '{x}…' (201 caractères) du champ « acteur » dépasse les 200 caractères permis."),
])
def test_a_value_the_gate_refuses_is_one_sentence_in_the_language_asked_for(capsys, plan, language, sentence):
    before = snapshot(plan)
    code, out, err = run(capsys, "--language", language, "--db", str(plan), "add", "Review the directive", "--due", "Q4 2021", "--actor", "x" * 201)
    assert code == 2 and out == ""
    assert err.strip() == sentence.format(x="x" * 44)
    assert snapshot(plan) == before


def test_a_date_phrase_the_reader_refuses_is_said_in_german(capsys, plan):
    before = snapshot(plan)
    code, _, err = run(capsys, "--language", "de", "--db", str(plan), "add", "Review the directive", "--due", "Q4 2021 und Q1 2022")
    assert code == 2
    assert err.strip() == "planner: Das Datum 'Q4 2021 und Q1 2022' ist nicht lesbar: es enthält 2 Daten ('Q4 2021', 'Q1 2022'); geben Sie eines an."
    assert snapshot(plan) == before


def test_an_import_error_is_said_in_german_and_nothing_is_imported(capsys, plan, tmp_path):
    sheet = tmp_path / "zusagen.csv"
    sheet.write_text("title,due\nReview the directive,Q4 2021\n,Q1 2022\n", encoding="utf-8")
    before = snapshot(plan)
    code, out, err = run(capsys, "--language", "de", "--db", str(plan), "import", str(sheet))
    assert code == 2 and out == ""
    assert err.strip() == "planner: In zusagen.csv, Zeile 3: der Titel ist leer."
    assert snapshot(plan) == before


def test_a_value_the_gate_refuses_in_an_imported_file_is_said_in_german_with_its_place(capsys, plan, tmp_path):
    sheet = tmp_path / "zusagen.csv"
    sheet.write_text(f"title,due,actor\nReview the directive,Q4 2021,{'x' * 201}\n", encoding="utf-8")
    before = snapshot(plan)
    code, out, err = run(capsys, "--language", "de", "--db", str(plan), "import", str(sheet))
    assert code == 2
    assert err.strip() == f"planner: In zusagen.csv, Zeile 2: der Wert '{'x' * 44}…' (201 Zeichen) im Feld „Akteur“ ist länger als die erlaubten 200 Zeichen."
    assert snapshot(plan) == before


def test_a_print_error_and_a_store_error_are_said_in_french(capsys, plan, tmp_path):
    code, out, err = run(capsys, "--language", "fr", "--db", str(plan), "print", "-o", str(tmp_path / "frise.pdf"), "--page", "B9")
    assert code == 2 and not (tmp_path / "frise.pdf").exists()
    assert err == "planner: Le format de page 'B9' est inconnu ; utilisez l'un de : A0, A1, A2, A3, A4, A5, Letter, Legal, Tabloid.\n"
    missing = tmp_path / "nulle-part" / "plan.sqlite"
    code, out, err = run(capsys, "--language", "fr", "--db", str(missing), "list")
    assert code == 2 and not missing.parent.exists()
    assert err.strip() == f"planner: Le dossier {missing.parent} n'existe pas ; créez-le d'abord, ou vérifiez le chemin donné pour la base de données."


def test_a_calendar_file_that_is_not_one_is_refused_in_german(capsys, plan, tmp_path):
    calendar = tmp_path / "termine.ics"
    calendar.write_text("SUMMARY:Council meeting\r\n", encoding="utf-8")
    before = snapshot(plan)
    code, out, err = run(capsys, "--language", "de", "--db", str(plan), "import", str(calendar))
    assert code == 2
    assert err.strip() == "planner: Die Datei termine.ics ist keine iCalendar-Datei (sie beginnt nicht mit BEGIN:VCALENDAR)."
    assert snapshot(plan) == before



def test_why_the_system_refused_a_file_is_said_in_the_language_too(tmp_path):
    """The system's own reason ('Is a directory') is one of the words the catalogues know."""
    from planner.exchange.batch import ImportFileError
    from planner.exchange.csv_format import read_csv_file
    from planner.i18n import speak_without_app
    from planner.i18n.sentences import error_text

    folder = tmp_path / "engagements.csv"
    folder.mkdir()
    with pytest.raises(ImportFileError) as caught:
        read_csv_file(folder)
    assert str(caught.value) == f"The file {folder} cannot be read: Is a directory."
    back = speak_without_app("fr")
    try:
        assert error_text(caught.value) == f"Le fichier {folder} ne peut pas être lu : c'est un dossier."
    finally:
        back()
