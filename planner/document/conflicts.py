"""A change refused because someone else wrote the commitment since: what the conflict dialog needs.

The store says only that the copy was stale (ConflictError); the command that met it knows which
commitment it was about, what it tried to write and how to write it on top of theirs.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from planner.domain.merging import rebase
from planner.domain.plan import Commitment
from planner.store.errors import ConflictError


class ChangeConflict(ConflictError):
    """A ConflictError met by an undo command; the same sentence, and the way out.

    `commitment_id` is the commitment it is about, `mine` what I tried to write (None for a
    delete), `base` the copy I changed into `mine` (None when it is not known), and `keep_mine()`
    writes my change on top of theirs (it may raise a StoreError, a ChangeConflict again when
    someone was quicker once more).
    """

    def __init__(self, title: str, commitment_id: int | None, keep_mine: Callable[[], None], mine: Commitment | None = None, base: Commitment | None = None) -> None:
        super().__init__(title)
        self.commitment_id = commitment_id
        self.keep_mine = keep_mine
        self.mine = mine
        self.base = base

    def mine_over(self, theirs: Commitment | None) -> Commitment | None:
        """What Keep mine would store: `theirs` with the fields I changed set as I set them.

        Only those fields then differ from theirs, so a field they changed and I did not is
        never shown as mine. Without a known base every field of mine counts as changed.
        """
        if theirs is None or self.mine is None:
            return self.mine
        return rebase(self.base, self.mine, theirs)


@contextmanager
def conflict_about(commitment_id: int | None, keep_mine: Callable[[], None], mine: Commitment | None = None, base: Commitment | None = None) -> Iterator[None]:
    """Inside it, a ConflictError from the store comes out as a ChangeConflict about this commitment."""
    try:
        yield
    except ChangeConflict:
        raise  # an inner write already said what it was about
    except ConflictError as exc:
        raise ChangeConflict(exc.title, commitment_id, keep_mine, mine, base) from exc
