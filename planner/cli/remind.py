"""`planner remind`: the reminders due and not yet dealt with, for a cron job or systemd timer.

They are marked shown as they are printed (record first: a crash after it leaves them in the
app's "Due soon" list), so the next run, or the app, does not deliver them again.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, timedelta

from planner.domain.plan import Commitment
from planner.domain.reminder_messages import due_phrase, messages_for
from planner.domain.reminder_plan import Occurrence, notice_label
from planner.i18n import translate
from planner.i18n.words import due_phrase_text, notice_words, reminder_label_text
from planner.store.reminder_store import ReminderStore

from .context import CliContext, iso_date
from .counts import COUNTED

NOTHING_DUE, SOME_DUE = 0, 1


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "remind",
        parents=[common],
        help=translate("Cli", "print the reminders due and mark them shown (for cron or a systemd timer)"),
        description=translate("Cli", "Print the reminders that are due and not yet dealt with, and mark them shown.\n"
        "Exit status: 0 when nothing is due, 1 when reminders were printed, 2 on an error."),
        epilog=translate("Cli", "crontab, every hour:  0 * * * *  planner remind --notify\n"
        "systemd: a service running it should say SuccessExitStatus=1 (reminders were due)."),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--as-of", type=iso_date, metavar=translate("Placeholders", "DATE"), help=translate("Cli", "take this day as today (default: today)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON array"))
    p.add_argument("--peek", action="store_true", help=translate("Cli", "only look: do not mark them shown"))
    p.add_argument("--notify", action="store_true", help=translate("Cli", "also send a desktop notification"))
    p.set_defaults(run=run)


def moment_of(ctx: CliContext) -> datetime:
    """Now, or with --as-of another day, the last moment of that day (snoozes ending that day count)."""
    day = ctx.args.as_of
    if day is None or day == ctx.clock.today():
        return ctx.clock.now()
    return ctx.clock.start_of(day + timedelta(days=1)) - timedelta(microseconds=1)


def reminder_json(o: Occurrence, c: Commitment, today: date) -> dict[str, object]:
    return {
        "commitment_id": c.id,
        "title": c.title,
        "lead_days": o.lead_days,
        "reminder": notice_label(o, c.due.end, today),
        "fires_on": o.fires_on.isoformat(),
        "due": c.due.shown,
        "due_end": c.due.end.isoformat(),
        "when": due_phrase(c, today),
        "occurrence_id": o.id,
    }


def run(ctx: CliContext) -> int:
    today = ctx.as_of
    plan = ctx.store.load_plan()
    by_id = {c.id: c for c in plan.commitments}
    due = ReminderStore(ctx.store).deliver(plan.commitments, moment_of(ctx), today, peek=ctx.args.peek)
    pairs = [(o, by_id[o.commitment_id]) for o in due if o.commitment_id in by_id]
    if ctx.args.json:
        print(json.dumps([reminder_json(o, c, today) for o, c in pairs], ensure_ascii=False, indent=1))
    elif not pairs:
        print(translate("Cli", "No reminders due as of {day}.").format(day=today.isoformat()))
    else:
        for o, c in pairs:
            # the day first as ISO (sorts, and a cron mail reads it alike); the words in the language
            print(f"{o.fires_on.isoformat()}  {reminder_label_text(o, c.due.end, today):<15}  #{c.id}  {c.title} — {due_phrase_text(c, today)} ({c.due.shown})")
        print("\n" + COUNTED.reminders_due(len(pairs), ctx.args.peek))
    if ctx.args.notify and pairs:
        _notify(pairs, today)
    return SOME_DUE if pairs else NOTHING_DUE


def _notify(pairs: list[tuple[Occurrence, Commitment]], today: date) -> None:
    from planner.reminders.desktop import desktop_notifier  # only --notify needs the desktop

    notifier = desktop_notifier()
    if notifier is None:
        print("planner: " + translate("Cli", "no desktop notification service is available; the reminders were only printed."), file=sys.stderr)
        return
    for message in messages_for(pairs, today, words=notice_words()):
        notifier.notify(message)
