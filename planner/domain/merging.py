"""Laying one officer's change on top of another's: which fields a change touched, and rebasing it."""
from __future__ import annotations

from dataclasses import fields

from .plan import Commitment

# Identity and bookkeeping: always the stored copy's, never part of an officer's change.
BOOKKEEPING = frozenset({"id", "key", "version", "sequence", "updated_at"})


def changed_fields(old: Commitment, new: Commitment) -> list[str]:
    """The fields an officer changed going from `old` to `new`, in declaration order."""
    return [f.name for f in fields(Commitment) if f.name not in BOOKKEEPING and getattr(old, f.name) != getattr(new, f.name)]


def rebase(base: Commitment | None, mine: Commitment, theirs: Commitment) -> Commitment:
    """`theirs` with the fields I changed from `base` set as I set them; the rest stays theirs.

    Without a `base` (the copy I started from is not known) every field of mine wins.
    """
    names = changed_fields(base, mine) if base is not None else changed_fields(theirs, mine)
    return theirs.changed(**{n: getattr(mine, n) for n in names})
