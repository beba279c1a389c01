"""Waking from sleep is heard from logind on the bus (here: a private bus standing in for it)."""
import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from planner.reminders.wakeups import LOGIND, SleepWatch


@pytest.fixture(autouse=True)
def named_connections():
    """The two connections the tests open by name on their private bus, closed after each."""
    yield
    QDBusConnection.disconnectFromBus("watcher")
    QDBusConnection.disconnectFromBus("logind")


def test_prepare_for_sleep_false_means_the_system_woke(qtbot, private_bus):
    watch = SleepWatch(QDBusConnection.connectToBus(private_bus, "watcher"))
    assert watch.listening
    woke = []
    watch.woke.connect(lambda: woke.append(1))
    logind = QDBusConnection.connectToBus(private_bus, "logind")
    assert logind.registerService(LOGIND[0])
    for going in (True, False):
        signal = QDBusMessage.createSignal(LOGIND[1], LOGIND[2], "PrepareForSleep")
        signal.setArguments([going])
        logind.send(signal)
    qtbot.waitUntil(lambda: bool(woke), timeout=5000)
    qtbot.wait(100)
    assert woke == [1]  # going to sleep is not waking


def test_without_a_bus_it_quietly_does_not_listen(qtbot):
    watch = SleepWatch(QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "nobus"))
    assert not watch.listening
