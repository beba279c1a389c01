"""Auto-publish to a synced folder: rewritten on every change, atomically, never half-written."""
from __future__ import annotations

import os
import threading
import time

import pytest

from planner.calendar.autopublish import AutoPublisher
from planner.files import FileWriteError

from .checks import assert_valid_ics


def test_writes_on_change_only(store, clock, tmp_path):
    target = tmp_path / "plan.ics"
    publisher = AutoPublisher(store, clock, target)
    assert publisher.publish_if_changed() is True
    first = target.read_bytes()
    assert_valid_ics(first)
    assert publisher.publish_if_changed() is False  # nothing moved: not even rendered
    c = store.load_plan().commitments[0]
    store.update_commitment(c.changed(title="Changed"))
    assert publisher.publish_if_changed() is True
    assert b"SUMMARY:Changed" in target.read_bytes()
    store.set_setting("unrelated", "x")  # the plan moved but the calendar did not: file left alone
    stat = target.stat()
    assert publisher.publish_if_changed() is False
    assert target.stat().st_mtime_ns == stat.st_mtime_ns


def test_a_failed_write_leaves_the_previous_file_whole(store, clock, tmp_path, monkeypatch):
    (tmp_path / "sync").mkdir()
    target = tmp_path / "sync" / "plan.ics"
    publisher = AutoPublisher(store, clock, target)
    publisher.publish()
    before = target.read_bytes()
    c = store.load_plan().commitments[0]
    store.update_commitment(c.changed(title="Never seen"))

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(FileWriteError, match="plan.ics cannot be written: No space left on device"):
        publisher.publish_if_changed()
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["plan.ics"]  # the temporary file is gone


def test_watch_picks_up_changes_made_elsewhere(store, clock, tmp_path):
    target = tmp_path / "plan.ics"
    publisher = AutoPublisher(store, clock, target)
    stop = threading.Event()
    watcher = threading.Thread(target=publisher.watch, args=(stop, 0.05), daemon=True)
    watcher.start()
    try:
        deadline = time.monotonic() + 10
        while not target.exists():
            assert time.monotonic() < deadline
            time.sleep(0.02)
        c = store.load_plan().commitments[1]
        store.update_commitment(c.changed(title="Edited in another window"))
        while b"Edited in another window" not in target.read_bytes():
            assert time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        stop.set()
        watcher.join(timeout=5)
