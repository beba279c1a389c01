"""Benchmark: reading policy documents into proposals (run by `make bench`, after the suite).

    .venv/bin/python benchmarks/bench_reading.py [--pages N] [--runs R]

1. The seed Communication COM(2020) 607 (67 kB of text): read and proposed; target under 1 s.
2. A PDF of N pages (default 100) made with ReportLab from the five seed texts, repeated, set in
   an embedded TrueType font as EUR-Lex sets its PDFs: our whole reading (pypdf's extraction,
   paragraphs, layout, sentences, proposals) next to pypdf's own `extract_text` of every page
   alone; target at most 1.5x. Best of R runs each (the machine is shared: others only add time).
Prints the figures and PASS or FAIL per target; exits 1 when one fails.

Qt's QPdfWriter (which the tests use to make their PDFs) is not used here: pypdf needs minutes
for 100 of its pages, which would measure pypdf on one unusual writer rather than our reading.
"""
from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]
DOCUMENTS = HERE.parent / "tests" / "reading" / "documents"
SEED = DOCUMENTS / "004_83424f46326c7c9b.txt"
FONTS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]  # the tests' system packages install it


def best(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times)


def make_pdf(path: Path, pages: int) -> int:
    """A PDF of at least `pages` A4 pages of the seed texts' paragraphs; how many it has."""
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    body = getSampleStyleSheet()["BodyText"]
    font = next((f for f in FONTS if f.exists()), None)
    if font is not None:  # else ReportLab's Helvetica, which cannot set '⇒': fewer key actions found
        pdfmetrics.registerFont(TTFont("Body", str(font)))
        body.fontName = "Body"
    blocks: list[str | None] = []
    for text in sorted(DOCUMENTS.glob("0*.txt")):
        blocks += [" ".join(b.split()) for b in text.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        blocks.append(None)  # each document starts on a new page
    copies, count = 1, 0
    while True:
        story = [Paragraph(html.escape(b), body) if b else PageBreak() for _ in range(copies) for b in blocks]
        SimpleDocTemplate(str(path), pagesize=A4).build(story)
        count = len(PdfReader(str(path)).pages)
        if count >= pages:
            return count
        copies = max(copies + 1, copies * pages // max(count, 1))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from pypdf import PdfReader

    from planner.reading import propose, read_document

    failed = 0
    seconds = best(args.runs, lambda: propose(read_document(SEED)))
    ok = seconds < 1.0
    failed += not ok
    print(f"COM(2020) 607, {SEED.stat().st_size / 1000:.0f} kB of text: {seconds:.3f} s (target < 1 s) {'PASS' if ok else 'FAIL'}")
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "long.pdf"
        pages = make_pdf(pdf, args.pages)
        library = best(args.runs, lambda: [p.extract_text() for p in PdfReader(str(pdf)).pages])
        ours = best(args.runs, lambda: propose(read_document(pdf)))
        found = len(propose(read_document(pdf)))
        ok = ours <= 1.5 * library
        failed += not ok
        print(f"PDF of {pages} pages ({pdf.stat().st_size / 1e6:.1f} MB): pypdf alone {library:.2f} s, our reading {ours:.2f} s "
              f"({found} proposals), ratio {ours / library:.2f} (target <= 1.5) {'PASS' if ok else 'FAIL'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
