"""The document that delivered a commitment: kept by the store, carried by `list --json`, the
CSV and the calendar export, and read back from the plan's own .ics; an older plan gets it by
migration, with nothing lost."""
import csv
import json
import sqlite3
from datetime import date

import pytest

from planner.domain.clock import FixedClock
from planner.store import engine as engines
from planner.store.opening import open_plan_store
from tests.cli_run import run_cli

CLOCK = FixedClock.on(date(2022, 6, 1))


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "plan.sqlite")


def listed(capsys, db):
    code, out, err = run_cli(capsys, CLOCK, "--db", db, "list", "--json")
    assert code == 0, err
    return {r["id"]: r for r in json.loads(out)}


def test_the_delivering_document_travels_to_json_csv_and_ics_and_back(capsys, db, tmp_path):
    first = min(i for i, r in listed(capsys, db).items() if r["delivered_on"] is None)
    code, _, err = run_cli(capsys, CLOCK, "--db", db, "edit", str(first), "--delivered", "11 May 2022", "--delivered-by", "COM(2022) 209")
    assert code == 0, err
    row = listed(capsys, db)[first]
    assert (row["delivered_on"], row["delivered_by"]) == ("2022-05-11", "COM(2022) 209")
    assert all(r["delivered_by"] is None for i, r in listed(capsys, db).items() if r["delivered_on"] is None)

    sheet = tmp_path / "plan.csv"
    assert run_cli(capsys, CLOCK, "--db", db, "export", "csv", "-o", str(sheet))[0] == 0
    rows = {r["id"]: r for r in csv.DictReader(sheet.open(encoding="utf-8"))}
    assert rows[str(first)]["delivered_by"] == "COM(2022) 209"

    ics = tmp_path / "plan.ics"
    assert run_cli(capsys, CLOCK, "--db", db, "export", "ics", "-o", str(ics))[0] == 0
    text = ics.read_text(encoding="utf-8")
    assert "X-PLANNER-DELIVERED-BY:COM(2022) 209" in text
    assert "Delivered: 2022-05-11 by COM(2022) 209" in text.replace("\r\n ", "").replace("\\n", "\n")

    other = str(tmp_path / "other.sqlite")
    open_plan_store(f"sqlite:///{other}", CLOCK, seed=False).close()
    assert run_cli(capsys, CLOCK, "--db", other, "import", str(ics))[0] == 0
    back = [r for r in listed(capsys, other).values() if r["key"] == row["key"]]
    assert [(r["delivered_on"], r["delivered_by"]) for r in back] == [("2022-05-11", "COM(2022) 209")]


def test_a_plan_made_before_the_field_is_migrated_with_its_deliveries_kept(tmp_path):
    from alembic import command

    path = tmp_path / "old.sqlite"
    engine = engines.create(f"sqlite:///{path}")
    cfg = engines.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    engine.dispose()
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO strategies (id, key, title, reference, period_phrase, position) VALUES (1, 's', 'S', '', '', 0)")
        con.execute("INSERT INTO initiatives (id, key, strategy_id, number, title, position) VALUES (1, 'i', 1, '1', 'I', 0)")
        con.execute(
            "INSERT INTO commitments (key, initiative_id, position, title, description, actor, kind, status, due_phrase,"
            " due_start, due_end, due_precision, delivered_on, source_ref, section, quote, url, remind_when_window_opens,"
            " sequence, created_at, updated_at, version) VALUES ('k', 1, 0, 'Old', '', '', 'deadline', 'delivered', 'Q2 2021',"
            " '2021-04-01', '2021-06-30', 'quarter', '2022-05-11', '', '', '', '', 0, 0, '2022-01-01 00:00:00', '2022-01-01 00:00:00', 1)"
        )
    store = open_plan_store(f"sqlite:///{path}", CLOCK, seed=False)
    try:
        [c] = store.load_plan().commitments
        assert (c.delivered_on, c.delivered_by) == (date(2022, 5, 11), "")
        assert engines.stored_revision(store.engine) == engines.newest_revision()
    finally:
        store.close()

