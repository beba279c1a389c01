"""Reading and changing a plan in a real SQLite file."""
from datetime import date

import pytest

from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, Status
from planner.store.errors import ConflictError, StoreError
from planner.store.opening import open_plan_store


def by_key(store, key):
    return next(c for c in store.load_plan().commitments if c.key == key)


def test_the_seed_plan_has_the_documented_windows(store):
    europol = by_key(store, "csa-2-europol-mandate-review")
    assert (europol.due.start, europol.due.end) == (date(2020, 10, 1), date(2020, 12, 31))
    assert europol.due.shown == "planned for adoption in Q4 2020"
    law = by_key(store, "csa-2-detect-report-legislation")
    assert (law.due.start, law.due.end) == (date(2021, 4, 1), date(2021, 6, 30))
    assert "by Q2 2021" in law.quote


# Promises the seed documents do not state and the reference record gives without a sentence of
# them: their notes say where the promise and its window come from.
WITHOUT_A_SENTENCE = {"drugs-0-council-drugs-strategy", "drugs-0-council-drugs-action-plan", "firearms-1-import-export-recast"}


def test_every_seed_commitment_traces_to_a_sentence_of_a_known_document(store):
    plan = store.load_plan()
    refs = {s.ref for s in plan.sources}
    assert len(plan.commitments) >= 15
    for c in plan.commitments:
        assert c.source_ref in refs, c.title
        if c.key in WITHOUT_A_SENTENCE:
            assert not c.quote and ("record" in c.description or "EESC" in c.description), c.title
        else:
            assert c.quote, c.title


def test_a_change_survives_reopening_and_keeps_its_revision(db_url, clock, store):
    law = by_key(store, "csa-2-detect-report-legislation")
    store.update_commitment(law.changed(due=parse_period("Q3 2021")), reason="CWP 2021 annex")
    store.close()
    again = open_plan_store(db_url, clock)
    try:
        moved = by_key(again, "csa-2-detect-report-legislation")
        assert moved.due.label == "Q3 2021"
        assert moved.announced.label == "Q2 2021"  # the date first announced does not move
        [rev] = again.revisions(moved.id)
        assert (rev.field, rev.old, rev.new, rev.reason) == ("due", "by Q2 2021", "Q3 2021", "CWP 2021 annex")
        assert moved.sequence == law.sequence + 1
    finally:
        again.close()


def test_a_stale_copy_is_refused_and_the_newer_edit_stays(store):
    law = by_key(store, "csa-2-detect-report-legislation")
    store.update_commitment(law.changed(actor="DG HOME"))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        store.update_commitment(law.changed(actor="Somebody else"))
    assert by_key(store, "csa-2-detect-report-legislation").actor == "DG HOME"


def test_two_connections_cannot_overwrite_each_other(db_url, clock, store):
    other = open_plan_store(db_url, clock)
    try:
        mine = by_key(store, "csa-2-europol-mandate-review")
        theirs = by_key(other, "csa-2-europol-mandate-review")
        other.update_commitment(theirs.changed(status=Status.DELIVERED, delivered_on=date(2020, 12, 10)))
        with pytest.raises(ConflictError):
            store.update_commitment(mine.changed(title="Europol review"))
    finally:
        other.close()


def test_delete_and_restore_bring_back_the_same_commitment_with_its_history(store):
    law = by_key(store, "csa-2-detect-report-legislation")
    law = store.update_commitment(law.changed(due=parse_period("Q3 2021")), reason="slipped")
    gone = store.delete_commitment(law)
    assert all(c.id != law.id for c in store.load_plan().commitments)
    back = store.restore_commitment(gone)
    assert (back.id, back.key, back.due.label) == (law.id, law.key, "Q3 2021")
    assert [r.reason for r in store.revisions(back.id)] == ["slipped"]


def test_a_new_commitment_gets_a_stable_key_and_goes_last_in_its_initiative(store):
    added = store.add_commitment(Commitment(title="Progress report", due=parse_period("H1 2022"), initiative_key="csa-3"))
    assert added.key and added.id and added.baseline is not None
    plan = store.load_plan()
    in_initiative = [c.title for c in plan.commitments if c.initiative_key == "csa-3"]
    assert in_initiative[-1] == "Progress report"


def test_an_unknown_initiative_is_a_clear_error_and_nothing_is_stored(store):
    before = len(store.load_plan().commitments)
    with pytest.raises(StoreError, match="no initiative 'nope'"):
        store.add_commitment(Commitment(title="x", due=parse_period("2022"), initiative_key="nope"))
    assert len(store.load_plan().commitments) == before


def test_a_locked_database_is_reported_and_the_plan_is_unchanged(db_url, clock, store):
    import sqlite3

    blocker = sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        with pytest.raises(StoreError, match="locked"):
            store.set_setting("x", "y")
    finally:
        blocker.rollback()
        blocker.close()
    assert store.setting("x") == ""


def test_a_plan_that_cannot_be_read_whole_is_one_sentence_not_a_driver_error(db_url, store):
    """The plan is read through the driver's own cursor; its errors are told as the store's."""
    import sqlite3

    other = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    other.execute("DROP TABLE key_dates")  # another program damaged the file
    other.commit()
    other.close()
    with pytest.raises(StoreError, match="cannot be reached"):
        store.load_plan()
