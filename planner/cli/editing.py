"""`planner add` and `planner edit`: the same fields as the edit dialog, as options."""
from __future__ import annotations

import argparse
from datetime import date

from planner.domain import gate
from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, Initiative, Kind, Plan, Status
from planner.exchange.batch import ImportBatch
from planner.i18n import translate

from .context import CliContext, CliError
from .listing import status_text

UNFILED = ("Unfiled", "General")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    a = sub.add_parser("add", parents=[common], help=translate("Cli", "add a commitment"))
    a.add_argument("title", metavar=translate("Placeholders", "title"))
    a.add_argument("--due", required=True, metavar=translate("Placeholders", "PHRASE"), help=translate("Cli", "e.g. 'Q4 2020', 'by the end of 2021', '2021-2025'"))
    a.add_argument("--initiative", metavar=translate("Placeholders", "KEY"), help=translate("Cli", "initiative key or words of its title (default: Unfiled)"))
    _fields(a)
    a.set_defaults(run=run_add)

    e = sub.add_parser("edit", parents=[common], help=translate("Cli", "change a commitment"))
    e.add_argument("id", metavar=translate("Placeholders", "id"), type=int)
    e.add_argument("--title", metavar=translate("Placeholders", "TITLE"))
    e.add_argument("--due", metavar=translate("Placeholders", "PHRASE"), help=translate("Cli", "a new due date; the change is kept in the history"))
    e.add_argument("--initiative", metavar=translate("Placeholders", "KEY"), help=translate("Cli", "move it to another initiative"))
    e.add_argument("--status", choices=[s.value for s in Status])
    e.add_argument("--forecast", metavar=translate("Placeholders", "PHRASE"), help=translate("Cli", "when you now expect it ('none' to clear)"))
    e.add_argument("--delivered", metavar=translate("Placeholders", "DAY"), help=translate("Cli", "mark delivered on DAY: '15 December 2020' or 2020-12-15, as in the window"))
    e.add_argument("--delivered-by", metavar=translate("Placeholders", "REFERENCE"), help=translate("Cli", "the document that delivered it, e.g. 'COM(2022) 209'"))
    e.add_argument("--reason", metavar=translate("Placeholders", "REASON"), default="", help=translate("Cli", "why the dates changed (kept with the revision)"))
    _fields(e)
    e.set_defaults(run=run_edit)


def _fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--start", metavar=translate("Placeholders", "PHRASE"), help=translate("Cli", "start of a span"))
    p.add_argument("--kind", choices=[k.value for k in Kind])
    p.add_argument("--actor", metavar=translate("Placeholders", "ACTOR"))
    p.add_argument("--description", metavar=translate("Placeholders", "DESCRIPTION"))
    p.add_argument("--source", metavar=translate("Placeholders", "REF"), help=translate("Cli", "document reference, e.g. 'COM(2020) 607'"))
    p.add_argument("--section", metavar=translate("Placeholders", "SECTION"))
    p.add_argument("--quote", metavar=translate("Placeholders", "QUOTE"), help=translate("Cli", "the sentence of the document it comes from"))


def delivered_day(text: str) -> date:
    """--delivered: one day, in any form the edit dialog reads ("15 December 2020", 2020-12-15)."""
    period = parse_period(text)
    if period.start != period.end:  # a delivery happened on a day, not in a quarter
        raise CliError(translate("Cli", "{text!r} is a window ({window_text}); give the exact day it was delivered.").format(text=text, window_text=period.window_text))
    return period.start


def _period(text: str | None, anchor: date | None):
    return parse_period(text, anchor=anchor) if text is not None else None


def find_initiative(plan: Plan, text: str) -> Initiative:
    wanted = text.casefold()
    exact = [i for i in plan.initiatives if i.key.casefold() == wanted]
    if exact:
        return exact[0]
    found = [i for i in plan.initiatives if wanted in i.title.casefold()]
    if len(found) == 1:
        return found[0]
    if found:  # name the candidates, as the strategy error does
        keys = ", ".join(f"{i.key} ({i.title})" for i in found)
        raise CliError(translate("Cli", "The initiative {text!r} matches several initiatives of the plan; use a key: {keys}.").format(text=text, keys=keys))
    raise CliError(translate("Cli", "The initiative {text!r} matches no initiative of the plan; `planner initiatives` lists the keys.").format(text=text))


