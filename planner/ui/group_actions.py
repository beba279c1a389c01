"""Edit → New strategy…, New initiative…, Edit strategy or initiative…: the plan's groups made
and renamed in the window (before, only a seed file or the command line could), with undo.
A double-click on a strategy or initiative row opens its dialog as well."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QDialog

from planner.document.group_commands import push_save_group
from planner.domain.plan import Initiative
from planner.qtmodels.roles import ROW_COMMITMENT, ROW_INITIATIVE, ROW_STRATEGY, Roles

from .group_dialogs import InitiativeDialog, StrategyDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def install_group_actions(window: "MainWindow") -> "GroupActions":
    return GroupActions(window)


class GroupActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.dialog: QDialog | None = None  # the one open, for tests and for a second click
        window.menus["edit"].addSeparator()
        window.add_action("edit", "new_strategy", self.tr("New &strategy…"), self.new_strategy, None, self.tr("Add a strategy document to the plan"))
        window.add_action("edit", "new_initiative", self.tr("New &initiative…"), self.new_initiative, None, self.tr("Add an initiative under a strategy"))
        window.add_action("edit", "edit_group", self.tr("Edit strate&gy or initiative…"), self.edit_current_group, None,
                       self.tr("Change the title, reference or dates of the strategy or initiative of the current row"))
        window.plan_view.tree.doubleClicked.connect(self._double_clicked)

    def _current(self) -> QModelIndex:
        return self.window.plan_view.tree.currentIndex()

    def new_strategy(self) -> None:
        self._run(StrategyDialog(self.doc.plan, None, self.window), None)

    def new_initiative(self) -> None:
        current = self._current()
        self._run(InitiativeDialog(self.doc.plan, None, current.data(Roles.STRATEGY_KEY) or "", self.window), None)

    def edit_current_group(self) -> None:
        self.edit_group(self._current())

    def edit_group(self, index: QModelIndex) -> None:
        """The dialog of the row's strategy or initiative (a commitment row: its initiative)."""
        if not index.isValid():
            return
        plan, kind = self.doc.plan, index.data(Roles.ROW_KIND)
        if kind == ROW_STRATEGY:
            strategy = plan.strategy(index.data(Roles.KEY))
            self._run(StrategyDialog(plan, strategy, self.window), strategy)
        elif kind in (ROW_INITIATIVE, ROW_COMMITMENT):
            key = index.data(Roles.KEY) if kind == ROW_INITIATIVE else index.data(Roles.COMMITMENT).initiative_key
            initiative = plan.initiative(key)
            self._run(InitiativeDialog(plan, initiative, parent=self.window), initiative)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(Roles.ROW_KIND) in (ROW_STRATEGY, ROW_INITIATIVE):
            self.edit_group(index)

    def _run(self, dialog: StrategyDialog | InitiativeDialog, before) -> None:
        self.dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            after = dialog.built()
        finally:
            self.dialog = None
        if after == before:
            return  # nothing changed: nothing written, no undo step
        if self.window.run_safely("Save", lambda: push_save_group(self.doc, before, after)) and before is None and isinstance(after, Initiative):
            # The list leaves out initiatives with nothing in them: say where the new one is.
            self.window.statusBar().showMessage(self.tr("Added the initiative {label!r}; it shows in the list once it holds a commitment (Edit → New commitment…).").format(label=after.label), 10000)
