"""Opening a document in any of the formats the officer receives: PDF, a saved web page, a Word
file or plain text. Each gives paragraphs with what the format knows of their structure.

The libraries load at the first document of their kind, not when the window starts.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from planner.domain.sentences import QT_TRANSLATE_NOOP, os_reason, said

from .blocks import BlockKind, ReadDocument
from .cleaning import SUPERSCRIPT_DIGITS
from .layout import RawParagraph, lay_out, paragraphs_from_text, rows_with_timetable


class DocumentError(ValueError):
    """A document that cannot be read; the message names the file and what is wrong."""


SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx"}


def read_document(path: Path, *, reference: str = "", adopted: date | None = None) -> ReadDocument:
    """Read `path` whole; `reference` and `adopted` win over what the document says of itself."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise DocumentError(said(QT_TRANSLATE_NOOP("Reading", "The file {path} is not a document the planner reads; give a PDF, HTML, DOCX or text file."), path=path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(said(QT_TRANSLATE_NOOP("Reading", "The file {path} cannot be read: {why}."), path=path, why=os_reason(exc))) from None
    try:
        paragraphs = _READERS[kind](data)
    except DocumentError:
        raise
    except Exception as exc:  # each library has its own errors for a damaged file
        raise DocumentError(said(QT_TRANSLATE_NOOP("Reading", "The file {path} is not a readable {kind} document ({error}: {why})."), path=path, kind=kind.upper(), error=type(exc).__name__, why=exc)) from None
    return lay_out(path.name, paragraphs, reference=reference, adopted=adopted)


def text_paragraphs(data: bytes) -> list[RawParagraph]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return paragraphs_from_text(text)


def pdf_paragraphs(data: bytes) -> list[RawParagraph]:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    lines: list[str] = []
    for page in reader.pages:
        lines.extend((page.extract_text() or "").split("\n"))
        lines.append("")  # a page ends a paragraph only if its last line ends a sentence; see below
    return _paragraphs_from_lines(lines)


_NEW_PARAGRAPH = re.compile(rf"^\s*(?:[-•–·▪⇒]|\d{{1,2}}[.)]\s|[{SUPERSCRIPT_DIGITS}]+\s|key\s+actions?\s*:?\s*$|[IVX]{{1,5}}\.\s)", re.I)


def _paragraphs_from_lines(lines: list[str]) -> list[RawParagraph]:
    """PDF text comes as wrapped lines. A line clearly shorter than a full one ends its paragraph;
    a bullet, a number, a footnote mark, '⇒' or a heading in capitals starts a new one."""
    lines = [" ".join(ln.split()) for ln in lines]
    lengths = sorted(len(ln) for ln in lines if ln)
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0
    ended = True
    parts: list[list[str]] = []  # each paragraph's lines, joined once at the end
    for line in lines:
        if not line:
            continue
        capitals = _capitals(line)
        if ended or capitals or _NEW_PARAGRAPH.match(line):
            parts.append([line])
        elif parts[-1][-1].endswith("-") and line[:1].islower():
            parts[-1][-1] = parts[-1][-1][:-1] + line
        else:
            parts[-1].append(line)
        ended = len(line) < 0.75 * full or capitals or _KEY_LABEL_LINE.match(line) is not None or _heading_line(line)
    return [RawParagraph(" ".join(p)) for p in parts]


_KEY_LABEL_LINE = re.compile(r"^key\s+actions?\s*:?\s*$", re.I)


def _heading_line(line: str) -> bool:
    """'1. Ensure complete implementation of current legislation': a numbered line that ends
    without a stop is a heading, however long."""
    return re.match(r"^\d{1,2}\.\s+[A-Z]", line) is not None and re.search(r"[.,;:]$", line) is None


def _capitals(line: str) -> bool:
    if len(line) >= 120 or line.endswith("."):
        return False
    # Counted in C (map over the builtin), not letter by letter: a 100-page PDF has 10,000 lines.
    upper, lower = sum(map(str.isupper, line)), sum(map(str.islower, line))
    return upper + lower >= 4 and upper / (upper + lower) > 0.8


def html_paragraphs(data: bytes) -> list[RawParagraph]:
    from lxml import html

    root = html.document_fromstring(_html_text(data))
    for junk in root.xpath("//script|//style|//nav|//header|//footer|//noscript"):
        junk.drop_tree()
    for sup in root.xpath("//sup"):  # footnote marks in the text: dropped, their notes are kept
        if re.fullmatch(r"\(?\d+\)?", sup.text_content().strip()):
            sup.drop_tree()
    out: list[RawParagraph] = []
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "dt", "dd"):
        if _inside(el, ("table",)) and el.tag != "table" or el.tag == "p" and _inside(el, ("li",)):
            continue
        if el.tag == "table":
            rows = [[" ".join(c.text_content().split()) for c in tr.xpath("./th|./td")] for tr in el.xpath(".//tr")]
            out.extend(rows_with_timetable([r for r in rows if any(r)]))
            continue
        text = " ".join(el.text_content().split())
        if not text:
            continue
        cls = " ".join((el.get("class") or "", el.get("id") or "")).lower()
        if el.tag.startswith("h") or re.search(r"\b(?:ti-|title|heading|titre)", cls):
            out.append(RawParagraph(text, BlockKind.HEADING))
        elif "footnote" in cls or "note" in cls.split():
            m = re.match(r"^\(?(\d+)\)?\s*", text)
            out.append(RawParagraph(text[m.end():] if m else text, BlockKind.FOOTNOTE, footnote=m[1] if m else ""))
        elif el.tag == "li":
            out.append(RawParagraph("- " + text))
        else:
            out.append(RawParagraph(text))
    return out


def _html_text(data: bytes) -> str:
    """The page as text: in the charset it declares, else UTF-8 (a saved page seldom says)."""
    declared = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I)
    try:
        text = data.decode(declared[1].decode("ascii") if declared else "utf-8")
    except (LookupError, UnicodeDecodeError):
        text = data.decode("cp1252", errors="replace")
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses text that names its own encoding


def _inside(el, tags: tuple[str, ...]) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def docx_paragraphs(data: bytes) -> list[RawParagraph]:
    import io

    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(io.BytesIO(data))
    out: list[RawParagraph] = []
    for item in doc.iter_inner_content():
        if isinstance(item, Table):
            rows = [[" ".join(cell.text.split()) for cell in row.cells] for row in item.rows]
            out.extend(rows_with_timetable([r for r in rows if any(r)]))
            continue
        assert isinstance(item, Paragraph)
        text = item.text.strip()
        if not text:
            continue
        style = (item.style.name if item.style is not None else "").lower()
        if style.startswith(("heading", "title")):
            out.append(RawParagraph(text, BlockKind.HEADING))
        elif "list" in style or item._p.pPr is not None and item._p.pPr.numPr is not None:
            out.append(RawParagraph(text if re.match(r"^\s*(?:⇒|\d{1,2}[.)]\s)", text) else "- " + text))
        else:
            out.append(RawParagraph(text))
    return out


_READERS = {"text": text_paragraphs, "pdf": pdf_paragraphs, "html": html_paragraphs, "docx": docx_paragraphs}
