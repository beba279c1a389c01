"""Cutting a paragraph into sentences without cutting at legal abbreviations.

"Art. 25", "Dir. 2011/93/EU", "No. 1234/2008", "e.g. law enforcement", "OJ L 335, 17.12.2011"
and "Regulation (EU) 2021/1232" stay inside their sentence. Offsets are kept, so a sentence is
highlighted in the document exactly where it was read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end in a full stop without ending a sentence (compared in lower case, no dot).
ABBREVIATIONS = frozenset(
    """art arts dir reg no nos nr para paras p pp e.g i.e etc cf ibid op cit vs v mr mrs ms dr prof st
    co inc ltd corp fig figs vol vols al approx incl excl ed eds ch sec subpara point pt
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k doc ref resp viz""".split()
)
# A full stop, question or exclamation mark, then closing quotes or brackets, then a space.
_END = re.compile(r"[.!?…]+[\"'”’)\]*]*(?=\s+)")
_STARTS_SENTENCE = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9⇒•\-–]")
_LEAD = re.compile(r"^[\s⇒•\-–*]+")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the paragraph (or the document, once placed)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(paragraph: str, offset: int = 0) -> list[Sentence]:
    """The sentences of `paragraph`, each with its offset (plus `offset`) and its text as written."""
    out: list[Sentence] = []
    begin = 0
    for m in _END.finditer(paragraph):
        if not _STARTS_SENTENCE.match(paragraph, m.end()):
            continue
        if m.group().startswith(".") and _is_abbreviation(paragraph, m.start()):
            continue
        _add(out, paragraph, begin, m.end(), offset)
        begin = m.end()
    _add(out, paragraph, begin, len(paragraph), offset)
    return out


_LAST_WORD = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    # Only the text just before the dot: searching all of it for its last word costs a pass over
    # the paragraph at every full stop. A word longer than the window is no abbreviation anyway.
    word = _LAST_WORD.search(text, max(0, dot - 40), dot)
    if not word:
        return False
    token = word[1].lower().strip(".")
    if token in ABBREVIATIONS:
        return True
    # Initials ("Di Gioia R., Beslay L.") do not end sentences.
    return len(word[1]) == 1 and word[1].isupper()


def _add(out: list[Sentence], paragraph: str, begin: int, end: int, offset: int) -> None:
    piece = paragraph[begin:end]
    lead = _LEAD.match(piece)
    skip = lead.end() if lead else 0
    text = piece[skip:].rstrip()
    if text:
        out.append(Sentence(text, offset + begin + skip))
