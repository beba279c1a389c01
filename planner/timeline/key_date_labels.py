"""Where the key dates' whole labels go in lanes of the header's band: lanes, poles, edges.

Paper has room for such lanes over the lane of flags (`flag_lane`, all the window has), as many
as the labels need (`lanes_needed`). Computed apart from the drawing
(`overlays.draw_key_date_flags`), so what is drawn and what is pointed at are one geometry. Every key date whose line is in view keeps at least its date:
when the usual lanes are full, a label cut to its date goes into a lane of its own below them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from planner.domain.plan import KeyDate
from planner.i18n import day_and_month_text, short_day_text

from .scale import TimeScale
from .style import TimelineStyle

KEY_DATE_LABEL_MAX_PX = 520.0  # a label longer than this is cut; its tooltip has it whole
KEY_DATE_LANES = 4  # lanes for whole labels; below them, crowded labels keep their dates, one lane each
KEY_DATE_GAP = 6.0  # between two labels in one lane
KEY_DATE_FLIP_PX = 200.0  # a label with less room than this before the right edge reads leftwards


class KeyDateLabel(NamedTuple):
    """A key date's label as placed in the header at this zoom."""

    key_date: KeyDate
    x: float
    box: QRectF | None  # None: no room for the label at this zoom (or labels are hidden)
    text: str
    named: tuple[KeyDate, ...] = ()  # the key dates its box stands for: itself, or with those too close to tell apart


def key_date_text(kd: KeyDate) -> str:
    return f"{short_day_text(kd.day)}: {kd.label}"


def key_date_short_text(kd: KeyDate) -> str:
    """The day and month, for a label in a crowd with no room for more (the header shows the year)."""
    return day_and_month_text(kd.day)


def key_date_lane_height(style: TimelineStyle) -> float:
    """From one lane of key-date labels to the next: a line of text and a little air."""
    return QFontMetricsF(style.font).height() + 4


def key_band_height(style: TimelineStyle, lanes: int) -> int:
    """Height of the header's band of flags for `lanes` lanes; no lanes, no band. One lane is thin:
    a line of text in its frame, and a pixel or two of air."""
    if lanes <= 0:
        return 0
    return math.ceil(lanes * key_date_lane_height(style) + 2)


def lanes_that_fit(style: TimelineStyle, height: float) -> int:
    """How many lanes of labels a key-date band `height` tall holds (the inverse of `key_band_height`)."""
    return max(0, int((height - 2) / key_date_lane_height(style) + 1e-6))


def place_key_date_labels(scale: TimeScale, key_dates: list[KeyDate], style: TimelineStyle, left: float, right: float, bottom: float, lanes: int = KEY_DATE_LANES) -> list[KeyDateLabel]:
    """Every key date whose line is in `left..right`, its label a flag on that line in the `lanes`
    lanes of the band whose foot is `bottom`; labels never overlap and none crosses `left`, `right`
    or the pole of another label (see `_pack`). Given the lanes `lanes_needed` counts, every label
    has a box, at least its date. With fewer, a label with no room has `box` None: its line stays,
    and so does its tooltip.
    """
    packed = _pack(scale, key_dates, style, left, right, lanes)
    fm = QFontMetricsF(style.font)
    pitch = key_date_lane_height(style)
    out = []
    for p in packed:
        if p.lane is None:
            out.append(KeyDateLabel(p.kd, p.x, None, ""))
            continue
        box = QRectF(p.start, bottom - (lanes - p.lane) * pitch, p.width, pitch - 2)
        text = key_date_text(p.kd) if p.width >= p.least else key_date_short_text(p.kd)  # a crowd's: day and month
        out.append(KeyDateLabel(p.kd, p.x, box, fm.elidedText(text, Qt.TextElideMode.ElideRight, p.width - 8), (p.kd,)))
    return out


def lanes_needed(scale: TimeScale, key_dates: list[KeyDate], style: TimelineStyle, most: int | None = None, left: float = -math.inf, right: float = math.inf) -> int:
    """Lanes the labels of `key_dates` take at this zoom, at most `most` (None: as many as every
    label needs to keep at least its date: the usual lanes, and one more per crowded label).

    Without edges the answer is the same wherever the view is scrolled to: it depends on the zoom
    alone, so the header (and the tree's rows with it) does not jump while one scrolls sideways.
    With edges, `place_key_date_labels` given this many lanes places the labels just so.
    """
    if most is None:
        most = KEY_DATE_LANES + len(key_dates)
    return max((p.lane + 1 for p in _pack(scale, key_dates, style, left, right, most) if p.lane is not None), default=0)


