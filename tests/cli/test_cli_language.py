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
