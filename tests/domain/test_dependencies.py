"""Finish-to-start links: the rule on coarse windows, what a change breaks, and loops."""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.dependencies import (
    broken_links,
    creates_cycle,
    predecessors,
    successors,
    violations,
    would_break,
)
from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, Dependency, Plan, Status


def c(id_: int, due: str, title: str = "", **kw) -> Commitment:
    return Commitment(title=title or f"c{id_}", due=parse_period(due), initiative_key="i", id=id_, **kw)


def plan(*cs: Commitment, links: tuple[tuple[int, int], ...] = ()) -> Plan:
    return Plan(commitments=list(cs), dependencies=[Dependency(p, s) for p, s in links])


def test_successor_ending_before_predecessor_is_broken():
    study, proposal = c(1, "Q2 2021", "Study"), c(2, "Q1 2021", "Proposal")
    found = violations(plan(study, proposal, links=((1, 2),)))
    assert [(v.predecessor.title, v.successor.title) for v in found] == [("Study", "Proposal")]
    assert found[0].days_early == (date(2021, 6, 30) - date(2021, 3, 31)).days
    assert found[0].text == "'Proposal' (due Q1 2021) ends 91 days before 'Study' (due Q2 2021), which must come first."


def test_overlapping_coarse_windows_are_fine_when_the_successor_ends_no_earlier():
    # "study by Q2 2021, proposal in 2021": the windows overlap, the proposal ends later.
    assert violations(plan(c(1, "by Q2 2021"), c(2, "2021"), links=((1, 2),))) == []
    # The same quarter on both sides is not a break.
    assert violations(plan(c(1, "Q4 2020"), c(2, "Q4 2020"), links=((1, 2),))) == []
    # A coarse successor ending on the same day as a narrow predecessor.
    assert violations(plan(c(1, "by the end of 2020"), c(2, "Q4 2020"), links=((1, 2),))) == []


def test_forecast_and_delivery_count_as_the_finish():
    study = c(1, "Q1 2021", forecast=parse_period("Q3 2021"))
    assert broken_links(plan(study, c(2, "Q2 2021"), links=((1, 2),))) == {(1, 2)}
    early_proposal = c(2, "Q4 2021", delivered_on=date(2021, 2, 1), status=Status.DELIVERED)
    assert broken_links(plan(c(1, "Q1 2021"), early_proposal, links=((1, 2),))) == {(1, 2)}


def test_dropped_commitments_break_nothing():
    dropped = c(1, "2025", status=Status.DROPPED)
    assert violations(plan(dropped, c(2, "2021"), links=((1, 2),))) == []


def test_would_break_reports_only_what_the_change_causes():
    study, proposal, follow_up = c(1, "Q2 2021"), c(2, "Q3 2021"), c(3, "Q3 2021")
    p = plan(study, proposal, follow_up, links=((1, 2), (2, 3)))
    assert would_break(p, proposal.changed(due=parse_period("Q2 2021"))) == []
    moved = proposal.changed(due=parse_period("Q1 2021"))
    assert [v.link for v in would_break(p, moved)] == [Dependency(1, 2)]
    # Moving the proposal later breaks its own successor instead.
    later = proposal.changed(due=parse_period("Q4 2021"))
    assert [v.link for v in would_break(p, later)] == [Dependency(2, 3)]


def test_would_break_is_silent_about_links_broken_before_the_edit():
    p = plan(c(1, "Q3 2021"), c(2, "Q1 2021"), links=((1, 2),))
    assert would_break(p, p.commitments[1].changed(title="renamed")) == []


def test_would_break_reports_a_link_the_edit_adds_broken_from_the_start():
    study, proposal = c(1, "Q3 2021"), c(2, "Q1 2021")
    p = plan(study, proposal)
    found = would_break(p, proposal, links=[Dependency(1, 2)])
    assert [v.link for v in found] == [Dependency(1, 2)]
    # A commitment not stored yet (any unused id) with a link to an earlier predecessor.
    new = c(-1, "Q2 2021")
    assert [v.link for v in would_break(p, new, links=[Dependency(1, -1)])] == [Dependency(1, -1)]
    assert would_break(p, new.changed(due=parse_period("2022")), links=[Dependency(1, -1)]) == []


def test_neighbours():
    p = plan(c(1, "2021"), c(2, "2021"), c(3, "2021"), links=((1, 2), (2, 3)))
    assert [x.id for x in predecessors(p, 2)] == [1]
    assert [x.id for x in successors(p, 2)] == [3]


def test_cycles():
    links = [Dependency(1, 2), Dependency(2, 3)]
    assert creates_cycle(links, 3, 1)
    assert creates_cycle(links, 2, 2)
    assert not creates_cycle(links, 1, 3)


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=20))
def test_links_added_only_when_no_cycle_keep_the_graph_acyclic(pairs):
    links: list[Dependency] = []
    for a, b in pairs:
        if not creates_cycle(links, a, b):
            links.append(Dependency(a, b))
    # A topological order exists exactly when there is no cycle.
    remaining = set(links)
    nodes = {n for d in links for n in (d.predecessor_id, d.successor_id)}
    while nodes:
        free = {n for n in nodes if not any(d.successor_id == n for d in remaining)}
        assert free, "a cycle slipped through"
        nodes -= free
        remaining = {d for d in remaining if d.predecessor_id not in free}
