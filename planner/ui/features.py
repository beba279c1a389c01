"""What the app adds to a window once it is painted: one typed record, built in `planner.app`.

The window shows the plan on its own; editing, the shared-plan watch, reminders, calendars,
printing and the rest are installed after the first paint (`planner.app.install_features`),
each by its own module, and kept here as `window.features`. Their modules load when they are
installed, not with the window, so the names below are for the type checker only.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .calendar_actions import CalendarActions
    from .compare_actions import CompareActions
    from .edit_actions import EditActions
    from .file_transfer import FileTransfer
    from .group_actions import GroupActions
    from .meeting_report import MeetingReportAction
    from .plan_files import PlanFiles
    from .print_actions import PrintActions
    from .reading import ReadDocumentAction
    from .reminder_setup import WindowReminders
    from .shared_plan import SharedPlan


@dataclass(frozen=True)
class WindowFeatures:
    edit_actions: EditActions  # New / Edit commitment, Key dates, the undo history dock
    compare_actions: CompareActions  # View → Compare with…, the named baselines
    meeting_report: MeetingReportAction  # File → Meeting report…
    group_actions: GroupActions  # Edit: new and changed strategies and initiatives
    shared_plan: SharedPlan  # others' edits appear; conflicts asked; read-only while the database is away
    reminders: WindowReminders  # the Due soon dock, tray icon and scheduler (started by the app)
    calendar_actions: CalendarActions  # File: export calendar, feed, published file, CalDAV
    file_transfer: FileTransfer  # File: Import…, Export…
    document_reading: ReadDocumentAction  # File: Read a document…
    plan_files: PlanFiles  # File: New plan…, Open plan…, Open recent
    print_actions: PrintActions  # File: Print…, Print preview…, Export snapshot
