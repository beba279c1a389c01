"""Opening databases: migrations from an empty file, SQLite settings, and clear errors."""
import sqlite3

import pytest
from sqlalchemy import inspect

from planner.store import engine as engines
from planner.store.errors import StoreError
from planner.store.opening import open_plan_store
from planner.store.tables import Base


def test_an_empty_file_is_migrated_to_the_newest_schema(tmp_path, clock):
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()  # a zero-byte database file, as a user might create
    store = open_plan_store(f"sqlite:///{path}", clock, seed=False)
    try:
        assert engines.current_revision(store.engine) == engines.head_revision()
        tables = set(inspect(store.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        store.close()


def test_the_migrations_build_exactly_the_tables_the_code_maps(tmp_path, clock):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    store = open_plan_store(f"sqlite:///{tmp_path / 'm.sqlite'}", clock, seed=False)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"the tables and the migrations disagree: {diff}"
    finally:
        store.close()


def test_sqlite_runs_with_wal_and_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_opening_twice_neither_migrates_nor_seeds_again(db_url, clock):
    first = open_plan_store(db_url, clock)
    count = len(first.load_plan().commitments)
    first.close()
    second = open_plan_store(db_url, clock)
    try:
        assert len(second.load_plan().commitments) == count
    finally:
        second.close()


def test_a_file_that_is_not_a_database_is_named_in_one_sentence(tmp_path, clock):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my meeting notes, not a database\n" * 100)
    with pytest.raises(StoreError) as err:
        open_plan_store(f"sqlite:///{bad}", clock)
    assert str(bad) in str(err.value) and "not a planner database" in str(err.value)
    assert bad.read_text().startswith("these are my meeting notes")  # left as it was


def test_a_folder_given_as_database_is_refused(tmp_path, clock):
    with pytest.raises(StoreError, match="is a folder"):
        open_plan_store(f"sqlite:///{tmp_path}", clock)


def test_a_url_that_is_not_a_database_url_is_refused(clock):
    with pytest.raises(StoreError, match="kind of database the planner does not know"):
        open_plan_store("nonsense://", clock)
