"""PostgreSQL fixtures: one throwaway cluster per test session, one new database per test.

Tests that ask for `pg_url` are skipped, with the reason shown, only where PostgreSQL is not
installed at all (`make test` installs it); a cluster that is installed but fails to start fails.
"""
from __future__ import annotations

import pytest

from tests.pg_server import PgServer, find_bin_dir

NOT_INSTALLED = "PostgreSQL is not installed here (no initdb under /usr/lib/postgresql/*/bin or on PATH); `make test` installs Debian's postgresql package"


def _bin_dir_or_skip():
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip(NOT_INSTALLED)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("the psycopg driver is not installed; run `make setup`")
    return bin_dir


@pytest.fixture(scope="session")
def pg_server():
    server = PgServer(_bin_dir_or_skip()).start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """The URL of a new, empty database on the session's cluster; dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def own_pg_server():
    """A cluster of this test's own, for tests that stop and restart the server."""
    server = PgServer(_bin_dir_or_skip()).start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request, tmp_path):
    """The same test on a SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'plan.sqlite'}"
    return request.getfixturevalue("pg_url")
