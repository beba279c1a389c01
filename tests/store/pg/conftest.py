"""Everything under tests/store/pg/ runs on a PostgreSQL database of its own (see tests/pg_fixtures.py)."""
import pytest


@pytest.fixture
def db_url(pg_url) -> str:
    return pg_url
