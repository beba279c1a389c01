"""The File menu's calendar actions in the real window, offscreen."""
from __future__ import annotations

import socket
import urllib.request
from pathlib import Path

import caldav
import pytest
from PySide6.QtGui import QGuiApplication

from planner.calendar.render import AUTOPUBLISH_SETTING
from planner.domain.filters import CommitmentFilter
from planner.ui import calendar_actions
from planner.ui.calendar_dialogs import (
    CalDavChoice,
    CalDavDialog,
    ExportCalendarDialog,
    ExportChoice,
)
from tests.calendar.checks import assert_valid_ics, events
from tests.calendar.servers import PASSWORD, USER, start_radicale


@pytest.fixture
def warnings(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(calendar_actions, "warn", lambda _parent, _title, sentence: said.append(sentence))
    return said


@pytest.fixture
def cal(window):
    actions = window.features.calendar_actions
    yield actions
    actions.stop_feed()


def test_actions_sit_in_the_file_menu_above_quit(window):
    texts = [a.text() for a in window.menus["file"].actions() if not a.isSeparator()]
    assert texts.index("Export &calendar…") < texts.index("&Quit")
    for name in ("export_calendar", "calendar_feed", "copy_webcal", "autopublish", "publish_caldav"):
        assert name in window.actions_by_name


def test_export_writes_valid_files_and_honours_the_filter(window, cal, tmp_path, warnings):
    written = cal.export(ExportChoice(tmp_path / "plan.ics", only_filtered=False, todos=True, per_strategy=False))
    assert [p.name for p in written] == ["plan.ics", "plan-tasks.ics"]
    assert len(events((tmp_path / "plan.ics").read_bytes())) == 25
    for p in written:
        assert_valid_ics(p.read_bytes())
    window.rows.set_commitment_filter(CommitmentFilter(strategies=frozenset({"drugs"})))
    cal.export(ExportChoice(tmp_path / "drugs.ics", only_filtered=True, todos=False, per_strategy=False))
    assert 0 < len(events((tmp_path / "drugs.ics").read_bytes())) < 25
    folder = tmp_path / "per"
    folder.mkdir()
    assert len(cal.export(ExportChoice(folder, only_filtered=False, todos=False, per_strategy=True))) == 3
    assert cal.export(ExportChoice(tmp_path / "missing" / "x.ics", False, False, False)) == []
    assert warnings and "does not exist" in warnings[-1]


def test_export_dialog_collects_choices(qtbot, tmp_path):
    dialog = ExportCalendarDialog(tmp_path, filtered=True)
    qtbot.addWidget(dialog)
    dialog.todos.setChecked(True)
    assert dialog.choice() == ExportChoice(tmp_path / "plan.ics", True, True, False)
    dialog.per_strategy.setChecked(True)
    assert dialog.choice().path == tmp_path


def test_feed_starts_serves_edits_copies_webcal_and_stops(window, cal, qtbot, warnings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = cal.start_feed(port)
    assert server is not None and cal.feed_action.isChecked() and cal.copy_action.isEnabled()
    assert cal.copy_webcal() == f"webcal://127.0.0.1:{port}/calendar.ics"
    assert QGuiApplication.clipboard().text() == f"webcal://127.0.0.1:{port}/calendar.ics"
    c = window.doc.plan.commitments[0]
    window.doc.push_edit(c.changed(title="Edited in the window"), "Edit")
    with urllib.request.urlopen(server.url(), timeout=10) as reply:
        assert b"Edited in the window" in reply.read()
    cal.feed_action.trigger()  # unchecks: stops
    assert cal.feed is None and not cal.copy_action.isEnabled()
    with pytest.raises(OSError):
        urllib.request.urlopen(server.url(), timeout=2)
    assert warnings == []


def test_feed_on_a_taken_port_says_so_and_stays_off(window, cal, warnings):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert cal.start_feed(taken.getsockname()[1]) is None
    assert "already in use" in warnings[0] and not cal.feed_action.isChecked()


def test_autopublish_rewrites_the_file_after_each_change_and_is_remembered(window, cal, tmp_path, qtbot, warnings):
    target = tmp_path / "sync" / "plan.ics"
    target.parent.mkdir()
    assert cal.start_autopublish(target)
    assert window.doc.store.setting(AUTOPUBLISH_SETTING) == str(target.resolve())
    assert_valid_ics(target.read_bytes())
    c = window.doc.plan.commitments[2]
    window.doc.push_edit(c.changed(title="Published at once"), "Edit")
    qtbot.waitUntil(lambda: b"Published at once" in target.read_bytes(), timeout=5000)
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: b"Published at once" not in target.read_bytes(), timeout=5000)
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.ics"]
    cal.stop_autopublish()
    assert window.doc.store.setting(AUTOPUBLISH_SETTING) == "" and not cal.autopublish_action.isChecked()


def test_autopublish_resumes_in_a_new_window(qtbot, db_url, clock, settings, tmp_path):
    from planner.app import build_window

    target = tmp_path / "again.ics"
    first = build_window(db_url, clock, settings)
    qtbot.addWidget(first)
    first.features.calendar_actions.start_autopublish(target)
    first.doc.close_store()
    target.unlink()
    second = build_window(db_url, clock, settings)  # painted from its first look: the store opens behind
    qtbot.addWidget(second)
    qtbot.waitUntil(second.features.calendar_actions.autopublish_action.isChecked, timeout=5000)
    assert target.exists()
    second.doc.close_store()


def test_caldav_publishes_from_the_window_and_remembers_address_not_password(window, cal, tmp_path, warnings):
    server = start_radicale(tmp_path / "radicale")
    try:
        caldav.DAVClient(url=server.url, username=USER, password=PASSWORD).principal().make_calendar(name="Team", cal_id="team")
        url = server.calendar_url("team")
        report = cal.publish_caldav(CalDavChoice(url, USER, PASSWORD, keep_password=False))
        assert report is not None and report.created == 25
        again = cal.publish_caldav(CalDavChoice(url, USER, PASSWORD, keep_password=False))
        assert again is not None and again.changed_nothing
        assert cal.publish_caldav(CalDavChoice(url, USER, "wrong", keep_password=False)) is None
        assert "refused the user name or password" in warnings[-1]
        dialog = CalDavDialog(window.doc.store.setting("calendar.caldav_url"), window.doc.store.setting("calendar.caldav_user"), False)
        assert (dialog.url.text(), dialog.user.text()) == (url, USER)
        dialog.deleteLater()
        plan_file = Path(window.doc.store.url).read_bytes()
        assert PASSWORD.encode() not in plan_file
    finally:
        server.stop()
