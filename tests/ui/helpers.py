"""Small helpers for window tests: find rows as an officer would, read what the tree shows."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex

from planner.qtmodels.roles import Roles
from planner.store.opening import open_plan_store


def commitment(window, title_part):
    return next(c for c in window.doc.plan.commitments if title_part in c.title)


def select(window, title_part) -> QModelIndex:
    c = commitment(window, title_part)
    index = window.rows.index_of(c.id)
    window.plan_view.tree.setCurrentIndex(index)
    window.plan_view.tree.setFocus()
    return index


def visible_titles(window) -> list[str]:
    """Titles of the commitment rows the tree shows (expanded or not)."""
    model, out = window.rows, []

    def walk(parent):
        for r in range(model.rowCount(parent)):
            ix = model.index(r, 0, parent)
            if ix.data(Roles.COMMITMENT) is not None:
                out.append(ix.data())
            walk(ix)

    walk(QModelIndex())
    return out


def fresh_plan(db_url, clock):
    """The plan as a restart would read it: a new store on the same file."""
    store = open_plan_store(db_url, clock)
    try:
        return store.load_plan()
    finally:
        store.close()
