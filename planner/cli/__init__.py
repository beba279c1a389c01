"""The command line: the same operations as the window, without one.

Each command module has `register(subparsers, common)`; `MODULES` lists them in help order.
User errors print one sentence on stderr and exit with status 2, leaving the plan as it was.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from planner.domain.clock import Clock, SystemClock
from planner.domain.gate import GateError
from planner.domain.phrases import PhraseError
from planner.exchange.batch import ImportFileError
from planner.files import FileWriteError
from planner.store.errors import StoreError

from planner.desktop import app_version

from . import baselines, calendar_commands, copy, desktop_entry, editing, groups, listing, print_command, remind, report, transfer
from .context import CliContext, CliError

MODULES = [listing, groups, editing, transfer, copy, remind, calendar_commands, print_command, desktop_entry, baselines, report]
USER_ERRORS = (CliError, StoreError, PhraseError, GateError, ImportFileError, FileWriteError)


def build_parser() -> argparse.ArgumentParser:
    # --db is accepted before the command and after it; SUPPRESS keeps the later one from
    # overwriting the earlier with None.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="database: a file path or SQLAlchemy URL (default: $PLANNER_DB, else the local plan)")
    parser = argparse.ArgumentParser(prog="planner", description="Timeline and deadline planner for dated commitments.")
    parser.add_argument("--db", metavar="URL", help="database: a file path or SQLAlchemy URL (default: $PLANNER_DB, else the local plan)")
    parser.add_argument("--version", action="version", version=f"planner {app_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    export_formats = None
    for module in MODULES:
        returned = module.register(sub, common)
        if module is transfer:
            export_formats = returned
        if hasattr(module, "register_export"):  # more `export` formats (ics) join transfer's
            module.register_export(export_formats, common)
    parser.set_defaults(export_formats=export_formats)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    ctx = CliContext(args, clock or SystemClock())
    try:
        return int(args.run(ctx) or 0)
    except USER_ERRORS as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("planner: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    finally:
        ctx.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
