"""The seed plan: imported once, re-imported without duplicates, the officer's edits kept."""
from planner.domain.phrases import parse_period
from planner.store.opening import load_seed


def test_reseeding_adds_nothing_twice(store):
    before = store.load_plan()
    report = load_seed(store)
    after = store.load_plan()
    assert (report.added, report.updated) == (0, 0)
    assert len(after.commitments) == len(before.commitments)
    assert len(after.strategies) == len(before.strategies) == 3
    assert len(after.key_dates) == len(before.key_dates)


def test_reseeding_keeps_what_the_officer_changed(store):
    europol = next(c for c in store.load_plan().commitments if c.key == "csa-2-europol-mandate-review")
    store.update_commitment(europol.changed(due=parse_period("9 December 2020"), title="Europol Regulation amendment proposed"))
    report = load_seed(store)
    kept = next(c for c in store.load_plan().commitments if c.key == "csa-2-europol-mandate-review")
    assert kept.title == "Europol Regulation amendment proposed" and kept.due.label == "2020-12-09"
    assert report.kept == 0  # the seed itself did not change, so there was nothing to refuse


def test_a_deleted_seed_commitment_comes_back_on_reseed(store):
    plan = store.load_plan()
    victim = plan.commitments[0]
    store.delete_commitment(victim)
    report = load_seed(store)
    assert report.added == 1
    assert any(c.key == victim.key for c in store.load_plan().commitments)


def test_the_three_strategies_are_grouped_with_their_references(store):
    plan = store.load_plan()
    refs = {s.reference for s in plan.strategies}
    assert refs == {"COM(2020) 607", "COM(2020) 606", "COM(2020) 608"}
    csa = plan.strategy("csa")
    assert csa.adopted.isoformat() == "2020-07-24"
    numbers = [i.number for i in plan.initiatives if i.strategy_key == "csa"]
    assert [n for n in numbers if n != "0"] == [str(n) for n in range(1, 9)]
