"""A plan file the window shares with other programs on this computer (the command line, cron's
`planner remind`, the feed, a second window) keeps every edit, whatever else the window's own
process does with the plan's files.

POSIX locks belong to a process, and closing any descriptor of a file drops all of the process's
locks on it. A file dialog that lists the plan's folder (its completer, its icons, which sniff
the contents of files such as plan.sqlite-wal) opens and closes the plan's files in the window's
process. With a connection kept open between edits, that silently dropped the lock telling
others the WAL was still in use: the next program to close the plan deleted the WAL under the
window, whose later edits, and others' after them, were lost.
"""
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QLineEdit

from planner.ui import conflict_dialog
from tests.ui.helpers import opened_window


def other_program(path, *argv):
    """The `planner` command line, in a process of its own, as another officer or cron runs it."""
    done = subprocess.run([sys.executable, "-c", "import sys; from planner.cli import main; sys.exit(main())", "--db", str(path), *argv],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def open_and_close_the_plans_files(path):
    """What a folder listing or a type sniffer does: open each file, read a little, close it."""
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        f = path.parent / name
        if f.exists():
            with open(f, "rb") as opened:
                opened.read(16)


def browse_the_folder_in_a_file_dialog(qtbot, window, folder):
    """The real (Qt, not native) file dialog on the plan's folder, its completer listing the
    files as the officer types the folder's name, then cancelled."""
    dialog = QFileDialog(window, "Export snapshot", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.show()
    qtbot.waitExposed(dialog)
    name_box = dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.keyClicks(name_box, f"{folder}/pl")
    qtbot.wait(700)  # the dialog's gatherer thread lists, stats and sniffs the files
    dialog.reject()


def stored_rows(path):
    with sqlite3.connect(path) as con:
        rows = {cid: (actor, description) for cid, actor, description in con.execute("SELECT id, actor, description FROM commitments")}
        titles = {t for (t,) in con.execute("SELECT title FROM commitments")}
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
    return rows, titles, check


@pytest.fixture
def existing_plan(tmp_path):
    """A plan file made by an earlier run, as every start but the first finds it."""
    path = tmp_path / "plan.sqlite"
    other_program(path, "list")
    return path


def test_the_plans_files_opened_and_closed_in_the_windows_process_lose_no_edit(qtbot, existing_plan, clock, settings, monkeypatch):
    path = existing_plan
    window = opened_window(qtbot, f"sqlite:///{path}", clock, settings)
    try:
        mine, theirs = window.doc.plan.commitments[0], window.doc.plan.commitments[2]
        window.doc.push_edit(window.doc.commitment(mine.id).changed(actor="Mine, first"), "Edit")

        open_and_close_the_plans_files(path)
        browse_the_folder_in_a_file_dialog(qtbot, window, path.parent)
        other_program(path, "edit", str(theirs.id), "--description", "Theirs, first")

        window.doc.push_edit(window.doc.commitment(mine.id).changed(actor="Mine, second"), "Edit")
        open_and_close_the_plans_files(path)
        other_program(path, "add", "Added by the other program", "--due", "Q4 2021")

        # The window sees the other program's changes.
        assert window.features.shared_plan.watcher.poll() is True
        assert window.doc.commitment(theirs.id).description == "Theirs, first"
        assert "Added by the other program" in {c.title for c in window.doc.plan.commitments}

        # A stale change is still caught: the other program edits the row again, then I mark it delivered.
        other_program(path, "edit", str(theirs.id), "--actor", "Unit C")
        asked = []
        monkeypatch.setattr(conflict_dialog, "ask", lambda parent, sentence, t, m: asked.append(sentence) or conflict_dialog.RELOAD)
        window.plan_view.tree.selectionModel().setCurrentIndex(
            window.rows.index_of(theirs.id), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        window.mark_delivered()
        assert asked and "changed elsewhere" in asked[0]
    finally:
        window.doc.close_store()
        window.close()

    rows, titles, check = stored_rows(path)
    assert rows[mine.id][0] == "Mine, second"
    assert rows[theirs.id] == ("Unit C", "Theirs, first")
    assert "Added by the other program" in titles
    assert check == "ok"
    # And another program reads the same.
    listed = other_program(path, "list", "--search", "Added by the other program")
    assert "Added by the other program" in listed
