from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.gate import EARLIEST, LATEST
from planner.domain.period import Period, Precision
from planner.domain.phrases import PhraseError, parse_period

ADOPTED = date(2020, 7, 24)


@pytest.mark.parametrize(
    "phrase, start, end, precision",
    [
        ("Q4 2020", date(2020, 10, 1), date(2020, 12, 31), Precision.QUARTER),
        ("in Q4 2020", date(2020, 10, 1), date(2020, 12, 31), Precision.QUARTER),
        ("by Q2 2021", date(2021, 4, 1), date(2021, 6, 30), Precision.QUARTER),
        ("planned for adoption in Q4 2020", date(2020, 10, 1), date(2020, 12, 31), Precision.QUARTER),
        ("by the end of 2020", date(2020, 12, 1), date(2020, 12, 31), Precision.YEAR_END),
        ("end-2020", date(2020, 12, 1), date(2020, 12, 31), Precision.YEAR_END),
        ("early 2021", date(2021, 1, 1), date(2021, 4, 30), Precision.PART_OF_YEAR),
        ("mid-2021", date(2021, 5, 1), date(2021, 8, 31), Precision.PART_OF_YEAR),
        ("late 2021", date(2021, 9, 1), date(2021, 12, 31), Precision.PART_OF_YEAR),
        ("H2 2022", date(2022, 7, 1), date(2022, 12, 31), Precision.HALF),
        ("December 2020", date(2020, 12, 1), date(2020, 12, 31), Precision.MONTH),
        ("February 2024", date(2024, 2, 1), date(2024, 2, 29), Precision.MONTH),
        ("22 August 2020", date(2020, 8, 22), date(2020, 8, 22), Precision.DAY),
        ("open until 22 August 2020", date(2020, 8, 22), date(2020, 8, 22), Precision.DAY),
        ("2021-2025", date(2021, 1, 1), date(2025, 12, 31), Precision.YEARS),
        ("2020–2025", date(2020, 1, 1), date(2025, 12, 31), Precision.YEARS),
        ("in 2021", date(2021, 1, 1), date(2021, 12, 31), Precision.YEAR),
        ("2020-12-31", date(2020, 12, 31), date(2020, 12, 31), Precision.DAY),
        ("2021-03-01..2021-05-15", date(2021, 3, 1), date(2021, 5, 15), Precision.DAY),
    ],
)
def test_document_phrases_read_as_their_window(phrase, start, end, precision):
    p = parse_period(phrase)
    assert (p.start, p.end, p.precision) == (start, end, precision)
    assert p.shown == phrase  # the phrase is kept as written


def test_immediately_means_the_adoption_date():
    p = parse_period("immediately", anchor=ADOPTED)
    assert (p.start, p.end, p.shown) == (ADOPTED, ADOPTED, "immediately")


def test_immediately_without_a_document_date_is_an_error():
    with pytest.raises(PhraseError, match="adoption date"):
        parse_period("immediately")


@pytest.mark.parametrize("bad", ["soon", "Q5 2020", "31 February 2021", "December", "next year", "2025-2021", "   "])
def test_unreadable_text_is_quoted_in_the_error(bad):
    with pytest.raises(PhraseError) as err:
        parse_period(bad)
    assert repr(bad) in str(err.value) or "empty" in str(err.value)


years = st.integers(min_value=1990, max_value=2099)


@given(years, st.integers(min_value=1, max_value=4))
def test_quarters_tile_the_year(year, q):
    p = parse_period(f"Q{q} {year}")
    assert p.start.day == 1 and p.start.month == 3 * q - 2
    nxt = p.shifted(1)
    assert (nxt.start - p.end).days == 1  # no gap, no overlap
    assert nxt.precision is Precision.QUARTER


@given(st.sampled_from(["Q{q} {y}", "H{h} {y}", "early {y}", "mid {y}", "late {y}", "end of {y}", "{y}", "{y}-{y2}", "March {y}", "{y}-05-17"]),
       years, st.integers(1, 4), st.integers(1, 2), st.integers(0, 5))
def test_the_canonical_label_reads_back_to_the_same_window(shape, y, q, h, extra):
    p = parse_period(shape.format(q=q, h=h, y=y, y2=y + extra + 1))
    again = parse_period(p.label)
    assert again == p
    assert again.start <= again.end


