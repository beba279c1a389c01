"""What a snapshot holds: the rows, read through the same model (and filter) the tree shows, the
range of days, the title and what goes in the footer.

Rows are read through the model's roles with `row_from_index`, as the timeline reads them, so a
printout shows what the window shows: the same filter, order, titles, spans and status.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from PySide6.QtCore import QAbstractItemModel, QModelIndex

from planner.domain.dependencies import broken_links
from planner.domain.filters import CommitmentFilter
from planner.domain.period import Period
from planner.domain.plan import Dependency, KeyDate, Plan
from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.domain.status import Standing
from planner.qtmodels.plan_model import COL_DUE
from planner.qtmodels.roles import Roles
from planner.timeline.rows import Row, row_from_index
from planner.timeline.scale import TimeScale
from planner.timeline.shapes import shape_of

from .errors import PrintError
from .options import SnapshotOptions, day_text, month_end
from .pagination import ancestors
from .titles import filter_text, snapshot_title

DAYS = TimeScale(0.0, 1.0)  # on this scale x is the day number: a mark's extent in days
NEAR_AS_OF_DAYS = 3 * 366  # the as-of and today lines are worth widening the range for when this close
PAD = 0.03  # of the range, after the last mark: room for its label


@dataclass(frozen=True)
class Line:
    """One printed row: the timeline's `Row` and the label columns beside it."""

    row: Row
    depth: int  # 0 strategy, 1 initiative, 2 commitment
    due: str  # the due date as written (a strategy: its reference)
    standing: Standing | None

    @property
    def is_group(self) -> bool:
        return self.row.commitment is None


@dataclass
class Content:
    title: str
    filter_text: str
    lines: list[Line]
    first: date
    last: date
    as_of: date
    today: date
    key_dates: list[KeyDate] = field(default_factory=list)
    dependencies: list[Dependency] = field(default_factory=list)
    broken: set[tuple[int, int]] = field(default_factory=set)
    sources: list[tuple[str, str]] = field(default_factory=list)  # (reference, title)
    left_out: int = 0  # commitments of the filter with nothing in the range

    @property
    def range_text(self) -> str:
        return f"{day_text(self.first)} – {day_text(self.last)}"


def as_compared(content: Content, dues: dict[int, Period], caption: str) -> Content:
    """The snapshot compared with a past day, as the window draws it (View → Compare with…): each
    commitment's hollow bar where its due window stood that day (`dues`, by id); the caption
    joins the title, so the paper says which day it is compared with."""
    lines = []
    for ln in content.lines:
        c = ln.row.commitment
        if c is not None and c.id is not None:
            ln = replace(ln, row=ln.row._replace(commitment=c.changed(baseline=dues.get(c.id, c.due))))
        lines.append(ln)
    return replace(content, lines=lines, title=" · ".join(x for x in (content.title, caption) if x))


def read_content(model: QAbstractItemModel, plan: Plan, *, as_of: date, today: date, options: SnapshotOptions,
                 commitment_filter: CommitmentFilter | None = None) -> Content:
    """The snapshot of `model`'s rows (every row, expanded) in the range the options ask for.

    Rows with no mark in the range are left out (and counted); PrintError when none is left.
    """
    walked = _walk(model)
    commitments = [(n, ix.data(Roles.COMMITMENT)) for n, (ix, _) in enumerate(walked) if ix.data(Roles.COMMITMENT) is not None]
    if not commitments:
        raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "No commitment matches the filter; there is nothing to print.")))
    extents = {n: _extent(c) for n, c in commitments}
    first, last = _range(list(extents.values()), (as_of, today), options)
    lo, hi = first.toordinal(), last.toordinal() + 1
    depths = [depth for _, depth in walked]
    kept: set[int] = set()
    for n, (left, right) in extents.items():
        if left < hi and right > lo:
            kept.add(n)
            kept.update(ancestors(depths, n))
    if not any(n in kept for n, _ in commitments):
        raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "No commitment of the filter is dated between {first} and {last}; there is nothing to print."), first=day_text(first), last=day_text(last)))
    lines = [_line(ix, depth) for n, (ix, depth) in enumerate(walked) if n in kept]
    shown = [c for n, c in commitments if n in kept]
    strategy_keys = {walked[n][0].data(Roles.STRATEGY_KEY) for n, _ in commitments if n in kept}
    refs = {c.source_ref for c in shown if c.source_ref}
    titles = {s.ref: s.title for s in plan.sources}
    return Content(
        title=options.title.strip() or snapshot_title([s for s in plan.strategies if s.key in strategy_keys]),
        filter_text=filter_text(commitment_filter or CommitmentFilter(), plan),
        lines=lines,
        first=first,
        last=last,
        as_of=as_of,
        today=today,
        key_dates=[k for k in plan.key_dates if first <= k.day <= last],
        dependencies=list(plan.dependencies),
        broken=broken_links(plan),
        sources=[(ref, titles.get(ref, "")) for ref in sorted(refs, key=lambda r: (r not in titles, r))],
        left_out=len(commitments) - len(shown),
    )


def _walk(model: QAbstractItemModel) -> list[tuple[QModelIndex, int]]:
    """Every row of the model in tree order, with its depth: the tree fully expanded."""
    out: list[tuple[QModelIndex, int]] = []

    def walk(parent: QModelIndex, depth: int) -> None:
        for r in range(model.rowCount(parent)):
            ix = model.index(r, 0, parent)
            out.append((ix, depth))
            walk(ix, depth + 1)

    walk(QModelIndex(), 0)
    return out


def _line(ix: QModelIndex, depth: int) -> Line:
    standing = ix.data(Roles.STANDING)  # comes back through Qt as its plain string value
    return Line(row_from_index(ix, 0.0, 0.0), depth, ix.siblingAtColumn(COL_DUE).data() or "", Standing(standing) if standing else None)


def _extent(c) -> tuple[float, float]:
    """First and after-last day number any of the commitment's marks reaches (ghost and slip too)."""
    s = shape_of(c, DAYS)
    return s.left, s.right


def _range(extents: list[tuple[float, float]], days: tuple[date, date], options: SnapshotOptions) -> tuple[date, date]:
    """The days to print: as asked, or the rows' own days in whole months, with the as-of day
    and today when they are near, and a little room after the last mark for its label."""
    if options.first and options.last:
        return options.first, options.last
    first = date.fromordinal(int(min(left for left, _ in extents)))
    last = date.fromordinal(max(int(max(right for _, right in extents) + 0.999) - 1, first.toordinal()))
    for day in days:
        if first - timedelta(days=NEAR_AS_OF_DAYS) <= day <= last + timedelta(days=NEAR_AS_OF_DAYS):
            first, last = min(first, day), max(last, day)
    last = last + timedelta(days=round((last - first).days * PAD) + 7)
    first = date(first.year, first.month, 1)
    last = month_end(last)
    if options.first:
        if options.first > last:
            raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The range is empty: it starts on {start}, after the last date printed, {last}; give an end as well."), start=day_text(options.first), last=day_text(last)))
        first = options.first
    if options.last:
        if options.last < first:
            raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The range is empty: it ends on {end}, before the first date printed, {first}; give a start as well."), end=day_text(options.last), first=day_text(first)))
        last = options.last
    return first, last

