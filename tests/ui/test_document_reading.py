"""File → Read a document…: COM(2020) 607 (the seed document, as copied into tests/reading/documents)
read into the review pane on the real window and a real SQLite plan; accepted, undone, read again."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QMessageBox

from planner.reading.review import Decision
from tests.ui.test_accessibility import nameless

IMPACT = "The Commission will carry out an impact assessment"  # a key action the seed plan lacks
COMPANIES = "The Commission will work closely with companies"  # outside any numbered section; not in the seed plan either
COM_607 = Path(__file__).parents[1] / "reading" / "documents" / "004_83424f46326c7c9b.txt"


def stored(db_url: str) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as c:
        return c.execute("select title, due_phrase, quote from commitments where source_ref = 'COM(2020) 607' order by id").fetchall()


def row_of(dialog, start: str) -> int:
    return next(n for n, x in enumerate(dialog.review.items) if x.read.quote.startswith(start))


@pytest.fixture
def reading(window, qtbot):
    def open_it(path: Path = COM_607):
        dialog = window.features.document_reading.open_review(path)
        qtbot.addWidget(dialog)
        qtbot.waitExposed(dialog)
        return dialog
    return open_it


def test_the_menu_offers_it_with_a_shortcut(window):
    action = window.actions_by_name["read_document"]
    assert action in window.menus["file"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+O"
    assert "PDF" in window.features.document_reading.file_types() and "*.docx" in window.features.document_reading.file_types()


def test_the_pane_lists_the_proposals_beside_the_text_and_highlights_the_selected_sentence(reading):
    dialog = reading()
    assert dialog.strategy.currentData() == "csa"  # the seed plan's strategy with the document's reference
    assert dialog.proposals.topLevelItemCount() == len(dialog.review.items) > 10
    hub = row_of(dialog, IMPACT)
    dialog.select(hub)
    assert dialog.highlighted().startswith(IMPACT)
    assert dialog.text.textCursor().position() > 1000  # scrolled down to it
    assert dialog.form.title.text().startswith("Carry out an impact assessment")
    assert dialog.proposals.topLevelItem(hub).text(0) == "• to review"
    second = row_of(dialog, "In a second stage")
    assert dialog.proposals.topLevelItem(second).text(0) == "= in the plan"  # the seed plan has it
    dialog.select(second)
    assert not dialog.accept_button.isEnabled() and "Already in the plan" in dialog.form.why.text()


def test_accepting_adds_them_in_one_undo_step_and_undo_takes_them_all_out(window, reading, qtbot, db_url):
    before = stored(db_url)
    steps = window.doc.undo_stack.count()
    dialog = reading()
    hub = row_of(dialog, IMPACT)
    dialog.select(hub)
    dialog.proposals.setFocus()
    qtbot.keyClick(dialog.proposals, Qt.Key.Key_Space)  # accepted, and on to the next one
    assert dialog.review.items[hub].decision is Decision.ACCEPTED
    assert dialog.current_row() == hub + 1
    qtbot.keyClick(dialog.proposals, Qt.Key.Key_Space)  # in the plan already: not accepted, told why
    assert "in the plan already" in dialog.form.problem.text()
    qtbot.keyClick(dialog.proposals, Qt.Key.Key_End)
    assert dialog.current_row() == row_of(dialog, COMPANIES)
    qtbot.keyClick(dialog.proposals, Qt.Key.Key_Space)
    assert stored(db_url) == before  # nothing stored before "Add to the plan"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    after = stored(db_url)
    assert len(after) == len(before) + 2
    assert any(t.startswith("Carry out an impact assessment") and q.startswith(IMPACT) for t, _p, q in after)
    assert window.doc.undo_stack.count() == steps + 1
    assert window.doc.undo_stack.undoText().endswith(": 2 commitments")  # counted as English counts, not "commitment(s)"
    assert window.statusBar().currentMessage().endswith(": 2 commitments; Edit → Undo takes them out again.")
    assert any(c.title.startswith("Carry out an impact assessment") for c in window.doc.plan.commitments)  # the window shows it
    window.doc.undo_stack.undo()
    assert stored(db_url) == before
    assert not any(c.title.startswith("Carry out an impact assessment") for c in window.doc.plan.commitments)
    window.doc.undo_stack.redo()
    assert stored(db_url) == after


def test_reading_twice_adds_nothing_twice(window, reading, db_url, monkeypatch):
    dialog = reading()
    dialog.accept_all_dated()
    dialog.add_accepted()
    first = stored(db_url)
    again = reading()
    assert all(x.present is not None for x in again.review.items if x.dated), "accepted ones are marked as in the plan"
    again.accept_all_dated()
    assert not again.add_button.isEnabled()  # nothing left to accept
    assert stored(db_url) == first


def test_rejecting_stores_nothing(window, reading, qtbot, db_url):
    before = stored(db_url)
    steps = window.doc.undo_stack.count()
    dialog = reading()
    hub = row_of(dialog, IMPACT)
    dialog.select(hub)
    qtbot.keyClick(dialog.proposals, Qt.Key.Key_Delete)
    assert dialog.review.items[hub].decision is Decision.REJECTED
    assert dialog.proposals.topLevelItem(hub).text(0) == "✗ rejected"
    assert not dialog.add_button.isEnabled()
    dialog.add_accepted()
    assert stored(db_url) == before and window.doc.undo_stack.count() == steps


def test_an_edited_phrase_is_read_as_typed_and_an_unreadable_one_is_refused_with_its_reason(reading, db_url):
    dialog = reading()
    hub = row_of(dialog, IMPACT)
    dialog.select(hub)
    dialog.form.phrase.setText("by the end of 2027 at the latest")
    assert "Cannot read the date" in dialog.form.phrase.error
    assert dialog.review.items[hub].proposal.phrase == "immediately"  # unchanged
    dialog.form.phrase.setText("by Q3 2022")
    assert dialog.review.items[hub].proposal.due.window_text.startswith("2022-07-01")
    assert dialog.proposals.topLevelItem(hub).text(2) == "by Q3 2022"
    dialog.form.title.setText("")
    dialog.form.title.textEdited.emit("")
    assert "title" in dialog.form.problem.text()
    dialog.form.title.setText("Impact assessment for the EU centre")
    dialog.form.title.textEdited.emit("Impact assessment for the EU centre")
    dialog.form.actor.setText("the Commission and Europol")
    dialog.form.actor.textEdited.emit("the Commission and Europol")
    dialog.toggle_accept()
    dialog.add_accepted()
    assert ("Impact assessment for the EU centre", "by Q3 2022") in [(t, p) for t, p, _q in stored(db_url)]


def test_a_proposal_that_cannot_be_dated_is_shown_to_date_by_hand(window, reading, tmp_path, db_url):
    path = tmp_path / "plan.txt"
    path.write_text("Brussels, 3.3.2021\nCOM(2021) 142 final\n\nA small plan\n\n1. Archive\n\n"
                    "The Commission will publish a report by Q3 2021. The Commission will present a review in the autumn of the year after next.\n",
                    encoding="utf-8")
    dialog = reading(path)
    assert dialog.strategy.currentText().startswith("New strategy")
    undated = next(n for n, x in enumerate(dialog.review.items) if not x.dated)
    dialog.select(undated)
    assert dialog.proposals.topLevelItem(undated).text(0) == "? date it"
    assert not dialog.accept_button.isEnabled()
    dialog.form.phrase.setText("autumn 2022")
    assert dialog.review.items[undated].dated and dialog.accept_button.isEnabled()
    dialog.accept_all_dated()
    dialog.add_accepted()
    assert {p for _t, p, _q in sqlite3.connect(db_url.removeprefix("sqlite:///")).execute("select title, due_phrase, quote from commitments where source_ref = 'COM(2021) 142'")} == {"by Q3 2021", "autumn 2022"}
    assert any(s.reference == "COM(2021) 142" for s in window.doc.plan.strategies)
    window.doc.undo_stack.undo()  # the new strategy and its initiative go too
    assert not any(s.reference == "COM(2021) 142" for s in window.doc.plan.strategies)


def test_a_section_mapped_to_another_initiative_files_its_proposals_there(window, reading, db_url):
    dialog = reading()
    hub = row_of(dialog, IMPACT)
    heading = dialog.review.items[hub].read.initiative
    combo = dialog.sections.combos[heading]
    target = next(i for i in dialog.review.initiatives() if i.number == "5")
    combo.setCurrentIndex(combo.findData(target.key))
    combo.activated.emit(combo.currentIndex())
    dialog.select(hub)
    dialog.toggle_accept()
    dialog.add_accepted()
    hub_c = next(c for c in window.doc.plan.commitments if c.title.startswith("Carry out an impact assessment"))
    assert hub_c.initiative_key == target.key


def test_a_file_that_cannot_be_read_is_one_sentence(window, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"not a pdf")
    assert window.features.document_reading.open_review(path) is None
    assert said and "broken.pdf" in said[0]


def test_no_control_of_the_pane_is_nameless(reading):
    QAccessible.setActive(True)
    try:
        dialog = reading()
        for page in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(page)
            missing = nameless(QAccessible.queryAccessibleInterface(dialog))
            assert missing == [], "\n".join(missing)
    finally:
        QAccessible.setActive(False)


def test_an_accepted_commitment_edited_then_undone_is_still_taken_back_by_the_next_undo(window, reading, db_url):
    before = stored(db_url)
    dialog = reading()
    dialog.select(row_of(dialog, IMPACT))
    dialog.toggle_accept()
    dialog.add_accepted()
    hub = next(c for c in window.doc.plan.commitments if c.title.startswith("Carry out an impact assessment"))
    window.doc.push_edit(hub.changed(title="Impact assessment"), "Edit")
    window.doc.undo_stack.undo()  # the edit
    window.doc.undo_stack.undo()  # the accepting
    assert stored(db_url) == before


def test_undo_leaves_a_commitment_someone_else_changed_since(window, reading, db_url, clock, qtbot, monkeypatch):
    from planner.store.errors import ConflictError
    from planner.store.opening import open_plan_store

    told = []
    monkeypatch.setattr(window.features.shared_plan, "store_failed", lambda what, exc: told.append(exc))  # the conflict dialog's answer

    dialog = reading()
    dialog.select(row_of(dialog, IMPACT))
    dialog.toggle_accept()
    dialog.add_accepted()
    other = open_plan_store(db_url, clock)
    hub = next(c for c in other.load_plan().commitments if c.title.startswith("Carry out an impact assessment"))
    other.update_commitment(hub.changed(title="Renamed elsewhere"))
    other.close()
    with qtbot.waitSignal(window.doc.step_failed):
        window.doc.undo_stack.undo()
    assert told and isinstance(told[0], ConflictError)
    assert window.doc.undo_stack.canUndo()  # the step is still there to undo
    assert any(t == "Renamed elsewhere" for t, _p, _q in stored(db_url))  # not taken back silently


def test_every_mnemonic_of_the_pane_is_its_own(reading):
    """Tried under X: Alt+P went to the Proposals tab instead of Add to the plan; one letter, one control."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = reading()
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel) if "&" in w.text()]
    texts += [dialog.tabs.tabText(n) for n in range(dialog.tabs.count())]
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(letters) >= 10 and len(set(letters)) == len(letters), texts



def test_the_buttons_answer_their_keys(reading):
    dialog = reading()
    keys = {b.text(): b.shortcut().toString() for b in (dialog.add_button, dialog.accept_button, dialog.reject_button, dialog.accept_all_button)}
    assert keys == {"Add to the &plan": "Alt+P", "&Accept": "Alt+A", "&Reject": "Alt+R", "Accept all &dated": "Alt+D"}
