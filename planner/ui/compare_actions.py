"""View → Compare with…: the plan as it was planned on a past day (or a named baseline such as
"Council meeting 12 March 2021"), drawn on the timeline as the first-announced window is drawn:
a hollow bar where the due window stood that day, and the slip since. Named baselines are kept
in the plan and listed in the View menu, where they are deleted too."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMenu, QMessageBox

from planner.domain.as_planned import as_planned_on
from planner.i18n import day_text
from planner.i18n.sentences import error_text
from planner.store.errors import StoreError

from .as_of_dialog import AsOfDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def install_compare_actions(window: "MainWindow") -> "CompareActions":
    return CompareActions(window)


class CompareActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window, self.doc = window, window.doc
        self.timeline = window.plan_view.timeline
        self.day: date | None = None
        self.name = ""
        self.compare = window.add_action("view", "compare_with", self.tr("Com&pare with…"), self.ask, None, self.tr("Show how the plan stood on a past day, as the first-announced dates are shown"), before="as_of")
        self.stop = window.add_action("view", "compare_stop", self.tr("Stop comparing"), lambda: self.show_day(None), before="as_of")
        self.baselines_menu = QMenu(self.tr("&Baselines"), window)
        self.baselines_menu.aboutToShow.connect(self._fill_baselines)
        as_of = window.actions_by_name["as_of"]
        window.menus["view"].insertMenu(as_of, self.baselines_menu)
        window.menus["view"].insertSeparator(as_of)
        for signal in (self.doc.commitment_changed, self.doc.commitment_added, self.doc.commitment_removed, self.doc.plan_reloaded):
            signal.connect(self._follow)
        self._update()

    def ask(self) -> None:
        dialog = AsOfDialog(self.day or self.doc.as_of, self.window)
        dialog.setWindowTitle(self.tr("Compare with"))
        dialog.prompt.setText(self.tr("Draw the due dates as they were planned on:"))
        keep = QCheckBox(self.tr("Save as a named baseline:"), dialog)
        name = QLineEdit(dialog)
        name.setPlaceholderText(self.tr("e.g. Council meeting 12 March 2021"))
        name.textChanged.connect(lambda text: keep.setChecked(bool(text.strip())))
        dialog.column.insertWidget(2, keep)
        dialog.column.insertWidget(3, name)
        if dialog.exec() != AsOfDialog.DialogCode.Accepted or dialog.chosen_day() is None:
            return
        day = dialog.chosen_day()
        assert day is not None
        label = " ".join(name.text().split())
        if keep.isChecked() and label:
            try:
                self.doc.store.save_baseline(label, day)
            except StoreError as exc:
                QMessageBox.warning(self.window, self.tr("Compare with"), error_text(exc))
                return
        self.show_day(day, label)

    def show_day(self, day: date | None, name: str = "") -> None:
        """Compare with the plan of `day` (None: stop comparing)."""
        self.day, self.name = day, name
        self._refresh()

    def _follow(self, *_: object) -> None:
        if self.day is not None:
            self._refresh()  # an edit since: its revision may change what stood on the day

    def _refresh(self) -> None:
        if self.day is None:
            self.timeline.compare_with(None)
        else:
            try:
                history = self.doc.store.history()
            except StoreError as exc:
                QMessageBox.warning(self.window, self.tr("Compare with"), error_text(exc))
                self.day = None
                self.timeline.compare_with(None)
            else:
                then = as_planned_on(self.doc.plan.commitments, history, self.day)
                self.timeline.compare_with({c.id: c.due for c in then if c.id is not None}, self.caption)
        self._update()

    def _update(self) -> None:
        self.stop.setEnabled(self.day is not None)
        self.window.statusBar().showMessage(self.text, 0) if self.day is not None else self.window.statusBar().clearMessage()

    @property
    def text(self) -> str:
        if self.day is None:
            return ""
        return self.tr("Compared with the plan of {day}: hollow bars show the due dates as they stood then.").format(day=self._day_named())

    @property
    def caption(self) -> str:
        """What is compared with, for the title of a printed snapshot; '' when nothing is."""
        return self.tr("Compared with the plan of {day}").format(day=self._day_named()) if self.day is not None else ""

    def _day_named(self) -> str:
        assert self.day is not None
        return f"{self.name}, {day_text(self.day)}" if self.name else day_text(self.day)

    def _fill_baselines(self) -> None:
        self.baselines_menu.clear()
        try:
            named = self.doc.store.baselines()
        except StoreError:
            named = []
        for label, day in named:
            action = self.baselines_menu.addAction(f"{label} ({day.isoformat()})")
            action.triggered.connect(lambda _=False, label=label, day=day: self.show_day(day, label))
        if not named:
            self.baselines_menu.addAction(self.tr("No named baselines yet (Compare with… names one)")).setEnabled(False)
            return
        self.baselines_menu.addSeparator()
        forget = self.baselines_menu.addMenu(self.tr("&Delete a baseline"))
        for label, day in named:
            action = forget.addAction(f"{label} ({day.isoformat()})")
            action.triggered.connect(lambda _=False, label=label, day=day: self.delete_baseline(label, day))

    def delete_baseline(self, label: str, day: date) -> bool:
        """Forget a named baseline once the officer says so; comparing with its day goes on
        (the plan's history is untouched), under the day alone."""
        asked = QMessageBox.question(self.window, self.tr("Delete a baseline"),
                                     self.tr("Delete the baseline “{name}” ({day})? The plan itself does not change.").format(name=label, day=day.isoformat()))
        if asked != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.doc.store.delete_baseline(label)
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Delete a baseline"), error_text(exc))
            return False
        if self.name == label:
            self.name = ""
            self._refresh()  # the caption, on screen and on paper, loses the name
        self._update()
        if self.day is None:
            self.window.statusBar().showMessage(self.tr("Deleted the baseline “{name}”.").format(name=label), 5000)
        return True
