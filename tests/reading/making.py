"""Documents written for the tests in each format, from text, so every reader reads a real file."""
from __future__ import annotations

from pathlib import Path


def make_pdf(path: Path, text: str) -> Path:
    """A PDF of `text` (blank lines part paragraphs), laid out and wrapped by Qt as a printer would."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(writer)
    return path


def make_docx(path: Path, paragraphs: list[tuple[str, str]], table: list[list[str]] | None = None) -> Path:
    """A Word file: (style, text) paragraphs ('Heading 1', 'List Bullet', '' for body text), then a table."""
    from docx import Document

    doc = Document()
    for style, text in paragraphs:
        doc.add_paragraph(text, style=style or None)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    doc.save(str(path))
    return path
