"""File → Print…, Print preview… and Export snapshot… in the real window, offscreen."""
from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

import planner.ui.print_actions as print_actions
from planner.printing.options import SnapshotOptions
from planner.ui.snapshot_dialog import SnapshotDialog
from tests.ui.conftest import settings, window  # noqa: F401  (the window fixtures)

from .pdf_tools import needs_poppler, pdf_pages, pdf_text, word_heights


def test_the_file_menu_has_print_preview_and_export_above_quit(window):
    texts = [a.text() for a in window.menus["file"].actions()]
    assert texts.index("&Print…") < texts.index("Print pre&view…") < texts.index("Export &snapshot…") < texts.index("&Quit")
    assert window.actions_by_name["print"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_the_snapshot_covers_the_whole_months_on_screen(window):
    window.plan_view.timeline.navigation.zoom_to("year")
    options = window.features.print_actions.default_options()
    assert options.first.day == 1 and (options.last.replace(day=28) - options.first).days < 400
    assert (options.page, options.landscape, options.pages_wide) == ("A3", True, 1)


@needs_poppler
def test_export_writes_the_rows_of_the_current_filter(window, tmp_path):
    window.filter_bar.text.setText("Europol")
    options = SnapshotOptions(first=date(2020, 1, 1), last=date(2021, 12, 31)).checked()
    paths = window.features.print_actions.export_to(tmp_path / "snapshot.pdf", options)
    assert paths == [tmp_path / "snapshot.pdf"] and pdf_pages(paths[0]) == 1
    text = pdf_text(paths[0])
    assert "Review of the Europol mandate adopted" in text and "Filter: words “Europol”" in text
    assert "Expert workshop on prevention" not in text and "Action Plan on Drugs" not in text  # (a key date names the Drugs Agenda)


def test_an_export_that_cannot_be_written_is_one_message_and_no_file(window, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(print_actions.QMessageBox, "warning", lambda _parent, title, text: said.append(text))
    assert window.features.print_actions.export_to(tmp_path / "missing" / "snapshot.pdf", SnapshotOptions()) == []
    assert len(said) == 1 and "does not exist" in said[0]
    assert not (tmp_path / "missing").exists()


def test_print_preview_draws_the_pages(window, qtbot):
    dialog = window.features.print_actions.preview_dialog(SnapshotOptions(page="A4", pages_wide=2))
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 4)  # the seed plan: two bands of two pages


@needs_poppler
def test_print_asks_what_and_where_then_prints(window, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(window.features.print_actions, "ask", lambda verb: SnapshotOptions(greyscale=True))

    class PrintDialog:  # the officer picks "print to file" and presses Print
        def __init__(self, printer, _parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_actions, "QPrintDialog", PrintDialog)
    window.actions_by_name["print"].trigger()
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    assert "page 1 of 1" in text and "Status as of 23 Nov 2026" in text and "! overdue" in text


def test_the_dialog_gathers_the_choices(qtbot):
    options = SnapshotOptions(first=date(2020, 1, 1), last=date(2021, 6, 30))
    dialog = SnapshotDialog(options, "all 16 commitments", "Export…")
    qtbot.addWidget(dialog)
    dialog.page.setCurrentText("A4")
    dialog.orientation.setCurrentIndex(1)
    dialog.tile.setChecked(True)
    dialog.month_width.setValue(30)
    dialog.greyscale.setChecked(True)
    dialog.title.setText("Unit meeting, 3 March")
    chosen = dialog.options()
    assert (chosen.page, chosen.landscape, chosen.month_width_mm, chosen.greyscale, chosen.title) == ("A4", False, 30, True, "Unit meeting, 3 March")
    assert (chosen.first, chosen.last) == (date(2020, 1, 1), date(2021, 6, 30))


@needs_poppler
def test_a_printer_that_keeps_its_own_resolution_gets_the_same_pages(window, tmp_path, monkeypatch):
    from planner.printing import devices

    out = tmp_path / "fine.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    monkeypatch.setattr(printer, "setResolution", lambda _dpi: None)  # as some native printers do
    pages = devices.print_on(printer, window.features.print_actions.content(SnapshotOptions()), SnapshotOptions())
    assert pages == pdf_pages(out) == 1 and printer.resolution() != 96
    text = pdf_text(out)
    assert "Expert workshop on prevention" in text and "page 1 of 1" in text
    assert max(word_heights(out)) < 30  # text drawn at its size, not the printer's resolution over again


def test_no_label_of_the_snapshot_dialog_shows_its_ampersand(qtbot):
    """A label's & marks its key and only shows when the label has no field to give focus to
    ('&Dates' and '&Paper' were shown as written)."""
    from PySide6.QtWidgets import QLabel

    dialog = SnapshotDialog(SnapshotOptions(first=date(2020, 1, 1), last=date(2021, 12, 31)).checked(), "all 16 commitments", "Export…")
    qtbot.addWidget(dialog)
    shown_as_written = [label.text() for label in dialog.findChildren(QLabel)
                        if "&" in label.text().replace("&&", "") and label.buddy() is None]
    assert shown_as_written == []
