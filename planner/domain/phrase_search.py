"""Finding the date phrases inside a text, with the same grammar that reads one phrase.

Contract, for the document reader and anyone else:

- `find_phrases(text, document_date=None)` returns every date phrase of `text` as a
  `PhraseMatch`, in order, never overlapping. `start`/`end` index `text` itself (`text[start:end]
  == match.text`); the text is the phrase as written, leading words included ("by Q2 2021",
  "planned for adoption in Q4 2020", "d'ici fin 2020"). Every match `parse_period` would accept
  as a whole phrase, given the same `document_date`, reads to the same window here.
- `kind` is one of "deadline" (a date by which or in which), "span" ("2021-2025",
  "2021-03-01..2021-05-15"), "target" (a date from which something holds: "from 2026", "ab 2026"),
  "relative" (counted from the document's date: "by the end of the year", "within six months",
  "by June", "immediately"), "recurring" ("every year", "two-yearly").
- `period` is the window, or None: for a recurring phrase (see `recurrence`, whose
  `occurrences(over)` gives one window per occurrence), for a relative phrase when no
  `document_date` is given, and for a phrase shaped like a date that names none ("31 February
  2021"); then `problem` says why in one sentence, for the officer to date it by hand.
- References that hold years are never read as dates: `COM(2020) 607`, `SWD(2020) 226`,
  `2022/0155(COD)`, `OJ L 274, 30.7.2021`, `Regulation (EU) 2016/794`, `(EU) 2021/1232`,
  `Directive 2011/93/EU`. `mask_references` blanks them (same length, so positions stay) and
  `reference_spans` lists where they are, for a reader that splits sentences.
- Markdown emphasis is read through: in "by the end of **2020**" the match's text is
  "by the end of **2020", its period's phrase "by the end of 2020".
- Texts extracted as Markdown escape brackets ("COM\\(2020\\) 607"); references are found either way.
- An article before a year is the noun's, not the date's: "on the 2015-2019 action plan" gives
  "2015-2019" (but "by the end of 2020" and "in the second quarter of 2021" keep theirs).
- Speed: one regex pass; a 67 kB Communication takes a few hundredths of a second.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .period import Period
from .phrase_grammar import NeedsDocumentDate, grammar, lead_words, read
from .phrase_words import ALL
from .recurrence import Recurrence

__all__ = ["PhraseMatch", "find_phrases", "mask_references", "reference_spans"]


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    text: str  # as written
    kind: str  # "deadline", "span", "target", "relative" or "recurring"
    period: Period | None
    recurrence: Recurrence | None = None
    problem: str = ""  # why `period` is None, when it is not a recurrence


_ACT = r"(?:\b(?:Council\s+|Commission\s+)?(?:Regulation|Directive|Decision|Framework\s+Decision|Recommendation)\s+)?"
_REFERENCE = re.compile(
    r"|".join([
        r"\b(?:COM|SEC|SWD|JOIN|C)\s*\\?\(\s*\d{4}\s*\\?\)\s*\d+(?:\s+final)?",  # COM(2020) 607 final
        r"\b(?:COM|SEC|SWD|JOIN)/\d{4}/\d+",  # COM/2016/0871
        r"\b\d{4}/\d{1,5}\s*\\?\((?:COD|CNS|NLE|APP|INI|INL|RSP|BUD|DEC)\\?\)",  # 2022/0155(COD)
        r"\bOJ\s+[LC]\s*\d+[A-Z]?\s*,\s*\d{1,2}\.\d{1,2}\.\d{4}(?:\s*,\s*p\.\s*\d+)?",  # OJ L 274, 30.7.2021
        _ACT + r"\\?\((?:EU|EC|EEC|Euratom|CFSP|JHA)\\?\)\s*(?:No\.?\s*)?\d+/\d+(?:/\w+)?",  # Regulation (EU) 2016/794
        _ACT + r"\b\d{2,4}/\d+/(?:EU|EC|EEC|JHA|CFSP|Euratom)\b",  # Directive 2011/93/EU
        r"\bECLI:[\w:.]+\d",
    ]),
    re.IGNORECASE,
)


_ARTICLES = re.compile(lead_words(ALL.articles) + "+", re.IGNORECASE)
_ENDS_IN_ARTICLE = re.compile(r"(?:^|\s)" + lead_words(ALL.articles) + "$", re.IGNORECASE)


def reference_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` cites a document by a number that holds a year (start, end)."""
    return [m.span() for m in _REFERENCE.finditer(text)]


def mask_references(text: str) -> str:
    """`text` with each reference blanked by underscores of the same length."""
    return _REFERENCE.sub(lambda m: "_" * len(m.group()), text)


def find_phrases(text: str, *, document_date: date | None = None) -> list[PhraseMatch]:
    """Every date phrase in `text`, in order; see the module's contract."""
    found: list[PhraseMatch] = []
    # Markdown emphasis inside a phrase ("by the end of **2020**") is read as a space.
    searched = mask_references(text).replace("*", " ")
    for m in grammar().finditer(searched):
        start, end = m.span()
        lead = m["lead"]
        if lead and (_ARTICLES.fullmatch(lead) or (_ENDS_IN_ARTICLE.search(lead) and text[m.end("lead")].isdigit())):
            start = m.end("lead")  # "(on) the 2015-2019 action plan": the article belongs to the plan
        written = text[start:end]
        try:
            reading = read(m, document_date)
        except NeedsDocumentDate:
            found.append(PhraseMatch(start, end, written, "relative", None,
                                     problem="it counts from the document's date, which is not known"))
            continue
        except (ValueError, OverflowError) as exc:
            found.append(PhraseMatch(start, end, written, "deadline", None, problem=f"{written!r} is not a date: {exc}"))
            continue
        period = reading.period.with_phrase(" ".join(searched[start:end].split())) if reading.period else None
        found.append(PhraseMatch(start, end, written, reading.kind, period, reading.recurrence))
    return found
