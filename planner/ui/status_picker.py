"""`StatusPicker`: the filter bar's Status field, where several statuses may be ticked at once
("overdue" and "due soon"); none ticked means any status."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from planner.i18n import QT_TRANSLATE_NOOP
from planner.i18n.words import status_word

ANY_STATUS = QT_TRANSLATE_NOOP("StatusPicker", "Any status")


class StatusPicker(QToolButton):
    changed = Signal()  # the ticked statuses changed

    def __init__(self, words: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(self.tr("Recorded statuses or how commitments stand as of the status day; tick several to see any of them"))
        menu = QMenu(self)
        self.any_action = menu.addAction(self.tr(ANY_STATUS))
        self.any_action.triggered.connect(lambda: self.set_chosen(()))
        menu.addSeparator()
        self.word_actions: dict[str, QAction] = {}
        for word in words:
            action = menu.addAction(status_word(word))  # the word stays the filter's key
            action.setCheckable(True)
            action.toggled.connect(self._toggled)
            self.word_actions[word] = action
        self.setMenu(menu)
        self._show()

    def chosen(self) -> frozenset[str]:
        return frozenset(w for w, a in self.word_actions.items() if a.isChecked())

    def set_chosen(self, words: Iterable[str]) -> None:
        """Tick exactly `words`; `changed` once, if anything changed."""
        wanted, before = set(words), self.chosen()
        for word, action in self.word_actions.items():
            action.blockSignals(True)
            action.setChecked(word in wanted)
            action.blockSignals(False)
        self._show()
        if self.chosen() != before:
            self.changed.emit()

    def _toggled(self, _checked: bool) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        chosen = [status_word(w) for w, a in self.word_actions.items() if a.isChecked()]
        self.setText(", ".join(chosen) if chosen else self.tr(ANY_STATUS))
        self.any_action.setEnabled(bool(chosen))
