"""Reminders in the window, as the officer meets them: one notification, an entry in the Due soon
dock, and Snooze, Dismiss and Mark delivered that hold across restarts of the app."""
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings

from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment, Status
from planner.ui.delivery_dialog import Delivery
from tests.doubles import RecordingNotifier
from tests.ui.helpers import opened_window

TODAY = date(2026, 11, 23)


@pytest.fixture
def open_app(qtbot, db_url, clock, tmp_path):
    """Start the app (window + reminders) on the test database; each call is a new run."""
    windows = []

    def start():
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        w = opened_window(qtbot, db_url, clock, settings)  # a restart: the plan file is there
        w.features.reminders.scheduler.notifier = notes = RecordingNotifier()
        with qtbot.waitSignal(w.features.reminders.scheduler.caught_up):  # on a thread of its own
            w.features.reminders.start()
        windows.append(w)
        return w, notes

    yield start
    for w in windows:
        w.features.reminders.stop()
        w.doc.close_store()


def add_due(window, days: int, title: str = "Pilot report") -> Commitment:
    day = TODAY + timedelta(days=days)
    window.doc.push_add(Commitment(title=title, due=Period(day, day, Precision.DAY, day.isoformat()), initiative_key=window.doc.plan.initiatives[0].key))
    return next(c for c in window.doc.plan.commitments if c.title == title)


def rows(window):
    """The dock as read on screen: (title, due, reminder, bold)."""
    tree = window.features.reminders.dock.list
    return [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2), tree.topLevelItem(i).font(0).bold())
            for i in range(tree.topLevelItemCount())]


def restart(window, open_app):
    window.features.reminders.stop()
    window.close()
    window.doc.close_store()
    return open_app()


def test_the_seed_plan_opens_quietly_with_nothing_due(open_app):
    window, notes = open_app()
    assert notes.messages == []
    assert rows(window) == []
    assert window.features.reminders.dock.summary.text() == "Nothing due in the next 14 days."
    assert window.features.reminders.dock.isHidden()  # no reminder: the dock does not take room


def test_a_reminder_is_one_notification_and_one_bold_entry_in_the_dock(open_app):
    window, notes = open_app()
    add_due(window, 7)
    assert notes.titles == ["Reminder: Pilot report"]
    assert rows(window) == [("Pilot report", "due in 7 days", "7 days before", True)]
    dock = window.features.reminders.dock
    assert dock.isVisible() and dock.windowTitle() == "Due soon (1)"
    assert dock.summary.text() == "1 reminder awaiting an answer · due in the next 14 days"
    window, notes = restart(window, open_app)
    assert notes.messages == []  # not again
    assert rows(window) == [("Pilot report", "due in 7 days", "7 days before", True)]  # still awaiting an answer


def test_snooze_for_a_day_hides_it_until_then_across_a_restart(open_app, clock):
    window, notes = open_app()
    c = add_due(window, 7)
    window.features.reminders.dock.select(c.id)
    window.features.reminders.dock.snooze_for(timedelta(days=1))
    [(title, _due, reminder, bold)] = rows(window)
    assert reminder.startswith("snoozed till") and not bold
    window, notes = restart(window, open_app)
    assert notes.messages == []
    clock.advance(days=1)
    window.features.reminders.scheduler.check()
    assert notes.titles == ["Reminder: Pilot report"]
    assert rows(window) == [("Pilot report", "due in 6 days", "7 days before", True)]


def test_snooze_until_a_date_comes_back_on_that_morning(open_app, clock):
    window, notes = open_app()
    c = add_due(window, 7)
    dock = window.features.reminders.dock
    dock.ask_date = lambda parent, earliest: earliest + timedelta(days=2)
    dock.select(c.id)
    dock.snooze_until_date()
    assert window.features.reminders.scheduler.armed_for == clock.start_of(TODAY + timedelta(days=3))


def test_dismiss_is_remembered_and_the_commitment_stays_listed_as_due_soon(open_app):
    window, notes = open_app()
    c = add_due(window, 7)
    window.features.reminders.dock.select(c.id)
    window.features.reminders.dock.dismiss()
    assert rows(window) == [("Pilot report", "due in 7 days", "", False)]
    assert not window.features.reminders.dock.dismiss_action.isEnabled()
    window, notes = restart(window, open_app)
    assert notes.messages == [] and rows(window) == [("Pilot report", "due in 7 days", "", False)]


