"""A plan file whose pages are damaged (cut short, overwritten) is named as damaged, in one
sentence that says what SQLite found; it is not "cannot be reached" (trying again will not help)
nor "another program's" (its tables are the planner's), and it is left exactly as it was."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.domain.clock import FixedClock
from tests.cli_run import run_cli

CLOCK = FixedClock.on(date(2020, 11, 15))
PAGE = 4096


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "cut short":
        data = data[: len(data) // 8]
    elif how == "pages overwritten":
        for at in range(2 * PAGE, len(data), PAGE):
            data[at + 100: at + 400] = b"\xab" * 300
    else:  # "a page zeroed": the second page, where one of the planner's tables begins
        data[PAGE: 2 * PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["cut short", "pages overwritten", "a page zeroed"])
@pytest.mark.parametrize("command", [["list"], ["add", "Report", "--due", "Q1 2021"], ["export", "ics", "-o", "out.ics"]])
def test_a_damaged_plan_file_is_named_as_damaged_and_left_as_it_was(capsys, tmp_path, monkeypatch, how, command):
    monkeypatch.chdir(tmp_path)
    plan = tmp_path / "plan.sqlite"
    assert run_cli(capsys, CLOCK, "--db", str(plan), "list")[0] == 0
    for suffix in ("-wal", "-shm"):
        Path(f"{plan}{suffix}").unlink(missing_ok=True)
    damage(plan, how)
    before = plan.read_bytes()
    code, out, err = run_cli(capsys, CLOCK, "--db", str(plan), *command)
    assert code == 2, out
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"planner: The database file {plan} is damaged (SQLite says: ")
    assert err.rstrip().endswith("), so nothing was read or changed; restore it from a backup.")
    assert plan.read_bytes() == before
