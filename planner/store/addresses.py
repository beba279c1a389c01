"""Database addresses as the officer gives them: a file path or a URL, and which file a URL names.

Kept apart from `engine.py` so the window can find its plan file before SQLAlchemy is loaded.
"""
from __future__ import annotations

from pathlib import Path

from planner.domain.sentences import QT_TRANSLATE_NOOP, os_reason, said

SQLITE_PREFIX = "sqlite:///"


def default_url(data_dir: Path) -> str:
    return f"{SQLITE_PREFIX}{data_dir / 'plan.sqlite'}"


def resolve_url(text: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (taken as a SQLite file)."""
    if "://" in text:
        return text
    try:
        return f"{SQLITE_PREFIX}{Path(text).expanduser().resolve()}"
    except (OSError, RuntimeError) as exc:  # a symlink loop, a name too long for the file system
        from .errors import StoreError

        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database path {path} cannot be used: {why}."), path=text, why=os_reason(exc))) from None


def sqlite_file(url: str) -> str | None:
    """The file a plain `sqlite:///PATH` URL names; None for servers, memory and URLs with options."""
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    path = url[len(SQLITE_PREFIX):]
    return path if path and path != ":memory:" else None
