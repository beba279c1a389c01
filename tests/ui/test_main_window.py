"""The main window as an officer meets it: the tree, the details, the menus, undo."""
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from planner.app import build_window
from planner.qtmodels.plan_model import COL_DUE, COL_STATUS, COL_WINDOW
from planner.qtmodels.roles import Roles
from planner.store.opening import open_plan_store
from planner.ui.delivery_dialog import Delivery, DeliveryDialog


def tree_rows(tree):
    """Every visible row of the tree as (depth, title, due, window, status)."""
    model, rows = tree.model(), []

    def walk(parent, depth):
        for r in range(model.rowCount(parent)):
            ix = model.index(r, 0, parent)
            rows.append((depth, ix.data(), ix.siblingAtColumn(COL_DUE).data(), ix.siblingAtColumn(COL_WINDOW).data(), ix.siblingAtColumn(COL_STATUS).data()))
            walk(ix, depth + 1)

    walk(tree.rootIndex(), 0)
    return rows


def find_row(window, title_part):
    tree = window.plan_view.tree
    model = tree.model()
    for c in window.doc.plan.commitments:
        if title_part in c.title:
            return model.index_of(c.id)
    raise AssertionError(title_part)


def test_the_tree_groups_every_seed_commitment_by_strategy_and_initiative(window):
    rows = tree_rows(window.plan_view.tree)
    strategies = [r[1] for r in rows if r[0] == 0]
    assert strategies[0] == "EU strategy for a more effective fight against child sexual abuse"
    assert len(strategies) == 3
    commitments = [r for r in rows if r[0] == 2]
    assert len(commitments) == len(window.doc.plan.commitments)
    europol = next(r for r in commitments if "Europol" in r[1])
    assert europol[2:] == ("planned for adoption in Q4 2020", "Oct–Dec 2020", "delivered on time")  # COM(2020) 796
    workshop = next(r for r in commitments if "workshop" in r[1])
    assert workshop[2:] == ("by Q4 2020", "Oct–Dec 2020", "overdue")


def test_selecting_a_commitment_shows_the_sentence_it_came_from(window, qtbot):
    ix = find_row(window, "detect and report")
    window.plan_view.tree.setCurrentIndex(ix)
    text = window.details.toPlainText()
    assert "by Q2 2021" in text and "1 April 2021 – 30 June 2021" in text
    assert "In a second stage, by Q2 2021, the Commission will propose" in text
    assert "COM(2020) 607" in text


def test_as_of_recomputes_status(window):
    ix = find_row(window, "workshop on prevention")
    status = ix.siblingAtColumn(COL_STATUS)
    assert status.data() == "overdue"
    window.doc.set_as_of(date(2020, 12, 20))
    assert status.data() == "due soon"
    assert "not today" in window._as_of_label.text()


def test_mark_delivered_is_saved_and_undone(window, db_url, clock):
    ix = find_row(window, "workshop on prevention")
    window.plan_view.tree.setCurrentIndex(ix)
    window.doc.set_as_of(date(2020, 12, 20))
    asked = []
    window.ask_delivery = lambda parent, titles, day: asked.append((titles, day)) or Delivery(date(2020, 12, 9), "COM(2020) 796")
    window.actions_by_name["mark_delivered"].trigger()
    assert asked == [([ix.data()], date(2020, 12, 20))]  # the status day offered first
    assert ix.siblingAtColumn(COL_STATUS).data() == "delivered on time"
    cid = ix.data(Roles.ID)
    fresh = open_plan_store(db_url, clock)
    assert (fresh.commitment(cid).delivered_on, fresh.commitment(cid).delivered_by) == (date(2020, 12, 9), "COM(2020) 796")
    window.actions_by_name["undo"].trigger()
    assert fresh.commitment(cid).delivered_on is None
    assert ix.siblingAtColumn(COL_STATUS).data() == "due soon"
    window.actions_by_name["redo"].trigger()
    assert fresh.commitment(cid).status.value == "delivered"
    fresh.close()


