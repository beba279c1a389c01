"""UIDs: one per commitment, for its whole life, derived from its stored key.

The key is what the store keeps unique and never regenerates (a seed key such as
'csa-2-detect-report-legislation', a UUID, or the UID of an event imported from a calendar), so
a re-export, a feed poll or a CalDAV publish always names the same event. The row id is never
used: it changes when a plan is rebuilt from files.
"""
from __future__ import annotations

from planner.domain.plan import Commitment
from planner.domain.sentences import QT_TRANSLATE_NOOP, said

DOMAIN = "planner"
TODO_MARK = "-todo"  # to-dos get their own UIDs: one store may hold both files


class MissingKeyError(ValueError):
    """A commitment that was never stored has no identity to export."""


def uid_for(c: Commitment, *, todo: bool = False) -> str:
    """'csa-1-prevention-workshop@planner'; a key that already is a UID (imported) is kept."""
    if not c.key:
        raise MissingKeyError(said(QT_TRANSLATE_NOOP("Calendar", "The commitment {title!r} has no stored key; save it before exporting."), title=c.title))
    if "@" in c.key:
        base, _, domain = c.key.rpartition("@")
        return f"{base}{TODO_MARK}@{domain}" if todo else c.key
    return f"{c.key}{TODO_MARK if todo else ''}@{DOMAIN}"


def key_from_uid(uid: str) -> str:
    """The commitment key a UID stands for: our own UIDs lose the suffix, others are kept whole."""
    base, at, domain = uid.rpartition("@")
    if at and domain == DOMAIN and base and "@" not in base:
        return base.removesuffix(TODO_MARK) if base.endswith(TODO_MARK) else base
    return uid


def is_ours(uid: str) -> bool:
    """True for UIDs this planner made (what CalDAV publishing may delete)."""
    return uid.endswith(f"@{DOMAIN}")
