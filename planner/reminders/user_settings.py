"""This computer's reminder settings (QSettings), as opposed to the plan's own lead times.

How far ahead the "Due soon" list looks and whether the app stays in the tray are matters of
one officer's desktop, so they live with the desktop settings, not in the shared plan.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

HORIZON_KEY = "reminders/horizon_days"
LIVE_IN_TRAY_KEY = "reminders/live_in_tray"


def horizon_days(settings: QSettings) -> int:
    # Loaded here, with the reminders: `live_in_tray` is read before the window is painted.
    from planner.domain.due_soon import DEFAULT_HORIZON_DAYS

    try:
        value: Any = settings.value(HORIZON_KEY, DEFAULT_HORIZON_DAYS)  # as stored: a number or its text
        return max(1, int(value))
    except (TypeError, ValueError):
        return DEFAULT_HORIZON_DAYS


def live_in_tray(settings: QSettings) -> bool:
    # An INI file gives back "true"/"false" as text.
    return str(settings.value(LIVE_IN_TRAY_KEY, False)).lower() in ("true", "1")


def set_horizon_days(settings: QSettings, days: int) -> None:
    settings.setValue(HORIZON_KEY, int(days))


def set_live_in_tray(settings: QSettings, on: bool) -> None:
    settings.setValue(LIVE_IN_TRAY_KEY, bool(on))
