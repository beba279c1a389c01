"""`planner remind`, as a cron job runs it: real database file, printed lines, exit codes."""
import json
from datetime import date, timedelta

import pytest

from planner.domain.clock import FixedClock

from tests.cli_run import run_cli

TODAY = date(2026, 11, 23)
CLOCK = FixedClock.on(TODAY)


def run(capsys, *argv):
    return run_cli(capsys, CLOCK, *argv)


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "plan.sqlite")
    code, _out, err = run(capsys, "--db", path, "add", "Pilot report", "--due", (TODAY + timedelta(days=7)).isoformat())
    assert code == 0, err
    return path


def remind(capsys, db, day: date, *more):
    return run(capsys, "--db", db, "remind", "--as-of", day.isoformat(), *more)


def test_the_30_7_and_1_day_reminders_are_printed_once_each_on_their_days(capsys, db):
    for lead in (30, 7, 1):
        day = TODAY + timedelta(days=7 - lead)
        code, out, _ = remind(capsys, db, day)
        assert code == 1
        assert f"{lead} day" in out and "Pilot report" in out and "1 reminder due, now marked shown." in out
        code, out, _ = remind(capsys, db, day)
        assert (code, out.strip()) == (0, f"No reminders due as of {day.isoformat()}.")


def test_json_entries_carry_the_commitment_the_lead_time_and_the_fire_date(capsys, db):
    code, out, _ = remind(capsys, db, TODAY, "--json")
    [entry] = json.loads(out)
    assert code == 1
    assert (entry["title"], entry["lead_days"], entry["fires_on"]) == ("Pilot report", 7, TODAY.isoformat())
    assert isinstance(entry["commitment_id"], int) and entry["reminder"] == "7 days before"
    code, out, _ = remind(capsys, db, TODAY, "--json")
    assert (code, json.loads(out)) == (0, [])


def test_peek_prints_without_marking_them_shown(capsys, db):
    for _ in range(2):
        code, out, _ = remind(capsys, db, TODAY, "--peek")
        assert code == 1 and "not marked shown" in out
    assert remind(capsys, db, TODAY)[0] == 1
    assert remind(capsys, db, TODAY, "--peek")[0] == 0


def test_the_seed_plan_in_the_past_has_nothing_due(capsys, tmp_path):
    code, out, _ = run(capsys, "--db", str(tmp_path / "seed.sqlite"), "remind")
    assert (code, out.strip()) == (0, f"No reminders due as of {TODAY.isoformat()}.")


def test_notify_without_a_notification_service_says_so_and_still_prints(capsys, db, monkeypatch, tmp_path):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no user bus socket either
    monkeypatch.setenv("PATH", "/nonexistent")
    code, out, err = remind(capsys, db, TODAY, "--notify")
    assert code == 1 and "Pilot report" in out
    assert err.strip() == "planner: no desktop notification service is available; the reminders were only printed."


def test_notify_sends_one_desktop_notification(capsys, db, monkeypatch):
    from planner.reminders import desktop
    from planner.reminders.desktop import RecordingNotifier

    sent = RecordingNotifier()
    monkeypatch.setattr(desktop, "desktop_notifier", lambda: sent)
    assert remind(capsys, db, TODAY, "--notify")[0] == 1
    assert sent.titles == ["Reminder: Pilot report"]


def test_a_bad_date_is_one_sentence(capsys, db):
    with pytest.raises(SystemExit) as stop:
        run(capsys, "--db", db, "remind", "--as-of", "tomorrow")
    assert stop.value.code == 2
    assert "'tomorrow' is not a date" in capsys.readouterr().err
