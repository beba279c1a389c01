"""'Due soon' on the command line is the officer's choice in Preferences → Reminders, as in the
window: a deadline 21 days away is due soon for an officer who asked for 30 days, not for 14."""
import json
from datetime import date

from planner.cli import main
from planner.domain.clock import FixedClock
from planner.locations import user_settings
from planner.reminders.user_settings import HORIZON_KEY

CLOCK = FixedClock.on(date(2020, 12, 10))  # 'by Q4 2020' ends 21 days later


def workshop_standing(capsys, db) -> str:
    assert main(["--db", db, "list", "--json"], clock=CLOCK) == 0
    rows = json.loads(capsys.readouterr().out)
    return next(r["standing"] for r in rows if r["title"] == "Expert workshop on prevention")


def test_the_command_line_calls_due_soon_what_preferences_call_due_soon(capsys, tmp_path):
    db = str(tmp_path / "plan.sqlite")
    settings = user_settings()
    settings.remove(HORIZON_KEY)
    settings.sync()
    assert workshop_standing(capsys, db) == "planned"  # the default, 14 days
    settings.setValue(HORIZON_KEY, 30)
    settings.sync()
    try:
        assert workshop_standing(capsys, db) == "due soon"
        assert main(["--db", db, "list", "--search", "Expert workshop"], clock=CLOCK) == 0
        assert "due soon" in capsys.readouterr().out
    finally:
        settings.remove(HORIZON_KEY)
        settings.sync()


def test_an_exported_sheet_and_a_status_filter_agree_with_the_listing(capsys, tmp_path):
    db, out = str(tmp_path / "plan.sqlite"), tmp_path / "plan.csv"
    settings = user_settings()
    settings.setValue(HORIZON_KEY, 30)
    settings.sync()
    try:
        assert main(["--db", db, "export", "csv", "-o", str(out), "--status", "due soon"], clock=CLOCK) == 0
        text = out.read_text(encoding="utf-8")
        assert "Expert workshop on prevention" in text and ",due soon," in text
    finally:
        settings.remove(HORIZON_KEY)
        settings.sync()
