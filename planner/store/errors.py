"""Errors the store raises; each message is one sentence an officer can act on."""
from __future__ import annotations

from collections.abc import Callable

from planner.domain import gate
from planner.domain.sentences import QT_TRANSLATE_NOOP, said, sentence_of


class StoreError(Exception):
    """The database cannot be used as asked (cannot open, locked, corrupt, unreachable)."""


class ConflictError(StoreError):
    """Someone else changed the commitment since it was read; nothing was written."""

    def __init__(self, title: str) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP("Store", "The commitment {title!r} was changed elsewhere since you opened it; "
                                                "reload it and make your change again."), title=title))
        self.title = title


class UnavailableError(StoreError):
    """The database cannot be reached or is locked just now; trying again later may work."""


class NotFoundError(StoreError):
    """The commitment asked for is not in the plan (perhaps deleted elsewhere)."""


class RefusedValueError(StoreError):
    """A value the gate (`domain/gate.py`) refuses reached the store; nothing was written."""


def checked(check: Callable[..., object], *values: object) -> None:
    """Run a gate check before a write; a refusal is a StoreError every door already shows."""
    try:
        check(*values)
    except gate.GateError as exc:
        raise RefusedValueError(sentence_of(exc)) from None
