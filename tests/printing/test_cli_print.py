"""`planner print`, run as an officer would: real plan files, real PDF, PNG and SVG files, read
back with poppler and an XML parser, and the one-sentence errors that leave no file behind."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from planner.domain.clock import FixedClock
from planner.domain.plan import KeyDate
from planner.store.opening import open_plan_store
from tests.cli_run import run_cli

from .big_plan import big_plan
from .pdf_tools import needs_poppler, pdf_info, pdf_pages, pdf_text, png_size, word_heights

CLOCK = FixedClock.on(date(2021, 3, 1))
SEED_TITLES = ("Expert workshop on prevention", "Review of the Europol mandate adopted", "Propose the Digital Services Act package")
SEED_DUES = ("planned for adoption in Q4 2020", "by Q2 2021", "open until 22 August 2020", "immediately")


def run(capsys, *argv):
    return run_cli(capsys, CLOCK, *argv)


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "plan.sqlite")


@needs_poppler
def test_the_seed_plan_prints_on_one_a3_landscape_page_with_titles_dues_as_of_and_page_number(capsys, db, tmp_path):
    out = tmp_path / "plan.pdf"
    code, said, err = run(capsys, "--db", db, "print", "-o", str(out), "--as-of", "2021-02-15")
    assert code == 0, err
    assert "1 page, A3 landscape" in said
    info = pdf_info(out)
    assert info["Pages"] == "1" and "(A3)" in info["Page size"]
    width, height = (float(v) for v in info["Page size"].split()[:3:2])
    assert width > height  # landscape
    text = pdf_text(out)
    for words in SEED_TITLES + SEED_DUES + ("Status as of 15 Feb 2021", "printed 1 Mar 2021", "page 1 of 1", "COM(2020) 607"):
        assert words in text, words
    assert not list(tmp_path.glob(".plan.pdf.*"))  # no temporary file left


@needs_poppler
def test_a4_two_pages_wide_repeats_the_labels_and_marks_the_overlap(capsys, db, tmp_path):
    out = tmp_path / "wide.pdf"
    code, said, err = run(capsys, "--db", db, "print", "-o", str(out), "--page", "a4", "--pages-wide", "2")
    assert code == 0, err
    # The seed plan's rows take two bands of two pages each.
    assert pdf_pages(out) == 4 and "(A4)" in pdf_info(out)["Page size"]
    first, second, third = pdf_text(out, 1), pdf_text(out, 2), pdf_text(out, 3)
    for page in (first, second):
        assert "Due (as written)" in page and "Expert workshop on prevention" in page  # label columns on every page
    assert "Due (as written)" in third
    assert "page 1 of 4" in first and "continues on page 2" in first
    assert "page 2 of 4" in second and "continued from page 1" in second
    assert "page 3 of 4" in third and "continues on page 4" in third


@needs_poppler
def test_the_range_and_portrait_and_tiling_are_as_asked(capsys, db, tmp_path):
    out = tmp_path / "range.pdf"
    code, _, err = run(capsys, "--db", db, "print", "-o", str(out), "--from", "2021-01", "--to", "2021-12", "--portrait", "--page", "A4")
    assert code == 0, err
    width, height = (float(v) for v in pdf_info(out)["Page size"].split()[:3:2])
    assert height > width
    text = pdf_text(out)
    assert "1 Jan 2021 – 31 Dec 2021" in text
    assert "by Q2 2021" in text and "Propose legislation" in text
    # Commitments with nothing in 2021 are left out, and the page says how many.
    assert "by Q4 2020" not in text and "dated outside this range left out" in text
    tiled = tmp_path / "tiled.pdf"
    code, said, err = run(capsys, "--db", db, "print", "-o", str(tiled), "--page", "A4", "--month-width", "12")
    assert code == 0, err
    pages = pdf_pages(tiled)
    assert pages > 2 and f"page {pages} of {pages}" in pdf_text(tiled, pages)


@needs_poppler
def test_greyscale_tells_status_by_symbol_and_words(capsys, db, tmp_path):
    out = tmp_path / "grey.pdf"
    code, _, err = run(capsys, "--db", db, "print", "-o", str(out), "--greyscale", "--sources")
    assert code == 0, err
    text = pdf_text(out)
    assert "! overdue" in text and "○ planned" in text and "✕ dropped" in text  # the legend names every one
    assert "Sources: COM(2020) 606" in text and "COM(2020) 607, EU strategy" in text


def test_png_has_the_page_size_at_the_dpi_asked_and_greyscale_has_no_colour(capsys, db, tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "plan.png"
    code, _, err = run(capsys, "--db", db, "print", "-o", str(out), "--page", "A4", "--dpi", "100", "--greyscale")
    assert code == 0, err
    pages = sorted(tmp_path.glob("plan-*.png"))  # the seed plan's rows take two A4 pages
    assert [p.name for p in pages] == ["plan-1.png", "plan-2.png"]
    for page in pages:
        assert png_size(page) == (1169, 827)  # 297 x 210 mm at 100 dpi
        image = QImage(str(page))
        coloured = [(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5) if image.pixelColor(x, y).saturation() > 40]
        assert not coloured, coloured[:5]


def test_svg_parses_and_holds_real_text(capsys, db, tmp_path):
    out = tmp_path / "plan.svg"
    code, _, err = run(capsys, "--db", db, "print", "-o", str(out))
    assert code == 0, err
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg") and root.get("width", "").endswith("mm")
    text = " ".join(t for el in root.iter() if el.tag.endswith("text") for t in el.itertext())
    assert "Expert workshop on prevention" in text and "page 1 of 1" in text


def test_the_filter_chooses_the_rows(capsys, db, tmp_path):
    out = tmp_path / "drugs.svg"
    code, said, err = run(capsys, "--db", db, "print", "-o", str(out), "--strategy", "drugs")
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "Drugs" in text and "Europol" not in text and "strategy COM(2020) 606" in text


@needs_poppler
def test_a_plan_of_500_rows_runs_on_over_pages_none_of_them_in_text_under_the_minimum(capsys, db, tmp_path):
    big_plan(db, CLOCK, 440)
    out = tmp_path / "big.pdf"
    code, said, err = run(capsys, "--db", db, "print", "-o", str(out))
    assert code == 0, err
    pages = pdf_pages(out)
    assert pages >= 5
    text = "".join(pdf_text(out, n) for n in range(1, pages + 1))
    for n in range(1, pages + 1):
        assert f"page {n} of {pages}" in text
    assert all(f"Item {k:04d} to deliver" in text for k in range(440))
    assert "Strategy number 1 — REF(1) (continued)" in text  # a page starting inside a strategy says whose rows these are
    # 6.5 pt is the smallest text there is: a word's box is about 1.2 times its size.
    assert min(word_heights(out)) >= 6.5


@pytest.mark.parametrize("argv, words", [
    (["--page", "B7"], "The page size 'B7' is not known; use one of: A0, A1"),
    (["--from", "2022-01", "--to", "2021-06"], "The range is empty"),
    (["--from", "2021-13"], "'2021-13' is not a month"),
    (["--from", "2040-01"], "The range is empty"),
    (["--search", "no such words anywhere"], "No commitment matches the filter"),
    (["--pages-wide", "0"], "pages wide must be from 1"),
])
def test_a_bad_choice_is_one_sentence_exit_2_and_no_file(capsys, db, tmp_path, argv, words):
    out = tmp_path / "plan.pdf"
    code, said, err = run(capsys, "--db", db, "print", "-o", str(out), *argv)
    assert code == 2 and said == ""
    assert words in err and err.count("\n") == 1
    assert {p.name for p in tmp_path.iterdir()} <= {"plan.sqlite"}  # checked before the plan is even opened


def test_an_unwritable_path_or_unknown_type_is_one_sentence_and_no_file(capsys, db, tmp_path):
    (tmp_path / "folder.pdf").mkdir()
    for target, words in ((tmp_path / "missing" / "plan.pdf", "does not exist"), (tmp_path / "plan.docx", "unknown type"), (tmp_path / "folder.pdf", "is a folder")):
        code, _, err = run(capsys, "--db", db, "print", "-o", str(target))
        assert code == 2 and words in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.pdf", "plan.sqlite"]
    assert not list((tmp_path / "folder.pdf").iterdir())


def test_an_existing_file_is_kept_when_the_print_fails(capsys, db, tmp_path):
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"the briefing of last week")
    code, _, _ = run(capsys, "--db", db, "print", "-o", str(out), "--page", "B7")
    assert code == 2 and out.read_bytes() == b"the briefing of last week"


def test_a_picture_of_several_pages_is_one_file_a_page(capsys, db, tmp_path):
    out = tmp_path / "wide.png"
    code, said, err = run(capsys, "--db", db, "print", "-o", str(out), "--page", "A4", "--pages-wide", "2", "--dpi", "60")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.glob("*.png")) == ["wide-1.png", "wide-2.png", "wide-3.png", "wide-4.png"]
    assert png_size(tmp_path / "wide-2.png") == (702, 496)  # A4 landscape at 60 dpi
    assert "wide-1.png … wide-4.png" in said


@needs_poppler
def test_on_paper_every_key_date_of_a_crowd_is_named(capsys, db, tmp_path):
    """New key dates close to the seed's once went unnamed on paper: the band's lanes were full."""
    assert run(capsys, "--db", db, "list")[0] == 0  # the seed plan, with its key dates
    added = [date(2020, 6, 17), date(2020, 6, 23), date(2020, 6, 29), date(2020, 7, 13), date(2020, 9, 9)]
    store = open_plan_store(f"sqlite:///{db}", CLOCK)
    try:
        for n, day in enumerate(added):
            store.save_key_date(KeyDate(day=day, label=f"Added by the officer, number {n}"))
        every = [k.day for k in store.load_plan().key_dates]
    finally:
        store.close()
    out = tmp_path / "plan.pdf"
    code, said, err = run(capsys, "--db", db, "print", "-o", str(out))
    assert code == 0, err
    text = " ".join(pdf_text(out).split())
    for day in every:
        assert f"{day.day} {day.strftime('%b')}" in text, day
