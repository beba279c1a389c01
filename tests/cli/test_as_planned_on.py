"""`planner list --as-planned-on`: the plan as it stood on a past day, from edits made at known
days (each command runs on a clock the test sets), on the seed plan and on a named baseline."""
import json
from datetime import date

import pytest

from planner.domain.clock import FixedClock
from tests.cli_run import run_cli

WORKSHOP = "csa-1-prevention-workshop"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "plan.sqlite")


def on(day, capsys, *argv):
    code, out, err = run_cli(capsys, FixedClock.on(day), *argv)
    assert code == 0, err
    return out


def planned_on(capsys, db, when, *more):
    rows = json.loads(on(date(2026, 1, 1), capsys, "--db", db, "list", "--json", "--as-planned-on", when, *more))
    return {r["key"]: r for r in rows}


def edited_plan(capsys, db):
    """The workshop moved on 15 November 2020 and delivered, by a document, on 3 February 2021."""
    cid = str(planned_on(capsys, db, "2026-01-01")[WORKSHOP]["id"])
    on(date(2020, 11, 15), capsys, "--db", db, "edit", cid, "--due", "Q1 2021", "--reason", "the venue was not free")
    on(date(2021, 2, 3), capsys, "--db", db, "edit", cid, "--delivered", "2021-02-02", "--delivered-by", "Workshop report")
    return cid


def test_each_day_sees_the_due_window_and_status_it_had(capsys, db):
    edited_plan(capsys, db)
    before = planned_on(capsys, db, "2020-11-01")[WORKSHOP]
    assert (before["due"], before["standing"], before["delivered_on"]) == ("by Q4 2020", "planned", None)
    moved = planned_on(capsys, db, "2020-12-01")[WORKSHOP]
    assert (moved["due"], moved["standing"], moved["slippage_days"]) == ("Q1 2021", "planned", 90)
    done = planned_on(capsys, db, "2021-02-03")[WORKSHOP]
    assert (done["standing"], done["delivered_on"], done["delivered_by"]) == ("delivered late", "2021-02-02", "Workshop report")


def test_the_seed_plan_on_a_past_day_has_not_yet_the_later_deliveries(capsys, db):
    early = planned_on(capsys, db, "2021-06-20")
    law = early["csa-2-detect-report-legislation"]
    assert (law["standing"], law["delivered_on"]) == ("due soon", None)
    assert early["csa-2-digital-services-act"]["delivered_by"] == "COM(2020) 825"
    assert planned_on(capsys, db, "2022-06-01")["csa-2-detect-report-legislation"]["standing"] == "delivered late"
    assert planned_on(capsys, db, "2020-07-01") == {}  # before the documents were adopted


def test_a_named_baseline_reads_as_its_day_and_an_unknown_name_is_one_sentence(capsys, db):
    on(date(2026, 1, 1), capsys, "--db", db, "baseline", "Council meeting 12 March 2021", "2021-03-12")
    assert planned_on(capsys, db, "Council meeting 12 March 2021") == planned_on(capsys, db, "2021-03-12")
    code, out, err = run_cli(capsys, FixedClock.on(date(2026, 1, 1)), "--db", db, "list", "--as-planned-on", "Board")
    assert code == 2 and err.count(".") >= 1 and "'Board' is neither a day" in err and "Council meeting 12 March 2021" in err


def test_a_named_baseline_is_deleted_by_name_and_an_unknown_one_is_one_sentence(capsys, db):
    later = FixedClock.on(date(2026, 1, 1))
    on(date(2026, 1, 1), capsys, "--db", db, "baseline", "Council meeting 12 March 2021", "2021-03-12")
    code, out, err = run_cli(capsys, later, "--db", db, "baseline", "--delete", "Board")
    assert code == 2 and "There is no baseline named 'Board'" in err and err.strip().count("\n") == 0
    code, out, err = run_cli(capsys, later, "--db", db, "baseline", "--delete", "Council meeting 12 March 2021")
    assert code == 0 and "Deleted the baseline 'Council meeting 12 March 2021' (2021-03-12)" in out
    code, out, err = run_cli(capsys, later, "--db", db, "baseline")
    assert "No named baselines yet" in out
    code, out, err = run_cli(capsys, later, "--db", db, "list", "--as-planned-on", "Council meeting 12 March 2021")
    assert code == 2 and "neither a day" in err
    assert planned_on(capsys, db, "2021-03-12")  # the day itself can still be compared with
