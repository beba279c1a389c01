"""Where a commitment's marks lie along x on a scale: bar, milestone, coarse window, baseline, slip.

Pure geometry shared by painting (screen and paper) and by hit-testing for drags, so what is
drawn and what can be grabbed never disagree. y is the painter's business.
"""
from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from planner.domain.period import Precision
from planner.domain.plan import Commitment, Kind
from planner.domain.status import expected_end, slippage

from .moves import shown_window
from .scale import TimeScale

GRAB_PX = 5.0  # how near the end of a span the pointer must be to stretch it rather than move it


class Form(str, Enum):
    SPAN = "span"  # a bar from start to end
    MILESTONE = "milestone"  # a deadline on a day: a diamond
    WINDOW = "window"  # a coarse deadline: a shaded band over its window, the diamond at its end


class Grip(str, Enum):
    MOVE = "move"
    END = "end"


class Shape(NamedTuple):
    """Where a commitment's marks fall on the timeline, in pixels."""

    form: Form
    x0: float  # left edge of the bar or window (the milestone's day for a day deadline)
    x1: float  # right edge
    marker_x: float | None  # centre of the diamond, for deadlines
    ghost: tuple[float, float] | None  # the window first announced, when the date has moved
    slip: tuple[float, float] | None  # from the announced end to the expected date
    delivered_x: float | None  # where the actual delivery lies, if recorded
    slip_days: int

    @property
    def right(self) -> float:
        """The rightmost x any mark reaches: labels start after it."""
        xs = [self.x1]
        if self.marker_x is not None:
            xs.append(self.marker_x)
        if self.ghost:
            xs.append(self.ghost[1])
        if self.slip:
            xs.append(max(self.slip))
        if self.delivered_x is not None:
            xs.append(self.delivered_x)
        return max(xs)

    @property
    def left(self) -> float:
        xs = [self.x0]
        if self.ghost:
            xs.append(self.ghost[0])
        if self.slip:
            xs.append(min(self.slip))
        if self.delivered_x is not None:
            xs.append(self.delivered_x)
        return min(xs)

    def grip_at(self, x: float, marker_half: float = 6.0) -> Grip | None:
        """What the pointer at `x` would take hold of: the end of a span, the whole mark, or nothing."""
        if self.form is Form.SPAN:
            if abs(x - self.x1) <= GRAB_PX and self.x1 - self.x0 > 2 * GRAB_PX:
                return Grip.END
            return Grip.MOVE if self.x0 - 2 <= x <= self.x1 + 2 else None
        if self.marker_x is not None and abs(x - self.marker_x) <= marker_half + 2:
            return Grip.MOVE
        return Grip.MOVE if self.x0 <= x <= self.x1 else None


def shape_of(c: Commitment, scale: TimeScale) -> Shape:
    if c.kind is Kind.SPAN:
        form = Form.SPAN
        x0, x1, marker = scale.x_of(c.window_start), scale.x_after(c.window_end), None
    elif (window := shown_window(c)).precision is Precision.DAY and window.days == 1:
        form = Form.MILESTONE
        x0, x1 = scale.x_of(window.start), scale.x_after(window.end)
        marker = (x0 + x1) / 2
    else:
        form = Form.WINDOW
        x0, x1 = scale.x_of(window.start), scale.x_after(window.end)
        marker = x1  # a coarse deadline falls due when its window closes
    ghost = slip = None
    slip_days = 0
    moved = slippage(c)
    announced = c.announced
    if moved is not None:
        slip_days = moved.days
        if announced != shown_window(c) or moved.days != 0:
            ghost = (scale.x_of(announced.start), scale.x_after(announced.end))
        if moved.days != 0:
            slip = (ghost[1] if ghost else x1, scale.x_mid(expected_end(c)))
    delivered = scale.x_mid(c.delivered_on) if c.delivered_on is not None else None
    return Shape(form, x0, x1, marker, ghost, slip, delivered, slip_days)

