"""`DeferredStore`: the store of a window that was painted before its store was open.

The window asks it for the plan once (it already has it, from `first_look`); the real
`PlanStore` is opened on a worker thread meanwhile, so loading SQLAlchemy never holds up the
first paint. Anything else asked of it waits for that store and is then passed on, so code that
holds a DeferredStore behaves exactly as with the store itself, only perhaps a moment later.
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from planner.domain.clock import Clock
from planner.domain.plan import Plan

from .addresses import sqlite_file
from .errors import StoreError

if TYPE_CHECKING:
    from .plan_store import PlanStore

SHARE_EVERY_S = 0.0005


class DeferredStore:
    def __init__(self, url: str, clock: Clock, plan: Plan, counter: int) -> None:
        self.address, self.clock = url, clock
        self.first_counter = counter  # the change counter the plan was read at
        self.url = sqlite_file(url) or url  # as PlanStore.url shows a file: its path
        self._plan: Plan | None = plan
        self._store: PlanStore | None = None
        self._error: StoreError | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def open_behind(self, opened: Callable[[], None] = lambda: None) -> None:
        """Start opening the store on a worker thread; `opened()` is called from that thread
        once it is open or has failed (`store()` then returns it or raises)."""
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._open, args=(opened,), name="open the plan", daemon=True)
            self._thread.start()

    def _open(self, opened: Callable[[], None]) -> None:
        # Loading is pure Python that would hold the interpreter for 5 ms at a time; handing it
        # over every half millisecond keeps the window's painting and typing smooth meanwhile.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, SHARE_EVERY_S))
        try:
            from .opening import open_plan_store  # SQLAlchemy loads here, off the window's thread

            self._store = open_plan_store(self.address, self.clock)
        except StoreError as exc:
            self._error = exc
        except Exception as exc:  # noqa: BLE001 - handed to whoever asks for the store next
            self._error = StoreError(f"The database file {self.url} cannot be opened: {exc}.")
        finally:
            sys.setswitchinterval(interval)
            # Told first, then done: whoever waits for the store (closing the window, say) only
            # goes on once this thread has nothing left to do with the window's objects.
            try:
                opened()
            finally:
                self._done.set()

    @property
    def is_open(self) -> bool:
        return self._done.is_set() and self._store is not None

    def store(self) -> "PlanStore":
        """The open store, waiting for it if need be; raises StoreError when it cannot open."""
        self.open_behind()
        self._done.wait()
        if self._store is None:
            raise self._error or StoreError(f"The database file {self.url} cannot be opened.")
        return self._store

    def load_plan(self) -> Plan:
        if self._plan is not None:
            plan, self._plan = self._plan, None  # the first look, handed over once
            return plan
        return self.store().load_plan()

    def close(self) -> None:
        if self._thread is None:
            return  # never opened: nothing to close
        self._done.wait()
        if self._store is not None:
            self._store.close()

    def __getattr__(self, name: str) -> object:
        # Only for what is not defined above: everything else the store can do.
        if name.startswith("__") or name in ("_plan", "_store", "_error", "_done", "_thread", "_lock"):
            raise AttributeError(name)
        return getattr(self.store(), name)


def open_for_window(url: str, clock: Clock) -> "PlanStore | DeferredStore":
    """The store a window opens on: deferred behind a first look when the plan file allows it
    (the window then calls `open_behind` once painted), else opened here and now.

    Raises StoreError (one sentence) when the database cannot be opened or upgraded.
    """
    from .first_look import first_look

    look = first_look(url)
    if look is not None:
        return DeferredStore(url, clock, *look)
    from .opening import open_plan_store

    return open_plan_store(url, clock)