def test_mark_delivered_from_the_dock_stores_it_and_ends_its_reminders(open_app, clock):
    window, notes = open_app()
    c = add_due(window, 7)
    window.features.reminders.dock.select(c.id)
    window.ask_delivery = lambda parent, titles, day: Delivery(day, "COM(2026) 1")  # the officer keeps today's day
    window.features.reminders.dock.deliver_action.trigger()
    assert window.doc.commitment(c.id).status is Status.DELIVERED
    assert window.doc.commitment(c.id).delivered_by == "COM(2026) 1"
    assert window.doc.commitment(c.id).delivered_on == TODAY
    assert rows(window) == []
    clock.advance(days=6)
    window.features.reminders.scheduler.check()
    assert notes.titles == ["Reminder: Pilot report"]  # only the first one, before delivery


def test_open_selects_the_commitment_in_the_plan(open_app):
    window, notes = open_app()
    c = add_due(window, 7)
    window.features.reminders.dock.select(c.id)
    window.features.reminders.dock.open_action.trigger()
    assert window.plan_view.current_commitment().id == c.id


def test_view_menu_toggles_the_dock(open_app):
    window, _notes = open_app()
    toggle = window.actions_by_name["due_soon"]
    assert toggle in window.menus["view"].actions() and toggle.text() == "&Due soon"
    toggle.trigger()
    assert window.features.reminders.dock.isVisible()


def test_the_30_7_and_1_day_reminders_each_come_once_in_the_app_and_not_again_from_cron(open_app, clock, db_url, capsys):
    from planner.cli import main

    clock.advance(days=-23)  # 23 days before the week the commitment falls due in
    window, notes = open_app()
    c = add_due(window, 7)  # due on 30 November: 30 days from now
    assert notes.titles == ["Reminder: Pilot report"]
    assert rows(window)[0][2] == "30 days before"
    window.features.reminders.dock.select(c.id)
    window.features.reminders.dock.dismiss()
    clock.advance(days=22)
    window.features.reminders.scheduler.check()
    assert len(notes.messages) == 1
    clock.advance(days=1)
    window.features.reminders.scheduler.check()
    assert len(notes.messages) == 2 and rows(window)[0][1:] == ("due in 7 days", "7 days before", True)
    window.features.reminders.dock.select(c.id)
    window.features.reminders.dock.dismiss()
    window.features.reminders.stop()
    window.close()
    window.doc.close_store()
    clock.advance(days=6)  # the app was closed meanwhile
    window, notes = open_app()
    assert notes.titles == ["Reminder: Pilot report"]
    assert rows(window)[0][1:] == ("due tomorrow", "1 day before", True)
    code = main(["--db", db_url.removeprefix("sqlite:///"), "remind", "--json"], clock=clock)
    assert (code, capsys.readouterr().out.strip()) == (0, "[]")  # cron finds them all dealt with


def status_shown(window, c):
    from planner.qtmodels.plan_model import COL_STATUS

    return window.rows.index_of(c.id).siblingAtColumn(COL_STATUS).data()


def test_due_soon_means_one_thing_in_the_list_the_details_and_the_dock(open_app):
    """One definition, from Preferences → Reminders: the status word, the details and the Due
    soon list agree; 19 days away was 'due soon' in the list while the dock had nothing."""
    window, _notes = open_app()
    near, far = add_due(window, 10, "Near report"), add_due(window, 19, "Far report")
    assert (status_shown(window, near), status_shown(window, far)) == ("due soon", "planned")
    window.features.reminders.dock.refresh()
    dock_titles = [r[0] for r in rows(window)]
    assert "Near report" in dock_titles
    window.plan_view.select_commitment(far.id)
    assert "planned as of" in window.details.toPlainText()

    window.settings.setValue("reminders/horizon_days", 21)  # what the Reminders page saves
    window.features.reminders._preferences_applied()
    assert status_shown(window, far) == "due soon"
    assert "due soon as of" in window.details.toPlainText()
    window.features.reminders.dock.refresh()
    assert "Far report" in [r[0] for r in rows(window)]


@pytest.mark.parametrize("language, row, summary, note", [
    ("fr", ("Pilot report", "échéance dans 7 jours", "7 jours avant", True), "1 rappel en attente de réponse · à échéance dans les 14 prochains jours", "Rappel : Pilot report"),
    ("de", ("Pilot report", "fällig in 7 Tagen", "7 Tage vorher", True), "1 Erinnerung wartet auf Antwort · fällig in den nächsten 14 Tagen", "Erinnerung: Pilot report"),
])
def test_the_dock_and_the_notification_speak_the_language_of_the_window(open_app, qapp, language, row, summary, note):
    from PySide6.QtCore import QLocale

    from planner.i18n import install_translators

    installed = install_translators(qapp, language)
    try:
        window, notes = open_app()
        add_due(window, 7)
        assert rows(window) == [row]
        assert window.features.reminders.dock.summary.text() == summary
        assert notes.titles == [note]
        assert notes.messages[0].body.startswith(f"Pilot report — {row[1]} (")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
