"""Benchmark: reading policy documents into proposals.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_reading.py [--pages N] [--runs R]

1. The seed Communication COM(2020) 607 (67 kB of text): read and proposed; target under 1 s.
2. A PDF of N pages (default 100) written by Qt from the same text repeated: our whole reading
   (extraction, layout, sentences, proposals) next to pypdf's own `extract_text` of every page;
   target at most 1.5x. Best of R runs each.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "tests" / "reading" / "documents" / "004_83424f46326c7c9b.txt"


def best(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times)


def make_pdf(path: Path, pages: int) -> int:
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts need it)
    text = SEED.read_text(encoding="utf-8")
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText(text)
    copies = 1
    while True:
        document.setPlainText("\n\n".join([text] * copies))
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
        if document.pageCount() >= pages:
            break
        copies += 1
    document.print_(writer)
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100)  # pypdf takes minutes on 100 Qt-written pages
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from planner.reading import propose, read_document

    seconds = best(args.runs, lambda: propose(read_document(SEED)))
    print(f"COM(2020) 607, {SEED.stat().st_size / 1000:.0f} kB of text: {seconds:.3f} s (target < 1 s)")

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "long.pdf"
        pages = make_pdf(pdf, args.pages)
        from pypdf import PdfReader

        library = best(args.runs, lambda: [p.extract_text() for p in PdfReader(str(pdf)).pages])
        ours = best(args.runs, lambda: propose(read_document(pdf)))
        print(f"PDF of {pages} pages: pypdf alone {library:.2f} s, our reading {ours:.2f} s, "
              f"ratio {ours / library:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
