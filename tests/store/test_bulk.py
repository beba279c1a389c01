"""Many rows at once: links stored in one go, and large plans read back whole and in order."""
from planner.domain.plan import Dependency


def test_many_links_are_stored_at_once_and_a_second_time_adds_nothing(store):
    ids = [c.id for c in store.load_plan().commitments][:4]
    links = [Dependency(ids[0], ids[1]), Dependency(ids[1], ids[2]), Dependency(ids[0], ids[1])]
    assert store.add_dependencies(links) == 2
    assert store.add_dependencies([Dependency(ids[1], ids[2]), Dependency(ids[2], ids[3])]) == 1
    stored = set(store.load_plan().dependencies)
    assert {Dependency(ids[0], ids[1]), Dependency(ids[1], ids[2]), Dependency(ids[2], ids[3])} <= stored


def test_the_whole_plan_reads_back_as_each_commitment_does_alone(any_db_url, clock):
    from datetime import date

    from planner.domain.phrases import parse_period
    from planner.store.opening import open_plan_store

    store = open_plan_store(any_db_url, clock)

    first = store.load_plan().commitments[0]
    store.update_commitment(first.changed(forecast=parse_period("Q3 2027"), reminder_days=(14, 2), delivered_on=date(2027, 8, 1)), reason="test")
    plan = store.load_plan()
    assert plan.commitments and all(store.commitment(c.id) == c for c in plan.commitments)
    again = next(c for c in plan.commitments if c.id == first.id)
    assert again.forecast.phrase == "Q3 2027" and again.reminder_days == (14, 2) and again.updated_at.tzinfo is not None
    assert again.delivered_on == date(2027, 8, 1) and again.remind_when_window_opens is False
    store.close()


def test_an_import_in_one_statement_reads_back_value_for_value_on_sqlite_and_postgresql(any_db_url, clock):
    from datetime import date

    from planner.domain.phrases import parse_period
    from planner.domain.plan import Commitment, Initiative, Kind, Status, Strategy
    from planner.exchange.batch import ImportBatch
    from planner.store.importing import apply_batch
    from planner.store.opening import open_plan_store

    batch = ImportBatch(strategies=[Strategy(key="s", title="S")], initiatives=[Initiative(key="s-i", strategy_key="s", number="1", title="I")])
    batch.commitments = [
        Commitment(key="a", initiative_key="s-i", title="Span “quoted” – ünïcode", kind=Kind.SPAN, due=parse_period("by end of 2022"),
                   start=parse_period("Q2 2021"), status=Status.DELIVERED, delivered_on=date(2022, 11, 30), actor="Europol",
                   reminder_days=(30, 1), remind_when_window_opens=True, forecast=parse_period("H2 2022"), url="https://example.org"),
        Commitment(key="b", initiative_key="s-i", title="Plain", due=parse_period("2024"), reminder_days=()),
    ]
    store = open_plan_store(any_db_url, clock, seed=False)
    try:
        assert apply_batch(store, batch, keep_edits=False).added == 2
        back = {c.key: c for c in store.load_plan().commitments}
        for sent in batch.commitments:
            got = back[sent.key]
            assert got.changed(id=None, version=0, updated_at=None, baseline=None) == sent
            assert got.baseline == sent.due and got.due.phrase == sent.due.phrase  # first announced: as imported
    finally:
        store.close()
