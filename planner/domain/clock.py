"""The one place that knows what time it is; everything else is handed a clock or an `as_of` date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware UTC."""
        ...

    def today(self) -> date:
        """The officer's local calendar day."""
        ...

    def start_of(self, day: date) -> datetime:
        """The moment the officer's local `day` begins, timezone-aware UTC (reminders fire then)."""
        ...


class SystemClock:
    """The real clock, used only by the composition root (app and CLI)."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def today(self) -> date:
        return datetime.now().astimezone().date()

    def start_of(self, day: date) -> datetime:
        # A naive datetime's astimezone() reads it in the system time zone, as today() does.
        return datetime.combine(day, time()).astimezone().astimezone(timezone.utc)


@dataclass
class FixedClock:
    """A clock that stands still until told to move: tests say what today is."""

    moment: datetime

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()

    def start_of(self, day: date) -> datetime:
        # The fixed clock's days are UTC days, as today() says.
        return datetime.combine(day, time(), tzinfo=timezone.utc)

    def advance(self, **delta: float) -> None:
        self.moment = self.moment + timedelta(**delta)

    @classmethod
    def on(cls, day: date, hour: int = 9) -> "FixedClock":
        return cls(datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc))
