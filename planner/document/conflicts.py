"""A change refused because someone else wrote the commitment since: what the conflict dialog needs.

The store says only that the copy was stale (ConflictError); the command that met it knows which
commitment it was about, what it tried to write and how to write it on top of theirs.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from planner.domain.plan import Commitment
from planner.store.errors import ConflictError


class ChangeConflict(ConflictError):
    """A ConflictError met by an undo command; the same sentence, and the way out.

    `commitment_id` is the commitment it is about, `mine` what I tried to write (None for a
    delete), and `keep_mine()` writes my change on top of theirs (it may raise a StoreError,
    a ChangeConflict again when someone was quicker once more).
    """

    def __init__(self, title: str, commitment_id: int | None, keep_mine: Callable[[], None], mine: Commitment | None = None) -> None:
        super().__init__(title)
        self.commitment_id = commitment_id
        self.keep_mine = keep_mine
        self.mine = mine


@contextmanager
def conflict_about(commitment_id: int | None, keep_mine: Callable[[], None], mine: Commitment | None = None) -> Iterator[None]:
    """Inside it, a ConflictError from the store comes out as a ChangeConflict about this commitment."""
    try:
        yield
    except ChangeConflict:
        raise  # an inner write already said what it was about
    except ConflictError as exc:
        raise ChangeConflict(exc.title, commitment_id, keep_mine, mine) from exc
