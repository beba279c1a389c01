"""Writing a meeting report to a file by its suffix, for the command line and the window alike."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from planner.domain.as_planned import History, as_planned_on
from planner.domain.clock import Clock
from planner.domain.plan import Plan
from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.files import write_atomically

from .meeting import MeetingReport
from .writing import ENGLISH, Words, to_html, to_markdown

SUFFIXES = (".pdf", ".html", ".md")


def write_report(path: Path, report: MeetingReport, plan: Plan, history: History, clock: Clock, words: Words = ENGLISH) -> int:
    """Writes `report` to `path` (.md, .html, or .pdf with the timeline snapshot of its rows as
    planned on its last day); the PDF's pages, 0 for text. Qt is loaded only for a PDF, and
    then a QGuiApplication must exist."""
    suffix = Path(path).suffix.lower()
    if suffix == ".md":
        write_atomically(path, to_markdown(report, words).encode("utf-8"))
        return 0
    if suffix == ".html":
        write_atomically(path, to_html(report, w=words).encode("utf-8"))
        return 0
    if suffix != ".pdf":
        raise ValueError(said(QT_TRANSLATE_NOOP("Printing", "The file {path} has an unknown type; a report is written as {suffixes}."), path=path, suffixes=", ".join(SUFFIXES)))
    from planner.printing.options import SnapshotOptions
    from planner.printing.report_pdf import report_pdf

    then = replace(plan, commitments=as_planned_on(plan.commitments, history, report.until))
    data, pages = report_pdf(report, then, clock, SnapshotOptions(page="A4", landscape=True, greyscale=True).checked(), words)
    write_atomically(path, data)
    return pages
