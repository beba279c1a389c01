"""Small helpers for window tests: find rows as an officer would, read what the tree shows."""
from __future__ import annotations

import os

from PySide6.QtCore import QModelIndex

from planner.qtmodels.roles import Roles
from planner.store.opening import open_plan_store


def ready_plan(db_url, clock) -> None:
    """A plan file as every start but the first finds it: created, migrated and seeded."""
    open_plan_store(db_url, clock).close()


def opened_window(qtbot, db_url, clock, settings, show: bool = True):
    """The window on an existing plan (made now if there is none), as the officer opens it: shown
    from the plan's first look, then editable once its store, opened on a thread, is attached."""
    from planner.app import build_window

    if db_url.startswith("sqlite:///") and not os.path.exists(db_url.removeprefix("sqlite:///")):
        ready_plan(db_url, clock)  # a server's plan is opened with its store, not from a first look
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    if show:
        w.show()
        qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.doc.editable, timeout=20_000)
    return w


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
