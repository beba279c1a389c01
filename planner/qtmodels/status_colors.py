"""Colours of the derived status: one table for the tree, the timeline, the legend and paper.

Each status has a fill for bars and a text colour that stays readable on light and dark
backgrounds, plus a pattern name so status reads without colour on a greyscale printout.
"""
from __future__ import annotations

from dataclasses import dataclass

from planner.domain.status import Standing


@dataclass(frozen=True)
class StatusStyle:
    fill: str
    text: str
    pattern: str  # "solid", "dense", "diagonal", "cross", "hollow", "dots" for greyscale printing
    symbol: str  # a character printed next to the label on paper


STANDING_COLORS: dict[Standing, StatusStyle] = {
    Standing.DELIVERED_ON_TIME: StatusStyle("#2e8b57", "#2e8b57", "solid", "✓"),
    Standing.DELIVERED_LATE: StatusStyle("#b8860b", "#b8860b", "diagonal", "✓!"),
    Standing.OVERDUE: StatusStyle("#d0342c", "#d0342c", "cross", "!"),
    Standing.DUE_SOON: StatusStyle("#e67e22", "#d35400", "dense", "◷"),
    Standing.IN_PROGRESS: StatusStyle("#2f80ed", "#2f80ed", "dots", "▶"),
    Standing.PLANNED: StatusStyle("#6c7a89", "#6c7a89", "hollow", "○"),
    Standing.DROPPED: StatusStyle("#a0a0a0", "#8a8a8a", "hollow", "✕"),
}