def _anchor(plan: Plan, initiative: Initiative | None) -> date | None:
    return plan.strategy(initiative.strategy_key).adopted if initiative else None


def run_add(ctx: CliContext) -> int:
    args, store = ctx.args, ctx.store
    plan = store.load_plan()
    group = None
    if args.initiative:
        initiative = find_initiative(plan, args.initiative)
    else:
        # The "Unfiled" group is added with the commitment, in one write, once it passed the gate.
        batch = ImportBatch()
        key = batch.ensure_group(*UNFILED)
        initiative = batch.initiatives[0]
        group = (batch.strategies[0], initiative)
        assert initiative.key == key
    anchor = _anchor(plan, initiative) if args.initiative else ctx.clock.today()
    start = _period(args.start, anchor)
    c = Commitment(
        title=args.title, due=parse_period(args.due, anchor=anchor), initiative_key=initiative.key,
        start=start, kind=Kind(args.kind) if args.kind else (Kind.SPAN if start else Kind.DEADLINE),
        actor=args.actor or "", description=args.description or "", source_ref=args.source or "",
        section=args.section or "", quote=args.quote or "",
    )
    gate.check_commitment(c)
    saved = store.add_commitment(c, group=group)
    print(translate("Cli", "Added commitment {id}: {title} (due {due}, {window}).").format(id=saved.id, title=saved.title, due=saved.due.shown, window=saved.due.window_text))
    return 0


def run_edit(ctx: CliContext) -> int:
    args, store = ctx.args, ctx.store
    plan = store.load_plan()
    c = store.commitment(args.id)
    initiative = find_initiative(plan, args.initiative) if args.initiative else plan.initiative(c.initiative_key)
    anchor = _anchor(plan, initiative)
    changes: dict[str, object] = {}
    if initiative.key != c.initiative_key:
        changes["initiative_key"] = initiative.key
    for name in ("title", "actor", "description", "section", "quote"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.source is not None:
        changes["source_ref"] = args.source
    # An empty phrase is a mistake, not "leave it": parse_period says the date is empty.
    if args.due is not None:
        changes["due"] = parse_period(args.due, anchor=anchor)
    if args.start is not None:
        changes["start"] = None if args.start.strip().lower() == "none" else parse_period(args.start, anchor=anchor)
    if args.kind:
        changes["kind"] = Kind(args.kind)
    if args.status:
        changes["status"] = Status(args.status)
    if args.forecast is not None:
        changes["forecast"] = None if args.forecast.lower() == "none" else parse_period(args.forecast, anchor=anchor)
    if args.delivered:
        changes["delivered_on"] = delivered_day(args.delivered)
        changes["status"] = Status.DELIVERED
    if args.delivered_by is not None:
        changes["delivered_by"] = args.delivered_by.strip()
    if not changes:  # no option at all: a mistake in the command, not an edit
        raise CliError(translate("Cli", "Nothing to change in commitment {id}: give at least one option such as --due, --title or --delivered (see `planner edit --help`).").format(id=c.id))
    edited = gate.check_commitment(c.changed(**changes))
    if edited == c and edited.initiative_key == c.initiative_key and _same_words(edited, c):
        print(translate("Cli", "Nothing to change in commitment {id}: {title} (due {due}, status {status}).").format(id=c.id, title=c.title, due=c.due.shown, status=status_text(c, ctx.as_of, ctx.due_soon_days)))
        return 0
    saved = store.update_commitment(edited, reason=args.reason)
    print(translate("Cli", "Saved commitment {id}: {title} (due {due}, status {status}).").format(id=saved.id, title=saved.title, due=saved.due.shown, status=status_text(saved, ctx.as_of, ctx.due_soon_days)))
    return 0


def _same_words(a: Commitment, b: Commitment) -> bool:
    """Commitments compare periods by window; the phrases as written must match too."""
    return all((getattr(a, n).phrase if getattr(a, n) else None) == (getattr(b, n).phrase if getattr(b, n) else None)
               for n in ("due", "start", "baseline", "forecast"))
