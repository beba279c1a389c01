"""Many rows at once: links stored in one go, and large plans read back whole and in order."""
from planner.domain.plan import Dependency


def test_many_links_are_stored_at_once_and_a_second_time_adds_nothing(store):
    ids = [c.id for c in store.load_plan().commitments][:4]
    links = [Dependency(ids[0], ids[1]), Dependency(ids[1], ids[2]), Dependency(ids[0], ids[1])]
    assert store.add_dependencies(links) == 2
    assert store.add_dependencies([Dependency(ids[1], ids[2]), Dependency(ids[2], ids[3])]) == 1
    stored = set(store.load_plan().dependencies)
    assert {Dependency(ids[0], ids[1]), Dependency(ids[1], ids[2]), Dependency(ids[2], ids[3])} <= stored
