"""The phrase grammar used as a searcher: phrases found wherever they sit, never in references."""
import pathlib
import time
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.period import Period
from planner.domain.phrase_search import find_phrases, mask_references, reference_spans
from planner.domain.phrases import parse_period
from planner.domain.recurrence import Recurrence

DOC = date(2020, 7, 24)
SEED = pathlib.Path(__file__).parents[2] / ".." / "shared" / "seeds" / "004_83424f46326c7c9b.txt"


def test_a_key_action_sentence_gives_its_phrase_as_written():
    text = "⇒ In a second stage, by Q2 2021, the Commission will propose the necessary legislation¹⁹."
    [m] = find_phrases(text)
    assert (m.text, m.kind, m.period) == ("by Q2 2021", "deadline", Period.quarter(2021, 2))
    assert text[m.start:m.end] == m.text and m.period.shown == "by Q2 2021"


def test_phrases_of_every_kind_in_one_paragraph():
    text = ("The strategy is to be implemented over the next five years (2020-2025). The Commission will "
            "report every year, start immediately and, from 2026, apply the rules. By June, Europol will "
            "set up a hub; the action plan will be adopted later this year.")
    found = [(m.text, m.kind) for m in find_phrases(text, document_date=DOC)]
    assert found == [("over the next five years", "relative"), ("2020-2025", "span"), ("every year", "recurring"),
                     ("immediately", "relative"), ("from 2026", "target"), ("By June", "relative"),
                     ("later this year", "relative")]


def test_without_the_document_date_a_relative_phrase_is_found_but_not_dated():
    [m] = find_phrases("The Commission will act within six months.")
    assert (m.text, m.period, m.kind) == ("within six months", None, "relative")
    assert "document's date" in m.problem


def test_a_recurring_phrase_carries_its_step():
    [m] = find_phrases("Member States will report two-yearly on progress.")
    assert (m.kind, m.period, m.recurrence) == ("recurring", None, Recurrence(24))


def test_a_date_that_does_not_exist_is_found_and_flagged():
    [m] = find_phrases("The call closes on 31 February 2021.")
    assert m.period is None and "31 February 2021" in m.problem


REFERENCES = ["COM(2020) 607", "COM(2020) 607 final", "COM\\(2016\\) 871 final", "SWD(2020) 226", "2022/0155(COD)",
              "OJ L 274, 30.7.2021", "OJ L 335, 17.12.2011, p. 1", "Regulation (EU) 2016/794", "(EU) 2021/1232",
              "Directive 2011/93/EU", "Regulation (EU) No 1215/2012", "Council Decision 2008/615/JHA", "COM/2016/0871"]


@pytest.mark.parametrize("ref", REFERENCES)
def test_no_date_inside_a_reference(ref):
    text = f"As set out in {ref}, the Commission will act."
    assert find_phrases(text) == []
    assert [text[a:b] for a, b in reference_spans(text)] == [ref]
    assert len(mask_references(text)) == len(text) and "20" not in mask_references(text)


def test_a_reference_beside_a_real_phrase_leaves_the_phrase():
    text = "Regulation (EU) 2016/794 will be reviewed by Q4 2020, see OJ L 274, 30.7.2021."
    assert [m.text for m in find_phrases(text)] == ["by Q4 2020"]


PHRASES = ["Q4 2020", "by Q2 2021", "planned for adoption in Q4 2020", "by the end of 2020", "end-2020", "early 2021",
           "mid-2022", "H2 2022", "December 2020", "22 August 2020", "2021-2025", "2021-2-3", "2020-12-31",
           "2021-03-01..2021-05-15", "in the second quarter of 2021", "before the end of 2023", "by summer 2022",
           "from 2026", "au quatrième trimestre 2020", "d'ici fin 2020", "im vierten Quartal 2020", "22. August 2020",
           "bis Ende 2020", "by the end of the year", "within six months", "early next year", "immediately"]
FILLER = st.lists(st.sampled_from(["the", "Commission", "will", "propose", "a", "report", "on", "legislation", "Europol",
                                   "and", "Member", "States", ",", ";", "(", "—", "its", "new", "centre"]), max_size=8)


