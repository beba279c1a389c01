"""Nothing bad gets in through the command line: a refused value is one sentence, exit status 2,
and every table of the plan exactly as it was; an edit that changes nothing writes nothing."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from planner.domain.clock import FixedClock
from tests.cli_run import run_cli
from tests.plan_snapshot import snapshot

CLOCK = FixedClock.on(date(2020, 11, 15))


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "plan.sqlite")
    assert run_cli(capsys, CLOCK, "--db", path, "list")[0] == 0  # created and seeded
    return path


def refused(capsys, db, *argv) -> str:
    before = snapshot(db)
    code, out, err = run_cli(capsys, CLOCK, "--db", db, *argv)
    assert code == 2, (out, err)
    assert "Traceback" not in err and err.startswith("planner")
    assert snapshot(db) == before
    return err


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"])
def test_a_date_far_out_of_range_is_refused_by_edit_naming_it(capsys, db, day):
    err = refused(capsys, db, "edit", "3", "--due", day)
    assert day in err and "1900-01-01 to 2199-12-31" in err


def test_the_edges_of_the_range_are_accepted(capsys, db):
    assert run_cli(capsys, CLOCK, "--db", db, "edit", "3", "--due", "2199-12-31")[0] == 0
    assert run_cli(capsys, CLOCK, "--db", db, "edit", "3", "--due", "1900-01-01")[0] == 0


def test_a_refused_add_creates_no_group_and_leaves_the_counter(capsys, db):
    err = refused(capsys, db, "add", "T", "--due", "Q5 2021")
    assert "Q5 2021" in err
    assert not any(row[1] == "unfiled" for row in snapshot(db)["strategies"])


def test_an_accepted_add_files_it_under_unfiled_in_one_write(capsys, db):
    counter = snapshot(db)["plan_changes"]
    code, out, err = run_cli(capsys, CLOCK, "--db", db, "add", "New thing", "--due", "Q1 2021")
    assert code == 0, err
    after = snapshot(db)
    assert any(row[1] == "unfiled" for row in after["strategies"])
    assert after["plan_changes"][0][1] == counter[0][1] + 1


def test_a_span_whose_start_is_after_its_end_is_refused(capsys, db):
    err = refused(capsys, db, "add", "Backwards", "--due", "2021", "--start", "2023")
    assert "start" in err and "after" in err


@pytest.mark.parametrize("title", ["", "   "])
def test_an_empty_title_is_refused_by_add(capsys, db, title):
    assert "title" in refused(capsys, db, "add", title, "--due", "Q1 2021")


def test_an_empty_title_is_refused_by_edit(capsys, db):
    assert "title" in refused(capsys, db, "edit", "3", "--title", "")


def test_an_empty_due_in_edit_is_refused_not_ignored(capsys, db):
    assert "empty" in refused(capsys, db, "edit", "3", "--due", "")


@pytest.mark.parametrize("field,value", [("--actor", "a" * 201), ("--actor", "x\x00y"), ("--source", "r" * 121), ("--title", "bell\x07")])
def test_values_the_columns_cannot_keep_are_refused(capsys, db, field, value):
    refused(capsys, db, "edit", "3", field, value)


def test_an_as_of_day_out_of_range_is_one_sentence(capsys, db):
    with pytest.raises(SystemExit) as stopped:
        run_cli(capsys, CLOCK, "--db", db, "remind", "--as-of", "9999-12-31")
    assert stopped.value.code == 2
    assert "1900-01-01 to 2199-12-31" in capsys.readouterr().err


def test_an_edit_that_changes_nothing_writes_nothing(capsys, db, tmp_path):
    with sqlite3.connect(db) as c:
        title, phrase = c.execute("SELECT title, due_phrase FROM commitments WHERE id = 3").fetchone()
    run_cli(capsys, CLOCK, "--db", db, "export", "ics", "-o", str(tmp_path / "before.ics"))
    before = snapshot(db)
    code, out, err = run_cli(capsys, CLOCK.__class__.on(date(2021, 1, 1)), "--db", db, "edit", "3", "--title", title, "--due", phrase)
    assert code == 0, err
    assert "Nothing to change" in out
    assert snapshot(db) == before
    run_cli(capsys, CLOCK, "--db", db, "export", "ics", "-o", str(tmp_path / "after.ics"))
    assert (tmp_path / "before.ics").read_bytes() == (tmp_path / "after.ics").read_bytes()


def test_the_store_writes_nothing_for_an_unchanged_commitment(db):
    from planner.store.opening import open_plan_store

    store = open_plan_store(f"sqlite:///{db}", CLOCK)
    try:
        before = snapshot(db)
        c = store.commitment(3)
        assert store.update_commitment(c).version == c.version
        assert snapshot(db) == before
    finally:
        store.close()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_csv_row_in_year_9999_is_refused_naming_the_line(capsys, db, tmp_path):
    path = write(tmp_path, "in.csv", "title,due\nFine,Q1 2021\nFar,9999-12-31\n")
    err = refused(capsys, db, "import", path)
    assert "line 3" in err and "9999-12-31" in err


def test_a_toml_commitment_in_year_1_is_refused(capsys, db, tmp_path):
    path = write(tmp_path, "in.toml", """
