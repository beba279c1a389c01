"""Edit > Preferences: the tabbed dialog features extend, and its Reminders page."""
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment
from planner.reminders.user_settings import horizon_days, live_in_tray
from planner.store.reminder_store import plan_lead_days
from planner.ui.preferences_dialog import build_preferences
from tests.doubles import RecordingNotifier

TODAY = date(2026, 11, 23)


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def reminders_page(window):
    dialog = build_preferences(window)
    return dialog, dialog.page("Reminders")


def test_preferences_sits_in_the_edit_menu_with_the_platform_shortcut(window):
    action = window.actions_by_name["preferences"]
    assert action in window.menus["edit"].actions()
    assert action.text() == "&Preferences…"
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Preferences)


def test_other_features_add_their_own_pages(window):
    window.add_preference_page("Calendar", lambda parent: QLabel("calendar settings", parent))
    dialog = build_preferences(window)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[0] == "Reminders" and titles[-1] == "Calendar"
    dialog.accept()  # a page without problem() or apply() is simply left alone
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_page_shows_the_plan_defaults(window, config_home):
    _dialog, page = reminders_page(window)
    assert page.lead_days.text() == "30, 7, 1"
    assert page.horizon.value() == 14
    assert not page.at_login.isChecked()
    assert not page.in_tray.isEnabled()  # the offscreen desktop has no tray


def test_new_lead_times_are_stored_with_the_plan_and_replan_reminders(window, config_home, clock, qtbot):
    scheduler = window.features.reminders.scheduler
    scheduler.notifier = notes = RecordingNotifier()
    with qtbot.waitSignal(scheduler.caught_up):
        window.features.reminders.start()
    day = TODAY + timedelta(days=14)
    window.doc.push_add(Commitment(title="Pilot report", due=Period(day, day, Precision.DAY), initiative_key=window.doc.plan.initiatives[0].key))
    assert notes.messages == []
    dialog, page = reminders_page(window)
    page.lead_days.setText("14, 2")
    page.horizon.setValue(21)
    with qtbot.waitSignal(scheduler.caught_up):  # every commitment planned again, on a thread of its own
        dialog.accept()
    assert plan_lead_days(window.doc.store) == (14, 2)
    assert horizon_days(window.settings) == 21
    assert notes.titles == ["Reminder: Pilot report"]  # the new 14-day reminder is due today
    assert window.features.reminders.dock.summary.text().endswith("due in the next 21 days")
    window.features.reminders.stop()


def test_a_bad_lead_time_is_one_sentence_and_nothing_is_saved(window, config_home):
    dialog, page = reminders_page(window)
    page.lead_days.setText("30, soon")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem_label.text() == "The reminder lead time 'soon' is not a whole number of days."
    assert plan_lead_days(window.doc.store) == (30, 7, 1)


def test_none_switches_the_plan_default_off(window, config_home):
    dialog, page = reminders_page(window)
    page.lead_days.setText("none")
    dialog.accept()
    assert plan_lead_days(window.doc.store) == ()
    assert reminders_page(window)[1].lead_days.text() == "none"


def test_start_at_login_writes_and_removes_the_autostart_entry(window, config_home):
    entry = config_home / "autostart" / "planner.desktop"
    dialog, page = reminders_page(window)
    page.at_login.setChecked(True)
    dialog.accept()
    text = entry.read_text()
    assert "--in-tray" in text and window.doc.store.url in text
    dialog, page = reminders_page(window)
    assert page.at_login.isChecked()
    page.at_login.setChecked(False)
    dialog.accept()
    assert not entry.exists()


def test_at_login_the_plan_chosen_in_preferences_is_followed_not_pinned(qtbot, db_url, clock, settings, config_home, monkeypatch):
    from planner.app import build_window
    from planner.locations import CHOSEN_PLAN_SETTING as SETTING

    monkeypatch.delenv("PLANNER_DB", raising=False)
    settings.setValue(SETTING, db_url)  # the officer chose this plan in Preferences → Database
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    dialog, page = reminders_page(w)
    page.at_login.setChecked(True)
    dialog.accept()
    text = (config_home / "autostart" / "planner.desktop").read_text()
    assert "--in-tray" in text and "--db" not in text  # a later choice there is followed at login too
    w.doc.close_store()


def test_living_in_the_tray_hides_the_window_on_close_and_quit_still_quits(window, config_home, qtbot):
    app = QApplication.instance()
    tray = window.features.reminders.tray
    tray.available = True  # as on a desktop with a tray
    try:
        dialog, page = reminders_page(window)
        assert page.in_tray.isEnabled()
        page.in_tray.setChecked(True)
        dialog.accept()
        assert live_in_tray(window.settings) and not app.quitOnLastWindowClosed()
        window.close()
        assert window.isHidden() and not tray.quitting  # still running, in the tray
        tray.open_requested.emit()
        assert window.isVisible()
        window.actions_by_name["quit"].trigger()
        assert tray.quitting and window.isHidden()
    finally:
        tray.available = False
        tray.apply_settings()
    assert app.quitOnLastWindowClosed()
