"""What `--db` and the command line accept: a mistyped path, another program's file, a newer
plan or an odd argument is one sentence and exit status 2, and nothing is created or changed."""
import sqlite3
import subprocess
import sys
from datetime import date

from sqlalchemy import create_engine, text

from planner.domain.clock import FixedClock
from tests.cli_run import run_cli

CLOCK = FixedClock.on(date(2026, 11, 23))


def run(capsys, *argv):
    return run_cli(capsys, CLOCK, *argv)


def refused(capsys, *argv) -> str:
    code, _out, err = run(capsys, *argv)
    assert code == 2, err
    assert err.startswith("planner: ") and "Traceback" not in err and err.count("\n") == 1
    return err


def tables_and_rows(path):
    with sqlite3.connect(path) as con:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: con.execute(f'SELECT * FROM "{n}"').fetchall() for n in names}


def test_an_empty_db_is_refused_and_opens_no_default_plan(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert "--db is empty" in refused(capsys, "--db", "", "list")
    assert not (tmp_path / "data").exists()


def test_a_folder_that_does_not_exist_is_not_made(capsys, tmp_path):
    err = refused(capsys, "--db", str(tmp_path / "typo" / "plan.sqlite"), "list")
    assert f"The folder {tmp_path / 'typo'} does not exist" in err
    assert not (tmp_path / "typo").exists()


def test_the_default_data_folder_is_made_when_missing(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("PLANNER_DB", raising=False)
    code, _out, err = run(capsys, "list")
    assert code == 0, err
    assert (tmp_path / "data" / "planner" / "plan.sqlite").is_file()


def test_a_folder_given_as_the_plan_is_refused(capsys, tmp_path):
    assert "is a folder" in refused(capsys, "--db", str(tmp_path), "list")


def test_another_programs_sqlite_file_is_named_and_left_as_it_was(capsys, tmp_path):
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        con.execute("CREATE TABLE commitments (id INTEGER PRIMARY KEY)")  # a name that clashes with ours
        con.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    before = tables_and_rows(path)
    err = refused(capsys, "--db", str(path), "list")
    assert "Firefox's browsing history" in err and "not a Planner plan" in err
    assert tables_and_rows(path) == before  # no half-made tables, no seed


def test_a_plan_made_by_a_newer_planner_is_refused(capsys, tmp_path):
    path = tmp_path / "plan.sqlite"
    assert run(capsys, "--db", str(path), "list")[0] == 0
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = tables_and_rows(path)
    err = refused(capsys, "--db", str(path), "list")
    assert "made by a newer version of Planner" in err and "update Planner to open it" in err
    assert tables_and_rows(path) == before


def test_copy_from_a_missing_file_creates_nothing(capsys, tmp_path):
    err = refused(capsys, "copy", "--from", str(tmp_path / "missing.sqlite"), "--to", str(tmp_path / "copy.sqlite"))
    assert "does not exist" in err
    assert not (tmp_path / "missing.sqlite").exists() and not (tmp_path / "copy.sqlite").exists()


def test_a_symlink_loop_and_an_overlong_name_are_one_sentence(capsys, tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    refused(capsys, "--db", str(tmp_path / "a"), "list")
    refused(capsys, "--db", str(tmp_path / ("x" * 300)), "list")


def test_an_argument_that_is_not_utf8_is_one_sentence(capsys, tmp_path):
    bad = b"Caf\xe9".decode("utf-8", "surrogateescape")  # as Python receives Latin-1 bytes
    err = refused(capsys, "--db", str(tmp_path / "p.sqlite"), "add", bad, "--due", "Q4 2021")
    assert "not valid UTF-8" in err


def test_a_value_that_starts_with_a_dash_is_taken_as_the_value(capsys, tmp_path):
    db = str(tmp_path / "p.sqlite")
    code, _out, err = run(capsys, "--db", db, "add", "Report", "--due", "Q4 2021", "--description", "- first bullet")
    assert code == 0, err
    err = refused(capsys, "--db", db, "add", "Report", "--due", "-2021")
    assert "Cannot read the date '-2021'" in err  # read as a phrase, not as an unknown option


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    db = tmp_path / "p.sqlite"
    planner = [sys.executable, "-c", "import sys; from planner.cli import main; sys.exit(main())", "--db", str(db)]
    subprocess.run([*planner, "list"], check=True, capture_output=True, timeout=120)
    listing = subprocess.Popen([*planner, "list", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    listing.stdout.read(1)
    listing.stdout.close()  # `| head -c 1`
    err = listing.stderr.read().decode()
    assert listing.wait(timeout=120) == 0
    assert err == ""


def test_three_first_opens_of_a_new_server_plan_take_turns(pg_url):
    """Three officers open the same new PostgreSQL plan at once: one makes it, none fails, and
    the seed plan is there once."""
    opener = [sys.executable, "-c", "import sys; from planner.cli import main; sys.exit(main())", "--db", pg_url, "list", "--json"]
    runs = [subprocess.Popen(opener, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    results = [(p.wait(timeout=180), p.stderr.read().decode()) for p in runs]
    assert [code for code, _ in results] == [0, 0, 0], results
    engine = create_engine(pg_url)
    try:
        with engine.connect() as con:
            keys = con.execute(text("SELECT key FROM commitments")).scalars().all()
    finally:
        engine.dispose()
    assert keys and len(keys) == len(set(keys))
    for p in runs:
        p.stdout.close()
        p.stderr.close()
