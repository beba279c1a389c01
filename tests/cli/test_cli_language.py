"""The command line in French and German: --language, else the system's language (LC_ALL,
LC_MESSAGES, LANG), through the window's catalogues; English when neither asks for another."""
import json
from datetime import date

import pytest

from planner.cli import chosen_language, main
from planner.domain.clock import FixedClock
from planner.i18n import translate

CLOCK = FixedClock.on(date(2020, 11, 15))


def run(capsys, *argv, environ=None):
    code = main(list(argv), clock=CLOCK, environ=environ or {"LANG": "C.UTF-8"})
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def first(capsys, tmp_path):
    db = str(tmp_path / "plan.sqlite")
    code, out, err = run(capsys, "--db", db, "list", "--json")
    assert code == 0, err
    return db, min(r["id"] for r in json.loads(out))


@pytest.mark.parametrize("how, sentence", [
    (["--language", "fr"], "planner: Rien à modifier dans l'engagement {id} : donnez au moins une option telle que --due, --title ou --delivered (voir `planner edit --help`)."),
    (["--language=de"], "planner: Nichts zu ändern an Verpflichtung {id}: Geben Sie mindestens eine Option wie --due, --title oder --delivered an (siehe `planner edit --help`)."),
])
def test_an_error_is_one_sentence_in_the_language_asked_for(capsys, first, how, sentence):
    db, id_ = first
    code, out, err = run(capsys, *how, "--db", db, "edit", str(id_))
    assert code == 2
    assert err.strip() == sentence.format(id=id_)


def test_the_system_language_is_taken_from_the_environment_and_the_option_wins(capsys, first):
    db, id_ = first
    code, out, err = run(capsys, "--db", db, "edit", str(id_), environ={"LANG": "de_AT.UTF-8"})
    assert err.startswith("planner: Nichts zu ändern")
    code, out, err = run(capsys, "--db", db, "edit", str(id_), "--language", "fr", environ={"LC_ALL": "de_DE.UTF-8"})
    assert err.startswith("planner: Rien à modifier")
    assert chosen_language([], {"LC_ALL": "", "LC_MESSAGES": "fr_BE.UTF-8", "LANG": "de_DE"}) == "fr"
    assert chosen_language([], {"LANG": "pt_PT.UTF-8"}) == "en"


def test_help_speaks_the_language_and_english_comes_back_after(capsys):
    with pytest.raises(SystemExit):
        main(["--language", "fr", "--help"], clock=CLOCK, environ={})
    out = capsys.readouterr().out
    assert "Frise chronologique et suivi des échéances des engagements datés." in out
    assert "lister les engagements (tableau ou --json)" in out
    # the process goes on in the language it had: a window test after this one reads English
    assert translate("Cli", "list commitments (table or --json)") == "list commitments (table or --json)"


def test_the_meeting_report_is_written_in_the_language_asked_for(capsys, first, tmp_path):
    db, _ = first
    out_file = tmp_path / "bericht.md"
    code, out, err = run(capsys, "--language", "de", "--db", db, "report", "--since", "2020-09-01", "--until", "2020-11-15", "-o", str(out_file))
    assert code == 0, err
    text = out_file.read_text(encoding="utf-8")
    assert text.startswith("# Was vom 1. September 2020 bis zum 15. November 2020 geschah")
    for heading in ("## Erfüllt", "## Verschoben", "## Überfällig geworden", "## Fällig in den nächsten 8 Wochen (bis 10. Januar 2021)"):
        assert heading in text


def test_what_a_command_reports_is_in_the_language_asked_for(capsys, first, tmp_path):
    db, _ = first
    code, out, err = run(capsys, "--language", "fr", "--db", db, "export", "csv", "-o", str(tmp_path / "plan.csv"))
    assert code == 0, err
    assert " engagements écrits dans " in out and out.strip().endswith("plan.csv.")


def test_the_list_is_a_table_in_the_language_asked_for(capsys, first):
    db, _ = first
    code, out, err = run(capsys, "--language", "fr", "--db", db, "list", "--search", "COM(2020) 606")
    assert code == 0, err
    head, *rows = out.splitlines()[:4]  # the headings, the three commitments of that strategy
    assert head.split() == ["id", "échéance", "fenêtre", "état", "titre"]
    assert any(" 2021–2025 " in row for row in rows) and any(" déc. 2020 " in row for row in rows)  # windows as the plan list says them
    assert all(" prévu " in row for row in rows)  # status words as the window says them
    assert out.rstrip().endswith("3 engagements, état au 15 novembre 2020.")
    code, out, err = run(capsys, "--language", "de", "--db", db, "list", "--search", "COM(2020) 606")
    assert out.splitlines()[0].split() == ["ID", "fällig", "Zeitfenster", "Status", "Titel"]
    assert out.rstrip().endswith("3 Verpflichtungen, Stand am 15. November 2020.")


@pytest.mark.parametrize("language, said", [("en", "Wrote 0 commitments to"), ("fr", "0 engagement écrit dans"), ("de", "0 Verpflichtungen in")])
def test_no_commitment_is_counted_as_each_language_counts_it(capsys, first, tmp_path, language, said):
    """French says '0 engagement' as it says '1 engagement'; English and German count none as many."""
    db, _ = first
    code, out, err = run(capsys, "--language", language, "--db", db, "export", "csv", "--search", "no commitment says this", "-o", str(tmp_path / "none.csv"))
    assert code == 0, err
    assert out.startswith(said)


