"""Starting Planner again, on the plan just chosen in Preferences → Database."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, QProcessEnvironment

from planner.locations import ENV_DB
from planner.reminders.autostart import app_command

if TYPE_CHECKING:
    from .main_window import MainWindow


def restart_planner(window: "MainWindow", command: Sequence[str] | None = None) -> bool:
    """Start a new Planner on the saved choice, then quit this one as File → Quit does.

    The new one gets neither --db nor $PLANNER_DB, which would come before the choice just made.
    False, and this one stays open, when the new one cannot be started.
    """
    argv = list(command or app_command())
    environment = QProcessEnvironment.systemEnvironment()
    environment.remove(ENV_DB)
    process = QProcess()
    process.setProgram(argv[0])
    process.setArguments(argv[1:])
    process.setProcessEnvironment(environment)
    started = process.startDetached()
    if not (started[0] if isinstance(started, tuple) else started):
        return False
    window.actions_by_name["quit"].trigger()
    return True
