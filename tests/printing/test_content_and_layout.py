"""What a snapshot holds (rows through the model and its filter) and how it is laid out."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from planner.document import PlanDocument
from planner.domain.filters import CommitmentFilter
from planner.printing import composer
from planner.printing.content import read_content
from planner.printing.errors import PrintError
from planner.printing.layout import lay_out
from planner.printing.options import SnapshotOptions
from planner.printing.sheet import COMFORT_FONT_PT, MIN_FONT_PT, page_units
from planner.qtmodels.filter_proxy import PlanFilterProxy
from planner.qtmodels.plan_model import PlanModel
from planner.timeline.frame import draw_frame

from .big_plan import big_plan


@pytest.fixture
def rows(qapp, store, clock):
    doc = PlanDocument.on_store(store, clock)
    return PlanFilterProxy(PlanModel(doc, doc), doc)


def content(rows, options=SnapshotOptions(), f=None):
    doc = rows.plan_model.doc
    if f is not None:
        rows.set_commitment_filter(f)
    return read_content(rows, doc.plan, as_of=doc.as_of, today=doc.clock.today(), options=options, commitment_filter=f)


def test_rows_come_in_tree_order_with_their_depth_due_as_written_and_status(rows):
    c = content(rows)
    assert [ln.depth for ln in c.lines][:3] == [0, 1, 2]
    europol = next(ln for ln in c.lines if "Europol" in ln.row.title)
    assert europol.due == "planned for adoption in Q4 2020" and europol.standing.value == "delivered on time"
    assert c.lines[0].due == "COM(2020) 607"  # a strategy's reference
    assert sum(not ln.is_group for ln in c.lines) == 25


def test_the_whole_plan_range_runs_from_its_first_month_to_past_its_last_date_and_today(rows):
    c = content(rows)
    assert c.first.day == 1 and c.first <= date(2020, 7, 24)
    assert c.last >= date(2026, 11, 23)  # today is near enough to be on the page


def test_the_filter_chooses_the_rows_and_groups_without_rows_go(rows):
    c = content(rows, f=CommitmentFilter(strategies=frozenset({"drugs"})))
    assert {ln.row.title for ln in c.lines if ln.depth == 0} == {"EU Agenda and Action Plan on Drugs 2021-2025"}
    assert c.filter_text == "strategy COM(2020) 606" and c.title == "EU Agenda and Action Plan on Drugs 2021-2025"


def test_rows_with_nothing_in_the_range_are_left_out_and_counted(rows):
    c = content(rows, SnapshotOptions(first=date(2021, 1, 1), last=date(2021, 12, 31)))
    titles = [ln.row.title for ln in c.lines]
    assert "Expert workshop on prevention" not in titles and c.left_out > 0
    assert any("Propose legislation obliging" in t for t in titles)


def test_nothing_to_print_is_a_print_error(rows):
    with pytest.raises(PrintError, match="nothing to print"):
        content(rows, f=CommitmentFilter(text="no such words"))
    with pytest.raises(PrintError, match="between 1 Jan 1990 and 31 Dec 1990"):
        content(rows, SnapshotOptions(first=date(1990, 1, 1), last=date(1990, 12, 31)), f=CommitmentFilter())


def test_the_seed_plan_fits_one_a3_page_and_two_bands_of_two_a4_pages_wide(rows):
    c = content(rows)
    a3 = SnapshotOptions().checked()
    assert len(lay_out(c, a3, *page_units(a3)).pages) == 1
    a4 = SnapshotOptions(page="A4", pages_wide=2).checked()
    layout = lay_out(c, a4, *page_units(a4))
    assert [(p.rows.band, p.tile.column) for p in layout.pages] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert layout.sheet.font_pt >= MIN_FONT_PT


def test_a_thousand_rows_run_on_at_a_comfortable_size_and_every_row_is_on_a_page(qapp, tmp_path, clock):
    db = tmp_path / "big.sqlite"
    big_plan(str(db), clock, 1000, strategies=8, initiatives=10)
    from planner.store.opening import open_plan_store

    store = open_plan_store(f"sqlite:///{db}", clock, seed=False)
    try:
        doc = PlanDocument.on_store(store, clock)
        c = content(PlanFilterProxy(PlanModel(doc, doc), doc))
        options = SnapshotOptions(page="A4").checked()
        layout = lay_out(c, options, *page_units(options))
        assert layout.sheet.font_pt == COMFORT_FONT_PT and len(layout.pages) > 10
        printed = [i for band in layout.bands for i in range(band.start, band.stop)]
        assert printed == list(range(len(c.lines)))
        capacity = layout.sheet.capacity()
        assert all(band.count <= capacity for band in layout.bands)
        tiled = SnapshotOptions(page="A4", month_width_mm=40).checked()
        wide = lay_out(c, tiled, *page_units(tiled))
        assert len(wide.columns) > 3 and len(wide.pages) == len(wide.columns) * len(wide.bands)
    finally:
        store.close()


@pytest.mark.parametrize("options", [SnapshotOptions(), SnapshotOptions(page="A4", pages_wide=2), SnapshotOptions(page="A4", month_width_mm=20, first=date(2020, 1, 1), last=date(2021, 6, 30))])
def test_key_date_labels_are_printed_in_the_header_of_every_page_never_on_a_row(rows, monkeypatch, options):
    drawn = []

    def spy(p, frame):
        labels = draw_frame(p, frame)
        drawn.append((frame, labels))
        return labels

    monkeypatch.setattr(composer, "draw_frame", spy)
    c = content(rows, options)
    options = options.checked()
    layout = lay_out(c, options, *page_units(options))
    sheet = layout.sheet
    assert layout.key_lanes > 0 and sheet.header_h == sheet.time_h + sheet.key_h > sheet.time_h
    image = QImage(int(sheet.width), int(sheet.height), QImage.Format.Format_ARGB32)
    named = set()
    for page in layout.pages:
        drawn.clear()
        p = QPainter(image)
        composer.draw_page(p, layout, page, c)
        p.end()
        [(frame, labels)] = drawn
        assert frame.header_px == sheet.header_h and frame.body.top() == sheet.body_top
        for kl in labels:
            if kl.box is None:
                continue
            named.add(kl.key_date.day)
            assert sheet.header_top + sheet.time_h <= kl.box.top() and kl.box.bottom() <= sheet.body_top, kl.text
            assert not any(kl.box.intersects(QRectF(frame.rect.left(), r.top, frame.rect.width(), r.height)) for r in frame.rows), kl.text
    assert named == {k.day for k in c.key_dates}  # every key date is named on some page


def test_the_lane_of_todays_flag_is_printed_only_when_today_or_the_as_of_day_is(rows, monkeypatch):
    """Printed, today's flag is in a lane of its own under the key dates, never over the names of
    the months; a snapshot of months without today or the as-of day has no such lane."""
    drawn = []
    monkeypatch.setattr(composer, "draw_frame", lambda p, frame: drawn.append(frame) or draw_frame(p, frame))
    doc = rows.plan_model.doc
    for first, last, lane in [(date(2020, 1, 1), date(2021, 3, 31), False), (date(2020, 1, 1), doc.clock.today(), True)]:
        options = SnapshotOptions(first=first, last=last).checked()
        c = content(rows, options)
        layout = lay_out(c, options, *page_units(options))
        assert layout.day_lane is lane
        image = QImage(int(layout.sheet.width), int(layout.sheet.height), QImage.Format.Format_ARGB32)
        p = QPainter(image)
        drawn.clear()
        composer.draw_page(p, layout, layout.pages[0], c)
        p.end()
        days = drawn[0].place_flags().days
        assert [d.day for d in days] == ([doc.clock.today()] if lane else [])
        for d in days:
            assert d.box.top() >= layout.sheet.header_top + layout.sheet.time_h  # under the dates
