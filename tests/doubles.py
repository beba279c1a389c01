"""Stand-ins the tests hand to the code instead of the desktop."""
from __future__ import annotations

from planner.domain.reminder_messages import Message


class RecordingNotifier:
    """Remembers every message and shows nothing."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    def notify(self, message: Message) -> bool:
        self.messages.append(message)
        return True

    @property
    def titles(self) -> list[str]:
        return [m.title for m in self.messages]
