"""Reading one date phrase of a strategy document into a `Period`.

The grammar (`phrase_grammar`, words per language in `phrase_words`) reads the phrase whole:
leading words that say how the date is meant ("by", "planned for adoption in", "d'ici", "bis")
and one date shape. Nothing is guessed: a date in figures is ISO year-month-day ("2021-2-3" is
3 February; "2021/02/03" and "3.2.2021" are refused), a day with a month name is day first
("22 August 2020", "22. August 2020", "22 août 2020"), years run from 1900 to 2199, and a phrase
with anything left over ("22 3August 2020", "4th 2021") is refused with one sentence that says
what was left over. English, French and German words are read at once ("T4 2021" is the French
fourth quarter); see `phrase_words` for why that is safe.

Phrases that count from the document's date ("by the end of the year", "within six months",
"by June", "immediately") need `document_date`; recurring phrases ("every year") are read by
`read_phrase`, which returns their `Recurrence`, and refused by `parse_period`, which returns one
window. The same grammar finds phrases inside sentences: `phrase_search.find_phrases`.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .gate import EARLIEST, LATEST
from .period import Period
from .phrase_grammar import NeedsDocumentDate, Reading, grammar, read
from .phrase_search import PhraseMatch, find_phrases, mask_references, reference_spans
from .sentences import QT_TRANSLATE_NOOP, Sentence, said, sentence_of

# The searcher is re-exported so that the reader and the edit field import the one grammar from one place.
__all__ = ["PhraseError", "PhraseMatch", "Reading", "find_phrases", "mask_references", "parse_period", "read_phrase",
           "reference_spans"]


_FORMS = QT_TRANSLATE_NOOP("Phrases", "use a form such as 'Q4 2020', 'by the end of 2020', 'early 2021', "
                           "'December 2020', '22 August 2020', '2021-2025' or '2020-12-31'")


class PhraseError(ValueError):
    """A date phrase the planner cannot read; the message quotes it (its Sentence, args[0], is
    said in the officer's language by planner.i18n)."""

    def __init__(self, phrase: str, why: str | Sentence = "") -> None:
        self.phrase = phrase
        super().__init__(said(QT_TRANSLATE_NOOP("Phrases", "Cannot read the date {phrase!r}: {why}."), phrase=phrase, why=why or _FORMS))


def parse_period(phrase: str, *, anchor: date | None = None, document_date: date | None = None) -> Period:
    """Read a date phrase into a `Period` that keeps `phrase` as written.

    `document_date` is the date of the phrase's document (its adoption date): "immediately" is
    that day, "by the end of the year" its year's end, "by June" June of its year. `anchor` is the
    older name for it; `document_date` wins when both are given. Raises `PhraseError` quoting
    the phrase when it cannot be read, or when it repeats ("every year") and so has no one window.
    """
    reading = read_phrase(phrase, anchor=anchor, document_date=document_date)
    if reading.period is None:
        assert reading.recurrence is not None
        raise PhraseError(phrase, said(QT_TRANSLATE_NOOP("Phrases", "it repeats {how_often}, so it has no single window"), how_often=reading.recurrence.described))
    return reading.period


def read_phrase(phrase: str, *, anchor: date | None = None, document_date: date | None = None) -> Reading:
    """Read a phrase into its `Reading`: kind, window (with the phrase as written) or recurrence."""
    return _read(str(phrase), document_date or anchor)


# A plan says "Q4 2021" thousands of times: a file of 100,000 rows reads each phrase once.
# Readings are immutable, so the same one can be handed out again; errors are never cached.
@lru_cache(maxsize=4096)
def _read(phrase: str, document_date: date | None) -> Reading:
    text = " ".join(phrase.split())
    if not text:
        raise PhraseError(phrase, said(QT_TRANSLATE_NOOP("Phrases", "the date is empty")))
    body = text.rstrip(".").strip()
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()  # "(third quarter)", as footnotes write it
    m = grammar().fullmatch(body) or _restated(body)
    if m is None:
        raise PhraseError(phrase, _why_not(body))
    try:
        reading = read(m, document_date)
    except NeedsDocumentDate:
        raise PhraseError(phrase, said(QT_TRANSLATE_NOOP("Phrases", "{body!r} needs the adoption date of its document"), body=body)) from None
    except (ValueError, OverflowError) as exc:
        raise PhraseError(phrase, sentence_of(exc)) from None
    if reading.period is None:
        return reading
    return Reading(reading.kind, reading.period.with_phrase(text))


_RESTATED = re.compile(r"(?P<words>[^()]+?)\s*\((?P<dates>[^()]+)\)")


def _restated(body: str) -> re.Match[str] | None:
    """"over the next five years (2020-2025)": a phrase whose brackets restate it in dates is read
    by the dates, which say exactly what the words say loosely."""
    both = _RESTATED.fullmatch(body)
    if both is None or grammar().fullmatch(both["words"]) is None:
        return None
    return grammar().fullmatch(both["dates"])


_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_FIGURES = re.compile(r"[\d\s./\-–—]+")


def _why_not(body: str) -> Sentence | str:
    """Why the whole of `body` is not a date phrase, in words the officer can act on."""
    if any(not EARLIEST.year <= int(n) <= LATEST.year for n in _FOUR_DIGITS.findall(body)):
        return said(QT_TRANSLATE_NOOP("Phrases", "it falls outside the dates the planner supports ({earliest} to {latest})"),
                    earliest=EARLIEST.isoformat(), latest=LATEST.isoformat())
    if _FIGURES.fullmatch(body):
        return said(QT_TRANSLATE_NOOP("Phrases", "a date in figures is written year-month-day with dashes, such as '2021-02-03'"))
    found = [m for m in grammar().finditer(body) if m.group().strip()]
    if len(found) > 1:
        return said(QT_TRANSLATE_NOOP("Phrases", "it holds {count} dates ({dates}); give one"), count=len(found), dates=", ".join(repr(m.group()) for m in found))
    if found:
        m = found[0]
        leftover = " ".join(f"{body[:m.start()]} {body[m.end():]}".split())
        return said(QT_TRANSLATE_NOOP("Phrases", "{forms} ({leftover!r} is left over beside the date {date!r})"), forms=_FORMS, leftover=leftover, date=m.group())
    return ""
