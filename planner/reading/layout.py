"""From a format's paragraphs to a `ReadDocument`: which paragraph is a heading, an initiative,
a bullet, a key action, a footnote or an annex-table row, and under which section each sits.

Formats that know their structure (an HTML `<h2>`, a Word heading style, a table) say so with a
`hint`; plain text and PDF are read from the shape of the lines. Page breaks in extracted text put
footnotes in the middle of a paragraph; the paragraph is joined again around them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .blocks import Block, BlockKind, ReadDocument
from .cleaning import clean_inline, footnote_number
from .metadata import document_date, document_reference, document_title


@dataclass(frozen=True)
class RawParagraph:
    """One paragraph as a format gives it, before it is classified."""

    text: str
    hint: BlockKind | None = None
    footnote: str = ""
    timetable: str = ""


_BULLET = re.compile(r"^\s*(?:[-•–·▪◦]|\*(?=\s))\s+")
_ARROW = re.compile(r"^\s*(?:[-•–]\s+)?⇒\s*")
_KEY_LABEL = re.compile(r"^\s*key\s+actions?\s*:?\s*$", re.I)
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(.+)$")
_ROMAN = re.compile(r"^\s*[IVX]{1,5}\.\s+\S")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_TERMINAL = re.compile(r"[.:;!?\"”’)]\s*$")


def paragraphs_from_text(text: str) -> list[RawParagraph]:
    """Paragraphs of plain text: blank lines part them; bullets, markdown headings, footnotes and
    table lines stand on their own."""
    out: list[RawParagraph] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        current: list[str] = []
        table: list[str] = []
        for line in (ln for ln in chunk.split("\n") if ln.strip()):
            if line.lstrip().startswith("|"):
                table.append(line)
                continue
            if table:
                out.extend(table_rows(table))
                table = []
            if _MD_HEADING.match(line):
                out.extend([RawParagraph(" ".join(current))] if current else [])
                out.append(RawParagraph(_MD_HEADING.sub("", line), BlockKind.HEADING))
                current = []
            elif len(line) <= 40 and document_date(line):  # a date line of its own ("31 August 2020")
                out.extend([RawParagraph(" ".join(current))] if current else [])
                out.append(RawParagraph(line.strip()))
                current = []
            elif _BULLET.match(line) or _ARROW.match(line) or footnote_number(line):
                out.extend([RawParagraph(" ".join(current))] if current else [])
                current = [line]
            else:
                current.append(line.strip())
        if current:
            out.append(RawParagraph(" ".join(current)))
        out.extend(table_rows(table))
    return out


_TIMETABLE_HEADER = re.compile(r"timetable|timing|timeline|time ?frame|date|deadline|when|indicative|planned", re.I)


def table_rows(lines: list[str]) -> list[RawParagraph]:
    """Markdown-style table lines ('| action | Q2 2021 |'): one row each, the date cell kept."""
    rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines]
    rows = [r for r in rows if not all(re.fullmatch(r":?-{2,}:?", c) or not c for c in r)]
    return rows_with_timetable(rows)


def rows_with_timetable(rows: list[list[str]]) -> list[RawParagraph]:
    """Table rows as paragraphs; the column whose header says 'timetable' (or 'date', 'when'...)
    gives each row's date."""
    if not rows:
        return []
    header = rows[0]
    column = next((i for i, c in enumerate(header) if _TIMETABLE_HEADER.search(c)), None)
    out = [RawParagraph(" | ".join(c for c in header if c), BlockKind.TABLE_ROW)]
    for row in rows[1:]:
        when = row[column] if column is not None and column < len(row) else ""
        cells = [c for i, c in enumerate(row) if c and i != column]
        out.append(RawParagraph(" | ".join(cells), BlockKind.TABLE_ROW, timetable=when))
    return out


