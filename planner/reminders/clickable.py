"""Desktop notifications that open the commitment when the officer clicks them.

A freedesktop notification server tells a click with the `ActionInvoked` signal, sent to the
connection that showed the notification; so, unlike `FreedesktopNotifier` (one connection per
message, enough for `planner remind --notify`), the window keeps one connection open for as
long as it runs, through jeepney's router, whose own thread reads it. Clicks wait in a queue;
each one also writes a byte to a pipe, which the window watches (a QSocketNotifier), so nothing
polls and no Qt object is touched from the router's thread.
"""
from __future__ import annotations

import os
import queue
from typing import Any

from planner.domain.reminder_messages import Message

from .dbus import APP_NAME, ICON, session_bus_address

PATH, NAME = "/org/freedesktop/Notifications", "org.freedesktop.Notifications"
OPEN = "default"  # the action a click on the notification's body invokes
REMEMBERED = 500  # notifications whose click is still awaited, newest kept


class _WakingQueue(queue.Queue):
    """A queue that writes a byte to `wake_fd` for every item put in it."""

    def __init__(self, wake_fd: int) -> None:
        super().__init__()
        self.wake_fd = wake_fd

    def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None:
        super().put(item, block, timeout)
        try:
            os.write(self.wake_fd, b"!")
        except OSError:
            pass  # closed meanwhile: the window is going away


class ClickableNotifications:
    def __init__(self, bus: str | None = None, timeout: float = 3.0) -> None:
        self.bus, self.timeout = bus or session_bus_address() or "SESSION", timeout
        self.read_fd, self._write_fd = os.pipe()
        os.set_blocking(self.read_fd, False)
        self._router: Any = None
        self._connection: Any = None
        self._clicks: _WakingQueue | None = None
        self._shown: dict[int, tuple[int, ...]] = {}  # notification id -> its commitments

    def notify(self, message: Message) -> bool:
        if self._write_fd < 0:
            return False  # closed with its window
        try:
            from jeepney import DBusAddress, MessageType, new_method_call

            router = self._connected()
        except Exception:  # noqa: BLE001 - no jeepney, no bus, a refusal: the next way of showing it is tried
            return False
        service = DBusAddress(PATH, bus_name=NAME, interface=NAME)
        hints = {"category": ("s", "reminder"), "desktop-entry": ("s", "planner")}
        actions = [OPEN, "Open in Planner"] if message.commitment_ids else []
        call = new_method_call(service, "Notify", "susssasa{sv}i", (APP_NAME, 0, ICON, message.title, message.body, actions, hints, -1))
        try:
            reply = router.send_and_get_reply(call, timeout=self.timeout)
        except Exception:  # noqa: BLE001 - the connection broke (socket closed, router stopped, no answer)
            self._disconnect()  # the next reminder opens a new connection
            return False
        if reply.header.message_type is not MessageType.method_return:
            return False
        if actions:
            self._shown[int(reply.body[0])] = message.commitment_ids
            while len(self._shown) > REMEMBERED:
                del self._shown[next(iter(self._shown))]
        return True

    def clicked(self) -> list[tuple[int, ...]]:
        """The commitments of each notification clicked since the last call; never waits."""
        try:
            while os.read(self.read_fd, 4096):
                pass
        except OSError:
            pass  # drained (or closed)
        found = []
        while self._clicks is not None:
            try:
                signal = self._clicks.get_nowait()
            except queue.Empty:
                break
            notification, action = signal.body[0], signal.body[1]
            ids = self._shown.pop(int(notification), None)
            if ids and action == OPEN:
                found.append(ids)
        return found

    def close(self) -> None:
        """Let go of the connection, then of the pipe its thread writes to (the window is closing)."""
        self._disconnect()
        for fd in (self.read_fd, self._write_fd):
            if fd >= 0:
                os.close(fd)
        self.read_fd = self._write_fd = -1

    def _disconnect(self) -> None:
        if self._router is not None:
            router, connection = self._router, self._connection
            self._router = self._connection = self._clicks = None
            try:
                router.close()  # stops its reading thread
                connection.close()
            except Exception:  # noqa: BLE001 - a connection that broke may fail to close in many ways; it is dropped either way
                pass

    def _connected(self) -> Any:
        if self._router is None:
            from jeepney import MatchRule, message_bus
            from jeepney.io.threading import DBusRouter, Proxy, open_dbus_connection

            connection = open_dbus_connection(bus=self.bus)
            router = DBusRouter(connection)
            rule = MatchRule(type="signal", interface=NAME, member="ActionInvoked", path=PATH)
            self._clicks = _WakingQueue(self._write_fd)
            router.filter(rule, queue=self._clicks)
            try:
                Proxy(message_bus, router).AddMatch(rule, _timeout=self.timeout)
            except BaseException:
                router.close()
                connection.close()
                raise
            self._router, self._connection = router, connection
        return self._router
