"""The calendar commands as an officer runs them: export ics, import .ics, serve, publish."""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from planner.calendar import credentials
from planner.cli import main
from planner.store.opening import open_plan_store

from .checks import assert_valid_ics, event_blocks, events
from .servers import PASSWORD, USER, free_port

KHAL_CONFIG = """[calendars]
[[planner]]
path = {folder}/
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = UTC
local_timezone = UTC
[sqlite]
path = {db}
"""


def planner(db_url, clock, *args):
    return main(["--db", db_url, *args], clock=clock)


def commitments(db_url, clock):
    s = open_plan_store(db_url, clock, seed=False)
    try:
        return s.load_plan().commitments
    finally:
        s.close()


def test_export_ics_on_the_seed_plan_is_valid_and_khal_and_radicale_take_it(db_url, clock, tmp_path, radicale, capsys):
    out = tmp_path / "plan.ics"
    assert planner(db_url, clock, "export", "ics", "-o", str(out), "--todos") == 0
    assert "Wrote 25 commitments" in capsys.readouterr().out
    data = out.read_bytes()
    assert_valid_ics(data)
    assert_valid_ics((tmp_path / "plan-tasks.ics").read_bytes())

    khal = Path(sys.executable).with_name("khal")
    folder = tmp_path / "khal"
    folder.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(KHAL_CONFIG.format(folder=folder, db=tmp_path / "khal.db"))
    done = subprocess.run([str(khal), "-c", str(config), "import", "--batch", "-a", "planner", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr.lower() and "error" not in done.stderr.lower()
    assert len(list(folder.glob("*.ics"))) == 25

    request = urllib.request.Request(radicale.calendar_url("whole"), data=data, method="PUT", headers={"Content-Type": "text/calendar; charset=utf-8"})
    request.add_header("Authorization", "Basic " + __import__("base64").b64encode(f"{USER}:{PASSWORD}".encode()).decode())
    with urllib.request.urlopen(request, timeout=30) as reply:
        assert reply.status in (200, 201)


def test_second_export_after_one_edit_differs_only_in_that_event(db_url, clock, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    planner(db_url, clock, "export", "ics", "-o", str(first))
    c = commitments(db_url, clock)[3]
    clock.advance(hours=3)
    assert planner(db_url, clock, "edit", str(c.id), "--title", "Renamed by the officer") == 0
    planner(db_url, clock, "export", "ics", "-o", str(second))
    before, after = event_blocks(first.read_bytes()), event_blocks(second.read_bytes())
    uid = f"{c.key}@planner"
    assert [u for u in before if before[u] != after[u]] == [uid]
    changed = {line.split(":")[0] for line in set(after[uid].replace("\r\n ", "").split("\r\n")) - set(before[uid].replace("\r\n ", "").split("\r\n"))}
    assert changed <= {"DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "SUMMARY", "DESCRIPTION"} and {"SEQUENCE", "SUMMARY"} <= changed


def test_export_subsets_and_one_file_per_strategy(db_url, clock, tmp_path):
    only = tmp_path / "drugs.ics"
    assert planner(db_url, clock, "export", "ics", "-o", str(only), "--strategy", "drugs", "--status", "planned", "--from", "2021-01-01") == 0
    plan_keys = {c.key for c in commitments(db_url, clock) if c.initiative_key.startswith("drugs-")}
    assert {str(e["UID"]).removesuffix("@planner") for e in events(only.read_bytes())} <= plan_keys
    folder = tmp_path / "per"
    folder.mkdir()
    assert planner(db_url, clock, "export", "ics", "-o", str(folder), "--per-strategy", "--todos") == 0
    assert sorted(p.name for p in folder.iterdir()) == ["csa-tasks.ics", "csa.ics", "drugs-tasks.ics", "drugs.ics", "firearms-tasks.ics", "firearms.ics"]
    for path in folder.iterdir():
        assert_valid_ics(path.read_bytes())


def test_export_to_a_missing_folder_is_one_sentence_and_writes_nothing(db_url, clock, tmp_path, capsys):
    assert planner(db_url, clock, "export", "ics", "-o", str(tmp_path / "nope" / "x.ics")) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("planner: ") and "does not exist" in err and len(err.splitlines()) == 1


def test_import_round_trips_refuses_a_broken_file_when_strict_and_skips_its_event_otherwise(db_url, clock, tmp_path, capsys):
    out = tmp_path / "plan.ics"
    planner(db_url, clock, "export", "ics", "-o", str(out))
    assert planner(db_url, clock, "import", str(out)) == 0
    assert "0 added, 0 updated" in capsys.readouterr().out
    before = commitments(db_url, clock)
    broken = tmp_path / "broken.ics"
    broken.write_bytes(out.read_bytes().replace(b"DTSTART;VALUE=DATE:20201231", b"DTSTART;VALUE=DATE:20201232", 1).replace(b"SUMMARY:", b"SUMMARY:Changed ", 1))
    assert planner(db_url, clock, "import", "--strict", str(broken)) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("planner: In broken.ics,") and "DTSTART" in err and len(err.splitlines()) == 1
    assert commitments(db_url, clock) == before
    # Without --strict the readable events come in and the broken one is named with its line.
    assert planner(db_url, clock, "import", str(broken)) == 0
    out = capsys.readouterr().out
    assert "0 added, 1 updated" in out and "1 item of broken.ics could not be read and was skipped:" in out
    assert "has a DTSTART that is not valid: Wrong date format 20201232." in out


def test_import_tells_how_recurring_events_were_read(db_url, clock, capsys):
    google = Path(__file__).parent / "files" / "google.ics"
    assert planner(db_url, clock, "import", str(google)) == 0
    out = capsys.readouterr().out
    assert "7 added" in out and "repeats: imported its 5 occurrences between 2018-01-01 and 2027-11-23" in out


@pytest.mark.parametrize("language, repeats", [
    ("fr", "se répète : ses 5 occurrences entre le 2018-01-01 et le 2027-11-23 ont été importées comme engagements distincts"),
    ("de", "wiederholt sich: ihre 5 Vorkommen zwischen 2018-01-01 und 2027-11-23 wurden als einzelne Verpflichtungen importiert"),
])
def test_what_an_ics_import_left_out_or_read_its_own_way_is_told_in_the_language(db_url, clock, tmp_path, capsys, language, repeats):
    google = Path(__file__).parent / "files" / "google.ics"
    assert planner(db_url, clock, "--language", language, "import", str(google)) == 0
    assert repeats in capsys.readouterr().out
    broken = tmp_path / "broken.ics"
    broken.write_bytes(google.read_bytes().replace(b"END:VEVENT", b"", 1))
    assert planner(db_url, clock, "--language", language, "import", str(broken)) == 0
    out = capsys.readouterr().out
    assert ("n'a pas pu être lu et a été ignoré :" if language == "fr" else "war nicht lesbar und wurde übersprungen:") in out
    assert ("ne se termine pas" if language == "fr" else "nicht beendet") in out or ("Ligne" if language == "fr" else "Zeile") in out


def test_serve_answers_refuses_a_taken_port_and_stops_on_ctrl_c(db_url, clock, capsys):
    port = free_port()
    planner(db_url, clock, "list")  # create and seed the plan first
    capsys.readouterr()
    server = subprocess.Popen([str(Path(sys.executable).with_name("planner")), "--db", db_url, "serve", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/calendar.ics", timeout=5) as reply:
                    assert reply.headers["Content-Type"] == "text/calendar; charset=utf-8"
                    assert_valid_ics(reply.read())
                    break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.2)
        assert planner(db_url, clock, "serve", "--port", str(port)) == 2
        assert f"The port {port} on 127.0.0.1 is already in use" in capsys.readouterr().err
        server.send_signal(signal.SIGINT)
        out, _ = server.communicate(timeout=20)
        assert server.returncode == 0
        assert f"webcal://127.0.0.1:{port}/calendar.ics" in out and "Stopped." in out
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_serve_takes_the_ipv6_loopback_as_host(db_url, clock, capsys):
    # A taken port shows the address was understood (it used to say ::1 is not an address here).
    with socket.socket(socket.AF_INET6) as taken:
        try:
            taken.bind(("::1", 0))
        except OSError:  # pragma: no cover (a machine without IPv6)
            pytest.skip("this machine has no IPv6 loopback")
        taken.listen()
        port = taken.getsockname()[1]
        assert planner(db_url, clock, "serve", "--host", "::1", "--port", str(port)) == 2
    assert capsys.readouterr().err.strip().endswith(f"The port {port} on ::1 is already in use by another program; choose another port (--port).")


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_publish_caldav_takes_the_password_from_the_keyring_and_remembers_the_rest(db_url, clock, radicale, memory_keyring, monkeypatch, capsys):
    import caldav

    caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD).principal().make_calendar(name="Team", cal_id="team")
    url = radicale.calendar_url("team")
    asked = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    assert planner(db_url, clock, "publish", "caldav", url, "--user", USER, "--remember", "--save-password") == 0
    assert asked and "25 created" in capsys.readouterr().out
    assert memory_keyring.saved == {(credentials.SERVICE, credentials.account(url, USER)): PASSWORD}
    assert planner(db_url, clock, "publish", "caldav") == 0  # address, user and password all remembered
    assert "0 created, 0 updated, 0 deleted, 25 unchanged" in capsys.readouterr().out
    assert len(asked) == 1
    plan_file = Path(db_url.removeprefix("sqlite:///")).read_bytes()
    assert PASSWORD.encode() not in plan_file


def test_publish_caldav_without_a_terminal_or_keyring_is_one_sentence(db_url, clock, memory_keyring, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert planner(db_url, clock, "publish", "caldav", "http://127.0.0.1:9/cal/", "--user", "x") == 2
    assert "no terminal to ask for it" in capsys.readouterr().err


def test_publish_file_writes_atomically_and_only_when_changed(db_url, clock, tmp_path, capsys):
    target = tmp_path / "sync" / "plan.ics"
    target.parent.mkdir()
    assert planner(db_url, clock, "publish", "file", str(target), "--remember") == 0
    assert_valid_ics(target.read_bytes())
    assert planner(db_url, clock, "publish", "file") == 0
    assert "Already current" in capsys.readouterr().out
    assert [p.name for p in target.parent.iterdir()] == ["plan.ics"]  # no temporary file left behind


def test_export_alarms_follow_the_plans_reminder_setting(db_url, clock, tmp_path):
    from planner.domain.reminders import reminders_for
    from planner.store.reminder_store import ReminderStore

    s = open_plan_store(db_url, clock)
    try:
        ReminderStore(s).set_plan_lead_days([14, 2])
        plan = s.load_plan()
    finally:
        s.close()
    out = tmp_path / "plan.ics"
    assert planner(db_url, clock, "export", "ics", "-o", str(out)) == 0
    by_uid = {str(e["UID"]): e for e in events(out.read_bytes())}
    for c in plan.commitments:
        alarms = by_uid[f"{c.key}@planner"].walk("VALARM")
        # A delivered commitment (the seed records some) needs no reminder.
        assert len(alarms) == len(reminders_for(c, (14, 2))) == (2 if c.reminder_days is None and c.delivered_on is None else len(alarms))
