"""`planner list`: the commitments, as a table or as JSON for scripts."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import date

from planner.domain.plan import Commitment, Initiative, Plan, Strategy
from planner.domain.status import DEFAULT_DUE_SOON_DAYS, slippage, standing
from planner.i18n import column_window_text, day_text, translate
from planner.i18n.words import status_word

from .baselines import add_as_planned_on, baseline_day, plan_as_planned
from .context import CliContext, iso_date
from .counts import COUNTED
from .filtering import add_filter_options, filter_from_args


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", parents=[common], help=translate("Cli", "list commitments (table or --json)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON array"))
    p.add_argument("--as-of", type=iso_date, metavar=translate("Placeholders", "DATE"), help=translate("Cli", "compute status as of this day (default: today)"))
    add_as_planned_on(p)
    add_filter_options(p)
    p.set_defaults(run=run)


def commitment_json(c: Commitment, as_of: date, groups: dict[str, tuple[Initiative, Strategy]], due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> dict[str, object]:
    """`groups` (from `groups_of`): each initiative with its strategy, looked up once per plan."""
    ini, strat = groups[c.initiative_key]
    slip = slippage(c)
    return {
        "id": c.id,
        "key": c.key,
        "title": c.title,
        "strategy": strat.title,
        "strategy_key": strat.key,
        "initiative": ini.label,
        "initiative_key": ini.key,
        "kind": c.kind.value,
        "actor": c.actor,
        "due": c.due.shown,
        "due_start": c.due.start.isoformat(),
        "due_end": c.due.end.isoformat(),
        "precision": c.due.precision.value,
        "start": c.start.start.isoformat() if c.start else None,
        "status": c.status.value,
        "standing": standing(c, as_of, due_soon_days).value,
        "announced": c.announced.shown,
        "forecast": c.forecast.shown if c.forecast else None,
        "delivered_on": c.delivered_on.isoformat() if c.delivered_on else None,
        "delivered_by": c.delivered_by or None,
        "slippage_days": slip.days if slip else None,
        "description": c.description,
        "source": c.source_ref,
        "section": c.section,
        "quote": c.quote,
    }


def status_text(c: Commitment, as_of: date, due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> str:
    """The status the window shows on `as_of` ('overdue'), with the recorded one beside it where
    it says something else ('overdue (recorded: planned)'), as the details pane does."""
    shown = standing(c, as_of, due_soon_days).value
    if shown.startswith(c.status.value):  # 'delivered on time' is what 'delivered' records
        return status_word(shown)
    return translate("Cli", "{standing} (recorded: {status})").format(standing=status_word(shown), status=status_word(c.status.value))


def groups_of(plan: Plan) -> dict[str, tuple[Initiative, Strategy]]:
    strategies = {s.key: s for s in plan.strategies}
    return {i.key: (i, strategies[i.strategy_key]) for i in plan.initiatives}


def print_json_array(items: Iterable[dict[str, object]]) -> None:
    """What print(json.dumps(list(items), ensure_ascii=False, indent=1)) prints, an item at a
    time: 100,000 commitments never sit in memory as dicts and text at once."""
    out = sys.stdout
    opened = False
    for item in items:
        out.write(",\n " if opened else "[\n ")
        out.write(_item_text(item))
        opened = True
    out.write("\n]\n" if opened else "[]\n")


# json's C encoder, laying a flat object out as indent=1 would inside an array (json writes
# indented text in pure Python: a third of the command's time at 100,000 commitments).
_FLAT = json.JSONEncoder(ensure_ascii=False, separators=(",\n  ", ": "))
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _item_text(item: dict[str, object]) -> str:
    if item and _SCALARS.issuperset(map(type, item.values())):
        return "{\n  " + _FLAT.encode(item)[1:-1] + "\n }"
    # Newlines in the text are the layout's own (JSON escapes those inside strings).
    return json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n ")


def run(ctx: CliContext) -> int:
    plan = ctx.store.load_plan()
    as_of = ctx.as_of
    if ctx.args.as_planned_on:
        day = baseline_day(ctx.store, ctx.args.as_planned_on)
        plan = plan_as_planned(ctx.store, plan, day)
        as_of = ctx.args.as_of or day
    days = ctx.due_soon_days
    chosen = filter_from_args(ctx.args, plan).apply(plan, as_of, days)
    if ctx.args.json:
        groups = groups_of(plan)
        print_json_array(commitment_json(c, as_of, groups, days) for c in chosen)
        return 0
    if not chosen:
        print(translate("Cli", "No commitments match."))
        return 0
    # A table for people (scripts take --json): headings, status words and days in their language.
    rows = [(str(c.id), c.due.shown, column_window_text(c.due), status_text(c, as_of, days), c.title) for c in chosen]
    headings = (translate("Cli", "id"), translate("Cli", "due"), translate("Cli", "window"), translate("Cli", "status"), translate("Cli", "title"))
    widths = [max(len(r[i]) for r in [*rows, headings]) for i in range(4)]
    print("  ".join(h.ljust(w) for h, w in zip(headings[:4], widths, strict=True)) + "  " + headings[4])
    for r in rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=False)) + "  " + r[4])
    print("\n" + COUNTED.listed(len(chosen)).format(day=day_text(as_of)))
    return 0
