"""The lane of flags at the foot of the time header: today, "as of", and the key dates, side by side.

One thin lane, so the header stays two bands of dates and this: each flag hangs on its line and
takes the longest form the room beside it allows, down to a short one. A key date keeps at least
a small flag of its own; key dates too close to tell apart share one that counts them ("3 key
dates"). Every flag's whole text is what its tooltip says (`KeyDateLabel.named`) and what the
timeline tells a screen reader, so no key date loses its label silently. The window has this lane
alone; paper has the lanes of whole labels above it too (`key_date_labels`), and this lane then
holds the days and whatever those lanes could not name. Placed apart from the drawing, so the
pointer finds what the eye sees.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from planner.domain.plan import KeyDate
from planner.i18n import Counted, day_and_month_text, short_day_text, translate

from .key_date_labels import KeyDateLabel, key_date_text
from .overlays import today_text
from .style import TimelineStyle

GAP = 4.0  # between two flags
PAD = 8.0  # a flag's text and its frame
PIN_PX = 9.0  # the smallest flag: a key date with no room for even its day has this, and its tooltip


class FlagLane(Counted):
    """The lane's counted words (see `Counted`): each language's forms for a count."""

    def key_dates(self, n: int) -> str:
        return self.tr("%Ln key date(s)", "", n)


class DayFlag(NamedTuple):
    """The flag of today's line or the as-of day's, as placed in the lane."""

    day: date
    x: float
    box: QRectF
    text: str
    as_of: bool


class Lane(NamedTuple):
    """Everything placed in the lane: the key dates' labels (one per key date in view, those
    sharing a flag with a box on the first of them only) and the day flags."""

    labels: list[KeyDateLabel]
    days: list[DayFlag]


@dataclass
class _Flag:
    x: float  # the line it hangs on: the first of its key dates
    forms: list[str]  # longest first; "" is the bare pin
    lines: list[tuple[float, KeyDate]] = field(default_factory=list)  # its key dates, by their lines
    day: date | None = None
    as_of: bool = False
    leftwards: bool = False  # a day flag's side when both have room
    whole: str = ""  # a lone key date's whole text, cut to the room when that is more than its date
    box: QRectF | None = None
    text: str = ""
    rank: int = 0  # of the form chosen: past the last, not even the smallest had room
    spare: float = 0.0  # room to leave before the next line, for the next flag to read leftwards
    begin: float = 0.0  # where the room on its left began when it was put
    stop: float = 0.0  # and where the room on its right ended


class _Form(NamedTuple):
    text: str
    width: float
    rank: int  # 0 the best


def key_dates_text(key_dates: tuple[KeyDate, ...] | list[KeyDate]) -> str:
    """What a flag standing for `key_dates` says in full: each key date's whole text, a line each."""
    return "\n".join(key_date_text(kd) for kd in key_dates)


def place_lane(lines: list[tuple[float, KeyDate]], days: list[tuple[date, float, bool]], style: TimelineStyle, left: float, right: float, top: float, height: float) -> Lane:
    """The flags of the key dates (with their lines' x, all between `left` and `right`) and of
    the `days` (day, line x, as of?) in the lane from `top`, `height` tall: each beside its line
    on the side with more room for it, none over another, none across an edge. The days' flags
    go first, so a key date never squeezes today's. A key date with no room for at least its day
    and month has the flag before it give up a little room, or shares a flag with the next one
    (the last, with the one before), until every flag says something: at Fit all a cluster reads
    "3 key dates". One pass from left to right: a screenful of key dates costs little."""
    fm = _Widths(QFontMetricsF(style.font))
    lane = _Room(left, right, top, height, fm)
    day_flags = []
    for day, x, as_of in sorted(days, key=lambda d: d[1]):
        if left <= x <= right:
            later = any(other > day for other, _x, other_as_of in days if other_as_of != as_of)
            word = translate("DayFlag", "as of") if as_of else translate("DayFlag", "today")
            day_flags.append(_Flag(x, [today_text(day, as_of), word, ""], day=day, as_of=as_of, leftwards=later))
    for n, f in enumerate(day_flags):
        after = day_flags[n + 1].x - GAP if n + 1 < len(day_flags) else right
        lane.put(f, max([g.box.right() + GAP for g in day_flags[:n] if g.box is not None] + [left]), after)
    lane.obstacles = [(f.x, f.box) for f in day_flags if f.box is not None]
    ordered = sorted(lines, key=lambda p: p[0])
    day_xs = [f.x for f in day_flags]
    keyed: list[_Flag] = []
    i = 0
    while i < len(ordered):
        group = [ordered[i]]
        i += 1
        while True:
            f = _key_flag(group)
            before = keyed[-1] if keyed else None
            lane.put(f, before.box.right() + GAP if before is not None and before.box is not None else left, ordered[i][0] - GAP if i < len(ordered) else right)
            if _reads(f) or (before is not None and _spared(lane, before, f)):
                break
            # Too close to the next to tell apart: one flag for both; with a day's line between
            # them, rather the flag before (the last one too), when there is one.
            if i < len(ordered) and (before is None or not any(f.x < x < ordered[i][0] for x in day_xs)):
                group.append(ordered[i])
                i += 1
            elif before is not None:
                keyed.pop()
                group = before.lines + group
            else:
                break  # alone, and no room even for its day: its pin, and its tooltip
        keyed.append(f)
    labels: list[KeyDateLabel] = []
    for f in keyed:
        assert f.box is not None
        named = tuple(kd for _x, kd in f.lines)
        labels.append(KeyDateLabel(named[0], f.x, f.box, f.text, named))
        labels.extend(KeyDateLabel(kd, x, None, "", ()) for x, kd in f.lines[1:])
    return Lane(labels, [DayFlag(f.day, f.x, f.box, f.text, f.as_of) for f in day_flags if f.day is not None and f.box is not None])


