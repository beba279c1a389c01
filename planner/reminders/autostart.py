"""Starting at login: an XDG autostart entry, ~/.config/autostart/planner.desktop.

The file is the setting: it exists or it does not, so switching it off by hand in the
desktop's own settings is seen here too. The folder follows $XDG_CONFIG_HOME (tests point
it at a temporary folder).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from planner.domain.sentences import QT_TRANSLATE_NOOP, os_reason, said

ENTRY_NAME = "planner.desktop"
IN_TRAY = "--in-tray"  # the app starts with its window hidden in the tray
MAIN = Path(__file__).resolve().parents[2] / "main.py"


class AutostartError(Exception):
    """The entry could not be written or removed; one sentence."""


def entry_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME") or Path.home()) / ".config")
    return Path(config) / "autostart" / ENTRY_NAME


def app_command(db: str | None = None) -> list[str]:
    """How to start this very app again: the same Python; with `db`, on that plan."""
    if MAIN.exists():
        argv = [sys.executable, str(MAIN)]
    else:  # installed without the source tree
        argv = [sys.executable, "-c", "import sys; from planner.app import run; sys.exit(run())"]
    return argv + ["--db", db] if db else argv


def launch_command(db: str | None = None) -> list[str]:
    """How to start at login: the same plan, the window hidden in the tray."""
    return app_command(db) + [IN_TRAY]


def exec_line(argv: Sequence[str]) -> str:
    """argv as a desktop entry Exec value (quoting as the Desktop Entry spec asks)."""
    out = []
    for arg in argv:
        if arg and not any(ch in arg for ch in ' \t\n"\'\\><~|&;$*?#()`%='):
            out.append(arg)
            continue
        escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        out.append(f'"{escaped}"')
    return " ".join(out).replace("%", "%%")


def entry_text(argv: Sequence[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Planner",
            "Comment=Deadline planner: reminders of the commitments due soon",
            f"Exec={exec_line(argv)}",
            "Icon=appointment-soon",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def is_enabled(path: Path | None = None) -> bool:
    return (path or entry_path()).is_file()


def enable(argv: Sequence[str], path: Path | None = None) -> Path:
    target = path or entry_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_text(entry_text(argv), encoding="utf-8")
        partial.replace(target)  # never a half-written entry for the session manager to read
    except OSError as exc:
        raise AutostartError(said(QT_TRANSLATE_NOOP("Files", "The login entry {target} could not be written: {why}."), target=target, why=os_reason(exc))) from None
    return target


def disable(path: Path | None = None) -> None:
    target = path or entry_path()
    try:
        target.unlink(missing_ok=True)
    except OSError as exc:
        raise AutostartError(said(QT_TRANSLATE_NOOP("Files", "The login entry {target} could not be removed: {why}."), target=target, why=os_reason(exc))) from None
