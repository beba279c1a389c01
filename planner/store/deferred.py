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
from typing import TYPE_CHECKING, Any

from planner.domain.clock import Clock
from planner.domain.plan import Plan

from .addresses import sqlite_file
from .errors import StoreError

if TYPE_CHECKING:
    from .first_look import FirstLook
    from .plan_store import PlanStore

    # To a type checker it is the store it stands in for: every attribute not defined here
    # comes from that store (__getattr__).
    _StandsInFor = PlanStore
else:
    _StandsInFor = object

SHARE_EVERY_S = 0.0001
_share = {"openings": 0, "interval": 0.005}
_share_lock = threading.Lock()


def _sharing(on: bool) -> None:
    """The switch interval is the whole process's: the first opening sets it, the last restores it."""
    with _share_lock:
        if on:
            if _share["openings"] == 0:
                _share["interval"] = sys.getswitchinterval()
                sys.setswitchinterval(min(_share["interval"], SHARE_EVERY_S))
            _share["openings"] += 1
        else:
            _share["openings"] -= 1
            if _share["openings"] == 0:
                sys.setswitchinterval(_share["interval"])


class DeferredStore(_StandsInFor):
    def __init__(self, url: str, clock: Clock, look: "FirstLook") -> None:
        self.address, self.clock = url, clock
        self.first_counter = look.counter  # the change counter the plan was read at
        self.first_look_was_whole = look.whole
        self._url = sqlite_file(url) or url
        self._plan: Plan | None = look.plan
        self._whole: Plan | None = None  # a large plan, read whole once the store is open
        self._store: PlanStore | None = None
        self._error: StoreError | None = None
        self._ready = threading.Event()  # the store is open (or failed): it can be used
        self._done = threading.Event()  # and a large plan has been read whole: the worker is done
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._opened: Callable[[], None] = lambda: None

    def tell_when_open(self, opened: Callable[[], None]) -> None:
        """`opened()` is called, from the worker thread, once the store is open or has failed
        (`store()` then returns it or raises), however the opening was started."""
        self._opened = opened

    def open_behind(self) -> None:
        """Start opening the store on a worker thread, if that has not started yet."""
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._open, name="open the plan", daemon=True)
            self._thread.start()

    def _open(self) -> None:
        # Loading is pure Python that would hold the interpreter for 5 ms at a time, and the
        # window's thread gives it up at every call into Qt: handing it back every tenth of a
        # millisecond keeps painting and typing smooth meanwhile (measured: a 1400x860 window
        # paints in 25 ms beside the loading, 45 ms at the half millisecond, 60 at the default).
        _sharing(True)
        try:
            try:
                from .opening import (
                    open_plan_store,  # SQLAlchemy loads here, off the window's thread
                )

                self._store = open_plan_store(self.address, self.clock)
            finally:
                self._ready.set()  # an edit waiting for the store goes on now, not after the read below
            if not self.first_look_was_whole:
                self._whole = self._store.load_plan()
        except StoreError as exc:
            self._error = exc
        except Exception as exc:  # noqa: BLE001 - handed to whoever asks for the store next
            self._error = StoreError(f"The database file {self.url} cannot be opened: {exc}.")
        finally:
            _sharing(False)
            # Told first, then done: whoever waits for the store (closing the window, say) only
            # goes on once this thread has nothing left to do with the window's objects.
            try:
                self._opened()
            finally:
                self._done.set()

    @property
    def url(self) -> str:
        """As PlanStore.url shows a file: its path."""
        return self._url

    @property
    def is_open(self) -> bool:
        return self._done.is_set() and self._store is not None

    def store(self, again: bool = True) -> "PlanStore":
        """The open store, waiting for it if need be; raises StoreError when it cannot open.
        After a failed opening, asking `again` tries again (the file unlocked, the folder back)."""
        with self._lock:
            if again and self._done.is_set() and self._store is None:
                self._thread, self._error = None, None
                self._ready.clear()
                self._done.clear()
        self.open_behind()
        self._ready.wait()
        if self._store is None:
            self._done.wait()  # the error is set by then
            raise self._error or StoreError(f"The database file {self.url} cannot be opened.")
        return self._store

    def whole_plan(self) -> Plan | None:
        """The whole plan read behind a first screenful, handed over once (None: there is none)."""
        plan, self._whole = self._whole, None
        return plan

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

    def __getattr__(self, name: str) -> Any:
        # Only for what is not defined above: everything else the store can do. Private names
        # are never the store's (and are asked for while this object is still being made).
        if name.startswith("_"):
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
        return DeferredStore(url, clock, look)
    from .opening import open_plan_store

    return open_plan_store(url, clock)
