"""`planner desktop-entry`: put Planner in the desktop's application menu, for a pipx or venv install."""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from planner.desktop import install_entry
from planner.i18n import translate

from .context import CliContext, CliError
from .counts import COUNTED


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    d = sub.add_parser("desktop-entry", help=translate("Cli", "add Planner to the desktop's application menu (for this user)"))
    d.set_defaults(run=run_desktop_entry)


def run_desktop_entry(ctx: CliContext) -> int:
    app = _app_launcher()
    if app is None:
        raise CliError(translate("Cli", "Cannot find the planner-app launcher beside this planner command; reinstall Planner with pip or pipx."))
    written = install_entry(str(app))
    print(translate("Cli", "Added Planner to the application menu: {entry} ({icons}).").format(entry=written[0], icons=COUNTED.icons(len(written) - 1)))
    return 0


def _app_launcher() -> Path | None:
    beside = Path(sys.argv[0]).resolve().parent / "planner-app"
    if beside.is_file():
        return beside
    found = shutil.which("planner-app")
    return Path(found) if found else None


__all__ = ["register"]