@pytest.mark.parametrize("language, counts", [
    ("en", ["0 commitments", "1 commitment", "2 commitments"]),
    ("fr", ["0 engagement", "1 engagement", "2 engagements"]),
    ("de", ["0 Verpflichtungen", "1 Verpflichtung", "2 Verpflichtungen"]),
])
def test_counted_words_take_the_form_each_language_gives_a_count(language, counts):
    from planner.cli.counts import COUNTED
    from planner.i18n import speak_without_app
    from planner.i18n.words import COUNTED as WORDS

    back = speak_without_app(language)
    try:
        assert [COUNTED.commitments(n) for n in (0, 1, 2)] == counts
        one_day, no_days = WORDS.days(1), WORDS.days(0)
    finally:
        back()
    assert one_day.startswith("1 ") and no_days.startswith("0 ")
    assert (one_day == no_days.replace("0", "1", 1)) == (language == "fr")  # French: 0 and 1 alike


def test_a_bad_argument_is_refused_in_the_language_with_status_2(capsys):
    code = None
    with pytest.raises(SystemExit) as stopped:
        main(["--language", "de", "list", "--status-of", "x"], clock=CLOCK, environ={})
    code = stopped.value.code
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("Aufruf: planner")
    assert "planner: Fehler: unbekannte Argumente: --status-of x" in err
    with pytest.raises(SystemExit) as stopped:
        main(["--language", "de", "remove"], clock=CLOCK, environ={})
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "Fehler: Argument BEFEHL: ungültige Auswahl: 'remove' (möglich sind " in err
    with pytest.raises(SystemExit) as stopped:
        main(["--language", "fr", "report", "--since"], clock=CLOCK, environ={})
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "planner report : erreur : argument --since : un argument attendu" in err
    with pytest.raises(SystemExit) as stopped:
        main(["--language", "fr", "add", "Rapport"], clock=CLOCK, environ={})
    assert "les arguments suivants sont obligatoires : --due" in capsys.readouterr().err
    # and argparse speaks English again after
    with pytest.raises(SystemExit):
        main(["list", "--status-of", "x"], clock=CLOCK, environ={})
    assert "error: unrecognized arguments: --status-of x" in capsys.readouterr().err


def test_argparse_words_in_the_help_are_french(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--language", "fr", "list", "--help"], clock=CLOCK, environ={})
    out = capsys.readouterr().out
    assert stopped.value.code == 0
    assert out.startswith("utilisation : planner list")
    assert "\noptions:\n" in out and "afficher ce message d'aide et quitter" in out
    assert "\nfiltres:\n" in out


@pytest.mark.parametrize("language, placeholders, missing", [
    ("fr", ["--due EXPRESSION", "--initiative CLÉ", "--actor ACTEUR", "titre"], "les arguments suivants sont obligatoires : titre"),
    ("de", ["--due AUSDRUCK", "--initiative SCHLÜSSEL", "--actor AKTEUR", "Titel"], "die folgenden Argumente sind erforderlich: Titel"),
])
def test_the_placeholders_of_the_usage_are_in_the_language(capsys, language, placeholders, missing):
    with pytest.raises(SystemExit):
        main(["--language", language, "add", "--help"], clock=CLOCK, environ={})
    usage = " ".join(capsys.readouterr().out.split())
    assert all(p in usage for p in placeholders), usage
    with pytest.raises(SystemExit) as stopped:
        main(["--language", language, "add", "--due", "Q4 2020"], clock=CLOCK, environ={})
    assert stopped.value.code == 2 and missing in " ".join(capsys.readouterr().err.split())


def test_the_window_commands_options_speak_the_language_asked_for(capsys, monkeypatch):
    from planner.app import parse_args

    monkeypatch.setenv("LANG", "C.UTF-8")
    with pytest.raises(SystemExit) as stopped:
        parse_args(["--language", "de", "--help"])
    out = capsys.readouterr().out
    assert stopped.value.code == 0
    assert out.startswith("Aufruf: planner-app") and "Das Fenster des Planers öffnen." in out
    assert "die Sprache der Oberfläche" in out and "diese Hilfe anzeigen und beenden" in out
    with pytest.raises(SystemExit) as stopped:
        parse_args(["--as-of", "yesterday"])
    assert stopped.value.code == 2 and "error: argument --as-of: invalid fromisoformat value: 'yesterday'" in capsys.readouterr().err


def test_what_an_import_and_a_copy_did_is_told_in_the_language(capsys, first, tmp_path):
    db, _ = first
    code, out, err = run(capsys, "--language", "fr", "--db", db, "export", "csv", "-o", str(tmp_path / "plan.csv"))
    code, out, err = run(capsys, "--language", "fr", "--db", db, "import", str(tmp_path / "plan.csv"))
    assert code == 0, err
    assert out.strip() == "plan.csv importé : 0 ajouté, 0 mis à jour."
    copy = tmp_path / "copie.sqlite"
    code, out, err = run(capsys, "--language", "de", "copy", "--from", db, "--to", str(copy))
    assert code == 0, err
    assert out.startswith("Plan von ") and " kopiert: " in out and " Verpflichtungen, " in out and " Tabellen." in out


def test_what_publishing_did_is_counted_in_the_language():
    from planner.calendar.caldav_sync import PublishReport
    from planner.i18n import speak_without_app
    from planner.i18n.words import publish_text

    back = speak_without_app("fr")
    try:
        said = publish_text(PublishReport(created=1, updated=0, deleted=2, unchanged=0))
    finally:
        back()
    assert said == "1 créé, 0 mis à jour, 2 supprimés, 0 inchangé"
    assert publish_text(PublishReport(unchanged=25)) == "0 created, 0 updated, 0 deleted, 25 unchanged"