[[strategy]]
key = "s"
title = "S"
[[strategy.initiative]]
key = "i"
title = "I"
[[strategy.initiative.commitment]]
key = "c"
title = "C"
due = "0001-01-01"
""")
    err = refused(capsys, db, "import", path)
    assert "0001-01-01" in err and "'c'" in err


def test_a_toml_key_longer_than_its_column_is_refused(capsys, db, tmp_path):
    path = write(tmp_path, "in.toml", f"""
[[strategy]]
key = "{'s' * 81}"
title = "S"
""")
    assert "strategy key" in refused(capsys, db, "import", path)


ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:far@example.org\r
DTSTART;VALUE=DATE:{day}\r
SUMMARY:Far away\r
{rule}END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_ics_event_in_year_9999_is_refused(capsys, db, tmp_path):
    path = write(tmp_path, "in.ics", ICS.format(day="99991231", rule=""))
    assert "9999-12-31" in refused(capsys, db, "import", path)


@pytest.mark.parametrize("freq", ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
def test_an_ics_rule_with_interval_0_ends_at_once_without_hanging(capsys, db, tmp_path, freq):
    path = write(tmp_path, "in.ics", ICS.format(day="20210301", rule=f"RRULE:FREQ={freq};INTERVAL=0\r\n"))
    code, out, err = run_cli(capsys, CLOCK, "--db", db, "import", path)
    assert code in (0, 2) and "Traceback" not in err
    assert "INTERVAL" in out + err


def test_importing_the_same_file_again_writes_nothing(capsys, db, tmp_path):
    path = write(tmp_path, "in.csv", "key,title,due\nk1,Fine,Q1 2021\n")
    assert run_cli(capsys, CLOCK, "--db", db, "import", path)[0] == 0
    before = snapshot(db)
    code, out, err = run_cli(capsys, CLOCK, "--db", db, "import", path)
    assert code == 0 and "0 added, 0 updated" in out
    assert snapshot(db) == before
    assert run_cli(capsys, CLOCK, "--db", db, "seed")[0] == 0
    assert snapshot(db) == before


COMMITMENT = '[[strategy]]\nkey = "s"\ntitle = "S"\n[[strategy.initiative]]\nkey = "i"\ntitle = "I"\n[[strategy.initiative.commitment]]\nkey = "c"\ntitle = "C"\ndue = "2021"\n'


@pytest.mark.parametrize("body,said", [
    ('source = "x"', "'source' must be tables written [[source]], not text"),
    ("strategy = [1, 2]", "'strategy' must be tables written [[strategy]], not a list of a number"),
    ('[[strategy]]\nkey = "s"\ntitle = "S"\ninitiative = "x"', "[[strategy.initiative]], not text"),
    ("x = " + "[" * 1000 + "]" * 1000, "nests arrays or tables too deeply"),
    ("strategy = " + "[" * 50 + "1" + "]" * 50, "'strategy' must be tables written [[strategy]], not a list of a list"),
    (COMMITMENT + 'actor = ["a"]', "In in.toml, the commitment 'c': the actor ['a'] is not text."),
    (COMMITMENT + "description = {a = 1}", "In in.toml, the commitment 'c': the description {'a': 1} is not text."),
])
def test_toml_of_the_wrong_shape_is_one_sentence(capsys, db, tmp_path, body, said):
    assert said in refused(capsys, db, "import", write(tmp_path, "in.toml", body + "\n"))


def test_a_key_given_to_two_commitments_of_one_file_is_refused(capsys, db, tmp_path):
    err = refused(capsys, db, "import", write(tmp_path, "in.csv", "key,title,due\nk1,A,Q1 2021\nk1,B,Q2 2021\n"))
    assert "the key 'k1' names two commitments ('A' and 'B')" in err


def test_a_toml_file_with_a_byte_order_mark_imports(capsys, db, tmp_path):
    path = tmp_path / "notepad.toml"
    path.write_bytes(b"\xef\xbb\xbf" + COMMITMENT.encode())
    code, out, err = run_cli(capsys, CLOCK, "--db", db, "import", str(path))
    assert (code, err) == (0, "") and "1 added" in out


def test_a_refused_strict_ics_import_leaves_every_table_as_it_was(capsys, db, tmp_path):
    good = ICS.format(day="20210301", rule="")
    bad = good.replace("END:VCALENDAR", "BEGIN:VEVENT\r\nUID:bad@test\r\nSUMMARY:Bad\r\nDTSTART;VALUE=DATE:20210231\r\nEND:VEVENT\r\nEND:VCALENDAR")
    path = write(tmp_path, "in.ics", bad)
    assert "has a DTSTART that is not valid" in refused(capsys, db, "import", "--strict", path)
    code, out, err = run_cli(capsys, CLOCK, "--db", db, "import", path)
    assert code == 0 and "1 added" in out and "could not be read and was skipped" in out
