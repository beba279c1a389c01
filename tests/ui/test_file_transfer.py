"""File → Import… and File → Export… in the window: the officer's file in, the rows shown out."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .helpers import fresh_plan, visible_titles

NEW_ROWS = "title,due,actor,strategy,initiative\nReport on the prevention network,by the end of 2021,European Commission,Prevention,Network\nSecond report,Q2 2022,,Prevention,Network\n"


@pytest.fixture
def answers(monkeypatch):
    """What the officer picks and answers in the dialogs; the warnings they read."""
    said = {"open": "", "save": ("", ""), "yes": True, "warnings": [], "questions": []}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (said["open"], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: said["save"])

    def question(_parent, _title, text, *a, **k):
        said["questions"].append(text)
        return QMessageBox.StandardButton.Yes if said["yes"] else QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said["warnings"].append(text))
    return said


def test_importing_a_csv_adds_its_rows_to_the_list_after_the_officer_confirms(window, answers, tmp_path, db_url, clock):
    path = tmp_path / "new.csv"
    path.write_text(NEW_ROWS, encoding="utf-8")
    answers["open"] = str(path)
    window.actions_by_name["import"].trigger()
    assert "Import 2 commitments from new.csv?" in answers["questions"][0] and "cannot be undone" in answers["questions"][0]
    assert {"Report on the prevention network", "Second report"} <= set(visible_titles(window))
    assert "Imported new.csv: 2 added, 0 updated." == window.statusBar().currentMessage()
    assert "Second report" in {c.title for c in fresh_plan(db_url, clock).commitments}


def test_an_import_the_officer_cancels_stores_nothing(window, answers, tmp_path, db_url, clock):
    path = tmp_path / "new.csv"
    path.write_text(NEW_ROWS, encoding="utf-8")
    answers.update(open=str(path), yes=False)
    before = fresh_plan(db_url, clock).commitments
    window.actions_by_name["import"].trigger()
    assert fresh_plan(db_url, clock).commitments == before
    assert "Second report" not in visible_titles(window)


def test_a_bad_row_is_named_in_one_sentence_and_nothing_is_imported(window, answers, tmp_path, db_url, clock):
    path = tmp_path / "bad.csv"
    path.write_text("title,due\nGood one,Q1 2022\nBad one,Q7 2022\n", encoding="utf-8")
    answers["open"] = str(path)
    before = fresh_plan(db_url, clock).commitments
    window.actions_by_name["import"].trigger()
    [warning] = answers["warnings"]
    assert "line 3" in warning and "Q7 2022" in warning and warning.count(". ") == 0
    assert answers["questions"] == []  # nothing to confirm: nothing is stored
    assert fresh_plan(db_url, clock).commitments == before


def test_an_ics_file_is_imported_too(window, answers, tmp_path):
    path = tmp_path / "team.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a1@test\r\nDTSTAMP:20201101T000000Z\r\n"
                    "DTSTART;VALUE=DATE:20210315\r\nSUMMARY:Council working party meets\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    answers["open"] = str(path)
    window.actions_by_name["import"].trigger()
    assert answers["warnings"] == []
    assert "Council working party meets" in visible_titles(window)


def test_an_ics_event_that_cannot_be_read_is_named_before_the_officer_confirms(window, answers, tmp_path):
    path = tmp_path / "team.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a1@test\r\nDTSTAMP:20201101T000000Z\r\n"
                    "DTSTART;VALUE=DATE:20210315\r\nSUMMARY:Council working party meets\r\nEND:VEVENT\r\n"
                    "BEGIN:VEVENT\r\nUID:a2@test\r\nDTSTART;VALUE=DATE:20210231\r\nSUMMARY:Never\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    answers["open"] = str(path)
    window.actions_by_name["import"].trigger()
    assert answers["warnings"] == []
    question = answers["questions"][0]
    assert "Import 1 commitment from team.ics?" in question
    assert "1 item of team.ics could not be read and was skipped:" in question
    assert "Line 10: the event 'Never' has a DTSTART that is not valid" in question
    assert "Council working party meets" in visible_titles(window)


def test_export_writes_the_commitments_the_filter_shows(window, answers, tmp_path, qtbot):
    qtbot.keyClicks(window.filter_bar.text, "europol mandate")
    path = tmp_path / "out"
    answers["save"] = (str(path), "CSV (*.csv)")
    window.actions_by_name["export"].trigger()
    with open(tmp_path / "out.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["title"] for r in rows] == ["Review of the Europol mandate adopted"]
    assert window.statusBar().currentMessage() == f"Wrote 1 commitments (those the filter shows) to {tmp_path / 'out.csv'}."
