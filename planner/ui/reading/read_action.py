"""File → Read a document… (Ctrl+Shift+O): choose a PDF, saved web page, Word or text file, review
what it commits to, and add the accepted commitments to the plan.

The accepted ones are built into one batch as `planner extract --accept-all` builds them, every
value through the gate before the first write, and stored in one transaction as one step on
the undo stack: Edit → Undo takes them all out again.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.exchange.batch import ImportFileError, in_file
from planner.i18n.sentences import error_text, reason_text
from planner.reading import DocumentError, propose, read_document
from planner.reading.review import Review

from .review_dialog import ReviewDialog, strategy_of_document

if TYPE_CHECKING:
    from ..main_window import MainWindow

SHORTCUT = "Ctrl+Shift+O"


def install_document_reading(window: "MainWindow") -> "ReadDocumentAction":
    return ReadDocumentAction(window)


class ReadDocumentAction(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.folder = Path.home()
        self.dialog: ReviewDialog | None = None
        self.action = window.add_action("file", "read_document", self.tr("R&ead a document…"), self.choose, SHORTCUT,
                                     self.tr("Propose the dated commitments of a policy document (PDF, web page, Word, text) for review"),
                                     before="import" if "import" in window.actions_by_name else "quit")

    def file_types(self) -> str:
        return ";;".join((self.tr("Policy documents (*.pdf *.html *.htm *.docx *.txt *.md)"), self.tr("PDF (*.pdf)"),
                          self.tr("Saved web page (*.html *.htm)"), self.tr("Word document (*.docx)"), self.tr("Text (*.txt *.md)")))

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Read a document"), str(self.folder), self.file_types())
        if name:
            self.folder = Path(name).parent
            self.open_review(Path(name))

    def open_review(self, path: Path) -> ReviewDialog | None:
        """Read `path` and show its proposals for review (not modal: the plan stays in view)."""
        try:
            document = read_document(path)
        except (DocumentError, OSError) as exc:
            sentence = error_text(exc) if isinstance(exc, DocumentError) else self.tr("The file %1 cannot be read: %2.").replace("%1", str(path)).replace("%2", reason_text(exc))
            QMessageBox.warning(self.window, self.tr("Read a document"), sentence)
            return None
        review = Review(document, propose(document), self.doc.plan, "")
        review.set_strategy(strategy_of_document(review))
        self.dialog = ReviewDialog(review, self.add, self.window)
        self.dialog.show()
        self.dialog.activateWindow()  # the keys go to the review, not to the plan behind it
        return self.dialog

    def add(self, review: Review) -> bool:
        """Store the accepted proposals as one undo step; False (and a message) when nothing could be."""
        review.plan = self.doc.plan  # the plan as it is now: it may have changed while the officer read
        accepted = review.accepted()
        batch = accepted.batch
        title = self.tr("Read a document")
        try:
            batch.check(in_file(review.document.name))
        except ImportFileError as exc:
            QMessageBox.warning(self.window, title, error_text(exc))
            return False
        if not batch.commitments:
            QMessageBox.information(self.window, title, self.tr("Every accepted proposal is in the plan already; nothing was added."))
            return True
        count = len(batch.commitments)
        text = self.tr("Add from {source}: %Ln commitment(s)", "", count).format(source=review.source_ref)
        # Here, not at the top: it brings SQLAlchemy, which loads on the opener's thread at start.
        from planner.document.accept_commands import push_accepted

        # A database problem is one message (a conflict, the conflict dialog); the plan stays as it was.
        if not self.window.run_safely(title, lambda: push_accepted(self.doc, accepted, text)):
            return False
        said = self.tr("Added from {source}: %Ln commitment(s); Edit → Undo takes them out again.", "", count).format(source=review.source_ref)
        self.window.statusBar().showMessage(said, 10_000)
        return True
