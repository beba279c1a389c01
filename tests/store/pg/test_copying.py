"""`copy_plan`: SQLite -> PostgreSQL -> SQLite keeps every row of every table as it was."""
from datetime import date

import pytest
from sqlalchemy import create_engine, select

from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, KeyDate, Status
from planner.store.copying import copy_plan, plan_tables
from planner.store.errors import StoreError
from planner.store.opening import open_plan_store


def all_rows(url: str) -> dict[str, list[dict]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: [dict(r._mapping) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in plan_tables(engine)
            }
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_plan(tmp_path, clock):
    """A seeded SQLite plan with history, a gap in the ids, links, key dates and settings."""
    url = f"sqlite:///{tmp_path / 'source.sqlite'}"
    clock.advance(microseconds=123456)  # timestamps with fractions must survive too
    store = open_plan_store(url, clock)
    try:
        plan = store.load_plan()
        first, second, third = plan.commitments[:3]
        store.update_commitment(first.changed(due=parse_period("Q3 2021"), actor="DG HOME — unit D.1"), reason="slipped ✓")
        store.update_commitment(store.commitment(second.id).changed(status=Status.DELIVERED, delivered_on=date(2020, 12, 9)))
        store.delete_commitment(third)
        store.add_commitment(Commitment(title="Progress report", due=parse_period("H1 2022"), initiative_key=first.initiative_key, reminder_days=(30, 7)))
        store.add_dependency(first.id, second.id)
        store.save_key_date(KeyDate(day=date(2021, 3, 1), label="Review", source_ref="x", quote="q"))
        store.set_setting("reminders.default", "30,7,1")
    finally:
        store.close()
    return url


def test_sqlite_to_postgresql_and_back_keeps_every_row(sqlite_plan, db_url, tmp_path):
    before = all_rows(sqlite_plan)
    report = copy_plan(sqlite_plan, db_url)
    assert report.rows["commitments"] == len(before["commitments"]) > 10
    assert all_rows(db_url) == before

    back = f"sqlite:///{tmp_path / 'back.sqlite'}"
    copy_plan(db_url, back)
    assert all_rows(back) == before
    assert set(before) >= {"commitments", "revisions", "dependencies", "key_dates", "plan_settings", "plan_changes"}
    assert before["revisions"] and before["dependencies"] and before["plan_settings"]


def test_a_copied_postgresql_plan_hands_out_new_ids_after_the_copied_ones(sqlite_plan, db_url, clock):
    copy_plan(sqlite_plan, db_url)
    store = open_plan_store(db_url, clock)
    try:
        top = max(c.id for c in store.load_plan().commitments)
        added = store.add_commitment(Commitment(title="After the copy", due=parse_period("2023"), initiative_key=store.load_plan().commitments[0].initiative_key))
        assert added.id == top + 1
        store.save_key_date(KeyDate(day=date(2022, 1, 1), label="New"))
        edited = store.update_commitment(added.changed(title="After the copy, edited"))
        assert edited.version == added.version + 1
    finally:
        store.close()


def test_a_target_that_holds_a_plan_is_refused_and_left_alone(sqlite_plan, db_url, clock):
    open_plan_store(db_url, clock).close()  # the seed plan
    before = all_rows(db_url)
    with pytest.raises(StoreError, match="already holds a plan .*--replace"):
        copy_plan(sqlite_plan, db_url)
    assert all_rows(db_url) == before


def test_replace_swaps_the_whole_plan_and_moves_the_change_counter_on(sqlite_plan, db_url, clock):
    store = open_plan_store(db_url, clock)
    for _ in range(5):
        store.set_setting("noise", "x")
    counter = store.change_counter()
    try:
        copy_plan(sqlite_plan, db_url, replace=True)
        assert store.change_counter() > counter  # open windows on the target see it changed
        source, target = all_rows(sqlite_plan), all_rows(db_url)
        source.pop("plan_changes"), target.pop("plan_changes")
        assert target == source
    finally:
        store.close()


def test_a_value_postgresql_cannot_hold_is_named_and_nothing_is_copied(sqlite_plan, db_url):
    engine = create_engine(sqlite_plan)
    with engine.begin() as conn:  # SQLite does not enforce VARCHAR lengths; PostgreSQL does
        conn.exec_driver_sql("UPDATE commitments SET actor = ? WHERE id = (SELECT min(id) FROM commitments)", ("x" * 300,))
    engine.dispose()
    # The gate names the value before the first write (PostgreSQL would say "value too long").
    with pytest.raises(StoreError, match="actor of commitments row 1 .* longer than the 200 characters .* nothing was copied"):
        copy_plan(sqlite_plan, db_url)
    assert all(not rows for rows in all_rows(db_url).values())


def test_a_nul_byte_sqlite_kept_is_named_and_nothing_is_copied(sqlite_plan, db_url):
    engine = create_engine(sqlite_plan)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE commitments SET title = ? WHERE id = (SELECT min(id) FROM commitments)", ("a\x00b",))
    engine.dispose()
    with pytest.raises(StoreError, match="control character .*U\\+0000"):
        copy_plan(sqlite_plan, db_url)
    assert all(not rows for rows in all_rows(db_url).values())


def test_copying_a_database_onto_itself_is_refused(db_url):
    with pytest.raises(StoreError, match="both name"):
        copy_plan(db_url, db_url)
