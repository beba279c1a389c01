"""`planner report`: what happened since a day and what is due next, for a meeting: Markdown or
HTML to paste into an e-mail or a wiki, or a PDF with the timeline snapshot of the same rows."""
from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from planner.domain.as_planned import as_planned_on
from planner.i18n import day_text, translate
from planner.i18n.words import report_words
from planner.printing.titles import filter_text
from planner.report.files import SUFFIXES, write_report
from planner.report.meeting import meeting_report
from planner.store.history import read_history

from .baselines import baseline_day
from .context import CliContext, CliError
from .counts import COUNTED
from .filtering import add_filter_options, filter_from_args


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help=translate("Cli", "a meeting report: delivered, slipped, overdue, due next, added or dropped"),
                       description=translate("Cli", "What happened after --since up to --until, and what is due in the weeks after, as PDF, HTML or Markdown."))
    p.add_argument("--since", required=True, metavar=translate("Placeholders", "DAY|NAME"), help=translate("Cli", "the day of the last meeting (YYYY-MM-DD) or a named baseline"))
    p.add_argument("--until", metavar=translate("Placeholders", "DAY|NAME"), help=translate("Cli", "the last day the report covers (default: today)"))
    p.add_argument("--ahead", type=int, default=8, metavar=translate("Placeholders", "WEEKS"), help=translate("Cli", "what is due in this many weeks after --until (default: 8)"))
    p.add_argument("-o", "--output", type=Path, required=True, metavar=translate("Placeholders", "FILE"), help=translate("Cli", "FILE.pdf, FILE.html or FILE.md"))
    add_filter_options(p)
    p.set_defaults(run=run)


def run(ctx: CliContext) -> int:
    args = ctx.args
    suffix = args.output.suffix.lower()
    if suffix not in SUFFIXES:
        raise CliError(translate("Cli", "The file {output} has an unknown type; a report is written as {suffixes}.").format(output=args.output, suffixes=', '.join(SUFFIXES)))
    if not 0 <= args.ahead <= 520:
        raise CliError(translate("Cli", "--ahead must be from 0 to 520 weeks, not {ahead}.").format(ahead=args.ahead))
    since = baseline_day(ctx.store, args.since)
    until = baseline_day(ctx.store, args.until) if args.until else ctx.clock.today()
    if until < since:
        raise CliError(translate("Cli", "The report would end on {until}, before it starts on {since}; give an --until after --since.").format(until=until.isoformat(), since=since.isoformat()))
    plan = ctx.store.load_plan()
    history = read_history(ctx.store)
    chosen_filter = filter_from_args(args, plan)
    chosen = None if chosen_filter.is_empty else {c.id for c in chosen_filter.apply(replace(plan, commitments=as_planned_on(plan.commitments, history, until)), until)}
    report = meeting_report(plan, history, since=since, until=until, ahead_weeks=args.ahead, chosen=chosen,
                            filter_text=filter_text(chosen_filter, plan))
    if suffix == ".pdf":
        from .print_command import _start_qt

        _start_qt()
    pages = write_report(args.output, report, plan, history, ctx.clock, report_words())
    wrote = f"{args.output}, {COUNTED.pages(pages)}" if pages else str(args.output)
    print(translate("Cli", "Wrote {file}: {commitments} from {since} to {until}.").format(
        file=wrote, commitments=COUNTED.commitments(len(report.commitments)), since=day_text(since), until=day_text(until)))
    return 0

