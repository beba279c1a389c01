"""The main window: the plan view, the details pane, menus with the standard shortcuts."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from planner.document import PlanDocument
from planner.document.undo_steps import one_undo_step
from planner.domain.plan import Commitment, Status
from planner.i18n import day_text
from planner.i18n.sentences import error_text
from planner.qtmodels.filter_proxy import PlanFilterProxy
from planner.qtmodels.plan_model import PlanModel
from planner.qtmodels.roles import ROW_STRATEGY, Roles
from planner.store.errors import StoreError

from .delivery_dialog import ask_delivery
from .details_pane import DetailsPane
from .filter_bar import install_filter_bar
from .plan_view import PlanView
from .timeline.actions import install_timeline_actions

if TYPE_CHECKING:
    from .features import WindowFeatures
    from .filter_bar import FilterBar
    from .preferences_dialog import PageFactory

APP_TITLE = "Planner"


def redo_keys(platform_keys: list[QKeySequence]) -> list[QKeySequence]:
    """The desktop's own Redo keys, and both that officers coming from other desktops press
    (Ctrl+Y, Ctrl+Shift+Z), each once: a key given twice to one action is an "ambiguous
    shortcut" that Qt answers by doing nothing (on GNOME, Ctrl+Shift+Z was both the desktop's
    and ours)."""
    keys: list[QKeySequence] = []
    for key in [*platform_keys, QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys
FIRST_DETAILS_PX = 120  # the details strip at first start: the quote and a few lines; drag it taller


# The column widths the officer left. The name changes when the columns' own widths do, so that
# widths saved by an earlier version (a Status column that cut "delivered on time") are not
# restored over the new ones; the officer's later changes are kept as usual.
COLUMNS_SETTING = "window/columns-2"

class MainWindow(QMainWindow):
    def __init__(self, document: PlanDocument, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.settings = settings
        self.ask_delivery = ask_delivery  # tests answer for the officer
        self.remember_layout = True  # False: closing leaves the officer's saved layout alone (a screenshot run)
        self.model = PlanModel(document, self)
        self.rows = PlanFilterProxy(self.model, self)  # what the views show: the filtered plan
        self.setWindowTitle(f"{APP_TITLE} — {document.url}")
        self.plan_view = PlanView(self.rows, self.run_safely, self)
        self.setCentralWidget(self.plan_view)
        self.details = DetailsPane(document, self)
        self.details_dock = QDockWidget(self.tr("Details"), self)
        self.details_dock.setObjectName("details")
        self.details_dock.setAccessibleDescription(self.tr("The selected commitment: the sentence it came from, its dates and history"))
        self.details_dock.setWidget(self.details)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.details_dock)
        self.menus: dict[str, QMenu] = {}
        self.actions_by_name: dict[str, QAction] = {}
        # The tabs of Edit → Preferences…, each added by the feature it sets up.
        self.preference_pages: list[tuple[str, PageFactory]] = []
        # What `planner.app.install_features` adds after the first paint; None until then.
        self.features: WindowFeatures | None = None
        self._build_menus()
        install_timeline_actions(self)  # zoom in the View menu, the legend in the status bar
        self.filter_bar: FilterBar = install_filter_bar(self)  # the filter toolbar above the plan
        # Tab reads the window top to bottom: the filter, the plan list, the timeline, the details.
        QWidget.setTabOrder(self.filter_bar.dates, self.plan_view.tree)
        QWidget.setTabOrder(self.plan_view.tree, self.plan_view.timeline)
        QWidget.setTabOrder(self.plan_view.timeline, self.details)
        # The rest (editing, Preferences, reminders, calendars, printing) is added by
        # `planner.app.install_features`, after the first paint when the app starts.
        self._as_of_label = QLabel()
        self.statusBar().addPermanentWidget(self._as_of_label)
        self.plan_view.current_changed.connect(self.details.show_commitment)
        # A filter that hides every row leaves no current row, and says nothing of it: the
        # details must not go on showing a commitment the plan no longer shows.
        for shown_rows_changed in (self.rows.rowsRemoved, self.rows.modelReset, self.rows.layoutChanged):
            shown_rows_changed.connect(self._details_follow_the_rows)
        self.plan_view.current_changed.connect(lambda _c: self.update_actions())
        document.as_of_changed.connect(lambda _d: self._show_as_of())
        self._show_as_of()
        self.update_actions()
        self.resize(1400, 860)
        self._restore_geometry()

    # Menus -------------------------------------------------------------------------------------

    def add_action(self, menu: str, name: str, text: str, slot: Callable[..., object], shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
                   tip: str = "", before: str | None = None) -> QAction:
        """An entry of `menu` ("file", "edit", "view", "help"), at its end or just above the
        entry named `before` (when it is there); found later in `actions_by_name[name]`. How
        every feature adds to the menus."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        above = self.actions_by_name.get(before) if before else None
        if above is not None:
            self.menus[menu].insertAction(above, action)
        else:
            self.menus[menu].addAction(action)
        self.actions_by_name[name] = action
        return action

    def add_preference_page(self, title: str, make: PageFactory) -> None:
        """A tab of Edit → Preferences…; `make(parent)` builds a fresh page each time it opens."""
        self.preference_pages.append((title, make))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name, title in (("file", self.tr("&File")), ("edit", self.tr("&Edit")), ("view", self.tr("&View")), ("help", self.tr("&Help"))):
            self.menus[name] = bar.addMenu(title)
        std = QKeySequence.StandardKey
        self.add_action("file", "reload", self.tr("Re&load plan"), self.reload_plan, std.Refresh, self.tr("Read the plan again from the database"))
        self.menus["file"].addSeparator()
        self.add_action("file", "quit", self.tr("&Quit"), self.close, "Ctrl+Q")  # StandardKey.Quit is empty on some desktops

        undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(std.Undo))
        redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_keys(QKeySequence.keyBindings(std.Redo)))
        self.menus["edit"].addActions([undo, redo])
        self.actions_by_name.update(undo=undo, redo=redo)
        self.menus["edit"].addSeparator()
        self.add_action("edit", "mark_delivered", self.tr("Mark deli&vered…"), self.deliver_asking, "Ctrl+D", self.tr("Record on which day, and by which document, the selected commitments were delivered"))
        self.add_action("edit", "delete", self.tr("&Delete…"), self.delete_selected, std.Delete)

        self.add_action("view", "expand", self.tr("&Expand all"), self.plan_view.tree.expandAll, "Ctrl+E")
        self.add_action("view", "collapse", self.tr("&Collapse all"), self.plan_view.tree.collapseAll, "Ctrl+Shift+E")
        self.menus["view"].addSeparator()
        self.add_action("view", "as_of", self.tr("Status &as of…"), self.choose_as_of, "Ctrl+T", self.tr("Show status as it stood (or will stand) on another day"))
        self.add_action("view", "as_of_today", self.tr("Status as of &today"), lambda: self.doc.set_as_of(None))
        self.menus["view"].addSeparator()
        self.menus["view"].addAction(self.details_dock.toggleViewAction())

        self.add_action("help", "about", self.tr("&About Planner"), self.about)

    def _say_why_nothing_is_deleted(self) -> None:
        """Del on a strategy or initiative row: say what Delete does instead of nothing."""
        from PySide6.QtWidgets import QMessageBox

        current = self.plan_view.tree.currentIndex()
        if not current.isValid():
            return
        title = current.siblingAtColumn(0).data()
        if current.data(Roles.ROW_KIND) == ROW_STRATEGY:
            what = self.tr("“{title}” is a strategy: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….")
        else:
            what = self.tr("“{title}” is an initiative: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….")
        QMessageBox.information(self, self.tr("Delete"), what.format(title=title))

    def _details_follow_the_rows(self, *_args: object) -> None:
        if self.plan_view.current_commitment() is None:
            self.details.show_commitment(None)

    def update_actions(self) -> None:
        """Enable what the current selection allows (a read-only state that ends asks again)."""
        has = bool(self.plan_view.selected_commitments() or self.plan_view.current_commitment())
        self.actions_by_name["mark_delivered"].setEnabled(has)
        # On a strategy or initiative row, Delete says what it does rather than nothing.
        self.actions_by_name["delete"].setEnabled(has or self.plan_view.tree.currentIndex().isValid())

    def _selection(self) -> list[Commitment]:
        chosen = self.plan_view.selected_commitments()
        current = self.plan_view.current_commitment()
        return chosen or ([current] if current else [])

    # Commands ------------------------------------------------------------------------------------

    def run_safely(self, what: str, change: Callable[[], object]) -> bool:
        """Run a change; a database problem becomes a message (a conflict, the conflict dialog) and
        the plan stays as it was. True when the change, or the officer's kept version of it, is stored."""
        try:
            change()
            return True
        except StoreError as exc:
            if self.features is not None:  # added once the window has settled
                return self.features.shared_plan.store_failed(what, exc)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, what, error_text(exc))
            return False

    def reload_plan(self) -> None:
        """File → Reload: read the plan again, keeping the selection and scroll position; a
        database problem becomes a message, as for any change."""
        from .plan_watcher import capture, restore  # with the features, not with the first paint

        state = capture(self.plan_view)
        if self.run_safely("Reload", self.doc.reload):
            restore(self.plan_view, state)

    def deliver_asking(self) -> None:
        """Edit → Mark delivered… (Ctrl+D): asks the day (the status day by default, a phrase or
        a picked day) and the delivering document, then marks the selection delivered."""
        chosen = [c for c in self._selection() if c.status is not Status.DELIVERED]
        if not chosen:
            return
        answer = self.ask_delivery(self, [c.title for c in chosen], self.doc.as_of)
        if answer is not None:
            self.mark_delivered(answer.day, answer.by)

    def mark_delivered(self, day: date | None = None, by: str = "") -> None:
        """Mark the selection delivered on `day` (the status day when None) by document `by`."""
        day = day or self.doc.as_of
        chosen = [c for c in self._selection() if c.status is not Status.DELIVERED]
        if not chosen:
            return
        text = self.tr("Mark %Ln delivered", "", len(chosen)) if len(chosen) > 1 else self.tr("Mark {title!r} delivered").format(title=chosen[0].title)
        with one_undo_step(self.doc.undo_stack, text):
            for c in chosen:
                change = c.changed(status=Status.DELIVERED, delivered_on=day, delivered_by=by or c.delivered_by)
                if not self.run_safely(self.tr("Mark delivered"), partial(self.doc.push_edit, change, self.tr("Mark delivered"))):
                    break

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        chosen = self._selection()
        if not chosen:
            self._say_why_nothing_is_deleted()
            return
        names = "\n".join(f"• {c.title}" for c in chosen[:8]) + ("\n…" if len(chosen) > 8 else "")
        answer = QMessageBox.question(self, self.tr("Delete commitments"), (self.tr("Delete this commitment? You can undo this.\n\n{names}") if len(chosen) == 1 else self.tr("Delete %Ln commitment(s)? You can undo this.\n\n{names}", "", len(chosen))).format(names=names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with one_undo_step(self.doc.undo_stack, self.tr("Delete %Ln commitment(s)", "", len(chosen))):
            for c in chosen:
                if not self.run_safely("Delete", partial(self.doc.push_delete, c)):
                    break

    def choose_as_of(self) -> None:
        from .as_of_dialog import ask_as_of

        day = ask_as_of(self, self.doc.as_of)
        if day is not None:
            self.doc.set_as_of(day)

    def _show_as_of(self) -> None:
        day = day_text(self.doc.as_of)
        self._as_of_label.setText(self.tr("Status as of today, {day}").format(day=day) if self.doc.as_of_is_today else self.tr("Status as of {day} (not today)").format(day=day))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Planner"), self.tr("<b>Planner</b><p>Timeline and deadline planner for the dated commitments of strategy documents.</p><p>Plan: {url}</p>").format(url=self.doc.url))

    # Window state ----------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        else:
            # First start: the plan is what the officer looks at; details get a strip below it.
            self.resizeDocks([self.details_dock], [FIRST_DETAILS_PX], Qt.Orientation.Vertical)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.plan_view.restoreState(splitter)
        columns = self.settings.value(COLUMNS_SETTING)
        if columns is not None:
            self.plan_view.tree.header().restoreState(columns)

    def restore_docks(self) -> None:
        """Put docks added since the window was built (undo history, Due soon) where the
        officer left them; the rest of the layout is restored as it already is."""
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.plan_view.saveState())
        self.settings.setValue(COLUMNS_SETTING, self.plan_view.tree.header().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_layout:
            self.save_window_state()
        super().closeEvent(event)
