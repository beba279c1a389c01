"""`FilterBar`: the toolbar above the plan that narrows what the tree and the timeline show.

Free text (title, description, quote...), strategy, responsible actor, status, "due within N
days" and a date range typed as a phrase ("2021", "Q1 2021", "2021-2022": commitments whose
window overlaps it). It builds one `CommitmentFilter` and hands it to the window's proxy, so
filtered-out rows disappear from both views at once.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QToolBar, QWidget

from planner.domain.filters import STATUS_WORDS, CommitmentFilter
from planner.domain.phrases import PhraseError, parse_period
from planner.i18n import number_text
from planner.i18n.sentences import error_text

from .contrast import warning_colour
from .status_picker import StatusPicker

if TYPE_CHECKING:
    from .main_window import MainWindow

ANY = ""


def install_filter_bar(window: "MainWindow") -> "FilterBar":
    bar = FilterBar(window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


class FilterBar(QToolBar):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Filter"))  # the toolbar's name, as the toolbars' menu lists it
        self.setObjectName("filter_bar")
        self.window_, self.doc = window, window.doc
        self._kept: tuple[int | None, list[int]] | None = None  # (current, selected) the officer chose
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Filter: title, description, quote…"))
        self.text.setToolTip(self.tr("Show only the commitments whose title, description or quote has these words (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(self.tr("Filter words"))
        self.text.setMinimumWidth(260)
        self.strategy = self._combo(self.tr("All strategies"), self.tr("Only commitments of this strategy"))
        self.actor = self._combo(self.tr("All responsible"), self.tr("Only commitments this actor is responsible for"))
        self.status = StatusPicker(STATUS_WORDS, self)
        self.due_within = QSpinBox(self)
        self.due_within.setRange(0, 3650)
        self.due_within.setSpecialValueText(self.tr("any time"))  # 0: no limit
        self.due_within.setSuffix(self.tr(" days"))
        self.due_within.setToolTip(self.tr("Only open commitments whose due window ends within this many days of the status day"))
        self.dates = QLineEdit(self)
        self.dates.setPlaceholderText(self.tr("any dates"))
        self.dates.setClearButtonEnabled(True)
        self.dates.setMaximumWidth(150)
        self.dates.setToolTip(self.tr("Only commitments whose window overlaps this one: '2021', 'Q1 2021', '2021-2022', '2021-01-01..2021-06-30'"))
        self.clear_action = QAction(self.tr("Clear"), self)
        self.clear_action.setToolTip(self.tr("Show every commitment again"))
        self.clear_action.triggered.connect(self.clear)
        self.count = QLabel(self)  # "3 of 17 shown": how much of the plan the filter leaves
        self.count.setAccessibleName(self.tr("Commitments shown"))

        self.addWidget(self.text)
        for label, widget in ((self.tr("Strategy"), self.strategy), (self.tr("Responsible"), self.actor), (self.tr("Status"), self.status),
                              (self.tr("Due within"), self.due_within), (self.tr("Dates"), self.dates)):
            self.addWidget(_spaced(QLabel(label, self)))
            widget.setAccessibleName(label)  # a screen reader names the field as the label beside it does
            self.addWidget(widget)
        self.addAction(self.clear_action)
        self.addWidget(_spaced(self.count))

        focus = QAction(self.tr("Find"), window)
        focus.setShortcut(QKeySequence.StandardKey.Find)
        focus.triggered.connect(self.focus_text)
        window.addAction(focus)  # works wherever the focus is in the window
        self._fill_choices()

        self.text.textChanged.connect(self.apply)
        self.dates.textChanged.connect(self.apply)
        self.dates.textChanged.connect(self._zoom_to_dates)
        self.due_within.valueChanged.connect(self.apply)
        self.status.changed.connect(self.apply)
        for combo in (self.strategy, self.actor):
            combo.currentIndexChanged.connect(self.apply)
        # New actors or strategies appear in the choices; the chosen one stays chosen.
        for signal in (self.doc.commitment_added, self.doc.commitment_changed, self.doc.plan_reloaded):
            signal.connect(self._fill_choices)
        # Rows that come back (filter relaxed, commitment added) are shown unfolded: once, after
        # the proxy's burst of insertions (a relaxed filter brings rows back group by group).
        self._unfold_soon = QTimer(self)
        self._unfold_soon.setSingleShot(True)
        self._unfold_soon.setInterval(0)
        self._unfold_soon.timeout.connect(window.plan_view.unfold)
        window.rows.rowsInserted.connect(lambda *_: self._unfold_soon.start())
        window.rows.modelReset.connect(self._unfold_soon.start)
        window.rows.layoutChanged.connect(lambda *_: self._unfold_soon.start())
        # The count, once after any change of rows: a filter, an edit, a reload, another day.
        self._count_soon = QTimer(self)
        self._count_soon.setSingleShot(True)
        self._count_soon.setInterval(0)
        self._count_soon.timeout.connect(self.show_count)
        for signal in (window.rows.rowsInserted, window.rows.rowsRemoved, window.rows.modelReset, window.rows.layoutChanged):
            signal.connect(lambda *_: self._count_soon.start())
        self.show_count()

    # Building the filter --------------------------------------------------------------------------

    def current_filter(self) -> CommitmentFilter:
        window = self._date_window()
        return CommitmentFilter(
            text=self.text.text().strip(),
            strategies=_one(self.strategy.currentData()),
            actors=_one(self.actor.currentData()),
            statuses=self.status.chosen(),
            due_within_days=self.due_within.value() or None,
            date_from=window[0] if window else None,
            date_to=window[1] if window else None,
        )

    def apply(self) -> None:
        self._remember_selection()
        self.window_.rows.set_commitment_filter(self.current_filter())
        self.window_.plan_view.unfold()
        self._bring_back_selection()
        self.show_count()

    def _remember_selection(self) -> None:
        # What the officer chose, kept while a filter hides it (then the view has no selection).
        view = self.window_.plan_view
        selected = [c.id for c in view.selected_commitments() if c.id is not None]
        if selected:
            current = view.current_commitment()
            self._kept = (current.id if current is not None else None, selected)

    def _bring_back_selection(self) -> None:
        """The remembered selection, selected again and scrolled into view where the filter shows it."""
        if self._kept is None:
            return
        current, selected = self._kept
        rows, view = self.window_.rows, self.window_.plan_view
        shown = [cid for cid in selected if rows.index_of(cid).isValid()]
        if not shown:
            return
        view.select_commitment(current if current in shown else shown[0])  # unfolds and scrolls to it
        flags = QItemSelectionModel.SelectionFlag
        for cid in shown:
            view.tree.selectionModel().select(rows.index_of(cid), flags.Select | flags.Rows)

    def clear(self) -> None:
        for signal_source in (self.text, self.dates):
            signal_source.blockSignals(True)
            signal_source.clear()
            signal_source.blockSignals(False)
        for combo in (self.strategy, self.actor):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status.blockSignals(True)
        self.status.set_chosen(())
        self.status.blockSignals(False)
        self.due_within.blockSignals(True)
        self.due_within.setValue(0)
        self.due_within.blockSignals(False)
        self._show_date_problem("")
        self.apply()

    def show_count(self) -> None:
        """"3 of 17 shown"; when the filter leaves nothing, a sentence saying so."""
        rows = self.window_.rows
        total, shown = len(self.doc.plan.commitments), rows.shown_count()
        if rows.commitment_filter.is_empty:
            self.count.setText(self._all_text(total))
            self.count.setStyleSheet("")
        elif shown == 0:
            self.count.setText(self._none_text(total))
            self.count.setStyleSheet(f"QLabel {{ color: {warning_colour(self.count)}; }}")
        else:
            self.count.setText(self._some_text(shown, total))
            self.count.setStyleSheet("")
        # As wide as the widest of its sentences for this plan, so the fields beside it stay put.
        metrics = self.count.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in (self._all_text(total), self._none_text(total), self._some_text(total, total)))
        margins = self.count.contentsMargins()
        self.count.setMinimumWidth(widest + margins.left() + margins.right() + 2)

    def _all_text(self, total: int) -> str:
        return self.tr("%Ln commitment(s)", "", total)

    def _none_text(self, total: int) -> str:
        return self.tr("None of {total} matches the filter").format(total=number_text(total))

    def _some_text(self, shown: int, total: int) -> str:
        return self.tr("{shown} of {total} shown").format(shown=number_text(shown), total=number_text(total))

    def _zoom_to_dates(self) -> None:
        """A readable Dates filter brings its window across the timeline."""
        window = self._date_window()
        if window is not None:
            self.window_.plan_view.timeline.navigation.show_dates(*window)

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    # Plumbing -------------------------------------------------------------------------------------

    def _date_window(self):
        typed = self.dates.text().strip()
        if not typed:
            self._show_date_problem("")
            return None
        try:
            period = parse_period(typed, anchor=self.doc.as_of)
        except PhraseError as exc:
            self._show_date_problem(error_text(exc))
            return None  # an unreadable range filters nothing, and says why
        self._show_date_problem("")
        return period.start, period.end

    def _show_date_problem(self, sentence: str) -> None:
        self.dates.setStyleSheet(f"QLineEdit {{ color: {warning_colour(self.dates)}; }}" if sentence else "")
        self.dates.setToolTip(sentence or self.tr("Only commitments whose window overlaps this one: '2021', 'Q1 2021', '2021-2022'"))

    def _combo(self, any_text: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(any_text, ANY)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _fill_choices(self, *_: object) -> None:
        plan = self.doc.plan
        _refill(self.strategy, [(s.title, s.key) for s in plan.strategies])
        _refill(self.actor, [(a, a) for a in sorted({c.actor for c in plan.commitments if c.actor})])
        if self.current_filter() != self.window_.rows.commitment_filter:
            self.apply()  # a chosen actor or strategy that is gone no longer filters


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
        combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


def _one(value: str | None) -> frozenset[str]:
    return frozenset({value}) if value else frozenset()


def _spaced(label: QLabel) -> QWidget:
    label.setContentsMargins(10, 0, 4, 0)
    return label
