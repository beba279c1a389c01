"""Hearing the system wake from sleep: logind's PrepareForSleep(false) on the system bus.

Optional: without logind (or a system bus) `listening` is False and the scheduler's heartbeat,
which compares the wall clock with a monotonic one, notices the sleep within a beat.
"""
from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class SleepWatch(QObject):
    woke = Signal()

    def __init__(self, bus=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        self.bus = bus if bus is not None else QDBusConnection.systemBus()
        if self.bus.isConnected():
            service, path, interface = LOGIND
            self.listening = self.bus.connect(service, path, interface, "PrepareForSleep", self, SLOT("_prepare_for_sleep(bool)"))  # type: ignore[call-overload]  # PySide6's stubs lack this form of connect

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.woke.emit()
