"""Past days as baselines: `--as-planned-on DAY|NAME` and `planner baseline` (name a day)."""
from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

from planner.domain.as_planned import as_planned_on
from planner.domain.plan import Plan
from planner.i18n import translate
from planner.store.history import baselines, read_history, save_baseline
from planner.store.plan_store import PlanStore

from .context import CliContext, CliError, iso_date


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("baseline", parents=[common], help=translate("Cli", "name a past day to compare against, list the named days, or --delete one"))
    p.add_argument("name", metavar=translate("Placeholders", "name"), nargs="?", help=translate("Cli", "the baseline's name, e.g. 'Council meeting 12 March 2021'"))
    p.add_argument("day", metavar=translate("Placeholders", "day"), nargs="?", type=iso_date, help=translate("Cli", "the day it names (YYYY-MM-DD)"))
    p.add_argument("--delete", metavar=translate("Placeholders", "NAME"), help=translate("Cli", "forget the named baseline (the plan's own history stays)"))
    p.set_defaults(run=run)


def add_as_planned_on(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-planned-on", metavar=translate("Placeholders", "DAY|NAME"), help=translate("Cli", "the plan as it was planned on a past day (YYYY-MM-DD) or a named baseline; status is then as of that day"))


def baseline_day(store: PlanStore, text: str) -> date:
    """A day written YYYY-MM-DD, or the day of a named baseline; one sentence when neither."""
    try:
        return iso_date(text)
    except argparse.ArgumentTypeError:
        named = dict(baselines(store))
        if text in named:
            return named[text]
        known = ", ".join(repr(n) for n in named) or "none yet"
        raise CliError(translate("Cli", "{text!r} is neither a day (YYYY-MM-DD) nor a named baseline (named: {known}).").format(text=text, known=known)) from None


def plan_as_planned(store: PlanStore, plan: Plan, day: date) -> Plan:
    """`plan` with its commitments as they stood on `day`."""
    return replace(plan, commitments=as_planned_on(plan.commitments, read_history(store), day))


def run(ctx: CliContext) -> int:
    args = ctx.args
    if args.delete is not None:
        if args.name:
            raise CliError(translate("Cli", "--delete takes the baseline's name alone: planner baseline --delete NAME."))
        return _delete(ctx, args.delete)
    if args.name and args.day:
        save_baseline(ctx.store, args.name, args.day)
        print(translate("Cli", "Baseline {name!r}: {day}.").format(name=" ".join(args.name.split()), day=args.day.isoformat()))
        return 0
    if args.name:
        raise CliError(translate("Cli", "Give the day the baseline {name!r} names, e.g. planner baseline {name!r} 2021-03-12.").format(name=args.name))
    named = baselines(ctx.store)
    for name, day in named:
        print(f"{day.isoformat()}  {name}")
    if not named:
        print(translate("Cli", "No named baselines yet (planner baseline NAME DAY names one)."))
    return 0


def _delete(ctx: CliContext, name: str) -> int:
    named = dict(ctx.store.baselines())
    label = " ".join(name.split())
    if label not in named:
        known = ", ".join(repr(n) for n in named) or "none yet"
        raise CliError(translate("Cli", "There is no baseline named {name!r} (named: {known}).").format(name=label, known=known))
    ctx.store.delete_baseline(label)
    print(translate("Cli", "Deleted the baseline {name!r} ({day}).").format(name=label, day=named[label].isoformat()))
    return 0
