"""The review of a document's proposals without the window: edits read and checked, the batch
built as --accept-all builds it, and the undo of accepting (store/batch_undo.py) on a real SQLite plan."""
from __future__ import annotations

from datetime import date

import pytest

from planner.domain.clock import FixedClock
from planner.reading import propose, read_document
from planner.reading.review import Decision, EditRefused, Review
from planner.store.batch_undo import put_back, stored_as_added, take_back
from planner.store.importing import apply_batch
from planner.store.opening import open_plan_store

from .scoring import DOCUMENTS

COM_607 = DOCUMENTS / "004_83424f46326c7c9b.txt"
IMPACT = "The Commission will carry out an impact assessment"


@pytest.fixture
def store(tmp_path):
    s = open_plan_store(f"sqlite:///{tmp_path / 'plan.sqlite'}", FixedClock.on(date(2020, 11, 15)))
    yield s
    s.close()


def review_of(store) -> tuple[Review, int]:
    doc = read_document(COM_607)
    review = Review(doc, propose(doc), store.load_plan(), "csa")
    return review, next(n for n, x in enumerate(review.items) if x.read.quote.startswith(IMPACT))


def test_an_edit_is_read_and_checked_and_a_refused_one_changes_nothing(store):
    review, n = review_of(store)
    with pytest.raises(EditRefused, match="repeats"):
        review.edit(n, phrase="every year")
    with pytest.raises(EditRefused, match="Cannot read the date"):
        review.edit(n, phrase="sometime soonish")
    with pytest.raises(EditRefused, match="title"):
        review.edit(n, title="   ")
    assert review.items[n].proposal == review.items[n].read
    p = review.edit(n, phrase="by the end of the year")  # the document's year: 2020
    assert (p.due.start, p.due.end) == (date(2020, 12, 1), date(2020, 12, 31))
    assert review.items[n].edited


def test_only_accepted_ones_are_in_the_batch_and_those_in_the_plan_never(store):
    review, n = review_of(store)
    present = next(k for k, x in enumerate(review.items) if x.present is not None)
    review.decide(n, Decision.ACCEPTED)
    review.decide(present, Decision.ACCEPTED)  # the pane refuses this; the batch leaves it out anyway
    accepted = review.accepted()
    assert [c.quote[:len(IMPACT)] for c in accepted.batch.commitments] == [IMPACT]
    assert len(accepted.present) == 1


def test_undo_of_accepting_takes_back_what_it_added_and_redo_keeps_the_ids(store):
    review, n = review_of(store)
    review.decide(n, Decision.ACCEPTED)
    before = store.load_plan()
    batch = review.accepted().batch
    apply_batch(store, batch, keep_edits=True)
    added = stored_as_added(store, [c.key for c in batch.commitments], [], [], [])
    gone = take_back(store, added)
    assert len(store.load_plan().commitments) == len(before.commitments)
    back = put_back(store, gone)
    assert [c.id for c in back.commitments] == [c.id for c in added.commitments]
    assert {c.key for c in store.load_plan().commitments} >= {c.key for c in added.commitments}


def test_an_accepted_commitment_names_who_acts_as_the_plan_does(store):
    """The document says 'The Commission'; the plan (and its Responsible filter) says 'European
    Commission', so accepting does not add a second name for the same body."""
    review, n = review_of(store)
    assert review.items[n].read.actor.casefold() == "the commission"
    review.decide(n, Decision.ACCEPTED)
    [added] = review.accepted().batch.commitments
    assert added.actor == "European Commission"
    actors = {c.actor for c in store.load_plan().commitments}
    assert "European Commission" in actors and not any(a.casefold() == "the commission" for a in actors)
