"""Copying a whole plan from one database to another (SQLite <-> PostgreSQL), row for row.

Every table the migrations built is copied as it is stored — ids, keys, versions, revisions,
links, key dates, settings, the change counter, and tables added later — parents before
children, in one transaction on the target: all of the plan arrives, or nothing changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import (
    Connection,
    Date,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from planner.domain import gate
from planner.domain.sentences import QT_TRANSLATE_NOOP, said, sentence_of, without_stop

from . import engine as engines
from .addresses import sqlite_file
from .errors import StoreError
from .tables import Base, ChangeCounterRow

BATCH = 1000  # rows per executemany: memory stays flat for large plans
SKIPPED = {"alembic_version"}  # each side's migrations keep their own


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)  # table name -> rows copied

    @property
    def text(self) -> str:
        total = sum(self.rows.values())
        commitments = self.rows.get("commitments", 0)
        return f"Copied the plan from {self.source} to {self.target}: {commitments} commitments, {total} rows in {len(self.rows)} tables."


def copy_plan(source_url: str, target_url: str, *, replace: bool = False) -> CopyReport:
    """Copy every row of the plan at `source_url` into the database at `target_url`.

    The target must hold no plan yet unless `replace`, when its plan is dropped in the same
    transaction. Raises StoreError (one sentence) and leaves the target as it was on any problem.
    """
    if _same_database(source_url, target_url):
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "--from and --to both name {database}; copy to another database."), database=engines.describe(source_url)))
    source_file = sqlite_file(source_url)
    if source_file is not None and not Path(source_file).is_file():
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The plan to copy, {path}, does not exist; check the path given with --from."), path=source_file))
    source = engines.create(source_url)
    try:
        engines.migrate(source)  # a plan from an older version is brought up to the same schema
        target = engines.create(target_url)
        try:
            engines.migrate(target)
            return _copy(source, target, replace)
        finally:
            target.dispose()
    finally:
        source.dispose()


def plan_tables(engine: Engine) -> list[Table]:
    """The plan's tables in the order rows can be inserted (parents first).

    Mapped tables use their typed definition; a table only the migrations know is reflected.
    """
    found = MetaData()
    found.reflect(engine)
    ordered = [t for t in found.sorted_tables if t.name not in SKIPPED]
    return [Base.metadata.tables.get(t.name, t) for t in ordered]


def _copy(source: Engine, target: Engine, replace: bool) -> CopyReport:
    tables = plan_tables(source)
    names = {t.name for t in plan_tables(target)}
    missing = [t.name for t in tables if t.name not in names]
    if missing:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The target database {database} has no table {table!r}; it was made by a different version of the planner."), database=_shown(target), table=missing[0]))
    report = CopyReport(_shown(source), _shown(target))
    try:
        with source.connect() as reading, target.begin() as writing:
            held = _rows_held(writing, tables)
            if held and not replace:
                raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The target database {database} already holds a plan ({count} rows); add --replace to overwrite it."), database=_shown(target), count=held))
            old_counter = _counter(writing) if held else 0
            for table in reversed(tables):
                writing.execute(table.delete())
            for table in tables:
                report.rows[table.name] = _copy_table(reading, writing, table)
            _fix_sequences(writing, tables)
            if held:
                _move_counter_past(writing, old_counter)
    except StoreError:
        raise
    except (ValueError, OverflowError) as exc:  # a stored day SQLAlchemy cannot read back
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The plan at {database} holds a value that cannot be read ({why}); correct it there, nothing was copied."), database=_shown(source), why=exc)) from None
    except SQLAlchemyError as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The plan could not be copied to {database}, which is unchanged: {why}."), database=_shown(target), why=_reason(exc))) from None
    return report


def _copy_table(reading: Connection, writing: Connection, table: Table) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    result = reading.execution_options(stream_results=True).execute(select(table).order_by(*order))
    count = 0
    checks = _gate_of(table)
    while chunk := result.fetchmany(BATCH):
        rows = [dict(row._mapping) for row in chunk]
        for row in rows:
            _check_row(table, row, checks)
        writing.execute(table.insert(), rows)
        count += len(chunk)
    return count


def _gate_of(table: Table) -> list[tuple[str, object]]:
    """What the gate asks of each column: bounded text, text, or a day of the plan."""
    checks: list[tuple[str, object]] = []
    for column in table.columns:
        kind = column.type
        if isinstance(kind, Date) and table.name != "reminder_occurrences":  # those days are derived, a lead before a due
            checks.append((column.name, lambda field, v: gate.check_day(field, v)))
        elif isinstance(kind, String):  # Text is a String without a length
            limit = kind.length
            if limit:
                checks.append((column.name, lambda field, v, n=limit: gate.check_text(field, v, limit=n)))
            else:
                checks.append((column.name, lambda field, v: gate.check_text(field, v, prose=True)))
    return checks


def _check_row(table: Table, row: dict[str, object], checks: list[tuple[str, object]]) -> None:
    """A stored value the target could not keep (or that the plan does not accept) stops the copy
    before anything is written, naming the row, rather than failing half-way on PostgreSQL."""
    for name, check in checks:
        value = row.get(name)
        if value is None:
            continue
        try:
            check(f"{name} of {table.name} row {row.get('id', '?')}", value)  # type: ignore[operator]
        except gate.GateError as exc:
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "{refusal}; correct it in the source plan, nothing was copied."), refusal=without_stop(sentence_of(exc)))) from None


def _fix_sequences(writing: Connection, tables: list[Table]) -> None:
    """PostgreSQL hands out ids from a sequence that copied rows did not use: move it past them."""
    if writing.dialect.name != "postgresql":
        return  # SQLite takes the next id from the largest one stored
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        sequence = writing.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": keys[0].name})
        if sequence:
            top = writing.scalar(select(func.max(keys[0])))
            writing.execute(text("SELECT setval(:s, :v, :called)"), {"s": sequence, "v": top or 1, "called": top is not None})


def _rows_held(conn: Connection, tables: list[Table]) -> int:
    counted = [t for t in tables if t.name != ChangeCounterRow.__tablename__]  # a counter alone is no plan
    return sum(conn.scalar(select(func.count()).select_from(t)) or 0 for t in counted)


def _counter(conn: Connection) -> int:
    return conn.scalar(select(ChangeCounterRow.counter).where(ChangeCounterRow.id == 1)) or 0


def _move_counter_past(conn: Connection, old: int) -> None:
    """A replaced plan must look changed to windows open on the target, even if the copied counter is lower."""
    new = max(_counter(conn), old) + 1
    if conn.execute(update(ChangeCounterRow).where(ChangeCounterRow.id == 1).values(counter=new)).rowcount == 0:
        conn.execute(insert(ChangeCounterRow).values(id=1, counter=new))


def _same_database(a: str, b: str) -> bool:
    try:
        ua, ub = make_url(a), make_url(b)
    except Exception:
        return False
    return ua.set(password=None) == ub.set(password=None)


def _shown(engine: Engine) -> str:
    return engines.describe(engine.url.render_as_string(hide_password=False))


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None) or exc
    line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return line.rstrip(".")
