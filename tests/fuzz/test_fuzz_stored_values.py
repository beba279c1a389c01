"""A plan file another program (or an older version) wrote into directly: days in any year the
file can hold, windows stored backwards, unknown words, text the gate would refuse. Whatever it
holds, the plan lists, exports, prints, reminds and paints the window; it never crashes."""
from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from . import grammars as g
from .cases import Case

DAY_COLUMNS = ["due_start", "due_end", "start_start", "start_end", "baseline_start", "baseline_end",
               "forecast_start", "forecast_end", "delivered_on"]
stored_days = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01", "0000-00-00", "2021-02-30", "soon", "", "99999-01-01"]),
)
WORD_COLUMNS = {"kind": ["deadline", "span", "bogus", ""], "status": ["planned", "delivered", "bogus", ""],
                "due_precision": ["day", "quarter", "bogus"], "start_precision": ["day", "year", "bogus"],
                "reminder_days": ["30,7,1", "", "a,b", "-5", "99999999", ",,"]}
TEXT_COLUMNS = ["title", "actor", "due_phrase", "description", "source_ref", "key"]

changes = st.lists(st.one_of(
    st.tuples(st.sampled_from(DAY_COLUMNS), stored_days),
    st.tuples(st.sampled_from(sorted(WORD_COLUMNS)), st.sampled_from(sorted({w for ws in WORD_COLUMNS.values() for w in ws}))),
    st.tuples(st.sampled_from(TEXT_COLUMNS), st.one_of(g.nasty_texts, st.just("a\x00b"))),
), min_size=1, max_size=4)


@given(rows=st.lists(st.tuples(st.integers(1, 20), changes), min_size=1, max_size=3),
       key_day=st.none() | stored_days, adopted=st.none() | stored_days)
def test_a_plan_written_by_another_program_is_still_served(seeded_plan, paint, rows, key_day, adopted):
    case = Case(seeded_plan)
    with sqlite3.connect(case.db) as c:
        for row, columns in rows:
            for column, value in columns:
                if column.endswith("_start") and column != "due_start":  # a period's four columns come together
                    prefix = column[: -len("_start")]
                    c.execute(f"UPDATE commitments SET {prefix}_precision = coalesce({prefix}_precision, 'day'), "
                              f"{prefix}_end = coalesce({prefix}_end, ?) WHERE id = ?", (value, row))
                c.execute(f"UPDATE commitments SET {column} = ? WHERE id = ?", (value, row))
        if key_day is not None:
            c.execute("UPDATE key_dates SET day = ? WHERE id = 1", (key_day,))
        if adopted is not None:
            c.execute("UPDATE strategies SET adopted = ?", (adopted,))
    for argv in (["list"], ["list", "--json"], ["export", "csv", "-o", str(case.folder / "p.csv")]):
        assert case.command(*argv, allowed=(0,)) == 0
    case.command("remind", "--peek", "--as-of", "2199-12-31", allowed=(0, 1))
    case.command("edit", str(rows[0][0]), "--title", "Corrected")  # saved, or refused naming what to correct
    case.still_served(paint, copy_allowed=(0, 2))  # a copy may refuse, naming the value, what the gate would
