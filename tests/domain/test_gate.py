"""The gate: what may enter a plan, and the one sentence a refused value gets."""
from __future__ import annotations

from datetime import date

import pytest

from planner.domain.gate import (
    EARLIEST,
    LATEST,
    GateError,
    check_commitment,
    check_date_text,
    check_key_date,
    check_strategy,
    check_text,
    readable_period,
)
from planner.domain.period import Period, Precision
from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, KeyDate, Kind, Strategy


def commitment(**fields) -> Commitment:
    base = {"title": "Adopt the strategy", "due": parse_period("Q4 2021"), "initiative_key": "unfiled-general"}
    return Commitment(**{**base, **fields})


def test_a_plain_commitment_passes():
    c = commitment(actor="Commission", start=parse_period("2021"), kind=Kind.SPAN)
    assert check_commitment(c) is c


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1899, 12, 31), date(2200, 1, 1), date(9999, 12, 31)])
def test_a_day_outside_the_supported_range_is_refused_naming_field_value_and_rule(day):
    with pytest.raises(GateError) as refused:
        check_commitment(commitment(due=Period.day(day)))
    text = str(refused.value)
    assert text.startswith("The due date ")
    assert day.isoformat() in text
    assert "1900-01-01 to 2199-12-31" in text
    assert text.count(".") == 1 or text.endswith(".")


def test_the_edges_of_the_range_are_accepted():
    check_commitment(commitment(due=Period(EARLIEST, LATEST, Precision.DAY)))


def test_a_span_that_starts_after_it_ends_is_refused():
    with pytest.raises(GateError, match="start .* comes after the due date"):
        check_commitment(commitment(kind=Kind.SPAN, start=parse_period("2023"), due=parse_period("2021")))


@pytest.mark.parametrize("title", ["", "   ", "\n"])
def test_an_empty_title_is_refused(title):
    with pytest.raises(GateError, match="^The title .* is empty"):
        check_commitment(commitment(title=title))


@pytest.mark.parametrize("field,value", [("title", "a\x00b"), ("actor", "DG\x1bHOME"), ("actor", "two\nlines"), ("key", "k\x7f")])
def test_control_characters_are_refused(field, value):
    with pytest.raises(GateError, match="control character"):
        check_commitment(commitment(**{field: value}))


def test_prose_keeps_its_line_breaks_and_tabs():
    check_commitment(commitment(description="one\n\ttwo\r\nthree", quote="a\nb"))


def test_a_lone_surrogate_is_refused():
    with pytest.raises(GateError, match="U\\+DCFF"):
        check_text("title", "caf\udcff")


def test_text_longer_than_its_column_is_refused():
    with pytest.raises(GateError) as refused:
        check_commitment(commitment(actor="x" * 201))
    assert "200 characters" in str(refused.value)
    assert "(201 characters)" in str(refused.value)
    check_commitment(commitment(actor="x" * 200))


def test_a_phrase_longer_than_its_column_is_refused():
    with pytest.raises(GateError, match="due date as written"):
        check_commitment(commitment(due=parse_period("Q4 2021").with_phrase("Q4 2021" + " " * 300 + "!")))


def test_strategies_and_key_dates_pass_the_gate_too():
    with pytest.raises(GateError, match="strategy key"):
        check_strategy(Strategy(key="k" * 81, title="S"))
    with pytest.raises(GateError, match="key date 0001-01-01"):
        check_key_date(KeyDate(day=date(1, 1, 1), label="x"))


def test_a_refusal_said_of_a_place_stays_one_sentence():
    with pytest.raises(GateError) as refused:
        check_commitment(commitment(title=""))
    assert str(refused.value.within("In plan.csv, line 4")) == "In plan.csv, line 4: the title '' is empty; it must say something."


def test_typed_dates_are_read_and_checked():
    assert check_date_text("as-of date", "2021-03-04") == date(2021, 3, 4)
    with pytest.raises(GateError, match="not a date"):
        check_date_text("as-of date", "tomorrow")
    with pytest.raises(GateError, match="outside"):
        check_date_text("as-of date", "9999-12-31")


def test_a_stored_value_out_of_range_or_backwards_is_read_clamped_keeping_its_phrase():
    far = readable_period(date(9999, 1, 1), date(9999, 12, 31), Precision.YEAR, "9999")
    assert (far.start, far.end, far.phrase) == (LATEST, LATEST, "9999")
    backwards = readable_period(date(2022, 1, 1), date(2021, 1, 1), Precision.DAY)
    assert (backwards.start, backwards.end) == (date(2022, 1, 1), date(2022, 1, 1))
    early = readable_period(date(1, 1, 1), date(2021, 1, 1), Precision.DAY)
    assert (early.start, early.end) == (EARLIEST, date(2021, 1, 1))


def test_the_quick_pass_never_lets_through_what_the_field_by_field_checks_refuse():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from planner.domain.gate import _field_by_field, _plainly_fine

    text = st.one_of(st.sampled_from(["", " ", "Commission", "a\\nb", "x" * 201, "k" * 256]), st.text(max_size=30))
    days = st.dates(date(1850, 1, 1), date(2250, 12, 31))

    @st.composite
    def periods(draw):
        a, b = sorted([draw(days), draw(days)])
        return Period(a, b, Precision.DAY, draw(st.sampled_from(["", "Q1 2021", "p" * 201, "a\\tb"])))

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(title=text, actor=text, key=st.none() | text, ini=text, desc=text, url=text, due=periods(), start=st.none() | periods(),
           delivered=st.none() | days, by=text)
    def agree(title, actor, key, ini, desc, url, due, start, delivered, by):
        c = Commitment(title=title, due=due, initiative_key=ini, start=start, actor=actor, key=key, description=desc, url=url,
                       delivered_on=delivered, delivered_by=by)
        if _plainly_fine(c):
            _field_by_field(c)  # raises if the quick pass was wrong

    agree()
