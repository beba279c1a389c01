"""`planner report`: on the seed plan and on edits made at known days, the report names what
`list --as-planned-on` shows for its first and last day; Markdown, HTML and PDF files; mistakes
in one sentence with nothing written."""
import json
import subprocess
from datetime import date

import pytest

from planner.domain.clock import FixedClock
from tests.cli_run import run_cli

LATER = FixedClock.on(date(2026, 1, 1))
WORKSHOP = "csa-1-prevention-workshop"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "plan.sqlite")


def ok(capsys, clock, *argv):
    code, out, err = run_cli(capsys, clock, *argv)
    assert code == 0, err
    return out


def as_planned(capsys, db, day):
    return {r["title"]: r for r in json.loads(ok(capsys, LATER, "--db", db, "list", "--json", "--as-planned-on", day))}


def report_md(capsys, db, tmp_path, *period):
    out = tmp_path / "report.md"
    ok(capsys, LATER, "--db", db, "report", *period, "-o", str(out))
    return out.read_text(encoding="utf-8")


def section(text, title):
    part = text.split(f"## {title}", 1)[1].split("\n## ", 1)[0]
    return [line.split(" | ")[0].lstrip("| ") for line in part.splitlines() if line.startswith("| ") and not line.startswith("| Commitment")]


def test_on_the_seed_plan_the_report_agrees_with_the_plan_as_planned_on_its_days(capsys, db, tmp_path):
    text = report_md(capsys, db, tmp_path, "--since", "2021-06-01", "--until", "2022-06-01")
    then, now = as_planned(capsys, db, "2021-06-01"), as_planned(capsys, db, "2022-06-01")
    delivered = [t for t, r in now.items() if r["delivered_on"] and "2021-06-01" < r["delivered_on"] <= "2022-06-01"]
    assert section(text, "Delivered") == [  # in the order they came
        "Council approves the EU Drugs Action Plan 2021-2025",
        "Publish a report on the application of the Firearms Directive",
        "Propose legislation obliging online services to detect and report CSAM",
    ]
    assert sorted(delivered) == sorted(section(text, "Delivered"))
    assert "| COM(2021) 647 | 180 days late (promised early 2021) |" in text
    assert "| COM(2022) 209 | 315 days late (promised by Q2 2021) |" in text
    # Overdue on the last day, or delivered late within the period, and not overdue on the first.
    overdue = [t for t in now if then[t]["standing"] != "overdue" and (
        now[t]["standing"] == "overdue" or (now[t]["standing"] == "delivered late" and now[t]["delivered_on"] > "2021-06-01"))]
    assert section(text, "Became overdue") == overdue == ["Propose legislation obliging online services to detect and report CSAM"]
    assert "| by Q2 2021 | 2021-07-01 (delivered 2022-05-11) | European Commission |" in text
    assert text.startswith("# What happened from 1 June 2021 to 1 June 2022\n\n_Commitments: all.")


def test_edits_at_known_days_are_reported_as_the_list_shows_them(capsys, db, tmp_path):
    cid = str(as_planned(capsys, db, "2026-01-01")["Expert workshop on prevention"]["id"])
    ok(capsys, FixedClock.on(date(2020, 11, 15)), "--db", db, "edit", cid, "--due", "Q1 2021", "--reason", "the venue was not free")
    ok(capsys, FixedClock.on(date(2021, 2, 3)), "--db", db, "edit", cid, "--delivered", "2021-02-02", "--delivered-by", "Workshop report")
    text = report_md(capsys, db, tmp_path, "--since", "2020-11-01", "--until", "2020-12-01")
    assert section(text, "Slipped") == ["Expert workshop on prevention"]
    assert "| Expert workshop on prevention | by Q4 2020 | Q1 2021 | +90 days | the venue was not free (2020-11-15) |" in text
    assert (as_planned(capsys, db, "2020-11-01")["Expert workshop on prevention"]["due"], as_planned(capsys, db, "2020-12-01")["Expert workshop on prevention"]["due"]) == ("by Q4 2020", "Q1 2021")
    later = report_md(capsys, db, tmp_path, "--since", "2021-01-01", "--until", "2021-03-01")
    assert "| Expert workshop on prevention | 2021-02-02 | Workshop report | 33 days late (promised by Q4 2020) |" in later
    assert "Expert workshop on prevention" not in "\n".join(section(later, "Became overdue"))