@given(st.sampled_from(PHRASES), FILLER, FILLER, st.sampled_from(["", ".", ",", ")", "¹⁹", ";"]))
def test_a_phrase_is_found_wherever_it_sits_in_a_sentence(phrase, before, after, mark):
    head = " ".join(before)
    text = f"{head} {phrase}{mark} {' '.join(after)}".strip()
    at = text.index(phrase, len(head))
    wanted = parse_period(phrase, document_date=DOC)
    found = [m for m in find_phrases(text, document_date=DOC) if m.start <= at and m.end == at + len(phrase)]
    assert len(found) == 1, (text, find_phrases(text, document_date=DOC))
    assert found[0].period == wanted
    assert text[found[0].start:found[0].end].endswith(phrase)


REFERENCE_SHAPES = st.one_of(
    st.builds("COM({}) {}".format, st.integers(1990, 2199), st.integers(1, 999)),
    st.builds("SWD({}) {} final".format, st.integers(1990, 2199), st.integers(1, 999)),
    st.builds("{}/{:04d}(COD)".format, st.integers(1990, 2199), st.integers(1, 9999)),
    st.builds("OJ L {}, {}.{}.{}".format, st.integers(1, 400), st.integers(1, 31), st.integers(1, 12),
              st.integers(1990, 2199)),
    st.builds("Regulation (EU) {}/{}".format, st.integers(1990, 2199), st.integers(1, 3000)),
    st.builds("(EU) {}/{}".format, st.integers(1990, 2199), st.integers(1, 3000)),
    st.builds("Directive {}/{}/EU".format, st.integers(1990, 2199), st.integers(1, 200)),
)


@given(REFERENCE_SHAPES, FILLER, FILLER)
def test_nothing_is_found_inside_a_reference_number(ref, before, after):
    head = " ".join(before)
    text = f"{head} {ref} {' '.join(after)}"
    at = len(head) + 1
    assert not [m for m in find_phrases(text) if m.start < at + len(ref) and m.end > at]


@pytest.mark.skipif(not SEED.exists(), reason="the seed documents are not beside the project")
def test_the_seed_communication_is_searched_well_under_a_second():
    text = SEED.read_text(encoding="utf-8")
    began = time.process_time()  # CPU time: other work on a busy machine does not count
    found = find_phrases(text, document_date=DOC)
    assert time.process_time() - began < 0.5
    texts = [m.text for m in found]
    for phrase in ["by Q4 2020", "planned for adoption in Q4 2020", "by Q2 2021", "by the end of 2020",
                   "open until 22 August 2020", "in early 2021", "immediately", "2020-2025"]:
        assert phrase in texts
    assert not any("607" in t or "2016/794" in t for t in texts)


@pytest.mark.parametrize("text, phrase", [("Unlike the 2015-2019 action plan, it sets targets.", "2015-2019"),
                                          ("Communication on the 2020-2025 EU action plan", "2020-2025"),
                                          ("It will be adopted by the end of 2020.", "by the end of 2020"),
                                          ("It will propose, in the second quarter of 2021, a law.", "in the second quarter of 2021")])
def test_an_article_before_a_year_belongs_to_the_noun(text, phrase):
    assert [m.text for m in find_phrases(text)] == [phrase]


@given(st.sampled_from(PHRASES), FILLER, FILLER)
def test_what_the_searcher_finds_reads_alone_to_the_same_window(phrase, before, after):
    text = f"{' '.join(before)} {phrase} {' '.join(after)}"
    for m in find_phrases(text, document_date=DOC):
        assert parse_period(m.text, document_date=DOC) == m.period


def test_markdown_emphasis_inside_a_phrase_is_read_through():
    [m] = find_phrases("An expert workshop will take place by the end of **2020**.")
    assert m.period == Period.year_end(2020) and m.period.shown == "by the end of 2020"


@given(st.text(alphabet=st.sampled_from(list("0123456789 -./()QHT*_,;:'’aeinorstuydfmbjgkl¹")) | st.characters(), max_size=60))
def test_any_text_is_searched_and_read_without_a_crash(text):
    last = 0
    for m in find_phrases(text, document_date=DOC):
        assert last <= m.start < m.end and text[m.start:m.end] == m.text
        last = m.end
    try:
        parse_period(text, document_date=DOC)
    except ValueError as exc:
        assert type(exc).__name__ == "PhraseError" and str(exc).startswith("Cannot read the date ")


def test_the_searcher_is_also_reached_from_phrases():
    from planner.domain import phrases

    assert phrases.find_phrases is find_phrases
    assert [m.text for m in phrases.find_phrases("Europol will report by Q4 2020.")] == ["by Q4 2020"]
