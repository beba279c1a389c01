"""`planner copy --from URL --to URL`: move a whole plan between SQLite and PostgreSQL."""
from __future__ import annotations

import argparse

from planner.i18n import translate
from planner.store.addresses import resolve_url
from planner.store.copying import copy_plan

from .context import CliContext
from .counts import COUNTED


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    c = sub.add_parser(
        "copy",
        help=translate("Cli", "copy a whole plan to another database (SQLite file or PostgreSQL URL)"),
        description=translate("Cli", "Copy every row of a plan — ids, history, links, key dates, settings — into a database that holds no plan yet."),
    )
    c.add_argument("--from", dest="source", required=True, metavar=translate("Placeholders", "URL"), help=translate("Cli", "the plan to copy: a file path or SQLAlchemy URL"))
    c.add_argument("--to", dest="target", required=True, metavar=translate("Placeholders", "URL"), help=translate("Cli", "where to copy it: a file path or SQLAlchemy URL"))
    c.add_argument("--replace", action="store_true", help=translate("Cli", "drop the plan the target already holds (in the same transaction)"))
    c.set_defaults(run=run_copy)


def run_copy(ctx: CliContext) -> int:
    report = copy_plan(resolve_url(ctx.args.source), resolve_url(ctx.args.target), replace=ctx.args.replace)
    print(translate("Cli", "Copied the plan from {source} to {target}: {commitments}, {rows} in {tables}.").format(
        source=report.source, target=report.target, commitments=COUNTED.commitments(report.rows.get("commitments", 0)),
        rows=COUNTED.rows(sum(report.rows.values())), tables=COUNTED.tables(len(report.rows))))
    return 0
