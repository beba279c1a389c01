"""Which dependency arrows to draw, and where: from the end of the predecessor's mark to the start
of the successor's, for links with at least one end on screen (or passing across it).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from planner.domain.plan import Commitment, Dependency

from .overlays import Link
from .rows import Row
from .scale import TimeScale
from .shapes import Form, shape_of


class LinkPlaces:
    """Links by the places of their two rows in the tree's order (top to bottom), to find those
    that may cross a band of rows without looking at all of them on every paint."""

    SHORT = 1_000  # rows: most links join near neighbours; longer ones are checked one by one

    def __init__(self, places: list[tuple[int, int, Dependency]]) -> None:
        """`places`: (upper row's place, lower row's place, link) for each link."""
        self._short = sorted((p for p in places if p[1] - p[0] <= self.SHORT), key=lambda p: p[0])
        self._uppers = [p[0] for p in self._short]
        self._long = [p for p in places if p[1] - p[0] > self.SHORT]

    def crossing(self, first: int, last: int) -> list[Dependency]:
        """Links with a row in `first..last`, or one above it and one below."""
        lo, hi = bisect_left(self._uppers, first - self.SHORT), bisect_right(self._uppers, last)
        out = [d for _, lower, d in self._short[lo:hi] if lower >= first]
        out += [d for upper, lower, d in self._long if lower >= first and upper <= last]
        return out


class NearbyLinks:
    """The links that may cross the rows on screen: both ends above the first row, or both below
    the last, cannot. Found by the rows' places in the tree's order, so a plan with thousands of
    links looks up the rows of a few (a row off screen costs a walk of the tree's layout)."""

    def __init__(self) -> None:
        self._places: tuple[int, LinkPlaces] | None = None  # for the model generation they were taken at

    def forget(self) -> None:
        """The links changed."""
        self._places = None

    def near(self, rows: list[Row], proxy, links: list[Dependency]) -> list[Dependency]:
        """`rows`: on screen, top to bottom, from the tree whose model is `proxy`."""
        if not rows:
            return []  # no row shown, no link to draw
        model = getattr(proxy, "plan_model", None)
        if model is None or rows[0].index is None or rows[-1].index is None or proxy.sortColumn() >= 0:
            return links  # not our rows in model order: every link is a candidate
        first = model.position(proxy.mapToSource(rows[0].index))
        last = model.position(proxy.mapToSource(rows[-1].index))
        if first is None or last is None:
            return links
        if self._places is None or self._places[0] != model.generation:
            places = []
            for d in links:
                a, b = model.commitment_position(d.predecessor_id), model.commitment_position(d.successor_id)
                if a is not None and b is not None:
                    places.append((min(a, b), max(a, b), d))
            self._places = (model.generation, LinkPlaces(places))
        found = self._places[1].crossing(first, last)
        shows = getattr(proxy, "lets_through", None)
        if shows is None:
            return found
        return [d for d in found if shows(d.predecessor_id) and shows(d.successor_id)]  # no lookups for filtered-out ends


def finish_x(c: Commitment, scale: TimeScale) -> float:
    """Where an arrow leaves a predecessor: its diamond, or the end of its bar."""
    s = shape_of(c, scale)
    return s.marker_x if s.marker_x is not None else s.x1


def start_x(c: Commitment, scale: TimeScale, marker_half: float) -> float:
    """Where an arrow enters a successor: the start of its bar or window, or its diamond's tip."""
    s = shape_of(c, scale)
    if s.form is Form.MILESTONE and s.marker_x is not None:
        return s.marker_x - marker_half
    return s.x0


def links_to_draw(
    dependencies: list[Dependency],
    row_of: Callable[[int], Row | None],
    scale: TimeScale,
    top: float,
    bottom: float,
    broken: set[tuple[int, int]],
    marker_half: float,
) -> list[Link]:
    """Arrows for the links whose two ends are shown rows and whose path crosses `top..bottom`.

    `row_of(id)` gives a commitment's row wherever it is (above or below the screen too), or None
    when the tree does not show it (collapsed or filtered out): such links are not drawn.
    """
    out = []
    for d in dependencies:
        a, b = row_of(d.predecessor_id), row_of(d.successor_id)
        if a is None or b is None or a.commitment is None or b.commitment is None:
            continue
        if max(a.centre, b.centre) < top or min(a.centre, b.centre) > bottom:
            continue
        out.append(Link(
            finish_x(a.commitment, scale), a.centre,
            start_x(b.commitment, scale, marker_half), b.centre,
            b.height, (d.predecessor_id, d.successor_id) in broken,
        ))
    return out
