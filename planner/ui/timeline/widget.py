"""`TimelineView`: the Gantt beside the tree, drawing the tree's rows against a time scale.

It owns no rows: it asks the tree which rows are on screen and where (`rows_in_tree`), follows
the tree's vertical scrollbar (the tree's own is hidden; the timeline shows the one bar, at the
far right) and shares the tree's selection model. It owns the horizontal axis: a `TimeScale`,
its scrollbar; where it looks (zoom, fit all, a row's mark) is `navigation.py`. It paints by handing a `Frame` of the visible rows only to `draw_frame`
(the routine printing uses too), so a plan of 100,000 commitments costs what a screenful costs.
Mouse and keyboard editing live in `editing.py`.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPoint,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QTreeView, QWidget

from planner.document import PlanDocument
from planner.domain.dependencies import broken_links
from planner.domain.period import Period
from planner.i18n import QT_TRANSLATE_NOOP
from planner.timeline import painting
from planner.timeline.flag_lane import key_dates_text
from planner.timeline.frame import Frame, draw_frame
from planner.timeline.key_date_labels import KeyDateLabel
from planner.timeline.links import NearbyLinks, links_to_draw
from planner.timeline.rows import Row, row_from_index, rows_in_tree
from planner.timeline.scale import TimeScale
from planner.timeline.style import TimelineStyle, WidgetLook, marker_half, min_cell_px

from .editing import TimelineEditing
from .navigation import TimelineNavigation

# Run a change (the argument) for a menu-like name of it; a database problem is shown, not raised;
# True when the change is stored. MainWindow.run_safely is the one the window passes.
RunSafely = Callable[[str, Callable[[], object]], bool]

SCROLL_PAD_DAYS = 366  # how far beyond the plan's first and last dates one may scroll
SCREEN_LANES = 1  # the header: two bands of dates and one thin lane of flags, so the first screen is rows, not header


# What a screen reader hears of the timeline; the plan's list beside it names every row.
NOTHING_SELECTED = QT_TRANSLATE_NOOP("TimelineView", "No commitment selected. The plan list beside the timeline has the same rows.")


class TimelineView(QAbstractScrollArea):
    """The timeline of `tree`'s rows; `activated(index)` on double-click or Enter on a commitment."""

    activated = Signal(QModelIndex)
    scale_changed = Signal(object)  # the new TimeScale, after a zoom or scroll

    def __init__(self, tree: QTreeView, document: PlanDocument, run_safely: RunSafely, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = tree
        self.doc = document
        self.run_safely = run_safely  # a change dragged or nudged here; the window shows what fails
        self._compared: dict[int, Period] | None = None  # View → Compare with…: due windows of a past day
        self.compared_caption = ""  # what the comparison is, said in words (for paper too)
        self._scale = TimeScale(date(2020, 1, 1).toordinal(), 0.5)
        self._fitted = False  # until the officer zooms or scrolls, a resize refits the plan
        self._lo = self._scale.origin  # day number at horizontal scroll value 0
        self._syncing = False
        self._look = WidgetLook(self)
        self._range: tuple[date, date] | None = None
        self._broken: set[tuple[int, int]] | None = None
        # Each link's two rows as places in the tree's order, for the model generation it was taken at.
        self._nearby_links = NearbyLinks()
        self.show_key_date_labels = True
        self.key_date_labels: list[KeyDateLabel] = []  # as last painted, for the pointer
        self._row_told = self.tr(NOTHING_SELECTED)  # what a screen reader hears of the current row
        self._flags_told = ""  # and of the key dates in view, each whole
        self.following = True  # scroll sideways to the current row (not while it is being clicked)
        self.editing = TimelineEditing(self)
        self.navigation = TimelineNavigation(self)  # zoom, fit all, scrolling to a row's mark
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(self._row_told)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.horizontalScrollBar().valueChanged.connect(self._on_hbar)
        self._share_vertical_scrollbar()
        self._follow_tree()
        self._follow_document()
        self._fit_tree_header()

    # Wiring ------------------------------------------------------------------------------------

    def _share_vertical_scrollbar(self) -> None:
        """One vertical scrollbar, at the far right: a mirror of the tree's, which is hidden."""
        ours, theirs = self.verticalScrollBar(), self.tree.verticalScrollBar()
        self._place_vertical_scrollbar()

        def copy_range(lo: int, hi: int) -> None:
            ours.setRange(lo, hi)
            ours.setPageStep(theirs.pageStep())
            ours.setSingleStep(theirs.singleStep())

        theirs.rangeChanged.connect(copy_range)
        theirs.valueChanged.connect(ours.setValue)
        theirs.valueChanged.connect(self.viewport().update)
        ours.valueChanged.connect(theirs.setValue)
        copy_range(theirs.minimum(), theirs.maximum())
        ours.setValue(theirs.value())

    def _place_vertical_scrollbar(self) -> None:
        """The bar sits at the timeline's right edge, or back on the tree when the timeline is
        hidden or squeezed shut in the splitter: there is always exactly one."""
        here = self.isVisible() and self.width() >= 40
        on, off = Qt.ScrollBarPolicy.ScrollBarAsNeeded, Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.tree.setVerticalScrollBarPolicy(off if here else on)
        self.setVerticalScrollBarPolicy(on if here else off)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._place_vertical_scrollbar()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._place_vertical_scrollbar()

    def _follow_tree(self) -> None:
        model = self.tree.model()
        repaint = self.viewport().update
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged, model.rowsMoved):
            signal.connect(repaint)
        self.tree.expanded.connect(repaint)
        self.tree.collapsed.connect(repaint)
        selection = self.tree.selectionModel()
        selection.selectionChanged.connect(repaint)
        selection.currentChanged.connect(lambda current, _prev: self.navigation.show_index(current))

    def _follow_document(self) -> None:
        doc = self.doc
        for signal in (doc.commitment_changed, doc.commitment_added, doc.commitment_removed):
            signal.connect(lambda _c: self._plan_changed())
        doc.plan_reloaded.connect(self._plan_changed)
        doc.links_changed.connect(self._plan_changed)
        doc.as_of_changed.connect(lambda _d: self.viewport().update())

    def _plan_changed(self) -> None:
        self._range = None
        self._broken = None
        self._nearby_links.forget()
        self._fit_tree_header()
        self._sync_hbar()
        self.viewport().update()

    def _fit_tree_header(self) -> None:
        """The time header is its two bands of dates and one thin lane of flags (today, as of, key
        dates: `flag_lane`), whatever the zoom; the tree's header is made as tall, so the rows line up."""
        height = painting.header_height(self.style_(), SCREEN_LANES)
        header = self.tree.header()
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)
            self.tree.updateGeometries()  # now, not at the next layout: the rows move with the header

    # State -------------------------------------------------------------------------------------

    @property
    def scale(self) -> TimeScale:
        return self._scale

    def set_scale(self, scale: TimeScale, *, by_user: bool = True) -> None:
        self._scale = scale
        if by_user:
            self._fitted = True
        self._fit_tree_header()  # a zoom may stack the key-date labels in more lanes, or fewer
        self._sync_hbar()
        self.viewport().update()
        self.scale_changed.emit(scale)

    def style_(self) -> TimelineStyle:
        """The look for the current palette and font (rebuilt when either changes)."""
        return self._look.style

    def changeEvent(self, event: QEvent) -> None:
        if self._look.changed(event):
            self._fit_tree_header()
        super().changeEvent(event)

    def plan_range(self) -> tuple[date, date]:
        """First and last day of everything dated in the plan (commitments and key dates)."""
        if self._range is None:
            plan = self.doc.plan
            starts = [c.window_start for c in plan.commitments] + [k.day for k in plan.key_dates]
            ends = [c.window_end for c in plan.commitments] + [k.day for k in plan.key_dates]
            if starts:
                self._range = (min(starts), max(ends))
            else:
                today = self.doc.as_of
                self._range = (today - timedelta(days=90), today + timedelta(days=365))
        return self._range

    def broken(self) -> set[tuple[int, int]]:
        if self._broken is None:
            self._broken = broken_links(self.doc.plan)
        return self._broken

    # Rows --------------------------------------------------------------------------------------

    def header_px(self) -> int:
        """Height of the time header: from our top to where the tree's rows begin."""
        tv = self.tree.viewport()
        if tv.window() is self.window() and self.isVisible():
            dy = tv.mapTo(self.window(), QPoint(0, 0)).y() - self.viewport().mapTo(self.window(), QPoint(0, 0)).y()
            if dy > 0:
                return dy
        return max(self.tree.header().height(), painting.header_height(self.style_(), SCREEN_LANES))

    def visible_rows(self) -> list[Row]:
        return rows_in_tree(self.tree, self.header_px(), self.viewport().height())

    def row_at(self, y: float) -> Row | None:
        """The row under `y` (viewport coordinates), asked of the tree: one row, not a screenful."""
        head = self.header_px()
        if y < head:
            return None
        index = self.tree.indexAt(QPoint(1, int(y - head)))
        if not index.isValid():
            return next((r for r in self.visible_rows() if r.top <= y < r.top + r.height), None)
        rect = self.tree.visualRect(index)
        return row_from_index(index, rect.top() + head, rect.height())

    def row_of_commitment(self, commitment_id: int) -> Row | None:
        """The row of a commitment wherever it is, on screen or off; None when the tree hides it."""
        index = self.tree.model().index_of(commitment_id)  # type: ignore[attr-defined]
        if not index.isValid():
            return None
        rect = self.tree.visualRect(index)
        if not rect.isValid():
            return None
        return row_from_index(index, rect.top() + self.header_px(), rect.height())

    # Painting ----------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        frame = self.frame()
        self.key_date_labels = draw_frame(p, frame)
        self.editing.draw_note(p, frame.rows, frame.style)
        p.end()
        self._tell_key_dates()

    def describe_row(self, text: str) -> None:
        """What a screen reader hears of the timeline: the current row in words (`text`), then
        the key dates in view, each whole, as their flags' tooltips have them."""
        self._row_told = text
        self._describe()

    def _tell_key_dates(self) -> None:
        shown = [kd for kl in self.key_date_labels for kd in kl.named]
        told = self.tr("Key dates in view: {dates}").format(dates="; ".join(key_dates_text([kd]) for kd in shown)) if shown else ""
        if told != self._flags_told:
            self._flags_told = told
            self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(f"{self._row_told} {self._flags_told}".strip())

    def frame(self) -> Frame:
        """What the viewport shows now, as a picture description `draw_frame` can draw anywhere."""
        style = self.style_()
        w, h = self.viewport().width(), self.viewport().height()
        head = self.header_px()
        rows = self.editing.with_preview(self.visible_rows())
        if self._compared is not None:
            rows = [self._as_compared(r) for r in rows]
        marker = marker_half(rows[0].height if rows else 20)
        near = self._nearby_links.near(rows, self.tree.model(), self.doc.plan.dependencies)
        links = links_to_draw(near, self._row_for_link(rows), self._scale, head, h, self.broken(), marker)
        return Frame(
            rect=QRectF(0, 0, w, h), header_px=head, scale=self._scale, rows=rows, style=style,
            today=self.doc.clock.today(), as_of=self.doc.as_of, key_dates=self.doc.plan.key_dates, links=links,
            key_lanes=SCREEN_LANES, min_cell_px=self.min_cell_px(), name_key_dates=self.show_key_date_labels,
        )

    def compare_with(self, dues: "dict[int, Period] | None", caption: str = "") -> None:
        """Draw each commitment's due window as it stood on a past day (by id) where the window
        first announced is drawn; None: the first announced again. `caption` says which day."""
        self._compared = dues
        self.compared_caption = caption if dues is not None else ""
        self.viewport().update()

    @property
    def compared(self) -> "dict[int, Period] | None":
        """The due windows compared with (by commitment id), or None when not comparing."""
        return self._compared

    def _as_compared(self, r: Row) -> Row:
        c = r.commitment
        if c is None or c.id is None:
            return r
        return r._replace(commitment=c.changed(baseline=self._compared.get(c.id, c.due)))  # type: ignore[union-attr]

    def _row_for_link(self, rows: list[Row]):
        on_screen = {r.commitment.id: r for r in rows if r.commitment is not None}
        return lambda cid: on_screen.get(cid) or self.row_of_commitment(cid)

    def min_cell_px(self) -> float:
        """Narrowest header cell worth a band: room for "Q4" with a margin."""
        return min_cell_px(self.style_())

    # Horizontal scrolling and zoom ---------------------------------------------------------------

    def _sync_hbar(self) -> None:
        """Scrollbar range: the plan with a year each side, and wherever the view is now."""
        first, last = self.plan_range()
        w = self.viewport().width()
        lo = min(first.toordinal() - SCROLL_PAD_DAYS, self._scale.origin)
        hi = max(last.toordinal() + 1 + SCROLL_PAD_DAYS, self._scale.day_number_at(w))
        ppd = self._scale.px_per_day
        self._lo = lo
        bar = self.horizontalScrollBar()
        self._syncing = True
        try:
            bar.setRange(0, max(0, round((hi - lo) * ppd - w)))
            bar.setPageStep(max(w, 1))
            bar.setSingleStep(max(w // 20, 1))
            bar.setValue(round((self._scale.origin - lo) * ppd))
        finally:
            self._syncing = False

    def _on_hbar(self, value: int) -> None:
        if self._syncing:
            return
        self._fitted = True
        self._scale = TimeScale(self._lo + value / self._scale.px_per_day, self._scale.px_per_day)
        self.viewport().update()
        self.scale_changed.emit(self._scale)

    def set_key_date_labels_shown(self, shown: bool) -> None:
        """Show or hide the key dates' flags; their lines across the rows stay, and so does the
        lane, for today's flag (the rows do not move)."""
        self.show_key_date_labels = shown
        self.viewport().update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_vertical_scrollbar()
        if not self._fitted:
            self.navigation.fit_all(by_user=False)
        else:
            self._sync_hbar()

    # Events ------------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.navigation.wheel(event):
            QCoreApplication.sendEvent(self.tree.verticalScrollBar(), event)  # rows scroll as in the tree
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.editing.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.editing.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.editing.release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.editing.double_click(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.editing.key(event):
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            text = self.editing.tooltip_at(pos.x(), pos.y())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