def test_what_fell_overdue_and_came_late_within_the_period_became_overdue_in_it(capsys, db, tmp_path):
    cid = str(as_planned(capsys, db, "2026-01-01")["Expert workshop on prevention"]["id"])
    ok(capsys, FixedClock.on(date(2020, 11, 15)), "--db", db, "edit", cid, "--due", "Q1 2021", "--reason", "the venue was not free")
    ok(capsys, FixedClock.on(date(2021, 5, 11)), "--db", db, "edit", cid, "--delivered", "2021-05-10", "--delivered-by", "Workshop report")
    text = report_md(capsys, db, tmp_path, "--since", "2021-01-01", "--until", "2021-06-30")
    became = section(text, "Became overdue")
    assert "Expert workshop on prevention" in became and "Publish a report on the application of the Firearms Directive" in became
    assert "| Expert workshop on prevention | Q1 2021 | 2021-04-01 (delivered 2021-05-10) |" in text
    assert "| Publish a report on the application of the Firearms Directive | early 2021 | 2021-05-01 |" in text  # still open on 30 June
    assert "Expert workshop on prevention" in section(text, "Delivered")
    # Moved into the period and delivered before the new date ran out: never overdue as planned.
    before = report_md(capsys, db, tmp_path, "--since", "2020-11-01", "--until", "2021-03-31")
    assert "Expert workshop on prevention" not in section(before, "Became overdue")


def test_html_and_a_pdf_with_the_snapshot_of_the_same_rows(capsys, db, tmp_path):
    page = tmp_path / "report.html"
    ok(capsys, LATER, "--db", db, "report", "--since", "2020-11-01", "--until", "2021-06-30", "-o", str(page))
    html = page.read_text(encoding="utf-8")
    assert "<h2>Delivered</h2>" in html and "<td>COM(2020) 825</td>" in html
    pdf = tmp_path / "report.pdf"
    out = ok(capsys, LATER, "--db", db, "report", "--since", "2020-11-01", "--until", "2021-06-30", "-o", str(pdf))
    assert "2 pages" in out
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    first, snapshot = text.split("\f")[:2]
    assert "What happened from 1 November 2020 to 30 June 2021" in " ".join(first.split()) and "COM(2020) 825" in first
    assert "as planned on 2021-06-30" in snapshot and "Propose the Digital" in snapshot


@pytest.mark.parametrize("argv, sentence", [
    (["--since", "2021-06-01", "--until", "2021-01-01", "-o", "r.md"], "before it starts on 2021-06-01"),
    (["--since", "last meeting", "-o", "r.md"], "'last meeting' is neither a day"),
    (["--since", "2021-01-01", "-o", "r.docx"], "unknown type"),
])
def test_a_mistake_is_one_sentence_and_writes_nothing(capsys, db, tmp_path, monkeypatch, argv, sentence):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, LATER, "--db", db, "report", *argv)
    assert code == 2 and sentence in err and err.strip().count("\n") == 0
    assert not any(p.name.startswith("r.") for p in tmp_path.iterdir())


def test_the_report_command_never_loads_the_window_code(db, tmp_path):
    import sys

    script = (
        "import sys\n"
        "from planner.cli import main\n"
        f"code = main(['--db', {db!r}, 'report', '--since', '2020-11-01', '--until', '2021-06-30', '-o', {str(tmp_path / 'r.pdf')!r}])\n"
        # The shared timeline drawing still lives under planner/ui/timeline (the printing routine's);
        # no window, dialog or menu code may come with it.
        "print(code, sorted(m for m in sys.modules if m.startswith('planner.ui.') and not m.startswith('planner.ui.timeline')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip().splitlines()[-1] == "0 []"


def test_added_and_dropped_on_known_days_are_reported_in_their_period_only(capsys, db, tmp_path):
    ok(capsys, FixedClock.on(date(2021, 1, 10)), "--db", db, "add", "Council conclusions on prevention", "--due", "February 2021")
    cid = str(as_planned(capsys, db, "2026-01-01")["New ISF-Police call for proposals on child sexual abuse"]["id"])
    ok(capsys, FixedClock.on(date(2021, 1, 20)), "--db", db, "edit", cid, "--status", "dropped", "--reason", "merged into the 2021 call")
    text = report_md(capsys, db, tmp_path, "--since", "2021-01-01", "--until", "2021-02-01")
    assert section(text, "Added") == ["Council conclusions on prevention"]
    assert section(text, "Dropped") == ["New ISF-Police call for proposals on child sexual abuse"]
    assert section(text, "Due in the next 8 weeks (to 29 March 2021)") == ["Council conclusions on prevention"]
    assert "Council conclusions on prevention" not in as_planned(capsys, db, "2021-01-09")
    before = report_md(capsys, db, tmp_path, "--since", "2020-12-01", "--until", "2021-01-05")
    assert section(before, "Added") == section(before, "Dropped") == []
