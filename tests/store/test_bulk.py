"""Many rows at once: links stored in one go, and large plans read back whole and in order."""
from planner.domain.plan import Dependency


def test_many_links_are_stored_at_once_and_a_second_time_adds_nothing(store):
    ids = [c.id for c in store.load_plan().commitments][:4]
    links = [Dependency(ids[0], ids[1]), Dependency(ids[1], ids[2]), Dependency(ids[0], ids[1])]
    assert store.add_dependencies(links) == 2
    assert store.add_dependencies([Dependency(ids[1], ids[2]), Dependency(ids[2], ids[3])]) == 1
    stored = set(store.load_plan().dependencies)
    assert {Dependency(ids[0], ids[1]), Dependency(ids[1], ids[2]), Dependency(ids[2], ids[3])} <= stored


def test_the_whole_plan_reads_back_as_each_commitment_does_alone(store):
    from datetime import date

    from planner.domain.phrases import parse_period

    first = store.load_plan().commitments[0]
    store.update_commitment(first.changed(forecast=parse_period("Q3 2027"), reminder_days=(14, 2), delivered_on=date(2027, 8, 1)), reason="test")
    plan = store.load_plan()
    assert plan.commitments and all(store.commitment(c.id) == c for c in plan.commitments)
    again = next(c for c in plan.commitments if c.id == first.id)
    assert again.forecast.phrase == "Q3 2027" and again.reminder_days == (14, 2) and again.updated_at.tzinfo is not None
