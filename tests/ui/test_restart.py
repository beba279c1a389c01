"""Restarting Planner on the plan just chosen in Preferences → Database."""
import json
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.locations import CHOSEN_PLAN_SETTING as SETTING
from planner.ui.database_page import DatabasePage
from planner.ui.restart import restart_planner


def test_the_new_planner_starts_without_the_old_choice_and_this_window_closes(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DB", str(tmp_path / "would-win.sqlite"))
    told = tmp_path / "started.json"
    # A stand-in for Planner: it writes down what it was started with.
    stand_in = [sys.executable, "-c", f"import json, os, sys; open({str(told)!r}, 'w').write(json.dumps([os.environ.get('PLANNER_DB'), sys.argv[1:]]))", "--as-given"]
    assert restart_planner(window, stand_in)
    qtbot.waitUntil(told.exists, timeout=10_000)
    qtbot.waitUntil(lambda: told.read_text() != "", timeout=10_000)
    assert json.loads(told.read_text()) == [None, ["--as-given"]]  # $PLANNER_DB would have come first
    assert not window.isVisible()


def test_a_planner_that_cannot_start_leaves_this_one_open(window, tmp_path):
    assert not restart_planner(window, [str(tmp_path / "no-such-program")])
    assert window.isVisible()


def test_the_database_page_offers_the_restart_and_does_it_only_when_asked(qtbot, settings, window, monkeypatch):
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a: next(answers))
    restarts = []
    page = DatabasePage(settings, window.doc.store.url, restart=lambda: restarts.append(1) or True)
    qtbot.addWidget(page)
    page.address.setText("postgresql+psycopg://officer@db.unit.example/plan")
    page.apply()  # "No": saved for the next start, nothing restarted
    qtbot.wait(20)
    assert settings.value(SETTING) == "postgresql+psycopg://officer@db.unit.example/plan" and restarts == []
    page.address.setText("postgresql+psycopg://officer@db2.unit.example/plan")
    page.apply()  # "Yes"
    qtbot.waitUntil(lambda: restarts == [1], timeout=2000)


def test_choosing_the_plan_already_open_offers_no_restart(qtbot, settings, window, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("no restart to offer"))
    page = DatabasePage(settings, window.doc.store.url, restart=lambda: pytest.fail("nothing to restart"))
    qtbot.addWidget(page)
    page.address.setText(window.doc.store.url)
    page.apply()
    assert told and window.doc.store.url in told[0]