def test_delete_asks_first_and_undo_brings_it_back(window, monkeypatch, db_url, clock):
    ix = find_row(window, "Europol")
    cid = ix.data(Roles.ID)
    window.plan_view.tree.setCurrentIndex(ix)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.actions_by_name["delete"].trigger()
    assert cid in {c.id for c in window.doc.plan.commitments}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions_by_name["delete"].trigger()
    fresh = open_plan_store(db_url, clock)
    assert cid not in {c.id for c in fresh.load_plan().commitments}
    assert not any("Europol mandate" in r[1] for r in tree_rows(window.plan_view.tree))
    window.actions_by_name["undo"].trigger()
    assert cid in {c.id for c in fresh.load_plan().commitments}
    assert any("Europol mandate" in r[1] for r in tree_rows(window.plan_view.tree))
    fresh.close()


def test_the_menus_carry_the_standard_shortcuts(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:4] == ["&File", "&Edit", "&View", "&Help"]
    assert window.actions_by_name["undo"].shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.actions_by_name["redo"].shortcuts()]
    assert window.actions_by_name["quit"].shortcut().toString() == "Ctrl+Q"


def test_window_geometry_is_remembered(qtbot, db_url, clock, settings):
    first = build_window(db_url, clock, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(711, 517)  # inside the offscreen screen, which restoreGeometry clamps to
    first.close()
    second = build_window(db_url, clock, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (711, 517)
    first.doc.close_store()
    second.doc.close_store()


def test_screenshot_option_saves_the_painted_window(tmp_path):
    out = tmp_path / "window.png"
    env = {"PLANNER_DB": str(tmp_path / "p.sqlite"), "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "main.py", "--screenshot", str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500
    # Something was painted: more than one colour in the picture.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colours) > 5


def test_later_starts_paint_the_same_plan_from_the_file_and_end_cleanly(tmp_path):
    """The first start creates the plan; later ones paint it from the file before any store is
    open (a picture is taken before the window settles): the same picture, exit 0."""
    env = {"PLANNER_DB": str(tmp_path / "p.sqlite"), "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    pictures = []
    for n in range(3):
        out = tmp_path / f"start-{n}.png"
        done = subprocess.run([sys.executable, "main.py", "--as-of", "2026-11-23", "--screenshot", str(out)], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        pictures.append(QImage(str(out)))
    assert pictures[1] == pictures[0] and pictures[2] == pictures[0]  # a picture run leaves the saved layout alone
    assert not list(tmp_path.rglob("Planner.ini")) or b"geometry" not in next(tmp_path.rglob("Planner.ini")).read_bytes()


def test_a_database_that_cannot_be_opened_ends_the_app_with_one_sentence(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database\n" * 100)
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "main.py", "--db", str(bad), "--screenshot", str(tmp_path / "x.png")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "not a planner database" in done.stderr and "Traceback" not in done.stderr


def test_redo_has_each_key_once_whatever_the_desktop_binds():
    from PySide6.QtGui import QKeySequence

    from planner.ui.main_window import redo_keys

    gnome = [QKeySequence("Ctrl+Shift+Z")]  # the desktop's own Redo key, which the window also wanted
    assert [k.toString() for k in redo_keys(gnome)] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    windows = [QKeySequence("Ctrl+Y"), QKeySequence("Alt+Shift+Backspace")]
    assert [k.toString() for k in redo_keys(windows)] == ["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z"]


def test_no_key_is_given_to_two_commands(window):
    """Qt does nothing for a key two actions (or one action twice) claim: "ambiguous shortcut"."""
    from collections import Counter

    from PySide6.QtGui import QAction

    keys = Counter(k.toString() for a in window.findChildren(QAction) for k in a.shortcuts() if not k.isEmpty())
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize("redo_key", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_ctrl_z_then_either_redo_key_from_the_keyboard(window, qtbot, redo_key):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    c = window.doc.plan.commitments[0]
    window.doc.push_edit(window.doc.commitment(c.id).changed(actor="Unit B"), "Edit")
    window.activateWindow()
    window.plan_view.tree.setFocus()
    QTest.keySequence(window.plan_view.tree, QKeySequence("Ctrl+Z"))
    assert window.doc.commitment(c.id).actor == c.actor
    QTest.keySequence(window.plan_view.tree, QKeySequence(redo_key))
    assert window.doc.commitment(c.id).actor == "Unit B"


def test_the_delivery_dialog_reads_a_typed_day_and_the_document(qtbot):
    dialog = DeliveryDialog(["Propose the Digital Services Act package"], date(2026, 11, 23))
    qtbot.addWidget(dialog)
    assert dialog.delivery() == Delivery(date(2026, 11, 23), "")  # today's, as it opens
    dialog.day.line.setText("15 December 2020")
    qtbot.keyClicks(dialog.by, "COM(2020) 825")
    assert dialog.delivery() == Delivery(date(2020, 12, 15), "COM(2020) 825")
    dialog.day.line.setText("Q4 2020")  # not a day
    assert dialog.delivery() is None
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_cancelling_mark_delivered_changes_nothing(window):
    c = window.doc.plan.commitments[0]
    window.plan_view.select_commitment(c.id)
    window.ask_delivery = lambda parent, titles, day: None
    window.actions_by_name["mark_delivered"].trigger()
    assert window.doc.commitment(c.id) == c
    assert not window.doc.undo_stack.canUndo()


def test_delete_on_an_initiative_row_says_what_delete_does(window, monkeypatch):
    from PySide6.QtTest import QTest

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    tree = window.plan_view.tree
    strategy = tree.model().index(0, 0)
    tree.setCurrentIndex(tree.model().index(0, 0, strategy))  # the strategy's first initiative
    before = len(window.doc.plan.commitments)
    from PySide6.QtCore import Qt

    window.activateWindow()
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert len(told) == 1 and "initiative: Delete removes commitments" in told[0]
    assert len(window.doc.plan.commitments) == before


def test_the_details_say_a_late_delivery_was_on_time_against_an_accepted_revision(window):
    from planner.domain.phrases import parse_period
    from planner.domain.plan import Status

    c = next(c for c in window.doc.plan.commitments if c.due.shown == "by Q2 2021")
    window.doc.push_edit(window.doc.commitment(c.id).changed(due=parse_period("Q2 2022")), "Re-announced", "COM(2021) 645")
    moved = window.doc.commitment(c.id)
    window.doc.push_edit(moved.changed(status=Status.DELIVERED, delivered_on=date(2022, 5, 11), delivered_by="COM(2022) 209"), "Mark delivered")
    window.plan_view.select_commitment(c.id)
    text = window.details.toPlainText()
    assert "11 May 2022 by COM(2022) 209: late against the first announcement (by Q2 2021), on time against the revision (Q2 2022)" in text


def test_a_status_bar_message_leaves_the_legend_and_the_plan_where_they_are(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from planner.ui.timeline.legend import LegendStrip

    legend = window.findChild(LegendStrip)
    QApplication.processEvents()
    before = (legend.isVisible(), legend.geometry(), window.plan_view.geometry())
    window.statusBar().showMessage("Exported 16 commitments to plan.ics.", 5000)
    QApplication.processEvents()
    assert (legend.isVisible(), legend.geometry(), window.plan_view.geometry()) == before


def test_tab_goes_from_the_day_to_the_document_not_to_the_calendar_button(qtbot):
    """Under a real X server, Tab stopped on the '…' button and the reference typed next opened
    the calendar: nothing was stored. Tab goes to the next widget of the focus chain that takes
    Tab focus, as followed here."""
    from PySide6.QtCore import Qt

    dialog = DeliveryDialog(["Research call"], date(2026, 11, 23))
    qtbot.addWidget(dialog)
    after = dialog.day.line.nextInFocusChain()
    while not (after.focusPolicy() & Qt.FocusPolicy.TabFocus and after.isEnabled()):
        after = after.nextInFocusChain()
    assert after is dialog.by
