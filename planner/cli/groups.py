"""`planner initiatives`: the keys that `--initiative` takes, with the strategy each belongs to."""
from __future__ import annotations

import argparse
import json
from collections import Counter

from planner.i18n import translate

from .context import CliContext


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("initiatives", parents=[common], help=translate("Cli", "list the initiatives and their keys (for --initiative)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON array"))
    p.set_defaults(run=run)


def run(ctx: CliContext) -> int:
    plan = ctx.store.load_plan()
    counts = Counter(c.initiative_key for c in plan.commitments)
    strategies = {s.key: s for s in plan.strategies}
    rows = [(i.key, strategies[i.strategy_key], i, counts[i.key]) for i in plan.initiatives]
    if ctx.args.json:
        print(json.dumps([{"key": key, "strategy_key": s.key, "strategy": s.title, "initiative": i.label, "commitments": n}
                          for key, s, i, n in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(translate("Cli", "The plan has no initiatives yet."))
        return 0
    heads = (translate("Cli", "key"), translate("Cli", "commitments"), translate("Cli", "initiative"))
    width, count_width = max(len(heads[0]), *(len(k) for k, *_ in rows)), len(heads[1])
    print(f"{heads[0].ljust(width)}  {heads[1]}  {heads[2]}")
    shown_strategy = None
    for key, s, i, n in rows:
        if s.key != shown_strategy:  # one heading per strategy, its initiatives under it
            print(f"{s.title}" + (f" ({s.reference})" if s.reference else ""))
            shown_strategy = s.key
        print(f"{key.ljust(width)}  {str(n).rjust(count_width)}  {i.label}")
    return 0
