"""The filter options shared by list, export and print: --strategy, --actor, --status, ..."""
from __future__ import annotations

import argparse

from planner.domain.filters import STATUS_WORDS, CommitmentFilter
from planner.domain.plan import Plan
from planner.i18n import translate

from .context import CliError, iso_date


def add_filter_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group(translate("Cli", "filters"))
    g.add_argument("--status", action="append", default=[], metavar=translate("Placeholders", "S"), help=translate("Cli", "only this status; one of: {statuses} (repeatable)").format(statuses=', '.join(STATUS_WORDS)))
    g.add_argument("--strategy", action="append", default=[], metavar=translate("Placeholders", "KEY"), help=translate("Cli", "only this strategy (key, reference or words of its title; repeatable)"))
    g.add_argument("--actor", action="append", default=[], metavar=translate("Placeholders", "NAME"), help=translate("Cli", "only commitments of this actor (repeatable)"))
    g.add_argument("--due-within", type=int, metavar=translate("Placeholders", "DAYS"), help=translate("Cli", "only open commitments due in the next DAYS days"))
    g.add_argument("--from", dest="date_from", type=iso_date, metavar=translate("Placeholders", "DATE"), help=translate("Cli", "only commitments whose window reaches DATE or later"))
    g.add_argument("--to", dest="date_to", type=iso_date, metavar=translate("Placeholders", "DATE"), help=translate("Cli", "only commitments whose window starts by DATE"))
    g.add_argument("--search", default="", metavar=translate("Placeholders", "TEXT"), help=translate("Cli", "only commitments whose title, description or quote has these words"))


def filter_from_args(args: argparse.Namespace, plan: Plan) -> CommitmentFilter:
    statuses = {s.strip().lower() for s in getattr(args, "status", [])}
    unknown = statuses - set(STATUS_WORDS)
    if unknown:
        raise CliError(translate("Cli", "The status {status!r} is not known; use one of: {statuses}.").format(status=sorted(unknown)[0], statuses=', '.join(STATUS_WORDS)))
    if getattr(args, "due_within", None) is not None and args.due_within < 0:
        raise CliError(translate("Cli", "--due-within needs a number of days of 0 or more, not {due_within}.").format(due_within=args.due_within))
    return CommitmentFilter(
        text=getattr(args, "search", ""),
        strategies=frozenset(_strategy_key(plan, s) for s in getattr(args, "strategy", [])),
        actors=frozenset(getattr(args, "actor", [])),
        statuses=frozenset(statuses),
        due_within_days=getattr(args, "due_within", None),
        date_from=getattr(args, "date_from", None),
        date_to=getattr(args, "date_to", None),
    )


def _strategy_key(plan: Plan, text: str) -> str:
    wanted = text.casefold()
    for s in plan.strategies:
        if wanted in (s.key.casefold(), s.reference.casefold()):
            return s.key
    matches = [s for s in plan.strategies if wanted in s.title.casefold()]
    if len(matches) == 1:
        return matches[0].key
    known = ", ".join(s.key for s in plan.strategies)
    raise CliError((translate("Cli", "The strategy {text!r} matches several strategies of the plan; use a key: {known}.") if matches else translate("Cli", "The strategy {text!r} matches no strategy of the plan; use a key: {known}.")).format(text=text, known=known))