def lay_out(name: str, paragraphs: list[RawParagraph], *, reference: str = "", adopted: date | None = None) -> ReadDocument:
    """Classify the paragraphs, join those a page break cut, and place every block in the text."""
    classified = _classify(_joined_across_footnotes(paragraphs))
    blocks: list[Block] = []
    pieces: list[str] = []
    offset = 0
    initiatives: list[str] = []
    for block in classified:
        if block.kind is BlockKind.INITIATIVE:
            initiatives.append(block.text)
        blocks.append(replace(block, start=offset))
        pieces.append(block.text)
        offset += len(block.text) + 2
    text = "\n\n".join(pieces)
    head = text[:3000]
    return ReadDocument(
        name=name,
        text=text,
        blocks=tuple(blocks),
        title=document_title(blocks),
        reference=reference or document_reference(head),
        adopted=adopted or document_date(head),
        initiatives=tuple(initiatives),
    )


def _joined_across_footnotes(paragraphs: list[RawParagraph]) -> list[RawParagraph]:
    """A paragraph that stops mid-sentence, then footnotes, then one starting in lower case: one
    paragraph cut by a page break. It is joined; the footnotes follow it."""
    out: list[RawParagraph] = []
    waiting: list[RawParagraph] = []  # footnotes met after an unfinished paragraph
    for p in paragraphs:
        is_note = p.hint is BlockKind.FOOTNOTE or footnote_number(p.text) is not None
        unfinished = out and out[-1].hint is None and not _TERMINAL.search(out[-1].text)
        if is_note and unfinished:
            waiting.append(p)
            continue
        stripped = p.text.lstrip()
        if waiting and p.hint is None and stripped[:1].islower():
            out[-1] = replace(out[-1], text=out[-1].text.rstrip() + " " + stripped)
            out.extend(waiting)
            waiting = []
            continue
        out.extend(waiting)
        waiting = []
        out.append(p)
    out.extend(waiting)
    return out


def _classify(paragraphs: list[RawParagraph]) -> list[Block]:
    blocks: list[Block] = []
    section = initiative = ""
    expected = 1  # the next initiative number: numbered lists inside a section restart at 1
    in_key_actions = False
    for p in paragraphs:
        raw = p.text.strip()
        if not raw:
            continue
        note = footnote_number(raw)
        if p.hint is BlockKind.FOOTNOTE or note:
            number, body = (p.footnote, raw) if not note else note
            blocks.append(Block(BlockKind.FOOTNOTE, clean_inline(body), 0, section, initiative, footnote=number or p.footnote))
            continue
        text = clean_inline(raw)
        if not text:
            continue
        kind = p.hint or BlockKind.PARAGRAPH
        numbered = _NUMBERED.match(text)
        if p.hint is None:
            if _KEY_LABEL.match(text):
                in_key_actions = True
                blocks.append(Block(BlockKind.PARAGRAPH, text, 0, section, initiative))
                continue
            if _ARROW.match(raw):
                kind = BlockKind.KEY_ACTION
                text = clean_inline(_ARROW.sub("", raw))
            elif numbered and int(numbered[1]) == expected and _looks_like_heading(numbered[2]):
                kind = BlockKind.INITIATIVE
            elif _looks_like_section_heading(raw, text):
                kind = BlockKind.HEADING
            elif _BULLET.match(raw) or numbered:
                kind = BlockKind.KEY_ACTION if in_key_actions else BlockKind.BULLET
                text = clean_inline(_BULLET.sub("", raw))
            elif in_key_actions:
                in_key_actions = False
        elif p.hint is BlockKind.HEADING and numbered and int(numbered[1]) == expected:
            kind = BlockKind.INITIATIVE
        if kind is BlockKind.INITIATIVE:
            expected += 1
            initiative = text
            in_key_actions = False
        elif kind is BlockKind.HEADING:
            section, initiative = text, ""
            in_key_actions = False
        blocks.append(Block(kind, text, 0, section, initiative, timetable=p.timetable))
    return blocks


def _looks_like_heading(text: str) -> bool:
    return len(text) <= 160 and not _TERMINAL.search(text.replace(")", "")) or len(text) <= 160 and text.endswith(")")


def _looks_like_section_heading(raw: str, text: str) -> bool:
    """'INTRODUCTION', 'I. IMPLEMENT AND DEVELOP ...', 'NEXT STEPS': short lines in capitals."""
    if len(text) > 200 or text.endswith("."):
        return False
    upper, lower = sum(map(str.isupper, text)), sum(map(str.islower, text))  # counted in C
    if not upper + lower:
        return False
    return upper / (upper + lower) > 0.8 and (len(text) < 120 or _ROMAN.match(text) is not None)
