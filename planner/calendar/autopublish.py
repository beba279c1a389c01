"""Auto-publish: keep a calendar file current for a folder that OneDrive, Nextcloud or a network
share syncs. The file is rewritten after every change to the plan, always atomically (a temporary
file beside it, then a rename), so a sync client never uploads half of one.
"""
from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from planner.domain.clock import Clock
from planner.files import write_atomically
from planner.store.plan_store import PlanStore

from .export import CalendarInfo
from .render import Selection, render_store


class AutoPublisher:
    """Writes the plan's calendar to `path` whenever the plan (or the day, which only a selection's
    date-dependent filter notices) changed since last time."""

    def __init__(self, store: PlanStore, clock: Clock, path: Path, selection: Selection = Selection(), info: CalendarInfo = CalendarInfo()) -> None:
        self.store, self.clock, self.path = store, clock, Path(path)
        self.selection, self.info = selection, info
        self._seen: tuple[int, date] | None = None
        self._lock = threading.Lock()

    def publish(self) -> bool:
        """Render now; write only when the bytes differ from the file (a sync client then has
        nothing to upload). Returns True when the file was written. Raises FileWriteError."""
        with self._lock:
            self._seen = (self.store.change_counter(), self.clock.today())
            data = render_store(self.store, self.selection, now=self.clock.now(), as_of=self.clock.today(), info=self.info)
            try:
                if self.path.read_bytes() == data:
                    return False
            except OSError:
                pass  # not there yet (or unreadable): write it
            write_atomically(self.path, data)
            return True

    def publish_if_changed(self) -> bool:
        """Cheap enough to call after every edit or on a timer: one counter read when nothing moved."""
        if self._seen == (self.store.change_counter(), self.clock.today()):
            return False
        return self.publish()

    def watch(self, stop: threading.Event, every_seconds: float = 2.0) -> None:
        """Poll until `stop` is set: picks up changes made by other windows and the command line."""
        self.publish()
        while not stop.wait(every_seconds):
            self.publish_if_changed()
