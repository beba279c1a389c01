"""`planner import`, `planner export csv|xlsx` and `planner seed`: plans in and out of files."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from dateutil import tz

from planner.calendar.importing import read_ics_file
from planner.calendar.recurrence import Horizon
from planner.exchange.batch import ImportBatch, ImportFileError, in_file
from planner.exchange.csv_format import plan_to_csv, read_csv_file
from planner.exchange.seed_format import read_seed_file
from planner.exchange.xlsx_format import plan_to_xlsx, read_xlsx_file
from planner.files import write_atomically
from planner.i18n import translate
from planner.i18n.sentences import sentence_text
from planner.i18n.words import import_text
from planner.store.importing import apply_batch
from planner.store.opening import load_seed

from .context import CliContext, CliError
from .counts import COUNTED
from .filtering import add_filter_options, filter_from_args

# File readers by suffix; each returns a whole batch or raises ImportFileError naming the problem.
READERS: dict[str, Callable[[Path], ImportBatch]] = {
    ".csv": read_csv_file, ".toml": read_seed_file, ".xlsx": read_xlsx_file, ".ics": read_ics_file,
}


def read_ics_for_plan(path: Path, ctx: CliContext) -> ImportBatch:
    """Recurring events are read inside the open plan's horizon; UTC times in the local zone."""
    horizon = Horizon.of_plan(ctx.store.load_plan(), ctx.as_of)
    return read_ics_file(path, horizon=horizon, local=tz.tzlocal(), strict=getattr(ctx.args, "strict", False))


# Readers that also need the open plan (calendar files read recurring events inside its horizon).
CONTEXT_READERS: dict[str, Callable[[Path, CliContext], ImportBatch]] = {".ics": read_ics_for_plan}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse._SubParsersAction:
    i = sub.add_parser("import", parents=[common], help=translate("Cli", "import commitments from a file (one transaction)"))
    i.add_argument("file", metavar=translate("Placeholders", "file"), type=Path)
    i.add_argument("--strict", action="store_true",
                   help=translate("Cli", "refuse the whole .ics file for one event it cannot read (default: skip it and say so); CSV, TOML and xlsx files are always checked whole"))
    i.set_defaults(run=run_import)

    s = sub.add_parser("seed", parents=[common], help=translate("Cli", "re-import the seed plan (adds what is missing, keeps your edits)"))
    s.set_defaults(run=run_seed)

    x = sub.add_parser("export", parents=[common], help=translate("Cli", "write the plan to a file"))
    formats = x.add_subparsers(dest="format", metavar=translate("Placeholders", "FORMAT"), required=True)
    csv_p = formats.add_parser("csv", parents=[common], help=translate("Cli", "one row per commitment"))
    csv_p.add_argument("-o", "--output", type=Path, required=True, metavar=translate("Placeholders", "FILE"))
    add_filter_options(csv_p)
    csv_p.set_defaults(run=run_export_csv)
    xlsx_p = formats.add_parser("xlsx", parents=[common], help=translate("Cli", "an Excel workbook: commitments and key dates"))
    xlsx_p.add_argument("-o", "--output", type=Path, required=True, metavar=translate("Placeholders", "FILE"))
    add_filter_options(xlsx_p)
    xlsx_p.set_defaults(run=run_export_xlsx)
    return formats


def run_import(ctx: CliContext) -> int:
    path: Path = ctx.args.file
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise CliError(translate("Cli", "The file {path} has an unknown type; import reads {suffixes} files.").format(path=path, suffixes=', '.join(sorted(READERS))))
    if not path.is_file():
        raise CliError(translate("Cli", "The file {path} does not exist.").format(path=path))
    suffix = path.suffix.lower()
    # read and check all of it before anything is stored
    batch = CONTEXT_READERS[suffix](path, ctx) if suffix in CONTEXT_READERS else reader(path)
    batch.check(in_file(path.name))
    report = apply_batch(ctx.store, batch, keep_edits=False)
    print(translate("Cli", "Imported {name}: {text}.").format(name=path.name, text=import_text(report)))
    for note in batch.notes:
        print(sentence_text(note))
    return 0


def run_seed(ctx: CliContext) -> int:
    report = load_seed(ctx.store)
    print(translate("Cli", "Seed plan: {text}.").format(text=import_text(report)))
    return 0


def run_export_csv(ctx: CliContext) -> int:
    plan = ctx.store.load_plan()
    chosen = filter_from_args(ctx.args, plan).apply(plan, ctx.as_of, ctx.due_soon_days)
    write_atomically(ctx.args.output, plan_to_csv(plan, chosen, ctx.as_of, ctx.due_soon_days).encode("utf-8"))
    print(COUNTED.wrote(len(chosen)).format(file=ctx.args.output))
    return 0


def run_export_xlsx(ctx: CliContext) -> int:
    plan = ctx.store.load_plan()
    chosen = filter_from_args(ctx.args, plan).apply(plan, ctx.as_of, ctx.due_soon_days)
    write_atomically(ctx.args.output, plan_to_xlsx(plan, chosen, ctx.as_of, ctx.due_soon_days))
    print(COUNTED.wrote_with_key_dates(len(chosen)).format(key_dates=COUNTED.key_dates(len(plan.key_dates)), file=ctx.args.output))
    return 0


__all__ = ["READERS", "register", "ImportFileError"]
