"""Excel in and out through the command line, and the workbook opened with openpyxl as a reader
(Excel, LibreOffice) would see it."""
import json
import sqlite3
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from planner.domain.clock import FixedClock
from tests.cli_run import run_cli

CLOCK = FixedClock.on(date(2020, 11, 15))


def run(capsys, *argv):
    return run_cli(capsys, CLOCK, *argv)


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "plan.sqlite")


def listed(capsys, db):
    code, out, err = run(capsys, "--db", db, "list", "--json")
    assert code == 0, err
    return json.loads(out)


def every_row(db):
    """Every stored row but the change counter (which tells open windows to look again)."""
    with sqlite3.connect(db) as con:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table' and name != 'plan_changes'")]
        return {t: con.execute(f'select * from "{t}"').fetchall() for t in tables}


def exported(capsys, db, tmp_path):
    out_file = tmp_path / "plan.xlsx"
    code, out, err = run(capsys, "--db", db, "export", "xlsx", "-o", str(out_file))
    assert code == 0, err
    assert "commitments" in out
    return out_file


def test_the_export_reads_as_a_sheet_people_can_use(capsys, db, tmp_path):
    out_file = exported(capsys, db, tmp_path)
    book = load_workbook(out_file)
    assert book.sheetnames == ["Commitments", "Key dates"]
    sheet = book["Commitments"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["ID", "Key", "Strategy"]
    for heading in ("Title", "Due (as written)", "Window start", "Window end", "Status", "Source", "Quote"):
        assert heading in header
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.column_dimensions["G"].width >= 40  # the title column is readable
    plan = listed(capsys, db)
    assert sheet.max_row == len(plan) + 1
    row = {h: c.value for h, c in zip(header, sheet[2], strict=True)}
    first = next(c for c in plan if c["title"] == row["Title"])
    # Dates are real Excel dates, shown as days, not text.
    assert isinstance(row["Window start"], datetime)
    assert row["Window start"].date().isoformat() == first["due_start"]
    assert row["Window end"].date().isoformat() == first["due_end"]
    assert sheet.cell(2, header.index("Window end") + 1).number_format == "yyyy-mm-dd"
    assert row["Due (as written)"] == first["due"]
    key_dates = book["Key dates"]
    assert [c.value for c in key_dates[1]] == ["Day", "Key date", "Source", "Quote"]


def test_importing_its_own_export_changes_nothing(capsys, db, tmp_path):
    out_file = exported(capsys, db, tmp_path)
    before = every_row(db)
    code, out, err = run(capsys, "--db", db, "import", str(out_file))
    assert code == 0, err
    assert "0 added" in out
    assert every_row(db) == before


def test_a_sheet_an_officer_made_imports(capsys, db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Commitments agreed at the unit meeting"])
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["Notes", "Due", "Responsible", "Title", "Delivered on"])  # another order, an extra column
    sheet.append(["call DG HOME", "by Q3 2021", "Europol", "Report on the hub", None])
    sheet.append([None, datetime(2021, 3, 31), "the Commission", "Call for evidence", "2021-03-30"])
    path = tmp_path / "meeting.xlsx"
    book.save(path)
    count = len(listed(capsys, db))
    code, out, err = run(capsys, "--db", db, "import", str(path))
    assert code == 0, err
    assert "2 added" in out
    plan = {c["title"]: c for c in listed(capsys, db)}
    assert len(plan) == count + 2
    hub = plan["Report on the hub"]
    assert (hub["due"], hub["due_start"], hub["due_end"], hub["actor"]) == ("by Q3 2021", "2021-07-01", "2021-09-30", "Europol")
    call = plan["Call for evidence"]
    assert (call["due_end"], call["delivered_on"]) == ("2021-03-31", "2021-03-30")


@pytest.mark.parametrize("cell_value, message", [
    ("31/13/2021", "cell E4: '31/13/2021' is not a day"),
    ("soon", "cell E4: 'soon' is not a day"),
])
def test_a_bad_cell_is_named_and_nothing_is_stored(capsys, db, tmp_path, cell_value, message):
    book = Workbook()
    sheet = book.active
    sheet.append(["Title", "Due", "Responsible", "Notes", "Delivered on"])
    sheet.append(["Fine", "Q4 2021", "", "", None])
    sheet.append(["Also fine", "2021", "", "", None])
    sheet.append(["Bad", "Q1 2022", "", "", cell_value])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    listed(capsys, db)
    before = every_row(db)
    code, out, err = run(capsys, "--db", db, "import", str(path))
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert every_row(db) == before


def test_a_bad_due_phrase_names_its_row(capsys, db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Title", "Due"])
    sheet.append(["Bad", "sometime"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    listed(capsys, db)
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 2
    assert "sheet 'Sheet', row 2" in err and "sometime" in err


def test_a_sheet_without_the_needed_columns_says_so(capsys, db, tmp_path):
    book = Workbook()
    book.active.append(["Name", "When"])
    path = tmp_path / "other.xlsx"
    book.save(path)
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 2
    assert "no header row naming the columns 'title' and 'due'" in err


def test_a_header_naming_a_column_twice_is_one_sentence_and_nothing_is_stored(capsys, db, tmp_path):
    book = Workbook()
    book.active.append(["Title", "Due", "Notes", "due"])
    book.active.append(["Report", "Q1 2021", "", "Q2 2021"])
    path = tmp_path / "twice.xlsx"
    book.save(path)
    run(capsys, "--db", db, "list")
    before = every_row(db)
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 2
    assert err.strip() == "planner: In twice.xlsx, sheet 'Sheet', the header in row 1 names the column 'due' twice (cells B1 and D1); name each column once."
    assert every_row(db) == before


def test_a_file_that_is_not_a_workbook_is_one_sentence(capsys, db, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("title,due\nx,2021\n")
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 2
    assert "is not an Excel workbook" in err and "Traceback" not in err


def test_key_dates_come_back_from_the_second_sheet(capsys, db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Commitments"
    sheet.append(["Title", "Due"])
    sheet.append(["Something", "Q2 2021"])
    days = book.create_sheet("Key dates")
    days.append(["Day", "Key date", "Source", "Quote"])
    days.append([datetime(2021, 3, 12), "Council meeting", "", ""])
    path = tmp_path / "with-days.xlsx"
    book.save(path)
    code, out, err = run(capsys, "--db", db, "import", str(path))
    assert code == 0, err
    with sqlite3.connect(db) as con:
        labels = [r[0] for r in con.execute("select label from key_dates where day = '2021-03-12'")]
    assert labels == ["Council meeting"]
