"""Desktop notifications without a window: the freedesktop notification service, else notify-send.

Used by the app (before its tray icon) and by `planner remind --notify`. PySide6's QtDBus cannot
send the uint32 that `Notify` requires (a Python int goes out as int32 or uint16 and the
service rejects the call), so the call is made with jeepney, the pure-Python D-Bus library
keyring already brings on Linux.
"""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
from collections.abc import Sequence
from typing import Protocol

from planner.domain.reminder_messages import Message

from .dbus import APP_NAME, ICON, session_bus_address


class Notifier(Protocol):
    def notify(self, message: Message) -> bool:
        """Show `message`; False when it could not be shown (the caller may try another way)."""
        ...


class FreedesktopNotifier:
    """org.freedesktop.Notifications on the session bus (GNOME, KDE, XFCE, dunst, mako...)."""

    def __init__(self, bus: str | None = None, timeout: float = 3.0) -> None:
        self.bus, self.timeout = bus or session_bus_address() or "SESSION", timeout

    @staticmethod
    def possible() -> bool:
        # Whether jeepney is installed, without loading it: that waits for the first reminder.
        return importlib.util.find_spec("jeepney") is not None and session_bus_address() is not None

    def notify(self, message: Message) -> bool:
        try:
            from jeepney import DBusAddress, MessageType, new_method_call
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return False
        service = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications", interface="org.freedesktop.Notifications")
        hints = {"category": ("s", "reminder"), "desktop-entry": ("s", "planner")}
        call = new_method_call(service, "Notify", "susssasa{sv}i", (APP_NAME, 0, ICON, message.title, message.body, [], hints, -1))
        try:
            with open_dbus_connection(bus=self.bus) as conn:
                reply = conn.send_and_get_reply(call, timeout=self.timeout)
        except (OSError, KeyError, ValueError, TimeoutError, RuntimeError):
            return False  # no session bus, or it did not answer in time
        return reply.header.message_type is MessageType.method_return


class NotifySendNotifier:
    """The `notify-send` command (libnotify), when it is on PATH."""

    def __init__(self, command: str | None = None) -> None:
        self.command = command or shutil.which("notify-send")

    def notify(self, message: Message) -> bool:
        if not self.command:
            return False
        argv = [self.command, "--app-name", APP_NAME, "--icon", ICON, message.title, message.body]
        try:
            return subprocess.run(argv, capture_output=True, timeout=10, check=False).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            return False


class FirstThatWorks:
    """Try each notifier in turn until one shows the message."""

    def __init__(self, notifiers: Sequence[Notifier]) -> None:
        self.notifiers = list(notifiers)

    def notify(self, message: Message) -> bool:
        return any(n.notify(message) for n in self.notifiers)


def desktop_notifiers(clickable: bool = False) -> list[Notifier]:
    """The ways this desktop offers, best first (may be empty). `clickable`: for the window, which
    opens the commitment of a notification the officer clicks (see clickable.py)."""
    found: list[Notifier] = []
    if FreedesktopNotifier.possible():
        if clickable:
            from .clickable import ClickableNotifications

            found.append(ClickableNotifications())
        else:
            found.append(FreedesktopNotifier())
    if shutil.which("notify-send"):
        found.append(NotifySendNotifier())
    return found


def desktop_notifier() -> Notifier | None:
    found = desktop_notifiers()
    return FirstThatWorks(found) if found else None
