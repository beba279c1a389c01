"""File → Meeting report…: the period (since the last meeting, up to the as-of day), the weeks
ahead and the file; the report is of the commitments the current filter shows, written as PDF
(with the timeline snapshot of the same rows), HTML or Markdown by `report.files`."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from planner.domain.as_planned import as_planned_on
from planner.files import FileWriteError
from planner.i18n import QT_TRANSLATE_NOOP, translate
from planner.i18n.sentences import error_text
from planner.i18n.words import report_words
from planner.printing.titles import filter_text
from planner.report.files import write_report
from planner.report.meeting import meeting_report
from planner.store.errors import StoreError

from .phrase_edit import PhraseEdit

if TYPE_CHECKING:
    from .main_window import MainWindow

FILE_TYPES = QT_TRANSLATE_NOOP("MeetingReport", "PDF (*.pdf);;Web page (*.html);;Markdown (*.md)")


def install_meeting_report(window: "MainWindow") -> "MeetingReportAction":
    return MeetingReportAction(window)


class PeriodDialog(QDialog):
    def __init__(self, since: date, until: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting report"))
        form = QFormLayout(self)
        self.since = PhraseEdit(day_only=True, placeholder=self.tr("the day of the last meeting"), parent=self)
        self.since.set_day(since)
        self.until = PhraseEdit(day_only=True, placeholder=self.tr("the last day the report covers"), parent=self)
        self.until.set_day(until)
        self.ahead = QSpinBox(self)
        self.ahead.setRange(0, 520)
        self.ahead.setValue(8)
        self.ahead.setSuffix(self.tr(" weeks"))
        form.addRow(self.tr("What happened after:"), self.since)
        form.addRow(self.tr("Up to and including:"), self.until)
        form.addRow(self.tr("And what is due in the next:"), self.ahead)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.since, self.until):
            edit.changed.connect(self._check)

    def _check(self) -> None:
        ok = self.since.is_valid and self.until.is_valid and (self.since.day() or date.min) <= (self.until.day() or date.max)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()


class MeetingReportAction(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.action = window.add_action("file", "meeting_report", self.tr("&Meeting report…"), self.ask, None,
                                        self.tr("What was delivered, slipped or became overdue since a day, and what is due next"), before="quit")

    def ask(self) -> None:
        until = self.doc.as_of
        dialog = PeriodDialog(until - timedelta(weeks=4), until, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Meeting report"), "meeting-report.pdf", translate("MeetingReport", FILE_TYPES))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".html", ".md"):
            path = path.with_suffix("." + chosen.split("*.")[1].rstrip(")"))
        since, last = dialog.since.day(), dialog.until.day()
        assert since is not None and last is not None
        self.write(path, since, last, dialog.ahead.value())

    def write(self, path: Path, since: date, until: date, ahead_weeks: int) -> int:
        """The report of the commitments the window's filter shows; the PDF's pages (0: text)."""
        plan = self.doc.plan
        f = self.window.rows.commitment_filter
        try:
            history = self.doc.store.history()
            chosen = None if f.is_empty else {c.id for c in f.apply(replace(plan, commitments=as_planned_on(plan.commitments, history, until)), until)}
            report = meeting_report(plan, history, since=since, until=until, ahead_weeks=ahead_weeks, chosen=chosen, filter_text=filter_text(f, plan))
            pages = write_report(path, report, plan, history, self.doc.clock, report_words())
        except (StoreError, FileWriteError, ValueError) as exc:
            QMessageBox.warning(self.window, self.tr("Meeting report"), error_text(exc))
            return 0
        self.window.statusBar().showMessage(self.tr("Wrote the meeting report to {path}.").format(path=path), 10_000)
        return pages
