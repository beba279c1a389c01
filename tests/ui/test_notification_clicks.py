"""A click on a desktop reminder brings the window forward with that commitment selected."""
from planner.domain.reminder_messages import Message
from planner.reminders.clickable import ClickableNotifications


def test_clicking_a_reminder_opens_its_commitment(window, qtbot, session_bus):
    address, server = session_bus
    notifications = ClickableNotifications(bus=address)
    window.reminders.use_notifier(notifications)
    try:
        c = window.doc.plan.commitments[5]
        window.showMinimized()
        assert window.plan_view.current_commitment() is None or window.plan_view.current_commitment().id != c.id
        assert window.reminders.scheduler.notifier.notify(Message(f"Reminder: {c.title}", "due in 7 days", (c.id,)))
        assert server.stdout.readline().startswith("NOTIFY")  # shown; the stand-in service clicks it at once
        qtbot.waitUntil(lambda: window.plan_view.current_commitment() is not None and window.plan_view.current_commitment().id == c.id, timeout=10_000)
        assert not window.isMinimized()  # brought back, as a click on the tray's message does
    finally:
        notifications.close()
