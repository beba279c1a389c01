"""Which dependency arrows to draw, and where: from the end of the predecessor's mark to the start
of the successor's, for links with at least one end on screen (or passing across it).
"""
from __future__ import annotations

from collections.abc import Callable

from planner.domain.plan import Commitment, Dependency

from .overlays import Link
from .rows import Row
from .scale import TimeScale
from .shapes import Form, shape_of


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
