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
from planner.i18n import day_and_month_text, short_day_text, translate

from .key_date_labels import KeyDateLabel, key_date_text
from .overlays import today_text
from .style import TimelineStyle

GAP = 4.0  # between two flags
PAD = 8.0  # a flag's text and its frame
PIN_PX = 9.0  # the smallest flag: a key date with no room for even its day has this, and its tooltip


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
    on the side with more room for it, none over another, none across an edge. A key date with
    no room for at least its day and month shares a flag with its nearest neighbour, and so on,
    until every flag says something (at Fit all a cluster reads "3 key dates")."""
    fm = QFontMetricsF(style.font)
    groups = [[line] for line in sorted(lines, key=lambda p: p[0])]
    spared: set[int] = set()  # flags asked to end short of the next line, leaving the next its smallest form
    while True:
        flags = [_key_flag(g) for g in groups]
        for n in spared:
            flags[n].spare = _least(flags[n + 1], fm) + GAP
        for day, x, as_of in days:
            if left <= x <= right:
                later = any(other > day for other, _x, other_as_of in days if other_as_of != as_of)
                word = translate("DayFlag", "as of") if as_of else translate("DayFlag", "today")
                flags.append(_Flag(x, [today_text(day, as_of), word, ""], day=day, as_of=as_of, leftwards=later))
        _place(flags, fm, left, right, top, height)
        keyed = flags[:len(groups)]
        squeezed = _squeezed(keyed)
        if squeezed is None or len(groups) < 2:
            break
        k = squeezed
        before = keyed[k - 1].box if k > 0 else None
        if before is not None and k - 1 not in spared and before.right() > keyed[k - 1].x:
            spared.add(k - 1)  # the one before reads rightwards up to this line: it gives up a little
            continue
        spared = {n - 1 if n > k else n for n in spared if n not in (k - 1, k)}  # the numbering after the merge
        with_next = k + 1 < len(groups) and (k == 0 or groups[k + 1][0][0] - groups[k][-1][0] <= groups[k][0][0] - groups[k - 1][-1][0])
        j = k if with_next else k - 1
        groups[j:j + 2] = [groups[j] + groups[j + 1]]
    labels: list[KeyDateLabel] = []
    out_days: list[DayFlag] = []
    for f in flags:
        assert f.box is not None
        if f.day is not None:
            out_days.append(DayFlag(f.day, f.x, f.box, f.text, f.as_of))
            continue
        named = tuple(kd for _x, kd in f.lines)
        labels.append(KeyDateLabel(named[0], f.x, f.box, f.text, named))
        labels.extend(KeyDateLabel(kd, x, None, "", ()) for x, kd in f.lines[1:])
    return Lane(labels, out_days)


def _place(flags: list[_Flag], fm: QFontMetricsF, left: float, right: float, top: float, height: float) -> None:
    """Each flag's box and text: the days first, then the key dates, left to right, in the room
    left: today's flag is never squeezed by a key date's."""
    ordered = sorted(flags, key=lambda f: (f.x, f.day is None))
    placed: list[QRectF] = []
    for days_now in (True, False):
        for f in ordered:
            if (f.day is not None) != days_now:
                continue
            others = [g.x for g in ordered if g is not f and (g.day is not None or not days_now)]
            stop = min([x - GAP - f.spare for x in others if x > f.x] + [b.left() - GAP for b in placed if b.left() >= f.x] + [right])
            begin = max([x + GAP for x in others if x < f.x and days_now] + [b.right() + GAP for b in placed if b.right() <= f.x] + [left])
            rightwards, leftwards = _fit(f, stop - f.x, fm), _fit(f, f.x - begin, fm)
            reads_left = _reads_left(f, rightwards, leftwards)
            form = leftwards if reads_left else rightwards
            start = f.x - form.width if reads_left else f.x
            start = min(max(start, left), right - form.width)  # never over an edge; at worst a little off its line
            f.box = QRectF(start, top + 1, form.width, height - 2)
            f.text = form.text
            f.rank = form.rank
            placed.append(f.box)


def _squeezed(flags: list[_Flag]) -> int | None:
    """The first key-date flag (in the order of their lines) that says nothing, found no room,
    or covers the next one; None when every one reads."""
    for n, f in enumerate(flags):
        assert f.box is not None
        after = flags[n + 1].box if n + 1 < len(flags) else None
        if not f.text or f.rank > len(f.forms) or (after is not None and f.box.intersects(after)):
            return n
    return None


def _least(f: _Flag, fm: QFontMetricsF) -> float:
    """The width of the shortest form of `f` that says something."""
    return min(fm.horizontalAdvance(text) + PAD for text in f.forms if text)


def _key_flag(lines: list[tuple[float, KeyDate]]) -> _Flag:
    """The flag of one key date, or of several too close to tell apart: its forms, longest first."""
    kds = [kd for _x, kd in lines]
    if len(kds) == 1:
        return _Flag(lines[0][0], [day_and_month_text(kds[0].day), ""], lines, whole=key_date_text(kds[0]))
    many = translate("FlagLane", "{count} key dates").format(count=len(kds))
    return _Flag(lines[0][0], [f"{_days(kds[0].day, kds[-1].day)}: {many}", many, str(len(kds))], lines)


def _days(first: date, last: date) -> str:
    """'2 Jun – 24 Jul 2020', '21 Dec 2020 – 3 Feb 2021', '2 Jun 2020': the days a shared flag spans."""
    if first == last:
        return short_day_text(first)
    if first.year == last.year:
        return f"{day_and_month_text(first)} – {short_day_text(last)}"
    return f"{short_day_text(first)} – {short_day_text(last)}"


def _fit(f: _Flag, room: float, fm: QFontMetricsF) -> _Form:
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
