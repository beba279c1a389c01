"""The app as the desktop sees it: its id, version, icon and launcher entry.

The wheel installs the entry, icons and metainfo under `share/` of its prefix; with pipx or a
user's venv that prefix is not where desktops look, so `planner desktop-entry` copies them into
the officer's own data folder.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

APP_ID = "io.github.dateplanner.Planner"
HERE = Path(__file__).resolve().parent
ICONS = HERE / "icons"
ENTRY = HERE / f"{APP_ID}.desktop"
METAINFO = HERE / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_version() -> str:
    try:
        return version("planner")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "0+unknown"


def icon_file(size: int = 256) -> Path:
    return ICONS / f"{APP_ID}-{size}.png"


def install_entry(exec_command: str, environ: Mapping[str, str] | None = None) -> list[Path]:
    """Copy the launcher entry (running `exec_command`) and the icons into the officer's data
    folder ($XDG_DATA_HOME, else ~/.local/share); the files written, in order."""
    env = os.environ if environ is None else environ
    data = Path(env.get("XDG_DATA_HOME") or Path(env.get("HOME", "~")).expanduser() / ".local" / "share")
    written = []
    apps = data / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    entry = apps / ENTRY.name
    lines = [f"Exec={exec_command}" if line.startswith("Exec=") else line for line in ENTRY.read_text().splitlines()]
    entry.write_text("\n".join(lines) + "\n")
    written.append(entry)
    for size in ICON_SIZES:
        target = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon_file(size), target)
        written.append(target)
    scalable = data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / f"{APP_ID}.svg", scalable)
    written.append(scalable)
    return written


__all__ = ["APP_ID", "ENTRY", "METAINFO", "app_version", "icon_file", "install_entry"]
