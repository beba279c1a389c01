"""The store's own tests, run again on PostgreSQL, plus what only a server database shows.

The tests of `test_plan_store`, `test_seed` and `test_opening` are collected here a second time
with `db_url` pointing at a fresh PostgreSQL database; those that work on SQLite files
themselves (they mention sqlite) stay SQLite-only.
"""
import inspect

from sqlalchemy import inspect as inspect_db

from planner.store import engine as engines
from planner.store.opening import open_plan_store
from planner.store.tables import Base
from tests.store import test_opening, test_plan_store, test_seed

for _module in (test_plan_store, test_seed, test_opening):
    for _name, _test in vars(_module).items():
        if _name.startswith("test_") and callable(_test) and "sqlite" not in inspect.getsource(_test).lower():
            globals()[_name] = _test


def test_postgresql_gets_every_migration_and_exactly_the_mapped_tables(db_url, clock):
    store = open_plan_store(db_url, clock, seed=False)
    try:
        assert store.engine.dialect.name == "postgresql"
        assert engines.current_revision(store.engine) == engines.head_revision()
        found = set(inspect_db(store.engine).get_table_names()) - {"alembic_version"}
        assert found == set(Base.metadata.tables)
    finally:
        store.close()
