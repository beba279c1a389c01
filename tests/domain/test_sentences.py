"""A sentence below the window: English when printed, its template and facts kept for a
translation; words and sentences inside it are said in the same language."""
from __future__ import annotations

import re

import pytest

from planner.domain import gate
from planner.domain.phrases import PhraseError, parse_period
from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence, said, sentence_of


def shouting(template):
    """A stand-in language: the template's own words in capitals, its {facts} as they are."""
    return re.sub(r"[^{}]+(?=\{|$)|(?<=\})[^{}]+", lambda m: m.group().upper(), str.__str__(template))


def test_a_sentence_is_english_when_printed_and_said_whole_in_another_language():
    word = QT_TRANSLATE_NOOP("Fields", "title")
    inner = said(QT_TRANSLATE_NOOP("Gate", "the {field} {value!r} is empty"), field=word, value="")
    outer = said(QT_TRANSLATE_NOOP("Gate", "{where}: {refusal}"), where="In plan.csv, line 4", refusal=inner)
    assert str(outer) == "In plan.csv, line 4: the title '' is empty"
    assert outer.said(shouting) == "In plan.csv, line 4: THE TITLE '' IS EMPTY"  # the place is a fact, as given
    assert str(inner.capitalized()) == "The title '' is empty"


def test_an_error_raised_with_a_sentence_keeps_it_and_reads_as_before():
    with pytest.raises(gate.GateError) as caught:
        gate.check_text("actor", "x" * 201, limit=200)
    assert str(caught.value) == f"The actor '{'x' * 44}…' (201 characters) is longer than the 200 characters it may have."
    assert isinstance(sentence_of(caught.value), Sentence)
    assert sentence_of(ValueError("day is out of range for month")) == "day is out of range for month"


def test_a_refused_phrase_carries_why_as_a_sentence():
    with pytest.raises(PhraseError) as caught:
        parse_period("every year")
    sentence = sentence_of(caught.value)
    assert isinstance(sentence, Sentence)
    assert str(caught.value) == "Cannot read the date 'every year': it repeats every year, so it has no single window."
    assert sentence.said(shouting) == "CANNOT READ THE DATE 'every year': IT REPEATS EVERY YEAR, SO IT HAS NO SINGLE WINDOW."
