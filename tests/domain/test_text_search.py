"""The text index finds exactly what the filter's own word-by-word check finds."""
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.filters import CommitmentFilter
from planner.domain.period import Period
from planner.domain.plan import Commitment
from planner.domain.text_search import TextIndex

WORDS = ["Europol", "firearms", "STRASSE", "straße", "ΣΊΣΥΦΟΣ", "σίσυφος", "Q4", "2021", "e", "née", "NÉE", "\x00", "🇪🇺"]
texts = st.lists(st.sampled_from(WORDS), max_size=4).map(" ".join) | st.text(max_size=20)


def commitment(title: str, description: str, quote: str) -> Commitment:
    return Commitment(title=title, description=description, quote=quote, due=Period.quarter(2021, 4, "by Q4 2021"), initiative_key="i")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(texts, texts, texts), max_size=12), st.lists(st.sampled_from(WORDS) | st.text(min_size=1, max_size=4), max_size=3))
def test_the_index_agrees_with_the_filter(rows, typed):
    commitments = [commitment(*row) for row in rows]
    f = CommitmentFilter(text=" ".join(typed))
    found = TextIndex(commitments).containing(f.words)
    assert found == {n for n, c in enumerate(commitments) if f.matches(c, "", c.due.end)}


def test_a_changed_commitment_is_not_the_one_indexed():
    c = commitment("Adopt the strategy", "", "")
    index = TextIndex([c])
    assert index.slot(c) == 0 and index.slot(c.changed(title="Adopt it")) is None
