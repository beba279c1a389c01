"""The dialogs for a strategy and an initiative: new ones, or the one the officer is on.

Both build the domain object and put it through the gate as it is typed; OK stays off, with
the gate's sentence under the fields, while a value would be refused. A new group's key is made
from its title (the key is how files and the command line name it, so an existing one keeps it).
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain import gate
from planner.domain.plan import Initiative, Plan, Strategy
from planner.exchange.batch import slug
from planner.i18n import translate
from planner.i18n.sentences import error_text

from .phrase_edit import ERROR_STYLE, PhraseEdit


def unused_key(wanted: str, taken: set[str], fallback: str) -> str:
    """`wanted` (made into a key), with -2, -3… when the plan has it already."""
    base = slug(wanted) or fallback
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


class _GroupDialog(QDialog):
    original: Strategy | Initiative | None
    title: QLineEdit

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._typed = False  # the officer has typed something: now a refusal is worth saying
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _line(self, label: str, text: str, placeholder: str = "") -> QLineEdit:
        line = QLineEdit(text, self)
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(label, line)
        line.textChanged.connect(self.recheck)
        line.textEdited.connect(self._typing)
        return line

    def built(self):
        raise NotImplementedError

    def recheck(self) -> None:
        """OK only for a value the plan would take; the reason otherwise, once the officer has
        typed something (a new dialog does not open on a reproach)."""
        try:
            self.built()
            sentence = ""
        except (gate.GateError, ValueError) as exc:
            sentence = error_text(exc)
        self.ok.setEnabled(not sentence)
        self.problem.setText(sentence if self.original is not None or self._typed else "")

    def _typing(self, *_: object) -> None:
        self._typed = True
        self.recheck()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.title.setFocus()  # what every group needs first; the strategy picker comes before it

    def accept(self) -> None:
        self.recheck()
        if self.ok.isEnabled():
            super().accept()


class StrategyDialog(_GroupDialog):
    """`strategy` None: a new one. `result()` after OK: the strategy to store."""

    def __init__(self, plan: Plan, strategy: Strategy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("StrategyDialog", "New strategy") if strategy is None else translate("StrategyDialog", "Strategy"), parent)
        self.original, self._taken = strategy, {s.key for s in plan.strategies}
        self.title = self._line(self.tr("&Title:"), strategy.title if strategy else "", self.tr("e.g. EU Security Union Strategy"))
        self.reference = self._line(self.tr("&Reference:"), strategy.reference if strategy else "", self.tr("e.g. COM(2020) 605"))
        self.adopted = PhraseEdit(optional=True, day_only=True, placeholder=self.tr("the day it was adopted, e.g. 24 July 2020"), parent=self)
        self.adopted.set_day(strategy.adopted if strategy else None)
        self.form.addRow(self.tr("&Adopted on:"), self.adopted)
        self.period = PhraseEdit(optional=True, placeholder=self.tr("the years it covers, e.g. 2020-2025"), parent=self)
        self.period.set_period(strategy.period if strategy else None)
        self.form.addRow(self.tr("&Covers:"), self.period)
        for edit in (self.adopted, self.period):
            edit.changed.connect(self.recheck)
            edit.line.textEdited.connect(self._typing)
        self.recheck()
        self.title.setFocus()

    def built(self) -> Strategy:
        for edit in (self.adopted, self.period):
            if not edit.is_valid:
                raise ValueError(edit.error)
        key = self.original.key if self.original else unused_key(self.title.text(), self._taken, "strategy")
        return gate.check_strategy(Strategy(key=key, title=self.title.text().strip(), reference=self.reference.text().strip(),
                                            adopted=self.adopted.day(), period=self.period.period(),
                                            id=self.original.id if self.original else None))

    def result_strategy(self) -> Strategy:
        return self.built()


class InitiativeDialog(_GroupDialog):
    """`initiative` None: a new one, under `strategy_key` unless the officer picks another."""

    def __init__(self, plan: Plan, initiative: Initiative | None = None, strategy_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(translate("InitiativeDialog", "New initiative") if initiative is None else translate("InitiativeDialog", "Initiative"), parent)
        self.original, self._taken = initiative, {i.key for i in plan.initiatives}
        self.strategy = QComboBox(self)
        self.strategy.setAccessibleName(self.tr("Strategy"))
        for s in plan.strategies:
            self.strategy.addItem(s.title, s.key)
        chosen = initiative.strategy_key if initiative else strategy_key
        self.strategy.setCurrentIndex(max(0, self.strategy.findData(chosen)))
        self.form.addRow(self.tr("&Strategy:"), self.strategy)
        self.number = self._line(self.tr("&Number:"), initiative.number if initiative else "", self.tr("e.g. 3 (may stay empty)"))
        self.title = self._line(self.tr("&Title:"), initiative.title if initiative else "", self.tr("e.g. Strengthen law enforcement efforts"))
        self.strategy.currentIndexChanged.connect(self.recheck)
        self.recheck()
        self.title.setFocus()

    def built(self) -> Initiative:
        strategy_key = self.strategy.currentData()
        if not strategy_key:
            raise ValueError(self.tr("The plan has no strategy yet; add one first (Edit → New strategy…)."))
        key = self.original.key if self.original else unused_key(f"{strategy_key}-{self.title.text()}", self._taken, "initiative")
        return gate.check_initiative(Initiative(key=key, strategy_key=strategy_key, number=self.number.text().strip(),
                                                title=self.title.text().strip(), id=self.original.id if self.original else None))

    def result_initiative(self) -> Initiative:
        return self.built()