@dataclass
class _Room:
    """The lane's edges and what is in it already (the days' flags), for putting a flag in."""

    left: float
    right: float
    top: float
    height: float
    fm: "_Widths"
    obstacles: list[tuple[float, QRectF]] = field(default_factory=list)  # (line, flag) of each day

    def put(self, f: _Flag, begin: float, stop: float) -> None:
        """`f` on the side of its line with room for more of it, between `begin` and `stop` (less
        what it spares for the next flag), clear of the days' lines and flags; beside a day's
        flag when that covers its line."""
        f.begin, f.stop = begin, stop
        after, before = f.x, f.x  # where it starts reading rightwards, or ends reading leftwards
        for _x, box in self.obstacles:
            if box.left() < f.x < box.right():
                after, before = box.right() + GAP, box.left() - GAP
        for x, box in self.obstacles:
            if x > after:
                stop = min(stop, x - GAP)
            if box.left() >= after:
                stop = min(stop, box.left() - GAP)
            if box.right() <= before:
                begin = max(begin, box.right() + GAP)
            if x < before:
                begin = max(begin, x + GAP)
        stop -= f.spare
        rightwards, leftwards = _fit(f, min(stop, self.right) - after, self.fm), _fit(f, before - max(begin, self.left), self.fm)
        reads_left = _reads_left(f, rightwards, leftwards)
        form = leftwards if reads_left else rightwards
        start = before - form.width if reads_left else after
        start = min(max(start, self.left), self.right - form.width)  # never over an edge; at worst a little off its line
        f.box = QRectF(start, self.top + 1, form.width, self.height - 2)
        f.text = form.text
        f.rank = form.rank


def _reads(f: _Flag) -> bool:
    """Whether the flag as put says something: a form with room, more than the bare pin."""
    return bool(f.text) and f.rank <= len(f.forms)


def _spared(lane: _Room, before: _Flag, f: _Flag) -> bool:
    """Whether the flag before `f`, reading rightwards up to its line, can give up room enough
    for `f` to read leftwards and still read itself: if so both are put again so, and True."""
    if before.box is None or before.box.right() <= before.x or before.spare:
        return False
    before.spare = _least(f, lane.fm) + GAP
    lane.put(before, before.begin, before.stop)
    if _reads(before) and before.box is not None:
        lane.put(f, before.box.right() + GAP, f.stop)
        if _reads(f):
            return True
    before.spare = 0.0
    lane.put(before, before.begin, before.stop)
    return False


class _Widths:
    """Text widths in the lane's font, each measured once: a crowd of flags asks for the same ones often."""

    def __init__(self, fm: QFontMetricsF) -> None:
        self.fm = fm
        self._known: dict[str, float] = {}

    def horizontalAdvance(self, text: str) -> float:  # noqa: N802  (QFontMetricsF's name, which it stands in for)
        width = self._known.get(text)
        if width is None:
            width = self._known[text] = self.fm.horizontalAdvance(text)
        return width

    def elidedText(self, text: str, mode: Qt.TextElideMode, width: float) -> str:  # noqa: N802
        return self.fm.elidedText(text, mode, width)


def _least(f: _Flag, fm: _Widths) -> float:
    """The width of the shortest form of `f` that says something."""
    return min(fm.horizontalAdvance(text) + PAD for text in f.forms if text)


def _key_flag(lines: list[tuple[float, KeyDate]]) -> _Flag:
    """The flag of one key date, or of several too close to tell apart: its forms, longest first."""
    kds = [kd for _x, kd in lines]
    if len(kds) == 1:
        return _Flag(lines[0][0], [day_and_month_text(kds[0].day), ""], lines, whole=key_date_text(kds[0]))
    many = FlagLane().key_dates(len(kds))
    return _Flag(lines[0][0], [f"{_days(kds[0].day, kds[-1].day)}: {many}", many, str(len(kds))], lines)


def _days(first: date, last: date) -> str:
    """'2 Jun – 24 Jul 2020', '21 Dec 2020 – 3 Feb 2021', '2 Jun 2020': the days a shared flag spans."""
    if first == last:
        return short_day_text(first)
    if first.year == last.year:
        return f"{day_and_month_text(first)} – {short_day_text(last)}"
    return f"{short_day_text(first)} – {short_day_text(last)}"


def _fit(f: _Flag, room: float, fm: _Widths) -> _Form:
    """The longest form of `f` with room, or (rank past the last) its smallest, room or not."""
    if f.whole:
        least = fm.horizontalAdvance(f"{short_day_text(f.lines[0][1].day)}: …") + PAD
        if room >= least:
            width = min(fm.horizontalAdvance(f.whole) + PAD, room)
            return _Form(fm.elidedText(f.whole, Qt.TextElideMode.ElideRight, width - PAD + 1), width, 0)
    for rank, text in enumerate(f.forms, start=1):
        width = fm.horizontalAdvance(text) + PAD if text else PIN_PX
        if width <= room:
            return _Form(text, width, rank)
    last = f.forms[-1]
    return _Form(last, fm.horizontalAdvance(last) + PAD if last else PIN_PX, len(f.forms) + 1)


def _reads_left(f: _Flag, rightwards: _Form, leftwards: _Form) -> bool:
    """Whether the flag goes left of its line: there it says more (a longer form, or more of its
    whole text); on a tie, the side it prefers (a key date's is the right)."""
    if rightwards.rank != leftwards.rank:
        return leftwards.rank < rightwards.rank
    if rightwards.rank == 0 and abs(rightwards.width - leftwards.width) > 1:
        return leftwards.width > rightwards.width
    return f.leftwards
