"""The review of a document's proposals: the list beside the document's text, the selected
proposal's sentence highlighted and scrolled into view, its fields to edit, the sections to map.

Nothing is stored here. "Add to the plan" hands the review to `add(review) -> bool` (the File
menu action's, which stores the accepted ones as one undo step) and closes when it says so.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.exchange.batch import slug
from planner.i18n.sentences import error_text
from planner.reading.review import Decision, EditRefused, Review

from .proposal_form import SECTION_CHOICE, ProposalForm
from .proposal_list import ProposalList
from .section_map import SectionMap

HIGHLIGHT = QColor("#ffe08a")  # dark text stays readable on it


def new_strategy_key(review: Review) -> str:
    """A key for a strategy made from the document, not one the plan uses already."""
    base = slug(review.document.reference or review.document.title or review.document.name)[:60] or "document"
    known = {s.key for s in review.plan.strategies}
    key, n = base, 2
    while key in known:
        key, n = f"{base}-{n}", n + 1
    return key


def strategy_of_document(review: Review) -> str:
    """The strategy the document is: the plan's one with its reference, else a new one."""
    ref = review.document.reference
    found = next((s for s in review.plan.strategies if ref and s.reference == ref), None)
    return found.key if found else new_strategy_key(review)


class ReviewDialog(QDialog):
    def __init__(self, review: Review, add: Callable[[Review], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review, self._add = review, add
        doc = review.document
        self.setWindowTitle(self.tr("Read a document — %s") % (doc.reference or doc.name))
        self.resize(1300, 800)

        self.strategy = QComboBox(self)
        self.strategy.setAccessibleName(self.tr("File under strategy"))
        for s in review.plan.strategies:
            self.strategy.addItem(f"{s.title} ({s.reference})" if s.reference else s.title, s.key)
        if review.strategy_key not in {s.key for s in review.plan.strategies}:
            self.strategy.addItem(self.tr("New strategy: %s") % (doc.title or doc.name), review.strategy_key)
        self.strategy.setCurrentIndex(max(0, self.strategy.findData(review.strategy_key)))
        strategy_label = QLabel(self.tr("File under &strategy:"), self)
        strategy_label.setBuddy(self.strategy)

        self.proposals = ProposalList(self)
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.reject_button = QPushButton(self.tr("&Reject"), self)
        self.accept_all_button = QPushButton(self.tr("Accept all &dated"), self)
        self.form = ProposalForm(self)
        buttons_row = QHBoxLayout()
        for b in (self.accept_button, self.reject_button, self.accept_all_button):
            buttons_row.addWidget(b)
        buttons_row.addStretch(1)
        proposals_page = QWidget(self)
        page = QVBoxLayout(proposals_page)
        page.addWidget(self.proposals, 3)
        page.addLayout(buttons_row)
        page.addWidget(self.form, 2)
        self.sections = SectionMap(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(proposals_page, self.tr("Pr&oposals"))
        self.tabs.addTab(self.sections, self.tr("Sectio&ns"))

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)  # Tab leaves the text for the proposals, as in any form
        self.text.setPlainText(doc.text)
        self.text.setAccessibleName(self.tr("Document text"))
        self.text.setAccessibleDescription(self.tr("The selected proposal's sentence is highlighted"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.text)
        splitter.setSizes([760, 540])

        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(self.tr("Add to the &plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.add_accepted)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(strategy_label)
        top.addWidget(self.strategy, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(splitter, 1)
        box.addLayout(bottom)

        self.proposals.currentItemChanged.connect(lambda *_a: self._show_current())
        self.proposals.accept_pressed.connect(self.toggle_accept)
        self.proposals.reject_pressed.connect(self.toggle_reject)
        self.accept_button.clicked.connect(self.toggle_accept)
        self.reject_button.clicked.connect(self.toggle_reject)
        self.accept_all_button.clicked.connect(self.accept_all_dated)
        self.form.edited.connect(self._edited)
        self.strategy.activated.connect(lambda _n: self._strategy_chosen())
        self.sections.changed.connect(self._show_current)
        self._fill()
        self.proposals.setFocus()

    # What is shown ----------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.sections.show_review(self.review)
        self.proposals.show_items(self.review.items)
        self._show_current()

    def current_row(self) -> int:
        current = self.proposals.currentItem()
        return self.proposals.indexOfTopLevelItem(current) if current is not None else -1

    def select(self, row: int) -> None:
        self.proposals.setCurrentItem(self.proposals.row(row))

    def _show_current(self) -> None:
        row = self.current_row()
        item = self.review.items[row] if row >= 0 else None
        if item is not None:
            section = self.review.section_initiative(item.read.initiative)
            self.form.set_initiatives(section.label, self.review.initiatives())
        self.form.show_item(item, self.review.document.adopted)
        can_decide = item is not None and item.present is None
        self.accept_button.setEnabled(item is not None and can_decide and item.dated)
        self.reject_button.setEnabled(can_decide)
        self._highlight(item.read.start, item.read.end) if item is not None else self.text.setExtraSelections([])
        self._summarise()

    def _highlight(self, start: int, end: int) -> None:
        """Mark the sentence in the text and bring it into the middle of the view."""
        text = self.review.document.text
        # Qt counts in UTF-16 units, Python in code points: they differ past any character outside the BMP.
        at = len(text[:start].encode("utf-16-le")) // 2
        to = at + len(text[start:end].encode("utf-16-le")) // 2
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(at)
        cursor.setPosition(to, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        look = QTextCharFormat()
        look.setBackground(HIGHLIGHT)
        look.setForeground(QColor("#000000"))
        mark.format = look
        self.text.setExtraSelections([mark])
        place = QTextCursor(self.text.document())
        place.setPosition(at)
        self.text.setTextCursor(place)
        self.text.centerCursor()

    def highlighted(self) -> str:
        """The text highlighted now (what a test or a screen reader's user checks)."""
        marks = self.text.extraSelections()
        return marks[0].cursor.selectedText().replace("\u2029", "\n") if marks else ""

    def _summarise(self) -> None:
        items = self.review.items
        accepted = sum(x.decision is Decision.ACCEPTED for x in items)
        rejected = sum(x.decision is Decision.REJECTED for x in items)
        present = sum(x.present is not None for x in items)
        undated = sum(not x.dated and x.present is None for x in items)
        self.summary.setText(self.tr("%1 proposed: %2 accepted, %3 rejected, %4 already in the plan, %5 to date by hand")
                             .replace("%1", str(len(items))).replace("%2", str(accepted)).replace("%3", str(rejected))
                             .replace("%4", str(present)).replace("%5", str(undated)))
        self.add_button.setEnabled(accepted > 0)

    # The officer's decisions -------------------------------------------------------------------------

    def toggle_accept(self) -> None:
        self._decide(Decision.ACCEPTED)

    def toggle_reject(self) -> None:
        self._decide(Decision.REJECTED)

    def _decide(self, decision: Decision) -> None:
        row = self.current_row()
        if row < 0:
            return
        item = self.review.items[row]
        if item.present is not None:
            self.form.show_problem(self.tr("This sentence is in the plan already; it is not added twice."))
            return
        if decision is Decision.ACCEPTED and not item.dated:
            self.form.show_problem(self.tr("Its date cannot be read: type the date as written first, then accept it."))
            return
        self.review.decide(row, Decision.OPEN if item.decision is decision else decision)
        self.proposals.refresh_row(row, item)
        if row + 1 < len(self.review.items) and item.decision is not Decision.OPEN:
            self.select(row + 1)  # on to the next, as one reads down the list
        self._summarise()

    def accept_all_dated(self) -> None:
        for n, item in enumerate(self.review.items):
            if item.present is None and item.dated and item.decision is Decision.OPEN:
                self.review.decide(n, Decision.ACCEPTED)
                self.proposals.refresh_row(n, item)
        self._show_current()

    def _edited(self, name: str, value: str) -> None:
        row = self.current_row()
        if row < 0:
            return
        try:
            if name == "initiative":
                self.review.edit(row, initiative_key=value or SECTION_CHOICE)
            else:
                self.review.edit(row, **{name: value})
        except EditRefused as exc:
            self.form.show_problem(error_text(exc))
            return
        item = self.review.items[row]
        self.proposals.refresh_row(row, item)
        self.accept_button.setEnabled(item.present is None and item.dated)
        self._summarise()

    def _strategy_chosen(self) -> None:
        self.review.set_strategy(self.strategy.currentData())
        self._fill()

    # Adding ---------------------------------------------------------------------------------------------

    def add_accepted(self) -> None:
        if self.review.to_accept() and self._add(self.review):
            self.accept()
