"""Colours that keep their contrast whatever palette the system gives (light, dark, high contrast).

A warning red readable on white (#b3261e, 6.5:1) is unreadable on a dark or high-contrast black
base; on those the light red #ffb4ab is used instead (over 10:1 on black). WCAG 2.1 AA asks 4.5:1.
"""
from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

DARK_ON_LIGHT, LIGHT_ON_DARK = "#b3261e", "#ffb4ab"


def warning_colour(widget: QWidget) -> str:
    """The red for a warning word on `widget`, chosen against its palette's base."""
    base = widget.palette().color(QPalette.ColorRole.Base)
    return LIGHT_ON_DARK if base.lightness() < 128 else DARK_ON_LIGHT


__all__ = ["warning_colour"]
