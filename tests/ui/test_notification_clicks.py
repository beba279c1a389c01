"""A click on a desktop reminder brings the window forward with that commitment selected."""
from planner.app import build_window
from planner.domain.reminder_messages import Message
from planner.reminders.clickable import ClickableNotifications
from tests.doubles import RecordingNotifier


def test_clicking_a_reminder_opens_its_commitment(window, qtbot, session_bus):
    address, server = session_bus
    notifications = ClickableNotifications(bus=address)
    window.features.reminders.use_notifier(notifications)  # the window closes it with itself
    c = window.doc.plan.commitments[5]
    window.showMinimized()
    assert window.plan_view.current_commitment() is None or window.plan_view.current_commitment().id != c.id
    assert window.features.reminders.scheduler.notifier.notify(Message(f"Reminder: {c.title}", "due in 7 days", (c.id,)))
    assert server.stdout.readline().startswith("NOTIFY")  # shown; the stand-in service clicks it at once
    qtbot.waitUntil(lambda: window.plan_view.current_commitment() is not None and window.plan_view.current_commitment().id == c.id, timeout=10_000)
    assert not window.isMinimized()  # brought back, as a click on the tray's message does
    window.features.reminders.use_notifier(RecordingNotifier())  # lets go of the connection before the bus goes
    assert notifications.read_fd == -1


def test_notifications_replaced_or_left_with_the_window_are_closed(qtbot, db_url, clock, settings, session_bus):
    address, _server = session_bus
    w = build_window(db_url, clock, settings)
    first, second = ClickableNotifications(bus=address), ClickableNotifications(bus=address)
    w.features.reminders.use_notifier(first)
    w.features.reminders.use_notifier(second)
    assert first.read_fd == -1 and second.read_fd >= 0  # the one replaced let go of its pipe
    w.doc.close_store()
    w.deleteLater()
    qtbot.waitUntil(lambda: second.read_fd == -1, timeout=5_000)  # and the window took the other with it
