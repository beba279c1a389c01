"""Every command, fed phrases, text and files from the grammars: one sentence or success, never
a traceback; refused changes nothing; accepted leaves a plan that exports, prints and paints."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.plan_snapshot import snapshot

from . import grammars as g
from .cases import Case, run

FIELDS = {"--actor": g.texts, "--description": g.texts, "--source": g.texts, "--section": g.texts, "--quote": g.texts}


@given(title=g.texts, due=g.phrases, start=st.none() | g.phrases, extra=st.dictionaries(st.sampled_from(sorted(FIELDS)), g.texts, max_size=2))
def test_add(seeded_plan, paint, title, due, start, extra):
    case = Case(seeded_plan)
    argv = ["add", title, f"--due={due}"] + ([f"--start={start}"] if start is not None else [])
    argv += [f"{k}={v}" for k, v in extra.items()]
    if case.command(*argv) == 0:
        case.still_served(paint)


EDITS = st.dictionaries(
    st.sampled_from(["--title", "--due", "--start", "--forecast", "--actor", "--delivered", "--status", "--kind", "--source", "--reason"]),
    st.one_of(g.phrases, g.texts, g.iso_days, st.sampled_from(["planned", "delivered", "span", "deadline", "none", ""])),
    min_size=1, max_size=3,
)


@given(which=st.sampled_from(["1", "3", "6", "16", "999", "-1"]), changes=EDITS)
def test_edit(seeded_plan, paint, which, changes):
    case = Case(seeded_plan)
    if case.command("edit", which, *[f"{k}={v}" for k, v in changes.items()]) == 0:
        case.still_served(paint)


@given(data=g.csv_files())
def test_import_csv(seeded_plan, paint, data):
    case = Case(seeded_plan)
    if case.command("import", case.file("fuzz.csv", data)) == 0:
        case.still_served(paint)


@given(data=g.toml_files())
def test_import_toml(seeded_plan, paint, data):
    case = Case(seeded_plan)
    if case.command("import", case.file("fuzz.toml", data)) == 0:
        case.still_served(paint)


@given(data=g.ics_files())
def test_import_ics(seeded_plan, paint, data):
    case = Case(seeded_plan)
    if case.command("import", case.file("fuzz.ics", data)) == 0:
        case.still_served(paint)


@given(data=g.ics_files())
def test_import_ics_strict_is_all_or_nothing_and_lenient_names_what_it_left(seeded_plan, data):
    """--strict: the whole file or nothing. Without it: what --strict takes, the same way; what
    --strict refuses is either refused too or imported with each item left out named."""
    strict, lenient = Case(seeded_plan), Case(seeded_plan)
    strict_code = strict.command("import", "--strict", strict.file("fuzz.ics", data))
    lenient_code = lenient.command("import", lenient.file("fuzz.ics", data))
    if strict_code == 0:
        assert lenient_code == 0 and snapshot(lenient.db) == snapshot(strict.db)
    elif lenient_code == 0:
        said = ("could not be read and", "left out", "was taken as", "ends without END:VCALENDAR")
        assert any(words in lenient.out for words in said), f"imported in part without saying what was left: {lenient.out}"


@given(as_of=g.iso_days, since=g.iso_days, month=st.builds(lambda y, m: f"{y:04d}-{m:02d}", g.years, g.months), search=g.texts)
def test_reading_commands(seeded_plan, as_of, since, month, search):
    case = Case(seeded_plan)
    case.command("list", f"--as-of={as_of}", f"--search={search}")
    case.command("list", "--json", f"--from={since}", f"--to={as_of}")
    case.command("export", "ics", "-o", str(case.folder / "out.ics"), f"--as-of={as_of}")
    case.command("export", "csv", "-o", str(case.folder / "out.csv"), f"--from={since}")
    case.command("print", "-o", str(case.folder / "out.png"), "--dpi", "30", f"--from={month}", f"--as-of={as_of}")
    case.command("remind", "--peek", f"--as-of={as_of}", allowed=(0, 1, 2))


@given(data=g.wrong_shape_toml)
def test_import_toml_of_the_wrong_shape(seeded_plan, data):
    case = Case(seeded_plan)
    case.command("import", case.file("fuzz.toml", data))


@given(file=st.one_of(g.csv_files().map(lambda d: (d, ".csv")), g.toml_files().map(lambda d: (d, ".toml"))))
def test_what_an_import_let_in_fits_postgresql(seeded_plan, pg_url, file):
    """SQLite keeps any length and a NUL; PostgreSQL does not. What the gate let into a SQLite
    plan copies into PostgreSQL whole (the copy replaces the one before it)."""
    case = Case(seeded_plan)
    data, suffix = file
    if case.command("import", case.file(f"fuzz{suffix}", data)) == 0:
        code, out, err = run(["copy", "--from", str(case.db), "--to", pg_url, "--replace"])
        assert code == 0, f"copy to PostgreSQL failed after an accepted import: {err}"