@dataclass
class _Packed:
    kd: KeyDate
    x: float
    start: float
    width: float = 0.0
    least: float = 0.0  # narrowest it may be cut to: its date and an ellipsis
    short: float = 0.0  # narrowest in a crowd: its day and month (`key_date_short_text`)
    want: float = 0.0  # as wide as its whole text
    after: float = 0.0  # room between its line and the right edge
    before: float = 0.0  # and the left edge
    left_of_line: bool = False
    lane: int | None = None

    @property
    def end(self) -> float:
        return self.start + self.width


def _pack(scale: TimeScale, key_dates: list[KeyDate], style: TimelineStyle, left: float, right: float, most: int) -> list[_Packed]:
    """Lanes for the labels, lane 0 at the top.

    A label reads rightwards from its line (leftwards from it close to the right edge, or when it
    finds no room the other way), and its pole runs down from it to the rows. A label goes in the
    highest lane where it overlaps no label and neither hides the pole of a label higher up nor
    has its own pole hidden by one lower down: in a cluster each later label sits one lane lower
    and further right, a staircase. When no lane of the usual ones (`KEY_DATE_LANES`, or `most` if
    fewer) has room, it goes in the lowest, the label in its way there cut short (down to its
    date). When not even that makes room for every label, they are all placed again as a crowd
    (`_crowded`), in as many of `most` lanes as that takes, each cut short of the next key date's
    line but never below its date: at Fit all a crowd of key dates keeps every date in view. A
    label is left out only when `most` lanes are too few.
    """
    whole = min(most, KEY_DATE_LANES)
    fm = QFontMetricsF(style.font)
    most_px = max(KEY_DATE_LABEL_MAX_PX, style.label_max_px)  # paper has room for whole labels
    packed: list[_Packed] = []
    for kd in sorted(key_dates, key=lambda k: k.day):
        x = scale.x_mid(kd.day)
        if x < left or x > right:
            continue  # a label whose line is out of view would point at nothing
        p = _Packed(kd, x, x)
        packed.append(p)
        if most <= 0:
            continue  # labels hidden: the lines only, nothing to measure
        want = min(fm.horizontalAdvance(key_date_text(kd)), most_px) + 8
        p.least = min(want, fm.horizontalAdvance(f"{short_day_text(kd.day)}…") + 10)
        p.short = min(p.least, fm.horizontalAdvance(key_date_short_text(kd)) + 10)
        p.want, p.after, p.before = want, right - x - 1, x - left - 1
        # Against the right edge (of a page) a label reads leftwards, rather than be cut to little.
        _face(p, leftwards=p.after < min(want, KEY_DATE_FLIP_PX) and p.before > p.after)
    if most <= 0:
        return packed
    placed: list[_Packed] = []
    near: list[_Packed] = []  # placed labels close enough to the left to be in the way
    for p in packed:
        if p.left_of_line or p.width < p.least:
            continue
        near = [q for q in near if max(q.end, q.x) >= p.x - most_px - 16]
        if _place(p, near, whole):
            near.append(p)
            placed.append(p)
        elif p.before > p.after:
            _face(p, leftwards=True)  # no room reading rightwards: try the other way
    # Labels reading leftwards stack the other way round: from the right edge, each further left
    # one lane lower, so that none hides the pole of another.
    leftwards = [p for p in reversed(packed) if p.left_of_line and p.width >= p.least]
    if leftwards:
        reach = min(p.start for p in leftwards) - KEY_DATE_GAP - 2
        near = [q for q in placed if max(q.end, q.x) >= reach]
        for p in leftwards:
            if _place(p, near, whole):
                near.append(p)
                continue
            _face(p, leftwards=False)
            if p.width >= p.least and _place(p, near, whole):
                near.append(p)
    if most > 0 and any(p.lane is None for p in packed):
        crowd = _crowded(packed, most)
        if sum(p.lane is None for p in crowd) < sum(p.lane is None for p in packed):
            return crowd
    return packed


def _face(p: _Packed, *, leftwards: bool) -> None:
    """The label reading rightwards from its line, or leftwards, as long as it may be there."""
    p.left_of_line = leftwards
    p.width = min(p.want, p.before if leftwards else p.after)
    p.start = p.x - p.width if leftwards else p.x


def _place(p: _Packed, placed: list[_Packed], most: int) -> bool:
    """`p` in the highest lane it fits in, or squeezed into the lowest; False: it has no room."""
    lane = next((k for k in range(most) if _fits(p, k, placed)), None)
    if lane is None and not _squeeze(p, most - 1, placed):
        return False
    p.lane = most - 1 if lane is None else lane
    return True


