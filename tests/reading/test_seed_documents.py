"""The seed documents, read as the officer receives them: what is proposed, with which windows."""
from __future__ import annotations

from datetime import date

import pytest

from planner.reading import Dating, document_period, propose, read_document

from .expected import EXPECTED, KEY_ACTIONS_607
from .scoring import DOCUMENTS, score

COM_607 = DOCUMENTS / "004_83424f46326c7c9b.txt"


def test_the_communication_says_its_own_date_reference_title_and_period():
    doc = read_document(COM_607)
    assert (doc.reference, doc.adopted) == ("COM(2020) 607", date(2020, 7, 24))
    assert doc.title == "EU strategy for a more effective fight against child sexual abuse"
    assert document_period(doc).label == "2020-2025"
    assert [i.split(".")[0] for i in doc.initiatives] == [str(n) for n in range(1, 9)]


def test_every_key_action_of_com_2020_607_is_proposed():
    proposals = [p for p in propose(read_document(COM_607)) if p.key_action]
    for start in KEY_ACTIONS_607:
        assert any(p.quote.startswith(start) for p in proposals), start


def test_undated_key_actions_run_over_the_strategy_period_and_say_so():
    proposals = propose(read_document(COM_607))
    hub = next(p for p in proposals if p.title.startswith("Set up an Innovation Hub"))
    assert (hub.actor, hub.dating, hub.due_start, hub.due_end) == ("Europol", Dating.DOCUMENT_PERIOD, date(2020, 1, 1), date(2025, 12, 31))
    assert hub.section == "Initiative 4, key action"
    assert hub.initiative.startswith("4. Strengthen law enforcement")
    weprotect = next(p for p in proposals if "WePROTECT" in p.quote)
    assert weprotect.dating is Dating.DOCUMENT_PERIOD and "period" in weprotect.why


def test_a_dated_key_action_keeps_its_phrase_as_written():
    proposals = propose(read_document(COM_607))
    second = next(p for p in proposals if p.quote.startswith("In a second stage"))
    assert (second.phrase, second.kind, second.actor) == ("by Q2 2021", "deadline", "The Commission")
    assert (second.due_start, second.due_end) == (date(2021, 4, 1), date(2021, 6, 30))
    assert second.title.startswith("Propose the necessary legislation")


def test_a_commitment_whose_date_cannot_be_read_is_shown_undated_not_dropped(tmp_path):
    path = tmp_path / "vague.txt"
    path.write_text("Brussels, 24.7.2020\n\nThe Commission will report by the autumn of the decade.\n", encoding="utf-8")
    [vague] = propose(read_document(path))
    assert vague.due is None and vague.dating is Dating.UNDATED and "by hand" in vague.why


def test_statistics_and_past_events_are_not_proposed():
    quotes = " ".join(p.quote for p in propose(read_document(COM_607)))
    assert "725 000" not in quotes and "In 2019" not in quotes and "infringement procedures against 23" not in quotes


def test_highlight_offsets_point_at_the_quoted_sentence():
    doc = read_document(COM_607)
    for p in propose(doc):
        assert doc.text[p.start:p.end] == p.quote


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_seed_document_proposes_what_it_states_with_the_right_windows(name):
    s = score([name])
    assert s.wrong == []
    assert s.found == s.expected and s.right_window == s.expected


def test_precision_and_recall_on_all_seed_documents_as_the_readme_reports():
    s = score()
    assert s.precision >= 0.95 and s.recall >= 0.95


def test_the_seed_communication_is_read_in_under_a_second():
    import time

    began = time.perf_counter()
    propose(read_document(COM_607))
    assert time.perf_counter() - began < 1.0
