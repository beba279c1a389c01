"""`DependencyEditor`: what a commitment waits for (its predecessors, editable) and what waits for
it (its successors, shown), as finish-to-start links.

Changes stay pending until the dialog is saved, so Cancel leaves the links as they were. Links
that would close a loop are not offered; broken links are marked with the reason.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from planner.domain.dependencies import Violation, creates_cycle
from planner.domain.plan import Commitment, Dependency, Plan

ID_ROLE = Qt.ItemDataRole.UserRole
BROKEN = "⚠ "


class DependencyEditor(QWidget):
    changed = Signal()

    def __init__(self, plan: Plan, commitment_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.commitment_id = plan, commitment_id
        self._by_id = {c.id: c for c in plan.commitments}
        self.predecessors = QListWidget(self)
        self.predecessors.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.candidates = QComboBox(self)
        self.candidates.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.candidates.setMinimumContentsLength(30)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.successors = QListWidget(self)
        self.successors.setSelectionMode(QListWidget.SelectionMode.NoSelection)

        grid = QGridLayout(self)
        intro = QLabel(self.tr("This commitment cannot finish before the commitments it comes after (finish-to-start)."), self)
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Comes after:"), self), 1, 0, 1, 3)
        grid.addWidget(self.predecessors, 2, 0, 1, 3)
        grid.addWidget(self.candidates, 3, 0)
        grid.addWidget(self.add_button, 3, 1)
        grid.addWidget(self.remove_button, 3, 2)
        grid.addWidget(QLabel(self.tr("Comes before (change these links from the later commitment):"), self), 4, 0, 1, 3)
        grid.addWidget(self.successors, 5, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(2, 2)
        grid.setRowStretch(5, 1)

        stored = [d.predecessor_id for d in plan.dependencies if d.successor_id == commitment_id and d.predecessor_id in self._by_id]
        for pid in stored:
            self._add_item(pid)
        for d in plan.dependencies:
            if d.predecessor_id == commitment_id and d.successor_id in self._by_id:
                item = QListWidgetItem(self._describe(self._by_id[d.successor_id]))
                item.setData(ID_ROLE, d.successor_id)
                self.successors.addItem(item)
        if not self.successors.count():
            self.successors.addItem("—")
        self.add_button.clicked.connect(self.add_current_candidate)
        self.remove_button.clicked.connect(self.remove_selected)
        self.predecessors.itemSelectionChanged.connect(self._update_buttons)
        self._fill_candidates()

    # Reading --------------------------------------------------------------------------------------

    def predecessor_ids(self) -> list[int]:
        return [self.predecessors.item(n).data(ID_ROLE) for n in range(self.predecessors.count())]

    def links_after(self, as_id: int) -> list[Dependency]:
        """The plan's links as they will be once saved, this commitment standing as `as_id`."""
        others = [d for d in self.plan.dependencies if d.successor_id != self.commitment_id]
        return others + [Dependency(p, as_id) for p in self.predecessor_ids()]

    # Changing -------------------------------------------------------------------------------------

    def add_predecessor(self, commitment_id: int) -> None:
        if commitment_id in self.predecessor_ids() or commitment_id == self.commitment_id:
            return
        self._add_item(commitment_id)
        self._fill_candidates()
        self.changed.emit()

    def add_current_candidate(self) -> None:
        chosen = self.candidates.currentData(ID_ROLE)
        if chosen is not None:
            self.add_predecessor(chosen)

    def remove_selected(self) -> None:
        for item in self.predecessors.selectedItems():
            self.predecessors.takeItem(self.predecessors.row(item))
        self._fill_candidates()
        self.changed.emit()

    def mark_broken(self, broken: list[Violation]) -> None:
        """Flag the rows of links that are broken after the change, with the sentence why."""
        why = {(v.predecessor.id, v.successor.id): v.text for v in broken}
        me = self.commitment_id if self.commitment_id is not None else -1
        for lst, key in ((self.predecessors, lambda i: (i, me)), (self.successors, lambda i: (me, i))):
            for n in range(lst.count()):
                item = lst.item(n)
                other = item.data(ID_ROLE)
                if other is None:
                    continue
                text = why.get(key(other), "")
                item.setText((BROKEN if text else "") + self._describe(self._by_id[other]))
                item.setToolTip(text)

    # Plumbing -------------------------------------------------------------------------------------

    def _add_item(self, commitment_id: int) -> None:
        item = QListWidgetItem(self._describe(self._by_id[commitment_id]))
        item.setData(ID_ROLE, commitment_id)
        self.predecessors.addItem(item)

    def _fill_candidates(self) -> None:
        self.candidates.clear()
        chosen = set(self.predecessor_ids())
        me = self.commitment_id
        links = self.links_after(me) if me is not None else []
        for c in self.plan.commitments:
            if c.id == me or c.id in chosen:
                continue
            if me is not None and creates_cycle(links, c.stored_id, me):
                continue  # it already waits, directly or through others, for this one
            self.candidates.addItem(self._describe(c), c.id)  # userData is ID_ROLE
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.candidates.count() > 0)
        self.remove_button.setEnabled(bool(self.predecessors.selectedItems()))

    @staticmethod
    def _describe(c: Commitment) -> str:
        return f"{c.title} — due {c.due.shown}"
