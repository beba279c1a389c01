"""Every format read for real: a PDF and a Word file written by the test, a saved web page, text."""
from __future__ import annotations

from datetime import date

import pytest

from planner.reading import BlockKind, DocumentError, propose, read_document

from .expected import KEY_ACTIONS_607
from .making import make_docx, make_pdf
from .scoring import DOCUMENTS

SHORT = """Brussels, 3.3.2021
COM(2021) 142 final

EU Action Plan on something small

1. Protect the archive

The Commission will publish a report on the archive by Q3 2021. In 2019, 12 000 files were lost.

Key action:

⇒ The Commission will set up an archive task force.

2. Measure it

Member States shall report every year. The Commission intends to present a proposal by the end of 2022.
"""


def _check_short(doc):
    assert (doc.reference, doc.adopted) == ("COM(2021) 142", date(2021, 3, 3))
    proposals = propose(doc)
    report = next(p for p in proposals if "report on the archive" in p.quote)
    assert (report.phrase, report.due_start, report.due_end) == ("by Q3 2021", date(2021, 7, 1), date(2021, 9, 30))
    assert report.initiative == "1. Protect the archive"
    force = next(p for p in proposals if "task force" in p.quote)
    assert force.key_action and force.section == "Initiative 1, key action"
    end = next(p for p in proposals if "by the end of 2022" in p.quote)
    assert (end.due_end, end.initiative) == (date(2022, 12, 31), "2. Measure it")
    assert not any("12 000" in p.quote for p in proposals)


def test_plain_text(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(SHORT, encoding="utf-8")
    _check_short(read_document(path))


def test_a_pdf_written_from_text(qapp, tmp_path):
    _check_short(read_document(make_pdf(tmp_path / "plan.pdf", SHORT)))


def test_the_seed_communication_as_a_pdf_proposes_every_key_action(qapp, tmp_path):
    pdf = make_pdf(tmp_path / "607.pdf", (DOCUMENTS / "004_83424f46326c7c9b.txt").read_text(encoding="utf-8"))
    doc = read_document(pdf)
    assert doc.title == "EU strategy for a more effective fight against child sexual abuse"
    proposals = propose(doc)
    for start in KEY_ACTIONS_607:
        assert any(p.quote.startswith(start) and p.key_action for p in proposals), start


def test_a_word_file_with_headings_bullets_and_an_annex_table(tmp_path):
    path = make_docx(tmp_path / "plan.docx", [
        ("", "Brussels, 3.3.2021"), ("", "COM(2021) 142 final"), ("Title", "EU Action Plan on something small"),
        ("Heading 1", "1. Protect the archive"), ("", "The Commission will publish a report on the archive by Q3 2021. In 2019, 12 000 files were lost."),
        ("", "Key action:"), ("", "⇒ The Commission will set up an archive task force."),
        ("Heading 1", "2. Measure it"), ("List Bullet", "Member States shall report every year."),
        ("", "The Commission intends to present a proposal by the end of 2022."),
        ("Heading 1", "Annex"),
    ], table=[["Action", "Actor", "Timetable"], ["Evaluate the archive rules", "Commission", "Q1 2023"], ["Train the archivists", "Member States", "ongoing"]])
    doc = read_document(path)
    _check_short(doc)
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [r.timetable for r in rows] == ["", "Q1 2023", "ongoing"]  # the header row, then the actions
    proposals = propose(doc)
    evaluate = next(p for p in proposals if p.quote.startswith("Evaluate the archive rules"))
    assert (evaluate.due_start, evaluate.section) == (date(2023, 1, 1), "Annex, annex table")
    train = next(p for p in proposals if p.quote.startswith("Train the archivists"))
    assert train.due is None and "cannot be read" in train.why


SAVED_PAGE = """<html><head><title>EUR-Lex - 52021DC0142</title><script>var x = 1;</script></head><body>
<p class="Rfrencedudocument">Brussels, 3.3.2021</p><p>COM(2021) 142 final</p>
<p class="Titreobjet_cp">EU Action Plan on something small</p>
<h2>1. Protect the archive</h2>
<p>The Commission will publish a report on the archive by Q3 2021<sup>1</sup>. In 2019, 12 000 files were lost.</p>
<p>Key action:</p><p>⇒ The Commission will set up an archive task force.</p>
<h2>2. Measure it</h2>
<ul><li>Member States shall report every year.</li></ul>
<p>The Commission intends to present a proposal by the end of 2022.</p>
<h2>Annex</h2>
<table><tr><th>Action</th><th>Indicative timetable</th></tr><tr><td>Evaluate the archive rules</td><td>Q1 2023</td></tr></table>
<p class="footnote">(1) The report will be published in OJ L 274, 30.7.2021.</p>
</body></html>"""


def test_a_saved_eur_lex_page(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(SAVED_PAGE, encoding="utf-8")
    doc = read_document(path)
    _check_short(doc)
    assert "var x" not in doc.text and "2021¹" not in doc.text
    note = next(b for b in doc.blocks if b.kind is BlockKind.FOOTNOTE)
    assert note.footnote == "1"
    proposals = propose(doc)
    assert not any("OJ L 274" in p.quote and p.due is not None and p.due_start == date(2021, 7, 30) for p in proposals)
    assert any(p.quote == "Evaluate the archive rules" and p.due_start == date(2023, 1, 1) for p in proposals)


def test_options_win_over_what_the_document_says(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(SHORT, encoding="utf-8")
    doc = read_document(path, reference="COM(2021) 999", adopted=date(2021, 4, 1))
    assert (doc.reference, doc.adopted) == ("COM(2021) 999", date(2021, 4, 1))


@pytest.mark.parametrize(("name", "content"), [("x.pdf", b"not a pdf"), ("x.docx", b"PK not a zip"), ("x.odt", b"")])
def test_a_file_that_is_not_a_readable_document_is_one_sentence(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=str(path).replace(".", r"\.")):
        read_document(path)
