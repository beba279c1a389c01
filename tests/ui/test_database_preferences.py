"""Preferences → Database: choosing the unit's PostgreSQL plan, testing the connection first."""
from PySide6.QtWidgets import QMessageBox

from planner.app import build_window
from planner.locations import CHOSEN_PLAN_SETTING as SETTING
from planner.locations import chosen_url
from planner.ui.database_page import DatabasePage


def test_test_connection_says_what_the_address_leads_to(qtbot, settings, pg_url, window, tmp_path):
    page = DatabasePage(settings, window.doc.store.url)
    qtbot.addWidget(page)
    page.address.setText(pg_url)
    assert page.test_connection()
    assert "an empty database; the plan will be created" in page.result.text()
    assert "postgresql+psycopg://postgres@127.0.0.1" in page.result.text()

    page.address.setText(window.doc.store.url)  # the open SQLite plan
    assert page.test_connection() and "a plan with" in page.result.text() and "up to date" in page.result.text()

    new_file = tmp_path / "later.sqlite"
    page.address.setText(str(new_file))
    assert page.test_connection() and "does not exist yet" in page.result.text()
    assert not new_file.exists()  # testing creates nothing


def test_an_unreachable_server_is_one_sentence(qtbot, settings, window):
    page = DatabasePage(settings, window.doc.store.url)
    qtbot.addWidget(page)
    page.address.setText("postgresql+psycopg://officer@127.0.0.1:1/plan")
    assert not page.test_connection()
    text = page.result.text()
    assert text.startswith("The database postgresql+psycopg://officer@127.0.0.1:1/plan cannot be reached") and text.endswith(".")


def test_a_saved_address_is_opened_at_the_next_start_unless_db_or_the_environment_say_otherwise(qtbot, settings, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page = DatabasePage(settings, window.doc.store.url)
    qtbot.addWidget(page)
    page.address.setText("not a url://")
    assert "is not a database URL" in page.problem()
    page.address.setText("postgresql+psycopg://officer@db.unit.example/plan")
    assert page.problem() is None
    page.apply()
    assert settings.value(SETTING) == "postgresql+psycopg://officer@db.unit.example/plan"
    assert chosen_url(None, settings, {}) == "postgresql+psycopg://officer@db.unit.example/plan"
    assert chosen_url(None, settings, {"PLANNER_DB": "/tmp/x.sqlite"}) == "sqlite:////tmp/x.sqlite"
    assert chosen_url("/tmp/y.sqlite", settings, {}) == "sqlite:////tmp/y.sqlite"


def test_the_page_is_reachable_from_the_window(window):
    assert "Database" in [title for title, _make in window.preference_pages]


def test_a_password_typed_in_the_address_is_kept_in_the_password_file_not_the_settings(qtbot, settings, window, monkeypatch, tmp_path):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    page = DatabasePage(settings, window.doc.store.url)
    qtbot.addWidget(page)
    page.address.setText("postgresql+psycopg://officer:s3cret@db.unit.example/plan")
    page.apply()
    assert settings.value(SETTING) == "postgresql+psycopg://officer@db.unit.example/plan"
    assert "s3cret" not in settings.value(SETTING) and "s3cret" not in page.address.text()
    assert (tmp_path / "pgpass").read_text() == "db.unit.example:5432:plan:officer:s3cret\n"
    assert "password is kept in" in told[-1] and str(tmp_path / "pgpass") in told[-1]


def test_a_password_file_that_cannot_be_written_leaves_the_saved_address_alone(qtbot, settings, window, monkeypatch, tmp_path):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder\n")
    monkeypatch.setenv("PGPASSFILE", str(blocker / "pgpass"))
    settings.setValue(SETTING, "postgresql+psycopg://officer@old.unit.example/plan")
    page = DatabasePage(settings, window.doc.store.url)
    qtbot.addWidget(page)
    page.address.setText("postgresql+psycopg://officer:s3cret@db.unit.example/plan")
    page.apply()
    assert settings.value(SETTING) == "postgresql+psycopg://officer@old.unit.example/plan"
    assert warned and "the database address was not changed" in warned[-1]


def test_an_address_saved_with_its_password_earlier_loses_it_to_the_password_file(qtbot, settings, db_url, clock, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    settings.setValue(SETTING, "postgresql+psycopg://officer:s3cret@db.unit.example/plan")
    w = build_window(db_url, clock, settings)  # --db decides which plan opens; the saved address is tidied
    qtbot.addWidget(w)
    try:
        assert settings.value(SETTING) == "postgresql+psycopg://officer@db.unit.example/plan"
        assert (tmp_path / "pgpass").read_text() == "db.unit.example:5432:plan:officer:s3cret\n"
    finally:
        w.doc.close_store()


def test_a_saved_address_that_cannot_be_read_is_left_alone_and_the_window_still_opens(qtbot, settings, db_url, clock, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    broken = "postgresql+psycopg://officer:s3cret@db.unit.example:notaport/plan"
    settings.setValue(SETTING, broken)
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    try:
        assert settings.value(SETTING) == broken and not (tmp_path / "pgpass").exists()
        assert "preferences" in w.actions_by_name  # the rest of the window was added after it
    finally:
        w.doc.close_store()
