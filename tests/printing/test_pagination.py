"""Page layout arithmetic, without Qt: days across pages, rows down them, paper sizes, font fit."""
from datetime import date

import pytest

from planner.printing.errors import PrintError
from planner.printing.pagination import (
    ancestors,
    fit_font,
    pages,
    per_day_for_month_width,
    row_bands,
    tiles,
)
from planner.printing.paper import page_name, page_size_mm

# A small tree: strategy (0), initiative (1), commitments (2).
TREE = [0, 1, 2, 2, 2, 1, 2, 2, 0, 1, 2, 2, 2, 2, 1, 2]


def test_fitting_on_one_page_spreads_the_days_over_the_chart():
    first, end = date(2020, 1, 1).toordinal(), date(2026, 1, 1).toordinal()
    per_day, columns = tiles(first, end, 1000.0, 30.0, pages_wide=1)
    assert len(columns) == 1
    assert columns[0].origin == first and columns[0].end == pytest.approx(end)
    assert per_day == pytest.approx(1000 / (end - first))


def test_fitting_on_two_pages_shares_the_overlap_and_ends_on_the_last_day():
    first, end = 0, 1000
    per_day, columns = tiles(first, end, 600.0, 40.0, pages_wide=2)
    assert len(columns) == 2
    a, b = columns
    assert a.origin == 0 and b.end == pytest.approx(1000)
    # The strip of chart both pages show is exactly the overlap.
    assert (a.end - b.origin) * per_day == pytest.approx(40.0)


def test_tiling_at_a_scale_takes_as_many_pages_as_it_needs():
    per_day, columns = tiles(0, 1000, 500.0, 50.0, per_day=2.0)
    assert per_day == 2.0
    # 2000 units of chart: 500 on the first page, 450 more on each further one -> 5 pages.
    assert len(columns) == 5
    assert columns[-1].end >= 1000 and columns[-2].end < 1000
    assert per_day_for_month_width(30.4375) == pytest.approx(1.0)


def test_a_short_range_tiled_at_a_coarse_scale_is_one_page():
    _, columns = tiles(0, 10, 500.0, 50.0, per_day=2.0)
    assert len(columns) == 1


def test_ancestors_are_the_strategy_and_initiative_above_a_row():
    assert ancestors(TREE, 3) == (0, 1)
    assert ancestors(TREE, 6) == (0, 5)
    assert ancestors(TREE, 9) == (8,)
    assert ancestors(TREE, 0) == ()


def test_rows_that_fit_make_one_band():
    bands = row_bands(TREE, 40)
    assert len(bands) == 1 and bands[0].indexes == list(range(len(TREE)))


def test_a_band_starting_inside_a_group_repeats_its_headings_and_no_heading_ends_a_band():
    bands = row_bands(TREE, 7)
    covered = [i for b in bands for i in range(b.start, b.stop)]
    assert covered == list(range(len(TREE)))  # every row once, in order
    for b in bands:
        assert b.count <= 7
        first = b.start
        assert b.carried == ancestors(TREE, first)
        last = b.stop - 1
        if b.stop < len(TREE):
            assert TREE[b.stop] <= TREE[last], f"band {b.band} ends on a heading"


def test_bands_are_even_not_a_full_page_and_a_stub():
    flat = [0] + [1] * 40
    bands = row_bands(flat, 30)
    assert len(bands) == 2
    counts = [b.count for b in bands]
    assert max(counts) - min(counts) <= 2, counts


def test_no_rows_is_one_empty_band():
    assert [b.count for b in row_bands([], 10)] == [0]


def test_pages_run_across_then_down():
    _, columns = tiles(0, 100, 100.0, 10.0, pages_wide=3)
    bands = row_bands(TREE, 7)
    grid = pages(bands, columns)
    assert [p.number for p in grid] == list(range(1, len(bands) * 3 + 1))
    assert [(p.rows.band, p.tile.column) for p in grid[:4]] == [(0, 0), (0, 1), (0, 2), (1, 0)]


def test_the_font_is_as_large_as_lets_everything_fit_on_one_page_tall():
    # 100 rows; a page holds 800 / (2 * size) rows.
    def pages_tall(size):
        per_page = int(800 / (2 * size))
        return -(-100 // per_page)

    assert fit_font(2.0, 10.0, 5.0, pages_tall) == 4.0
    # 300 rows never fit: the comfortable size, and as many pages as it takes.
    assert fit_font(6.5, 10.0, 8.0, lambda size: 3) == 8.0


def test_page_sizes_by_name_in_any_case_and_landscape_turns_them():
    assert page_size_mm("a3", landscape=True) == (420.0, 297.0)
    assert page_size_mm("Letter", landscape=False) == (215.9, 279.4)
    assert page_name("tabloid") == "Tabloid"


def test_an_unknown_page_size_names_the_known_ones():
    with pytest.raises(PrintError, match="B7.*A3, A4.*Letter") as err:
        page_name("B7")
    assert str(err.value).count(".") >= 1 and "\n" not in str(err.value)
