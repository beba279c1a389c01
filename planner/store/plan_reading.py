"""Reading a whole plan through a plain DB-API connection (sqlite3 or psycopg), in display order.

The store reads the plan this way through its own connection, and the window's first paint reads
it this way through the standard library's sqlite3 before SQLAlchemy is even loaded (see
`first_look.py`): one routine, so the two can never disagree about what the plan is. No
SQLAlchemy here; plain SQL that SQLite and PostgreSQL both speak.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from planner.domain.phrases import PhraseError, parse_period
from planner.domain.plan import Dependency, Initiative, KeyDate, Plan, SourceDocument, Strategy

from .mapping import COMMITMENT_COLUMNS, commitments_from_rows, day_from_db

_COMMITMENTS = f"SELECT {', '.join(COMMITMENT_COLUMNS)} FROM commitments ORDER BY initiative_id, position, id"


class Cursor(Protocol):
    def execute(self, sql: str, /) -> object: ...
    def fetchall(self) -> Sequence[Any]: ...
    def fetchmany(self, size: int, /) -> Sequence[Any]: ...
    def close(self) -> object: ...


class Connection(Protocol):
    """A DB-API connection: plain sqlite3's for the first look, the store's driver's otherwise."""

    def cursor(self) -> Cursor: ...


def read_plan(connection: Connection, first_rows: int | None = None) -> Plan:
    """The plan: strategies and initiatives by position, commitments by position within them.

    With `first_rows`, only the commitments of the first initiatives in that order, whole
    initiatives until there are at least that many, and the links among them: a screenful to
    paint a large plan's window with while the rest is read (every group is there, most empty).
    """
    cursor = connection.cursor()
    try:
        def rows(sql: str) -> list[tuple[Any, ...]]:
            cursor.execute(sql)
            return list(cursor.fetchall())

        strategies = rows("SELECT id, key, title, reference, adopted, period_phrase FROM strategies ORDER BY position, id")
        initiatives = rows("SELECT id, key, strategy_id, number, title FROM initiatives ORDER BY position, id")
        skey = {sid: key for sid, key, *_ in strategies}
        ikey = {iid: key for iid, key, *_ in initiatives}
        srank = {sid: n for n, (sid, *_) in enumerate(strategies)}
        rank = {iid: (srank[sid], n) for n, (iid, _key, sid, *_) in enumerate(initiatives)}
        if first_rows is None:
            cursor.execute(_COMMITMENTS)
        else:
            counts = dict(rows("SELECT initiative_id, count(*) FROM commitments GROUP BY initiative_id"))
            chosen, total = [], 0
            for iid in sorted(rank, key=rank.__getitem__):
                if total >= first_rows:
                    break
                chosen.append(iid)
                total += counts.get(iid, 0)
            within = ", ".join(str(int(i)) for i in chosen) or "NULL"
            cursor.execute(_COMMITMENTS.replace(" ORDER BY", f" WHERE initiative_id IN ({within}) ORDER BY"))
        commitments = commitments_from_rows(_in_chunks(cursor), ikey)
        links = rows("SELECT predecessor_id, successor_id FROM dependencies ORDER BY id")
        if first_rows is not None:
            loaded = {c.id for c in commitments}
            links = [(p, q) for p, q in links if p in loaded and q in loaded]
        by_key = {ikey[i]: r for i, r in rank.items()}
        commitments.sort(key=lambda c: by_key[c.initiative_key])  # stable: positions stay in order
        return Plan(
            sources=[SourceDocument(ref, title, day_from_db(published), file, url)
                     for ref, title, published, file, url in rows("SELECT ref, title, published, file, url FROM source_documents ORDER BY id")],
            strategies=[_strategy(*r) for r in strategies],
            initiatives=sorted((Initiative(key, skey[sid], number, title, iid) for iid, key, sid, number, title in initiatives),
                               key=lambda i: rank[i.id]),
            commitments=commitments,
            key_dates=[KeyDate(day_from_db(day), label, source_ref, quote, kid)
                       for kid, day, label, source_ref, quote in rows("SELECT id, day, label, source_ref, quote FROM key_dates ORDER BY day, id")],
            dependencies=[Dependency(p, q) for p, q in links],
        )
    finally:
        cursor.close()


def _in_chunks(cursor: Cursor) -> Iterator[tuple[Any, ...]]:
    # A few hundred rows at a time, each chunk let go before the next is fetched: the rows of a
    # large plan never all live at once beside the commitments made from them. (With
    # `while chunk := fetchmany(...)` the old chunk lives until the new one is in, two at once.)
    while True:
        chunk = cursor.fetchmany(500)
        if not chunk:
            return
        yield from chunk
        del chunk


def _strategy(sid: int, key: str, title: str, reference: str, adopted: object, phrase: str | None) -> Strategy:
    adopted_on = day_from_db(adopted)
    period = None
    if phrase:
        try:
            period = parse_period(phrase, anchor=adopted_on)
        except PhraseError:
            period = None  # an unreadable span is shown as none, not refused: the plan still opens
    return Strategy(key=key, title=title, reference=reference or "", adopted=adopted_on, period=period, id=sid)
