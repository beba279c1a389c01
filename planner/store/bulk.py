"""Many rows into one table with one executemany, at close to the driver's own speed.

`session.execute(table.insert(), list_of_dicts)` builds a parameter dictionary per row and runs
every value through SQLAlchemy's per-row machinery: for an import of 100,000 commitments that is
most of the time the database itself needs. Here the statement is compiled once for the
database in use, each column's own conversion (a date to SQLite's text, say) is applied in one
tight loop, and the driver gets the rows as they are. Any dialect: positional or named style.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import Dialect, Table
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from .tables import Base

# A column's conversion of one value for the driver; None where the value goes as it is.
Convert = Callable[[Any], Any] | None


def insert_many(s: Session, mapped: type[Base], columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """INSERT `rows` (values in the order of `columns`) into the table of `mapped`, in the session's transaction."""
    if not rows:
        return
    table = cast(Table, mapped.__table__)  # a declared class's table is a Table
    conn = s.connection()
    dialect = conn.dialect
    compiled, convert = _compiled(table, tuple(columns), dialect)
    # Column by column, zip and map running in C; each distinct value of a column converted
    # once (an import repeats the same few hundred days thousands of times).
    cols = [col if f is None else list(map({v: f(v) for v in set(col)}.__getitem__, col)) for f, col in zip(convert, zip(*rows, strict=True), strict=True)]
    if compiled.positional and compiled.positiontup is not None:
        # The compiled statement says in which order the columns' places come.
        at = {name: n for n, name in enumerate(columns)}
        params: list[Any] = list(zip(*(cols[at[compiled.binds[bind].key]] for bind in compiled.positiontup), strict=True))
    else:
        names = [next(b for b, p in compiled.binds.items() if p.key == name) for name in columns]
        params = [dict(zip(names, row, strict=True)) for row in zip(*cols, strict=True)]
    conn.exec_driver_sql(compiled.string, params)


_COMPILED: dict[tuple[object, ...], tuple[SQLCompiler, list[Convert]]] = {}


def _compiled(table: Table, columns: tuple[str, ...], dialect: Dialect) -> tuple[SQLCompiler, list[Convert]]:
    """The INSERT and the columns' conversions, made once per kind of database: each open store
    has an engine of its own, and with it an empty statement cache."""
    key = (table, columns, type(dialect), dialect.paramstyle)
    if key not in _COMPILED:
        compiled = table.insert().compile(dialect=dialect, column_keys=list(columns))
        _COMPILED[key] = (compiled, [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns])
    return _COMPILED[key]
