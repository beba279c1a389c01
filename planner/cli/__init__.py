"""The command line: the same operations as the window, without one.

Each command module has `register(subparsers, common)`; `MODULES` lists them in help order.
User errors print one sentence on stderr and exit with status 2, leaving the plan as it was.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from planner.desktop import app_version
from planner.domain.clock import Clock, SystemClock
from planner.domain.gate import GateError
from planner.domain.phrases import PhraseError
from planner.exchange.batch import ImportFileError
from planner.files import FileWriteError
from planner.i18n import LANGUAGES, speak_without_app, translate
from planner.i18n.argparse_words import argparse_speaking
from planner.i18n.argparse_words import language_asked as chosen_language
from planner.i18n.sentences import error_text
from planner.store.errors import StoreError

from . import (
    baselines,
    calendar_commands,
    copy,
    desktop_entry,
    editing,
    extract,
    groups,
    listing,
    print_command,
    remind,
    report,
    transfer,
)
from .context import CliContext, CliError

MODULES = [listing, groups, editing, transfer, extract, copy, remind, calendar_commands, print_command, desktop_entry, baselines, report]
USER_ERRORS = (CliError, StoreError, PhraseError, GateError, ImportFileError, FileWriteError)


def build_parser() -> argparse.ArgumentParser:
    # --db is accepted before the command and after it; SUPPRESS keeps the later one from
    # overwriting the earlier with None.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--language", default=argparse.SUPPRESS, choices=sorted(LANGUAGES), help=translate("Cli", "the language of the messages (default: the system's, from LANG)"))
    common.add_argument("--db", default=argparse.SUPPRESS, metavar=translate("Placeholders", "URL"), help=translate("Cli", "database: a file path or SQLAlchemy URL (default: $PLANNER_DB, else the local plan)"))
    parser = argparse.ArgumentParser(prog="planner", description=translate("Cli", "Timeline and deadline planner for dated commitments."))
    parser.add_argument("--db", metavar=translate("Placeholders", "URL"), help=translate("Cli", "database: a file path or SQLAlchemy URL (default: $PLANNER_DB, else the local plan)"))
    parser.add_argument("--language", choices=sorted(LANGUAGES), help=translate("Cli", "the language of the messages (default: the system's, from LANG)"))
    parser.add_argument("--version", action="version", version=f"planner {app_version()}", help=translate("Cli", "show the program's version number and exit"))
    sub = parser.add_subparsers(dest="command", metavar=translate("Placeholders", "COMMAND"))
    export_formats = None
    for module in MODULES:
        returned = module.register(sub, common)
        if module is transfer:
            export_formats = returned
        if hasattr(module, "register_export"):  # more `export` formats (ics) join transfer's
            module.register_export(export_formats, common)
    parser.set_defaults(export_formats=export_formats)
    return parser


# Options whose value may start with "-" (a phrase, a reason, a title): "--due -2021" would
# otherwise be taken by argparse as an option of its own.
VALUE_OPTIONS = frozenset({
    "--due", "--start", "--forecast", "--delivered", "--reason", "--title", "--actor", "--description",
    "--quote", "--section", "--source", "--search", "--dates", "--name", "--delivered-by",
})


def main(argv: Sequence[str] | None = None, clock: Clock | None = None, environ: Mapping[str, str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    back = speak_without_app(chosen_language(words, os.environ if environ is None else environ))
    try:
        with argparse_speaking():  # its usage, help headings and errors too
            return _run(words, clock)
    finally:
        back()


def _run(words: list[str], clock: Clock | None) -> int:
    bad = next((w for w in words if _undecodable(w)), None)
    if bad is not None:
        shown = bad.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        print("planner: " + translate("Cli", "the argument {argument!r} is not valid UTF-8 text; check the terminal's or the script's encoding.").format(argument=shown), file=sys.stderr)
        return 2
    parser = build_parser()
    args = parser.parse_args(_glued(words))
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    ctx = CliContext(args, clock or SystemClock())
    try:
        code = int(args.run(ctx) or 0)
        sys.stdout.flush()  # here, so a reader that went away is met below, not at exit
        return code
    except USER_ERRORS as exc:
        print(f"planner: {error_text(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("planner: " + translate("Cli", "interrupted; nothing more was changed."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`planner list --json | head -1`): stop quietly, as other tools do.
        _quiet_stdout()
        return 0
    finally:
        ctx.close()


def _undecodable(word: str) -> bool:
    """An argument the system could not decode arrives with lone surrogates in it."""
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _glued(words: list[str]) -> list[str]:
    """`--due -2021` as `--due=-2021`, for the options whose value is text."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in VALUE_OPTIONS and i + 1 < len(words) and words[i + 1].startswith("-") and not words[i + 1].startswith("--") and words[i + 1] != "-":
            out.append(f"{words[i]}={words[i + 1]}")
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's own flush at exit does not fail on the closed pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
