"""The meeting report on paper: its sections (the HTML of `report.writing`) on A4 portrait pages,
then the timeline snapshot of the same rows, drawn by the routine that prints every snapshot.

The rows are the report's commitments as they stood on its last day, shown through the same
model and filter proxy as the window's tree, over a plan read once (no store, no undo).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from planner.domain.clock import Clock
from planner.domain.plan import Plan
from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.report.meeting import MeetingReport
from planner.report.writing import ENGLISH, Words, heading, to_html

from .composer import draw_page
from .content import read_content
from .devices import page_layout
from .errors import PrintError
from .layout import lay_out
from .options import SnapshotOptions
from .paper import mm_to_units
from .sheet import page_units, units_per_inch

MARGIN_MM = 15
A4 = (210.0, 297.0)


def report_pdf(report: MeetingReport, plan: Plan, clock: Clock, options: SnapshotOptions, words: Words = ENGLISH) -> tuple[bytes, int]:
    """The PDF and its number of pages. `plan` is the plan as planned on the report's last day;
    only the commitments the report names are drawn in the snapshot."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    upi = units_per_inch()
    writer.setResolution(upi)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(heading(report, words))
    writer.setCreator("Planner")
    p = QPainter(writer)
    if not p.isActive():
        raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The PDF could not be started; nothing was written.")))
    try:
        pages = _draw_text(p, writer, report, upi, words)
        content = _snapshot(report, plan, clock, options)
        if content is not None:
            writer.setPageLayout(page_layout(options))
            layout = lay_out(content, options, *page_units(options))
            for page in layout.pages:
                writer.newPage()
                draw_page(p, layout, page, content)
                pages += 1
    finally:
        p.end()
    buffer.close()
    return bytes(data.data()), pages


def _draw_text(p: QPainter, writer: QPdfWriter, report: MeetingReport, upi: int, words: Words) -> int:
    margin = mm_to_units(MARGIN_MM, upi)
    width, height = mm_to_units(A4[0], upi) - 2 * margin, mm_to_units(A4[1], upi) - 2 * margin
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # fonts measured in the PDF's units
    doc.setDefaultStyleSheet(
        "h1 { font-size: 15pt; } h2 { font-size: 11.5pt; margin-top: 10px; } p, td, th { font-size: 9pt; }"
        " th { background-color: #e6e6e6; } table { border-color: #888; }"
    )
    doc.setHtml(to_html(report, whole_page=False, w=words))
    doc.setPageSize(QSizeF(width, height))
    count = doc.pageCount()
    for n in range(count):
        if n:
            writer.newPage()
        p.save()
        p.translate(margin, margin - n * height)
        doc.drawContents(p, QRectF(0, n * height, width, height))
        p.restore()
    return count


def _snapshot(report: MeetingReport, plan: Plan, clock: Clock, options: SnapshotOptions):
    from planner.document import PlanDocument
    from planner.qtmodels.filter_proxy import PlanFilterProxy
    from planner.qtmodels.plan_model import PlanModel

    named = {c.id for c in report.commitments}
    if not named:
        return None
    shown = replace(plan, commitments=[c for c in plan.commitments if c.id in named])
    doc = PlanDocument(shown, clock)  # no store: drawn, never edited
    doc.set_as_of(report.until)
    rows = PlanFilterProxy(PlanModel(doc, doc), doc)
    title = options.title or f"The commitments of the report, as planned on {report.until.isoformat()}"
    try:
        content = read_content(rows, shown, as_of=report.until, today=clock.today(), options=replace(options, title=title))
    except PrintError:
        return None  # nothing dated in the range: the tables say it all
    return replace(content, filter_text=report.filter_text)


