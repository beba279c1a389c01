"""Writing files so that a reader never sees half of one."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from planner.domain.sentences import QT_TRANSLATE_NOOP, os_reason, said


class FileWriteError(OSError):
    """The output file cannot be written; the message names it."""


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename over it: all or nothing."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(said(QT_TRANSLATE_NOOP("Files", "The folder {folder} for {name} does not exist."), folder=folder, name=path.name))
    if path.is_dir():
        raise FileWriteError(said(QT_TRANSLATE_NOOP("Files", "The output {path} is a folder, not a file."), path=path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FileWriteError(said(QT_TRANSLATE_NOOP("Files", "The file {path} cannot be written: {why}."), path=path, why=os_reason(exc))) from None
    try:
        # mkstemp makes the file private (0600); an exported plan is meant to be shared like any
        # file the officer saves, so give it the mode a plain new file would get (or the old one's).
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise FileWriteError(said(QT_TRANSLATE_NOOP("Files", "The file {path} cannot be written: {why}."), path=path, why=os_reason(exc))) from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
