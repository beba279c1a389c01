"""File → Print… (Ctrl+P), Print preview… and Export snapshot… (PDF, PNG, SVG).

Each asks what to print in `SnapshotDialog` — by default the rows of the current filter and the
months on screen, A3 landscape, one page wide — then draws the snapshot with the same routine
as `planner print`, onto the printer, the preview or a file. A problem is one message; no file
is left half written. `install_print_actions(window)` adds them above Quit.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from planner.files import FileWriteError
from planner.i18n import QT_TRANSLATE_NOOP
from planner.i18n.sentences import error_text
from planner.printing.content import Content, as_compared, read_content
from planner.printing.devices import page_layout, print_on, write_snapshot
from planner.printing.errors import PrintError
from planner.printing.options import SnapshotOptions, month_end

from .snapshot_dialog import SnapshotDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

FILE_TYPES = QT_TRANSLATE_NOOP("PrintActions", "PDF document (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)")


def install_print_actions(window: "MainWindow") -> "PrintActions":
    return PrintActions(window)


class PrintActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.chosen: SnapshotOptions | None = None  # the last choices, offered again this session
        self._printer: QPrinter | None = None  # kept: the officer's printer and its settings
        window.add_action("file", "print", self.tr("&Print…"), self.print_, QKeySequence.StandardKey.Print, self.tr("Print a timeline snapshot of the filtered plan"), before="quit")
        window.add_action("file", "print_preview", self.tr("Print pre&view…"), self.preview, None, self.tr("See the printed pages before paper"), before="quit")
        window.add_action("file", "export_snapshot", self.tr("Export &snapshot…"), self.export, None, self.tr("Write a timeline snapshot as PDF, PNG or SVG"), before="quit")
        window.menus["file"].insertSeparator(window.actions_by_name["quit"])

    # What to print -------------------------------------------------------------------------------

    def default_options(self) -> SnapshotOptions:
        """The last choices, or A3 landscape one page wide; the months are those on screen now
        (whole months: paper reads better from the 1st to a month's end)."""
        timeline = self.window.plan_view.timeline
        first = timeline.scale.date_at(0).replace(day=1)
        last = month_end(timeline.scale.date_at(max(timeline.viewport().width() - 1, 1)))
        base = self.chosen or SnapshotOptions()
        return replace(base, first=first, last=last)

    def content(self, options: SnapshotOptions) -> Content:
        """The snapshot of the rows the tree shows: the window's filter proxy, every row unfolded."""
        rows = self.window.rows
        content = read_content(rows, self.doc.plan, as_of=self.doc.as_of, today=self.doc.clock.today(), options=options, commitment_filter=rows.commitment_filter)
        timeline = self.window.plan_view.timeline
        if timeline.compared is not None:  # View → Compare with…: paper shows what the window shows
            content = as_compared(content, timeline.compared, timeline.compared_caption)
        return content

    def ask(self, verb: str) -> SnapshotOptions | None:
        """The officer's choices, checked; None when cancelled."""
        commitments = len([c for c in self.doc.plan.commitments if c.id is not None and self.window.rows.index_of(c.id).isValid()])
        rows_text = (self.tr("the {count} commitments of the current filter") if not self.window.rows.commitment_filter.is_empty else self.tr("all {count} commitments")).format(count=QLocale().toString(commitments))
        dialog = SnapshotDialog(self.default_options(), rows_text, verb, self.window)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                options = dialog.options().checked()
            except PrintError as exc:
                QMessageBox.warning(self.window, self.tr("Cannot print"), error_text(exc))
                continue
            self.chosen = options
            return options
        return None

    # Where to -------------------------------------------------------------------------------------

    def printer(self, options: SnapshotOptions) -> QPrinter:
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self._printer
        printer.setPageLayout(page_layout(options))
        printer.setColorMode(QPrinter.ColorMode.GrayScale if options.greyscale else QPrinter.ColorMode.Color)
        printer.setDocName(options.title or self.tr("Timeline snapshot"))
        return printer

    def print_(self) -> None:
        options = self.ask(self.tr("Print…"))
        if options is None:
            return
        printer = self.printer(options)
        if QPrintDialog(printer, self.window).exec() == QDialog.DialogCode.Accepted:
            self.print_on(printer, options)

    def preview(self) -> None:
        options = self.ask(self.tr("Preview…"))
        if options is not None:
            self.preview_dialog(options).exec()

    def preview_dialog(self, options: SnapshotOptions) -> QPrintPreviewDialog:
        """The preview of the pages; the page size and orientation set in it are used as set."""
        dialog = QPrintPreviewDialog(self.printer(options), self.window)
        dialog.setWindowTitle(self.tr("Print preview — timeline snapshot"))
        dialog.paintRequested.connect(lambda printer: self.print_on(printer, options))
        dialog.resize(1100, 800)
        return dialog

    def print_on(self, printer: QPrinter, options: SnapshotOptions) -> int:
        """Draws the snapshot on `printer` as it is set up; the pages, or 0 after a message."""
        try:
            pages = print_on(printer, self.content(options), options)
        except PrintError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot print"), error_text(exc))
            return 0
        self.window.statusBar().showMessage(self.tr("Sent %Ln page(s) to {printer}.", "", pages).format(printer=printer.printerName() or self.tr("the preview")), 5000)
        return pages

    def export(self) -> None:
        options = self.ask(self.tr("Export…"))
        if options is None:
            return
        name, chosen_filter = QFileDialog.getSaveFileName(self.window, self.tr("Export timeline snapshot"), "timeline.pdf", self.tr(FILE_TYPES))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".png", ".svg"):
            path = path.with_suffix("." + chosen_filter.split("*.")[1].rstrip(")"))  # the type chosen in the dialog
        self.export_to(path, options)

    def export_to(self, path: Path, options: SnapshotOptions) -> list[Path]:
        """Writes the snapshot to `path` (by its suffix); the files written, none after a message."""
        try:
            paths, pages = write_snapshot(path, self.content(options), options)
        except (PrintError, FileWriteError) as exc:
            QMessageBox.warning(self.window, self.tr("Cannot export the snapshot"), error_text(exc))
            return []
        where = f"{paths[0]} … {paths[-1].name}" if len(paths) > 1 else str(paths[0])
        wrote = self.tr("Wrote %Ln page(s) to {file}.", "", pages)
        self.window.statusBar().showMessage(wrote.format(file=where), 8000)
        return paths