def _crowded(packed: list[_Packed], most: int) -> list[_Packed]:
    """The labels of `packed` placed again, for a crowd: each reads rightwards as far as the next
    key date's line, or as far as its day and month when that is nearer; near the right edge a
    label with no room for them reads leftwards, and so do the labels close enough before it to
    cover its line. Rightwards they stand in a staircase going down to the right, leftwards in one
    going down to the left, each in the highest lane of `most` with room: none then covers a
    line but those of the labels higher up, so with lanes enough every one has a place."""
    crowd = [replace(p, lane=None) for p in sorted(packed, key=lambda p: p.x)]
    split = _split(crowd)
    for n, q in enumerate(crowd):
        q.left_of_line = n >= split
    for n, q in enumerate(crowd):
        if q.left_of_line:
            before = crowd[n - 1].x if n else -math.inf
            q.width = min(q.want, q.before, max(q.short, q.x - before - KEY_DATE_GAP))
        else:
            after = crowd[n + 1].x if n + 1 < len(crowd) else math.inf
            q.width = min(q.want, q.after, max(q.short, after - q.x - KEY_DATE_GAP))
        if q.width < q.least:
            q.width = min(q.width, q.short)  # too narrow for the whole date: the day and month
        q.start = q.x - q.width if q.left_of_line else q.x
    placed: list[_Packed] = []
    rightwards = [q for q in crowd if not q.left_of_line]
    for q in rightwards + [q for q in reversed(crowd) if q.left_of_line]:
        if q.width < q.short:
            continue  # no room for its day and month on either side of its line
        q.lane = next((k for k in range(most) if _fits(q, k, placed)), None)
        if q.lane is not None:
            placed.append(q)
    return crowd


def _split(crowd: list[_Packed]) -> int:
    """Where a crowd (in order of its lines) turns from reading rightwards to reading leftwards:
    the labels before it each have room for their day and month to the right, those from it to
    the left, and the lines on either side of it are far enough apart that no label covers a line
    across it. As far right as that can be; when it can be nowhere, each label without that room
    to the right reads leftwards, and so do the ones close before it, as far as they can."""
    n = len(crowd)
    for split in range(n, -1, -1):
        if all(q.after >= q.short for q in crowd[:split]) and all(q.before >= q.short for q in crowd[split:]) and (
            0 < split < n and crowd[split].x - crowd[split - 1].x >= max(crowd[split].short, crowd[split - 1].short) + KEY_DATE_GAP
            or split in (0, n)
        ):
            return split
    split = n
    for k in range(n - 1, -1, -1):
        q = crowd[k]
        if q.before < q.short:
            break
        if q.after < q.short or (split < n and q.x + q.short + KEY_DATE_GAP > crowd[split].x):
            split = k
    return split


def _fits(p: _Packed, lane: int, placed: list[_Packed]) -> bool:
    """Whether `p` can go in `lane` as it is, beside the labels `placed` already."""
    for q in placed:
        if q.lane is None:
            continue
        if q.lane == lane and q.start < p.end + KEY_DATE_GAP and p.start < q.end + KEY_DATE_GAP:
            return False  # the two would overlap
        if q.lane > lane and _hides(q, p.x):
            return False  # q, lower down, would hide the pole of p
        if q.lane < lane and _hides(p, q.x):
            return False  # p would hide the pole of q, higher up
    return True


def _hides(p: _Packed, x: float) -> bool:
    """Whether the label `p` is over a pole at `x`, or so close to its far end that the pole would
    seem to be its own (one by its own pole is a key date a pixel or two from it: that may be)."""
    if p.left_of_line:
        return p.start - KEY_DATE_GAP < x < p.end - 0.5
    return p.start + 0.5 < x < p.end + KEY_DATE_GAP


def _squeeze(p: _Packed, lane: int, placed: list[_Packed]) -> bool:
    """Makes room for `p` in the lowest lane, `lane`, by cutting the labels in the way short,
    each down to no less than its date: those there before it, or `p` itself when it reads
    leftwards. False, and nothing cut, when that is not enough."""
    cuts = []
    start = p.start
    for q in placed:
        if q.lane is None:
            continue
        if q.lane == lane and q.start < p.end + KEY_DATE_GAP and p.start < q.end + KEY_DATE_GAP:
            if q.left_of_line or p.left_of_line:
                start = max(start, q.end + KEY_DATE_GAP)
            else:
                cuts.append((q, p.start - KEY_DATE_GAP - q.start))
        elif q.lane < lane and _hides(p, q.x):
            if not p.left_of_line:
                return False  # a pole where p's own line is (two key dates a pixel apart)
            start = max(start, q.x + KEY_DATE_GAP + 1)
    if (start != p.start and not p.left_of_line) or p.end - start < p.least or any(width < q.least for q, width in cuts):
        return False  # a label reading rightwards starts at its line, or not at all
    for q, width in cuts:
        q.width = min(q.width, width)
    p.width, p.start = p.end - start, start
    return True
