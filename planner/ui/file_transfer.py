"""File → Import… and File → Export…: the plan in and out of CSV, Excel, TOML and iCalendar
files, as `planner import` and `planner export` do it.

An import is read and checked whole (every value through the gate) before anything is stored,
then stored in one transaction. It is not on the undo stack (it may add strategies, initiatives
and key dates the commands know nothing of), so the officer confirms it first, told so.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.domain.gate import GateError
from planner.domain.plan import Plan
from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.exchange.batch import ImportBatch, ImportFileError, in_file
from planner.files import FileWriteError, write_atomically
from planner.i18n.sentences import error_text, reason_text, sentence_text
from planner.i18n.words import import_text
from planner.store.errors import StoreError

if TYPE_CHECKING:
    from .main_window import MainWindow

IMPORT_TYPES = QT_TRANSLATE_NOOP("FileTransfer", "Plan files (*.csv *.xlsx *.toml *.ics);;CSV (*.csv);;Excel workbook (*.xlsx);;Plan TOML (*.toml);;iCalendar (*.ics)")
EXPORT_TYPES = QT_TRANSLATE_NOOP("FileTransfer", "CSV (*.csv);;Excel workbook (*.xlsx)")


def install_file_transfer(window: "MainWindow") -> "FileTransfer":
    return FileTransfer(window)


def read_plan_file(path: Path, plan: Plan, as_of) -> ImportBatch:
    """The file as a checked batch; ImportFileError (or GateError) in one sentence otherwise."""
    from planner.exchange.csv_format import read_csv_file
    from planner.exchange.seed_format import read_seed_file
    from planner.exchange.xlsx_format import read_xlsx_file

    suffix = path.suffix.lower()
    readers: dict[str, Callable[[Path], ImportBatch]] = {".csv": read_csv_file, ".toml": read_seed_file, ".xlsx": read_xlsx_file}
    if suffix == ".ics":
        from dateutil import tz

        from planner.calendar.importing import read_ics_file
        from planner.calendar.recurrence import Horizon

        batch = read_ics_file(path, horizon=Horizon.of_plan(plan, as_of), local=tz.tzlocal())
    elif suffix in readers:
        batch = readers[suffix](path)
    else:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {name} has an unknown type; import reads .csv, .ics, .toml and .xlsx files."), name=path.name))
    return batch.check(in_file(path.name))


MAX_NOTES_SHOWN = 15  # a dialog, not a log: the rest is counted


class FileTransfer(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.folder = Path.home()
        # Above the calendar's entries when they are there, else above Quit.
        before = "export_calendar" if "export_calendar" in window.actions_by_name else "quit"
        self.import_action = window.add_action("file", "import", self.tr("&Import…"), self.choose_import, None,
                                               self.tr("Add or update commitments from a CSV, Excel, TOML or iCalendar file"), before=before)
        self.export_action = window.add_action("file", "export", self.tr("E&xport…"), self.choose_export, None,
                                               self.tr("Write the commitments shown to a CSV or Excel file"), before=before)

    # Import ------------------------------------------------------------------------------------------

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import into the plan"), str(self.folder), self.tr(IMPORT_TYPES))
        if name:
            self.folder = Path(name).parent
            self.import_file(Path(name))

    def import_file(self, path: Path, *, confirm: Callable[[str], bool] | None = None) -> bool:
        """Read, check, ask, store; True when stored. A problem is one message, nothing stored."""
        try:
            batch = read_plan_file(path, self.doc.plan, self.doc.as_of)
        except (ImportFileError, GateError, OSError) as exc:
            self._warn(self.tr("Import"), error_text(exc) if not isinstance(exc, OSError) else self.tr("The file {path} cannot be read: {value}.").format(path=path, value=reason_text(exc)))
            return False
        count = len(batch.commitments)
        question = self.tr("Import %Ln commitment(s) from {file}?", "", count).format(file=path.name)
        question += "\n\n" + self.tr("Commitments already in the plan are updated, new ones added. An import cannot be undone with Edit → Undo.")
        if batch.notes:  # what the reader left out or read its own way (an .ics event it skipped)
            shown = batch.notes[:MAX_NOTES_SHOWN]
            more = len(batch.notes) - len(shown)
            question += "\n\n" + "\n".join(sentence_text(note) for note in shown) + ("\n" + self.tr("… and {count} more.").format(count=more) if more else "")
        if not (confirm or self._ask)(question):
            return False
        from planner.store.importing import apply_batch

        try:
            report = apply_batch(self.doc.store, batch, keep_edits=False)
        except StoreError as exc:
            self._warn(self.tr("Import"), error_text(exc))
            return False
        self.doc.reload()
        self.window.statusBar().showMessage(self.tr("Imported {name}: {text}.").format(name=path.name, text=import_text(report)), 8000)
        return True

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self.window, self.tr("Import"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # Export ------------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export the commitments shown"), str(self.folder / "plan.csv"), self.tr(EXPORT_TYPES))
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".xlsx" if "xlsx" in chosen else ".csv")
        self.folder = path.parent
        self.export_file(path)

    def export_file(self, path: Path) -> bool:
        """Write the commitments the filter shows (all of them without a filter) to `path`."""
        from planner.exchange.csv_format import plan_to_csv
        from planner.exchange.xlsx_format import plan_to_xlsx

        plan, as_of = self.doc.plan, self.doc.as_of
        rows = self.window.rows
        chosen = [c for c in plan.commitments if c.id is not None and rows.lets_through(c.id)]
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            self._warn(self.tr("Export"), self.tr("The file {name} has an unknown type; export writes .csv and .xlsx files.").format(name=path.name))
            return False
        days = self.doc.due_soon_days  # the status column says what the window says
        data = plan_to_csv(plan, chosen, as_of, days).encode("utf-8") if suffix == ".csv" else plan_to_xlsx(plan, chosen, as_of, days)
        try:
            write_atomically(path, data)
        except FileWriteError as exc:
            self._warn(self.tr("Export"), error_text(exc))
            return False
        wrote = self.tr("Wrote {count} commitments to {path}.") if rows.commitment_filter.is_empty else self.tr("Wrote {count} commitments (those the filter shows) to {path}.")
        self.window.statusBar().showMessage(wrote.format(count=QLocale().toString(len(chosen)), path=path), 8000)
        return True

    def _warn(self, title: str, sentence: str) -> None:
        QMessageBox.warning(self.window, title, sentence)