@given(st.sampled_from(list(Precision)), years, st.integers(-12, 12))
def test_shifting_keeps_the_precision_and_moves_by_whole_steps(precision, year, steps):
    base = {
        Precision.DAY: Period.day(date(year, 3, 31)),
        Precision.MONTH: Period.month(year, 2),
        Precision.QUARTER: Period.quarter(year, 1),
        Precision.PART_OF_YEAR: Period.part_of_year(year, "early"),
        Precision.HALF: Period.half(year, 1),
        Precision.YEAR_END: Period.year_end(year),
        Precision.YEAR: Period.year(year),
        Precision.YEARS: Period.years(year, year + 2),
    }[precision]
    moved = base.shifted(steps)
    assert moved.precision is precision
    assert moved.shifted(-steps) == base
    if precision not in (Precision.DAY,):
        assert moved.start.day == 1
        assert (moved.end + __import__("datetime").timedelta(days=1)).day == 1  # ends on a month end


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_any_iso_day_reads_as_that_day(d):
    p = parse_period(d.isoformat())
    assert p.start == p.end == d


# Issue 12: phrases that used to be guessed into the wrong date. Each is read exactly or refused
# with one sentence that quotes it.
@pytest.mark.parametrize("phrase, day", [("2021-2-3", date(2021, 2, 3)), ("2021-02-03", date(2021, 2, 3)),
                                         ("2021-12-1", date(2021, 12, 1))])
def test_numeric_dates_are_iso_year_month_day(phrase, day):
    assert parse_period(phrase) == Period.day(day)


@pytest.mark.parametrize("bad, why", [
    ("2021/02/03", "year-month-day with dashes"),  # slashes are refused, not read as ISO
    ("20211301", "year-month-day with dashes"),
    ("1 2 3 2021", "year-month-day with dashes"),
    ("202-03-01..2021-05-15", "year-month-day with dashes"),
    ("..2021-01-01", "year-month-day with dashes"),
    ("22 3August 2020", "('22 3August' is left over beside the date '2020')"),
    ("4th 2021", "('4th' is left over beside the date '2021')"),
    ("Q4 2250", "outside the dates the planner supports (1900-01-01 to 2199-12-31)"),
    ("1899", "outside the dates the planner supports (1900-01-01 to 2199-12-31)"),
    ("2021-13-01", "month must be in 1..12"),
    ("by Q4 2020 and Q1 2021", "holds 2 dates"),
])
def test_guesses_are_refused_with_one_sentence(bad, why):
    with pytest.raises(PhraseError) as err:
        parse_period(bad, document_date=ADOPTED)
    message = str(err.value)
    assert message.startswith(f"Cannot read the date {bad!r}: ") and why in message
    assert message.count(". ") == 0 and message.endswith(".")  # one sentence


def test_t4_is_the_french_fourth_quarter_in_every_language():
    # All languages' words are read at once (see phrase_words); "T4 2021" is what a French
    # document writes for Q4 2021, so it is read as that, never as a time of day.
    assert parse_period("T4 2021") == Period.quarter(2021, 4)


def test_the_supported_years_are_the_gates_range():
    assert parse_period(str(EARLIEST.year)).start == EARLIEST
    assert parse_period(LATEST.isoformat()).end == LATEST
    for outside in (EARLIEST.year - 1, LATEST.year + 1):
        with pytest.raises(PhraseError, match="outside the dates"):
            parse_period(f"Q1 {outside}")


@pytest.mark.parametrize("phrase", ["by the end of 2020", "immediately", "2020-2025", "until 22 August 2020",
                                    "planned for adoption in Q4 2020", "early 2021", "by Q4 2020", "by Q2 2021",
                                    "by December 2020", "2021-2025", "2018-2024", "until 2024",
                                    "open until 22 August 2020", "in early 2021", "by end of 2020",
                                    "over the next five years (2020-2025)"])
def test_every_phrase_of_the_seed_plan_still_reads(phrase):
    assert parse_period(phrase, anchor=ADOPTED).shown == phrase


def test_the_seed_plan_files_read_whole():
    import pathlib
    import tomllib

    seen = 0
    for path in pathlib.Path(__file__).parents[2].glob("**/seed/*.toml"):
        for table in _tables(tomllib.loads(path.read_text(encoding="utf-8"))):
            for key in ("due", "due_as_written", "start", "period"):
                if isinstance(table.get(key), str) and key == "due":
                    parse_period(table[key], anchor=ADOPTED)
                    seen += 1
    assert seen >= 10


def _tables(value):
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _tables(v)
    elif isinstance(value, list):
        for v in value:
            yield from _tables(v)


def test_dates_in_brackets_say_what_the_words_before_them_mean():
    assert parse_period("over the next five years (2020-2025)") == Period.years(2020, 2025)
    assert parse_period("in the second quarter (Q2 2021)") == Period.quarter(2021, 2)
    with pytest.raises(PhraseError):
        parse_period("soon (Q2 2021)")
