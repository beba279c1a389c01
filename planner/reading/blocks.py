"""What a document is once read: its text, cut into blocks that keep the document's structure.

Every format (plain text, PDF, a saved web page, a Word file) ends up as a `ReadDocument`: the
text the officer sees, and blocks that say where each heading, paragraph, bullet, key action,
footnote and annex-table row sits in it. Offsets are into `ReadDocument.text`, so the review pane
highlights a sentence by its offsets alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class BlockKind(str, Enum):
    HEADING = "heading"  # a section heading ("INTRODUCTION", "I. IMPLEMENT AND DEVELOP ...")
    INITIATIVE = "initiative"  # a numbered initiative heading ("2. Ensure that EU legislation ...")
    PARAGRAPH = "paragraph"
    BULLET = "bullet"  # a bullet or numbered list item inside a section
    KEY_ACTION = "key action"  # a "Key action(s):" paragraph or a "⇒" paragraph
    FOOTNOTE = "footnote"
    TABLE_ROW = "table row"  # an annex-table row; `timetable` holds its date cell


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    start: int  # offset of `text` in the document's text
    section: str = ""  # the heading it sits under, as written
    initiative: str = ""  # the numbered initiative it sits in: "2. Ensure that EU legislation ..."
    footnote: str = ""  # a footnote's number
    timetable: str = ""  # a table row's date cell ("Q2 2021", "2022")

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def where(self) -> str:
        """Where the officer finds it: 'Initiative 2, key action', 'Next steps, footnote 23'."""
        place = _initiative_label(self.initiative) or self.section
        detail = {
            BlockKind.KEY_ACTION: "key action",
            BlockKind.FOOTNOTE: f"footnote {self.footnote}",
            BlockKind.TABLE_ROW: "annex table",
        }.get(self.kind, "")
        return ", ".join(p for p in (place, detail) if p)


def _initiative_label(initiative: str) -> str:
    number = initiative.split(".", 1)[0].strip()
    return f"Initiative {number}" if number.isdigit() else initiative


@dataclass(frozen=True)
class ReadDocument:
    """A document as read: `text` is what is shown; `blocks` cover it in order."""

    name: str
    text: str
    blocks: tuple[Block, ...]
    title: str = ""
    reference: str = ""  # "COM(2020) 607", found in the text or given
    adopted: date | None = None  # the document's own date ("Brussels, 24.7.2020") or given
    initiatives: tuple[str, ...] = field(default=())  # the numbered initiative headings, in order
