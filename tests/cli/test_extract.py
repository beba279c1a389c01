"""`planner extract`: proposals printed, or accepted into the plan in one transaction, once."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from planner.domain.clock import FixedClock
from tests.cli_run import run_cli

CLOCK = FixedClock.on(date(2020, 11, 15))
COM_607 = Path(__file__).parents[1] / "reading" / "documents" / "004_83424f46326c7c9b.txt"
SHORT = "Brussels, 3.3.2021\nCOM(2021) 142 final\n\nA small plan\n\n1. Archive\n\nThe Commission will publish a report by Q3 2021. Europol will help in the coming months.\n"


def run(capsys, *argv):
    return run_cli(capsys, CLOCK, *argv)


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "plan.sqlite")


def count(db: str) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("select count(*) from commitments").fetchone()[0]


def test_json_prints_the_proposals_and_stores_nothing(capsys, db, tmp_path):
    code, out, err = run(capsys, "--db", db, "extract", str(COM_607), "--json")
    assert code == 0, err
    rows = json.loads(out)
    second = next(r for r in rows if r["quote"].startswith("In a second stage"))
    assert (second["phrase"], second["due_start"], second["due_end"], second["kind"]) == ("by Q2 2021", "2021-04-01", "2021-06-30", "deadline")
    assert second["source"] == "COM(2020) 607" and second["section"] == "Initiative 2, key action"
    assert not Path(db).exists()


def test_the_seed_plan_holds_every_key_action_and_accept_all_adds_the_rest_once(capsys, db):
    code, out, err = run(capsys, "--db", db, "list", "--json")
    seeded = json.loads(out)
    hub = next(r for r in seeded if r["quote"].startswith("Europol will set up an Innovation Hub and Lab") and r["actor"] == "Europol")
    assert (hub["title"], hub["due_start"], hub["due_end"]) == ("Europol sets up an Innovation Hub and Lab", "2020-01-01", "2025-12-31")
    assert any("WePROTECT Global Alliance" in r["quote"] for r in seeded)
    before = count(db)
    code, out, err = run(capsys, "--db", db, "extract", str(COM_607), "--accept-all", "--into", "csa")
    assert code == 0, err
    # Every key action is in the seed plan already: only two sentences outside them are added.
    assert "2 added to csa, 18 already in the plan" in out and count(db) - before == 2
    code, out, err = run(capsys, "--db", db, "extract", str(COM_607), "--accept-all", "--into", "csa")
    assert code == 0 and "0 added" in out and count(db) - before == 2


def test_a_new_strategy_is_made_from_the_document(capsys, db, tmp_path):
    path = tmp_path / "small.txt"
    path.write_text(SHORT, encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "extract", str(path), "--accept-all", "--into", "archive")
    assert code == 0, err
    assert "2 added to archive" in out  # "in the coming months" is read from the document's date
    with sqlite3.connect(db) as c:
        assert c.execute("select title, reference, adopted from strategies where key='archive'").fetchone() == ("A small plan", "COM(2021) 142", "2021-03-03")


@pytest.mark.parametrize("argv", [["nothing.pdf"], ["{doc}", "--accept-all"], ["{doc}", "--into", "csa"], ["{bad}"]])
def test_user_errors_are_one_sentence_and_exit_2(capsys, db, tmp_path, argv):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"no pdf")
    argv = [a.format(doc=COM_607, bad=bad) for a in argv]
    code, out, err = run(capsys, "--db", db, "extract", *argv)
    assert code == 2 and err.startswith("planner: ") and err.count("\n") == 1
