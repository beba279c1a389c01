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
    from tests.doubles import RecordingNotifier

    sent = RecordingNotifier()
    monkeypatch.setattr(desktop, "desktop_notifier", lambda: sent)
    assert remind(capsys, db, TODAY, "--notify")[0] == 1
    assert sent.titles == ["Reminder: Pilot report"]


def test_a_bad_date_is_one_sentence(capsys, db):
    with pytest.raises(SystemExit) as stop:
        run(capsys, "--db", db, "remind", "--as-of", "tomorrow")
    assert stop.value.code == 2
    assert "'tomorrow' is not a date" in capsys.readouterr().err


def test_on_a_fresh_seed_plan_the_lead_time_a_past_day_falls_in_is_reminded(capsys, tmp_path):
    """'by Q4 2020' ends on 31 December: as of 2 December 2020 its 30-day reminder (1 December)
    is due, though nothing was ever looked at before. (Not 'by Q2 2021': the seed records its
    delivery, and a delivered commitment needs no reminder.)"""
    seed = str(tmp_path / "seed.sqlite")
    code, out, _ = run(capsys, "--db", seed, "remind", "--as-of", "2020-12-02", "--peek")
    assert code == 1
    lines = [line for line in out.splitlines() if "#" in line]
    assert lines and all("30 days before" in line for line in lines)
    assert any("(by Q4 2020)" in line and line.startswith("2020-12-01") for line in lines)


def test_reminders_long_past_their_deadline_come_once_as_overdue(capsys, tmp_path):
    """Looked at once in January 2021, then today: each commitment whose reminders piled up
    since is told once, as overdue, not as '30 days before … overdue by 1892 days' and more."""
    seed = str(tmp_path / "seed.sqlite")
    run(capsys, "--db", seed, "remind", "--as-of", "2021-01-01")
    code, out, _ = run(capsys, "--db", seed, "remind")
    lines = [line for line in out.splitlines() if "#" in line]
    assert code == 1 and lines
    assert not any("days before" in line for line in lines)
    assert all("overdue" in line for line in lines)
    ids = [line.split("#")[1].split()[0] for line in lines]
    assert len(ids) == len(set(ids))  # one notice a commitment
    assert remind(capsys, seed, TODAY)[0] == 0  # and not again


def test_a_negative_lead_time_says_what_is_wrong():
    from planner.domain.reminders import parse_lead_days

    with pytest.raises(ValueError) as refused:
        parse_lead_days("30, -1")
    assert "'-1' is before the due date's end" in str(refused.value) and "not a whole number" not in str(refused.value)
