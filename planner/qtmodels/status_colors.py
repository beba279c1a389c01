"""Colours of the derived status: one table for the tree, the timeline, the legend and paper.

Each status has a fill for bars, a text colour for light backgrounds and one for dark ones (each
at least 4.5:1 against its background, WCAG 2.1 AA), and a pattern name and symbol so status
reads without colour on a greyscale printout.
"""
from __future__ import annotations

from dataclasses import dataclass

from planner.domain.status import Standing


@dataclass(frozen=True)
class StatusStyle:
    fill: str
    text: str  # on a light background
    text_on_dark: str
    pattern: str  # "solid", "dense", "diagonal", "cross", "hollow", "dots" for greyscale printing
    symbol: str  # a character printed next to the label on paper


STANDING_COLORS: dict[Standing, StatusStyle] = {
    Standing.DELIVERED_ON_TIME: StatusStyle("#2e8b57", "#1e6b40", "#5cc98a", "solid", "✓"),
    Standing.DELIVERED_LATE: StatusStyle("#b8860b", "#805a00", "#e0b341", "diagonal", "✓!"),
    Standing.OVERDUE: StatusStyle("#d0342c", "#b3261e", "#ff7b72", "cross", "!"),
    Standing.DUE_SOON: StatusStyle("#e67e22", "#a03f00", "#ffa657", "dense", "◷"),
    Standing.IN_PROGRESS: StatusStyle("#2f80ed", "#1f5fbf", "#79b8ff", "dots", "▶"),
    Standing.PLANNED: StatusStyle("#6c7a89", "#56616d", "#a8b3bf", "hollow", "○"),
    Standing.DROPPED: StatusStyle("#a0a0a0", "#696969", "#a6a6a6", "hollow", "✕"),
}
