"""`planner copy --from --to`: a plan moved to PostgreSQL and back, as a user would run it."""
import json
from datetime import date

from planner.domain.clock import FixedClock
from tests.cli_run import run_cli

CLOCK = FixedClock.on(date(2020, 11, 15))


def run(capsys, *argv):
    return run_cli(capsys, CLOCK, *argv)


def listed(capsys, db):
    code, out, err = run(capsys, "--db", db, "list", "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_plan_goes_to_postgresql_and_back_with_its_edits(capsys, tmp_path, pg_url):
    local = str(tmp_path / "plan.sqlite")
    listed(capsys, local)  # the seed plan
    code, _, err = run(capsys, "--db", local, "edit", "1", "--due", "Q3 2021", "--reason", "slipped")
    assert code == 0, err

    code, out, err = run(capsys, "copy", "--from", local, "--to", pg_url)
    assert code == 0, err
    assert "commitments" in out and "postgresql+psycopg://postgres@127.0.0.1" in out
    assert listed(capsys, pg_url) == listed(capsys, local)

    back = str(tmp_path / "back.sqlite")
    code, _, err = run(capsys, "copy", "--from", pg_url, "--to", back)
    assert code == 0, err
    assert listed(capsys, back) == listed(capsys, local)


def test_a_target_with_a_plan_is_refused_in_one_sentence_and_kept(capsys, tmp_path):
    one, two = str(tmp_path / "one.sqlite"), str(tmp_path / "two.sqlite")
    listed(capsys, one)
    run(capsys, "--db", two, "add", "Only in two", "--due", "2022")
    before = listed(capsys, two)
    code, out, err = run(capsys, "copy", "--from", one, "--to", two)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.endswith("overwrite it.\n") and "two.sqlite already holds a plan" in err
    assert listed(capsys, two) == before

    code, _, err = run(capsys, "copy", "--from", one, "--to", two, "--replace")
    assert code == 0, err
    assert listed(capsys, two) == listed(capsys, one)


def test_an_unreachable_source_is_named_and_no_target_is_made(capsys, tmp_path):
    target = tmp_path / "new.sqlite"
    code, _, err = run(capsys, "copy", "--from", "postgresql+psycopg://nobody@127.0.0.1:1/plan", "--to", str(target))
    assert code == 2 and "cannot be reached" in err and err.startswith("planner: The database postgresql+psycopg://nobody@127.0.0.1:1/plan")
    assert not target.exists()
