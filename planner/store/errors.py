"""Errors the store raises; each message is one sentence an officer can act on."""


class StoreError(Exception):
    """The database cannot be used as asked (cannot open, locked, corrupt, unreachable)."""


class ConflictError(StoreError):
    """Someone else changed the commitment since it was read; nothing was written."""

    def __init__(self, title: str) -> None:
        super().__init__(
            f"The commitment {title!r} was changed elsewhere since you opened it; "
            "reload it and make your change again."
        )
        self.title = title


class UnavailableError(StoreError):
    """The database cannot be reached or is locked just now; trying again later may work."""


class NotFoundError(StoreError):
    """The commitment asked for is not in the plan (perhaps deleted elsewhere)."""


class RefusedValueError(StoreError):
    """A value the gate (`domain/gate.py`) refuses reached the store; nothing was written."""
