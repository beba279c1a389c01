"""What every command gets: the parsed arguments, the clock, and the plan store opened once."""
from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from planner.domain import gate
from planner.domain.clock import Clock
from planner.i18n import translate
from planner.i18n.sentences import error_text
from planner.locations import database_url, user_settings
from planner.store.opening import open_plan_store
from planner.store.plan_store import PlanStore


class CliError(Exception):
    """A user error: printed as one sentence, exit status 2, nothing changed."""


@dataclass
class CliContext:
    args: argparse.Namespace
    clock: Clock
    _store: PlanStore | None = field(default=None, init=False)

    @property
    def url(self) -> str:
        return database_url(getattr(self.args, "db", None))

    @property
    def store(self) -> PlanStore:
        if self._store is None:
            self._store = open_plan_store(self.url, self.clock)
        return self._store

    @property
    def as_of(self) -> date:
        return getattr(self.args, "as_of", None) or self.clock.today()

    @cached_property  # read once a command: an export filters and writes with the same days
    def due_soon_days(self) -> int:
        """How near a deadline must be to be 'due soon': the officer's choice in Preferences →
        Reminders, so the command line and the window call the same commitments due soon."""
        from planner.reminders.user_settings import horizon_days

        return horizon_days(user_settings())

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def iso_date(text: str) -> date:
    """argparse type for --as-of and friends: an ISO date inside the dates a plan supports, with a
    sentence when it is not one (a day in year 9999 would overflow every "days before" sum)."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "{text!r} is not a date; write it as YYYY-MM-DD").format(text=text)) from None
    try:
        return gate.check_day("date", day)  # type: ignore[return-value]
    except gate.GateError as exc:
        raise argparse.ArgumentTypeError(error_text(exc).rstrip(".")) from None
