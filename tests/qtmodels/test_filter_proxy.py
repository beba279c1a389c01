"""The filtered rows: exactly the commitments the filter matches, with their groups, kept right
as the plan changes; and both models pass Qt's model checks."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from planner.document import PlanDocument
from planner.domain.filters import CommitmentFilter
from planner.qtmodels.filter_proxy import PlanFilterProxy
from planner.qtmodels.plan_model import PlanModel
from planner.qtmodels.roles import ROW_STRATEGY, Roles


@pytest.fixture
def rows(qtbot, store, clock):
    doc = PlanDocument.on_store(store, clock)
    return PlanFilterProxy(PlanModel(doc))


def shown(rows, parent=QModelIndex()) -> list[int]:
    """Commitment ids in the order the rows show them; every group shown holds one."""
    out = []
    for r in range(rows.rowCount(parent)):
        ix = rows.index(r, 0, parent)
        if ix.data(Roles.COMMITMENT) is not None:
            out.append(ix.data(Roles.ID))
        else:
            below = shown(rows, ix)
            assert below, f"the group {ix.data()!r} is shown with nothing in it"
            out += below
    return out


def doc_of(rows) -> PlanDocument:
    return rows.plan_model.doc


FILTERS = [
    CommitmentFilter(text="europol"),
    CommitmentFilter(text="the COMMISSION will"),
    CommitmentFilter(text="nothing says this"),
    CommitmentFilter(text="2021", statuses=frozenset({"planned"})),
    CommitmentFilter(statuses=frozenset({"overdue"})),
    CommitmentFilter(strategies=frozenset({"csa"}), text="propose"),
    CommitmentFilter(due_within_days=400),
]


@pytest.mark.parametrize("chosen", FILTERS, ids=lambda f: repr(f)[16:60])
def test_the_rows_are_the_commitments_the_filter_matches_in_plan_order(rows, chosen):
    doc = doc_of(rows)
    rows.set_commitment_filter(chosen)
    assert shown(rows) == [c.id for c in chosen.apply(doc.plan, doc.as_of)]
    rows.set_commitment_filter(CommitmentFilter())
    assert shown(rows) == [c.id for c in doc.plan.commitments]


def test_both_models_pass_qts_model_checks(rows, qtmodeltester):
    qtmodeltester.check(rows.plan_model)
    rows.set_commitment_filter(CommitmentFilter(text="propose"))
    qtmodeltester.check(rows)


def test_an_edit_brings_a_hidden_commitment_in_with_its_groups_and_takes_it_out_again(rows):
    doc = doc_of(rows)
    rows.set_commitment_filter(CommitmentFilter(text="zebra crossing"))
    assert shown(rows) == [] and rows.rowCount() == 0
    c = doc.plan.commitments[-1]
    doc.push_edit(c.changed(title=c.title + " at the zebra crossing"), "Rename")
    assert shown(rows) == [c.id]
    assert rows.index(0, 0).data(Roles.ROW_KIND) == ROW_STRATEGY
    doc.undo_stack.undo()
    assert shown(rows) == [] and rows.rowCount() == 0


def test_added_and_deleted_commitments_are_judged_too(rows):
    doc = doc_of(rows)
    rows.set_commitment_filter(CommitmentFilter(text="europol"))
    before = shown(rows)
    first = doc.plan.commitments[0]
    doc.push_add(first.changed(id=None, key=None, title="Second look at Europol's reporting", version=0))
    added = doc.plan.commitments[-1]
    assert set(shown(rows)) == set(before) | {added.id}
    doc.push_delete(doc.commitment(added.id))
    assert shown(rows) == before


def test_after_a_reload_the_same_words_find_the_same_rows(rows):
    doc = doc_of(rows)
    chosen = CommitmentFilter(text="propose")
    rows.set_commitment_filter(chosen)
    expected = shown(rows)
    doc.reload()
    rows.set_commitment_filter(CommitmentFilter())
    rows.set_commitment_filter(chosen)
    assert shown(rows) == expected == [c.id for c in chosen.apply(doc.plan, doc.as_of)]
