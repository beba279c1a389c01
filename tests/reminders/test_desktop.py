"""Desktop notifications: the freedesktop call goes out with the signature strict servers want."""
import os
import time

import pytest

from planner.domain.reminder_messages import Message
from planner.reminders.clickable import ClickableNotifications
from planner.reminders.desktop import (
    FirstThatWorks,
    FreedesktopNotifier,
    NotifySendNotifier,
)
from tests.doubles import RecordingNotifier


def test_a_freedesktop_notification_reaches_the_service(session_bus):
    address, server = session_bus
    assert FreedesktopNotifier(bus=address).notify(Message("Reminder: Pilot report", "Pilot report — due in 7 days", (1,)))
    assert server.stdout.readline().rstrip("\n").split("\t") == ["NOTIFY", "Planner", "Reminder: Pilot report", "Pilot report — due in 7 days"]


def test_a_click_on_a_notification_names_its_commitments(session_bus):
    """The service clicks each notification that can be opened (see the fake service)."""
    address, server = session_bus
    notifications = ClickableNotifications(bus=address)
    try:
        assert notifications.notify(Message("Reminder: Pilot report", "Pilot report — due in 7 days", (41,)))
        assert server.stdout.readline().startswith("NOTIFY\tPlanner\tReminder: Pilot report")
        clicked: list = []
        deadline = time.monotonic() + 10
        while not clicked and time.monotonic() < deadline:
            clicked = notifications.clicked()
            time.sleep(0.02)
        assert clicked == [(41,)]
        assert notifications.clicked() == []  # each click is told once
    finally:
        notifications.close()


def test_without_a_session_bus_the_clickable_notifier_says_it_could_not(tmp_path):
    notifications = ClickableNotifications(bus=f"unix:path={tmp_path / 'no-bus'}")
    assert not notifications.notify(Message("t", "b", (1,)))
    assert notifications.clicked() == []


def test_without_a_session_bus_the_notifier_says_it_could_not(tmp_path):
    assert not FreedesktopNotifier(bus=f"unix:path={tmp_path / 'no-bus'}").notify(Message("t", "b", ()))


def test_notify_send_is_used_when_it_works(tmp_path):
    log = tmp_path / "sent"
    fake = tmp_path / "notify-send"
    fake.write_text(f"#!/bin/sh\necho \"$@\" > {log}\n")
    fake.chmod(0o755)
    assert NotifySendNotifier(str(fake)).notify(Message("Reminder: X", "X — due today", ()))
    assert log.read_text().strip() == "--app-name Planner --icon appointment-soon Reminder: X X — due today"
    assert not NotifySendNotifier(str(tmp_path / "missing")).notify(Message("t", "b", ()))


def test_the_first_notifier_that_works_shows_the_message(tmp_path):
    recorder = RecordingNotifier()
    broken = NotifySendNotifier(str(tmp_path / "missing"))
    assert FirstThatWorks([broken, recorder]).notify(Message("t", "b", ()))
    assert recorder.titles == ["t"]


def test_the_session_bus_is_found_without_the_environment_variable_as_cron_runs(tmp_path):
    from planner.reminders.dbus import session_bus_address

    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "bus").touch()
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:path={tmp_path / 'bus'}"


def test_closed_notifications_let_go_of_their_pipe_and_show_nothing_more(session_bus):
    address, _server = session_bus
    notifications = ClickableNotifications(bus=address)
    fds = (notifications.read_fd, notifications._write_fd)
    notifications.close()
    for fd in fds:
        try:
            os.fstat(fd)
            still_open = True
        except OSError:
            still_open = False
        assert not still_open
    assert not notifications.notify(Message("t", "b", (1,)))
    assert notifications.clicked() == []


# jeepney's reading thread ends with an exception when its socket is closed under it, as here.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_dropped_connection_is_opened_again_for_the_next_reminder(session_bus):
    address, server = session_bus
    notifications = ClickableNotifications(bus=address)
    try:
        assert notifications.notify(Message("first", "b", (1,)))
        notifications._connection.close()  # the bus connection drops (the session bus restarted, say)
        assert not notifications.notify(Message("lost", "b", (2,)))
        assert notifications.notify(Message("third", "b", (3,)))  # a new connection
        clicked: list = []
        deadline = time.monotonic() + 10
        while (3,) not in clicked and time.monotonic() < deadline:
            clicked += notifications.clicked()
            time.sleep(0.02)
        assert (3,) in clicked
    finally:
        notifications.close()
