"""The selected proposal's fields, edited before it is accepted: title, date as written (read
as typed by the phrase grammar), who commits, and the initiative it is filed under.

The form only shows and collects; `edited` carries what was typed to the review dialog, which
puts it through `Review.edit` and answers with `show_problem` when it is refused.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from planner.domain.plan import Initiative
from planner.reading.review import Reviewed

from ..accessible_names import name_form_fields
from ..phrase_edit import ERROR_STYLE, PhraseEdit

SECTION_CHOICE = ""  # the combo's data for "as its section is mapped"


class ProposalForm(QWidget):
    edited = Signal(str, str)  # field ("title", "phrase", "actor", "initiative"), value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.setAccessibleName(self.tr("Selected proposal"))
        self.title = QLineEdit(self)
        self.phrase = PhraseEdit(placeholder=self.tr("the date as the document writes it, e.g. by Q2 2021"), parent=self)
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(self.tr("who commits, e.g. the Commission"))
        self.initiative = QComboBox(self)
        self.initiative.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.initiative.setMinimumContentsLength(30)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Date as &written:"), self.phrase)
        form.addRow(self.tr("W&ho:"), self.actor)
        form.addRow(self.tr("&Filed under:"), self.initiative)
        form.addRow(self.tr("Where:"), self.where)
        form.addRow(self.tr("Why:"), self.why)
        form.addRow(self.problem)
        name_form_fields(form)
        self.title.textEdited.connect(lambda text: self._edited("title", text))
        self.actor.textEdited.connect(lambda text: self._edited("actor", text))
        self.phrase.changed.connect(self._phrase_changed)
        self.initiative.activated.connect(lambda _n: self._edited("initiative", self.initiative.currentData() or SECTION_CHOICE))

    def set_initiatives(self, section_label: str, initiatives: list[Initiative]) -> None:
        """The choices: as its section is mapped (`section_label` says where that is), or one of
        the strategy's initiatives."""
        self._filling = True
        self.initiative.clear()
        self.initiative.addItem(self.tr("As its section: %s") % section_label, SECTION_CHOICE)
        for ini in initiatives:
            self.initiative.addItem(ini.label, ini.key)
        self._filling = False

    def show_item(self, item: Reviewed | None, adopted: date | None) -> None:
        self._filling = True
        self.setEnabled(item is not None and item.present is None)
        p = item.proposal if item else None
        self.title.setText(p.title if p else "")
        self.phrase.set_anchor(adopted)
        self.phrase.setText(p.phrase if p and p.due is not None else "")
        if p is not None and p.due is None:
            # Cannot be read: the words the reader found are shown for the officer to rewrite.
            self.phrase.line.setPlaceholderText(self.tr("cannot be read: “%s”; type a date") % p.phrase if p.phrase else self.tr("type a date"))
        self.actor.setText(p.actor if p else "")
        at = self.initiative.findData(item.initiative_key if item and item.initiative_key else SECTION_CHOICE)
        self.initiative.setCurrentIndex(max(at, 0))
        self.where.setText(p.section or "—" if p else "")
        present = item.present if item else None
        self.why.setText(self.tr("Already in the plan as “%s”.") % present.title if present is not None else (p.why if p else ""))
        self.problem.setText("")
        self._filling = False

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)

    def _phrase_changed(self) -> None:
        if self.phrase.is_valid and self.phrase.text().strip():
            self._edited("phrase", self.phrase.text())

    def _edited(self, name: str, value: str) -> None:
        if not self._filling:
            self.problem.setText("")
            self.edited.emit(name, value)
