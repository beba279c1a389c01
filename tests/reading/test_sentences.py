"""Sentences: legal abbreviations stay inside, offsets point at the text as written."""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from planner.reading.blocks import BlockKind, ReadDocument
from planner.reading.layout import RawParagraph, lay_out
from planner.reading.proposals import propose
from planner.reading.sentences import ABBREVIATIONS, split_sentences


def texts(paragraph):
    return [s.text for s in split_sentences(paragraph)]


def test_legal_abbreviations_do_not_end_a_sentence():
    paragraph = ("Under Art. 25 of Dir. 2011/93/EU and Regulation (EU) No. 1234/2008, e.g. law enforcement, "
                 "as published in OJ L 335, 17.12.2011, Member States act. The Commission will report.")
    assert texts(paragraph) == [
        "Under Art. 25 of Dir. 2011/93/EU and Regulation (EU) No. 1234/2008, e.g. law enforcement, as published in OJ L 335, 17.12.2011, Member States act.",
        "The Commission will report.",
    ]


def test_a_closing_quote_or_bracket_stays_with_its_sentence():
    assert texts('He said "it ends." Then (it was done.) The end.') == ['He said "it ends."', "Then (it was done.)", "The end."]


# Ordinary words: not themselves an abbreviation such as "ed." or "al.".
words = st.text(alphabet="abcdefghij ", min_size=1, max_size=30).map(
    lambda s: " ".join(w for w in s.split() if w not in ABBREVIATIONS) or "word")
sentence = st.tuples(words, st.sampled_from(["", " Art. 5", " No. 12", " Dir. 2011/93/EU", " (EU) 2021/1232", " e.g. this"]), words).map(
    lambda t: f"The{(' ' + t[0]) if t[0] else ''}{t[1]} {t[2]}.")


@given(st.lists(sentence, min_size=1, max_size=6))
def test_sentences_with_abbreviations_come_back_one_for_one(sentences):
    paragraph = " ".join(sentences)
    found = split_sentences(paragraph, offset=7)
    assert [s.text for s in found] == sentences
    assert all(paragraph[s.start - 7:s.end - 7] == s.text for s in found)


REFERENCES = ["COM(2020) 607", "COM(2021) 142 final", "Regulation (EU) 2016/794", "Directive 2011/93/EU",
              "OJ L 274, 30.7.2021", "2022/0155(COD)", "(EU) 2021/1232"]
PHRASES = [("by Q2 2021", date(2021, 4, 1), date(2021, 6, 30)), ("by the end of 2022", date(2022, 12, 1), date(2022, 12, 31)),
           ("in early 2021", date(2021, 1, 1), date(2021, 4, 30)), ("planned for adoption in Q4 2020", date(2020, 10, 1), date(2020, 12, 31))]


def _one_sentence_document(text: str) -> ReadDocument:
    return lay_out("t.txt", [RawParagraph(text)], adopted=date(2020, 7, 24))


@given(st.lists(st.sampled_from(["report", "about", "its", "rules", "of", "COM(2020) 607", "Regulation (EU) 2016/794"]), max_size=8),
       st.lists(st.sampled_from(["to", "all", "Member", "States", "OJ L 274, 30.7.2021", "for", "children"]), max_size=8),
       st.sampled_from(PHRASES))
def test_a_phrase_is_found_wherever_it_sits_in_a_commitment(before, after, phrase):
    words_, first, last = phrase
    text = " ".join(["The Commission will publish a", *before, words_, *after]) + "."
    found = [p for p in propose(_one_sentence_document(text)) if p.due is not None]
    assert [(p.due_start, p.due_end) for p in found] == [(first, last)]
    assert found[0].phrase.endswith(words_)


@given(st.lists(st.sampled_from(REFERENCES), min_size=1, max_size=3), st.sampled_from(["will apply", "will publish", "shall amend"]))
def test_references_give_no_date(references, verb):
    text = f"The Commission {verb} " + " and ".join(references) + "."
    proposals = propose(_one_sentence_document(text))
    assert all(p.due is None for p in proposals)


def test_blocks_cover_the_text_where_they_say():
    doc = lay_out("t.txt", [RawParagraph("INTRODUCTION"), RawParagraph("1. First thing"), RawParagraph("⇒ The Commission will act by Q1 2021.")])
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADING, BlockKind.INITIATIVE, BlockKind.KEY_ACTION]
    assert all(doc.text[b.start:b.end] == b.text for b in doc.blocks)
