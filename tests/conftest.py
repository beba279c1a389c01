"""Shared fixtures: a fixed clock, and a real SQLite file per test in a temporary folder."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

# Qt widgets render offscreen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The officer's own settings (~/.config/planner) are never read or written by the tests: the
# command line reads Preferences from there, and a developer's choices must not change a result.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="planner-tests-config-")

from planner.domain.clock import FixedClock  # noqa: E402
from planner.store.opening import open_plan_store  # noqa: E402
from tests.pg_fixtures import (  # noqa: E402,F401  (PostgreSQL: a throwaway cluster)
    any_db_url,
    own_pg_server,
    pg_server,
    pg_url,
)

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, speaking English as `planner-app` does: with the English catalogue,
    which gives the counted phrases ("%n commitment(s)") their singular and plural."""
    from planner.i18n import install_translators

    translators = install_translators(qapp, "en")
    yield qapp
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def private_bus():
    """The address of a private D-Bus bus of this test's own (a dbus-daemon, stopped after it)."""
    daemon = shutil.which("dbus-daemon")
    if not daemon:
        pytest.skip("dbus-daemon is not installed (make test installs it)")
    bus = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True)
    try:
        yield bus.stdout.readline().strip()
    finally:
        bus.kill()
        bus.wait()


@pytest.fixture
def session_bus(private_bus):
    """A private session bus with a stand-in notification service on it: (address, service)."""
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_bus, "QT_QPA_PLATFORM": "offscreen"}
    service = Path(__file__).parent / "reminders" / "fake_notification_server.py"
    server = subprocess.Popen([sys.executable, str(service)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().strip() == "READY"
        yield private_bus, server
    finally:
        server.kill()
        server.wait()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(TODAY)


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'plan.sqlite'}"


@pytest.fixture
def store(db_url, clock):
    s = open_plan_store(db_url, clock)
    yield s
    s.close()


@pytest.fixture
def empty_store(db_url, clock):
    s = open_plan_store(db_url, clock, seed=False)
    yield s
    s.close()


@pytest.fixture
def two_stores(any_db_url, clock):
    """Two officers' stores on one database (SQLite and PostgreSQL): two engines, as two apps."""
    mine = open_plan_store(any_db_url, clock)
    theirs = open_plan_store(any_db_url, clock)
    yield mine, theirs
    mine.close()
    theirs.close()
