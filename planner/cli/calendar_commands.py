"""`planner export ics`, `planner serve`, `planner publish caldav|file` and .ics imports."""
from __future__ import annotations

import argparse
import getpass
import ipaddress
import sys
import threading
from pathlib import Path

from planner.calendar import caldav_sync, credentials
from planner.calendar.autopublish import AutoPublisher
from planner.calendar.export import CalendarInfo, per_strategy, to_ics
from planner.calendar.feed import FeedError, FeedServer
from planner.calendar.render import (
    AUTOPUBLISH_SETTING,
    CALDAV_URL_SETTING,
    CALDAV_USER_SETTING,
    Selection,
    plan_lead_days,
)
from planner.calendar.team_calendar import CalDavError, TeamCalendar
from planner.calendar.todos import to_ics_todos
from planner.files import write_atomically
from planner.i18n import translate
from planner.i18n.sentences import error_text
from planner.i18n.words import publish_text

from .context import CliContext, CliError, iso_date
from .counts import COUNTED
from .filtering import add_filter_options, filter_from_args

DEFAULT_PORT = 8765


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser("serve", parents=[common], help=translate("Cli", "serve the plan as a calendar feed clients can subscribe to"))
    s.add_argument("--host", metavar=translate("Placeholders", "HOST"), default="127.0.0.1", help=translate("Cli", "address to listen on (default: 127.0.0.1, this computer only)"))
    s.add_argument("--port", metavar=translate("Placeholders", "PORT"), type=int, default=DEFAULT_PORT, help=translate("Cli", "port (default: {DEFAULT_PORT}; 0 picks a free one)").format(DEFAULT_PORT=DEFAULT_PORT))
    s.set_defaults(run=run_serve)

    p = sub.add_parser("publish", parents=[common], help=translate("Cli", "publish the plan's calendar to a CalDAV server or a synced file"))
    targets = p.add_subparsers(dest="target", metavar=translate("Placeholders", "TARGET"), required=True)
    dav = targets.add_parser("caldav", parents=[common], help=translate("Cli", "create, update and delete events on a CalDAV calendar"))
    dav.add_argument("url", metavar=translate("Placeholders", "url"), nargs="?", help=translate("Cli", "the calendar collection's address (default: the one remembered in the plan)"))
    dav.add_argument("--user", metavar=translate("Placeholders", "USER"), help=translate("Cli", "user name (default: the one remembered in the plan)"))
    dav.add_argument("--remember", action="store_true", help=translate("Cli", "remember the address and user in the plan (never the password)"))
    dav.add_argument("--save-password", action="store_true", help=translate("Cli", "keep the password in the system keyring"))
    _add_as_of(dav)
    add_filter_options(dav)
    dav.set_defaults(run=run_publish_caldav)
    f = targets.add_parser("file", parents=[common], help=translate("Cli", "write the calendar to a file a sync folder shares, atomically"))
    f.add_argument("path", metavar=translate("Placeholders", "path"), type=Path, nargs="?", help=translate("Cli", "the .ics file (default: the one remembered in the plan)"))
    f.add_argument("--watch", action="store_true", help=translate("Cli", "keep rewriting it whenever the plan changes, until Ctrl-C"))
    f.add_argument("--every", type=float, default=2.0, metavar=translate("Placeholders", "SECONDS"), help=translate("Cli", "how often --watch looks for changes"))
    f.add_argument("--remember", action="store_true", help=translate("Cli", "remember the file in the plan: the window keeps it current"))
    f.set_defaults(run=run_publish_file)


def register_export(formats: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    x = formats.add_parser("ics", parents=[common], help=translate("Cli", "iCalendar events (and optionally to-dos)"))
    x.add_argument("-o", "--output", type=Path, required=True, metavar=translate("Placeholders", "FILE"), help=translate("Cli", "the .ics file, or a folder with --per-strategy"))
    x.add_argument("--todos", action="store_true", help=translate("Cli", "also write the commitments as to-dos, to FILE-tasks.ics"))
    x.add_argument("--per-strategy", action="store_true", help=translate("Cli", "one file per strategy, named by its key, in the folder -o"))
    x.add_argument("--name", metavar=translate("Placeholders", "NAME"), help=translate("Cli", "the calendar's name as clients list it"))
    _add_as_of(x)
    add_filter_options(x)
    x.set_defaults(run=run_export_ics)


def _add_as_of(p: argparse.ArgumentParser) -> None:
    # Only the filters look at the day (--status overdue, --due-within): the events are the same on any day.
    p.add_argument("--as-of", type=iso_date, metavar=translate("Placeholders", "DATE"), help=translate("Cli", "the day --status and --due-within are judged on (default: today)"))


# export ---------------------------------------------------------------------------------------------

def run_export_ics(ctx: CliContext) -> int:
    args = ctx.args
    plan = ctx.store.load_plan()
    chosen = filter_from_args(args, plan).apply(plan, ctx.as_of, ctx.due_soon_days)
    info = CalendarInfo(args.name) if args.name else CalendarInfo()
    now, lead_days = ctx.clock.now(), plan_lead_days(ctx.store)
    out: Path = args.output
    files: list[tuple[Path, bytes]] = []
    if args.per_strategy:
        if not out.is_dir():
            raise CliError(translate("Cli", "The folder {out} does not exist; --per-strategy writes one file per strategy into a folder.").format(out=out))
        for strategy, commitments in per_strategy(plan, chosen):
            named = info.for_strategy(strategy)
            files.append((out / f"{strategy.key}.ics", to_ics(plan, commitments, info=named, now=now, lead_days=lead_days)))
            if args.todos:
                files.append((out / f"{strategy.key}-tasks.ics", to_ics_todos(plan, commitments, info=named, now=now, lead_days=lead_days)))
    else:
        files.append((out, to_ics(plan, chosen, info=info, now=now, lead_days=lead_days)))
        if args.todos:
            files.append((out.with_name(f"{out.stem}-tasks.ics"), to_ics_todos(plan, chosen, info=info, now=now, lead_days=lead_days)))
    for path, data in files:  # everything rendered first: a bad plan writes no file at all
        write_atomically(path, data)
    names = [str(path) for path, _ in files]
    where = translate("Cli", "{first} and {second}").format(first=names[0], second=names[1]) if len(names) == 2 else names[0] if len(names) == 1 else COUNTED.files_in(len(names)).format(folder=out)
    print(COUNTED.wrote(len(chosen)).format(file=where))
    return 0


# import ---------------------------------------------------------------------------------------------



# serve ----------------------------------------------------------------------------------------------

def run_serve(ctx: CliContext) -> int:
    args = ctx.args
    if not 0 <= args.port <= 65535:
        raise CliError(translate("Cli", "The port {port} is not a port number (0 to 65535).").format(port=args.port))
    store = ctx.store
    try:
        server = FeedServer(store, ctx.clock, host=args.host, port=args.port)
    except FeedError as exc:
        raise CliError(error_text(exc)) from None
    if not _is_loopback(args.host):
        print(translate("Cli", "Warning: {host} lets other computers on the network read the whole plan.").format(host=args.host), file=sys.stderr)
    print(translate("Cli", "Serving the plan at {url}").format(url=server.url()), flush=True)
    print(translate("Cli", "Subscribe in a calendar app with {url}").format(url=server.webcal_url()))
    for strategy in store.load_plan().strategies:
        print(f"  {strategy.key}: {server.url(server.strategy_path(strategy.key))}")
    print(translate("Cli", "Press Ctrl-C to stop."), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print(translate("Cli", "Stopped."))
    finally:
        server.stop()
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# publish --------------------------------------------------------------------------------------------

def run_publish_caldav(ctx: CliContext) -> int:
    args, store = ctx.args, ctx.store
    url = args.url or store.setting(CALDAV_URL_SETTING)
    if not url:
        raise CliError(translate("Cli", "No CalDAV address given and none remembered; name the calendar's address, e.g. https://host/dav/user/team/."))
    user = args.user if args.user is not None else store.setting(CALDAV_USER_SETTING)
    password = credentials.password_for(url, user, _ask_password) if user else ""
    plan = store.load_plan()
    chosen = filter_from_args(args, plan).apply(plan, ctx.as_of, ctx.due_soon_days)
    key = caldav_sync.state_key(url)
    try:
        with TeamCalendar(url, user or "", password) as calendar:
            report, state = caldav_sync.publish(
                calendar, plan, chosen, now=ctx.clock.now(), lead_days=plan_lead_days(store),
                state=caldav_sync.load_state(store.setting(key)),
            )
    except CalDavError as exc:
        raise CliError(error_text(exc)) from None
    store.set_setting(key, caldav_sync.dump_state(state))
    if args.remember:
        store.set_setting(CALDAV_URL_SETTING, url)
        store.set_setting(CALDAV_USER_SETTING, user or "")
    if args.save_password and user and not credentials.store_password(url, user, password):
        print(translate("Cli", "The password was not saved: this system has no keyring."), file=sys.stderr)
    print(translate("Cli", "Published to {url}: {text}.").format(url=url, text=publish_text(report)))
    return 0


def _ask_password(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(translate("Cli", "A CalDAV password is needed, and there is no terminal to ask for it; save it in the system keyring (--save-password, once, in a terminal)."))
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CliError(translate("Cli", "No CalDAV password was given.")) from None


def run_publish_file(ctx: CliContext) -> int:
    args, store = ctx.args, ctx.store
    path = args.path or (Path(store.setting(AUTOPUBLISH_SETTING)) if store.setting(AUTOPUBLISH_SETTING) else None)
    if path is None:
        raise CliError(translate("Cli", "No file given and none remembered; name the .ics file to publish to."))
    if args.every <= 0:
        raise CliError(translate("Cli", "--every needs a number of seconds above 0, not {every}.").format(every=args.every))
    publisher = AutoPublisher(store, ctx.clock, path, Selection())
    written = publisher.publish()  # a first write also checks the folder before --remember
    if args.remember:
        store.set_setting(AUTOPUBLISH_SETTING, str(Path(path).resolve()))
    print((translate("Cli", "Wrote {path}.") if written else translate("Cli", "Already current: {path}.")).format(path=path), flush=True)
    if args.watch:
        print(translate("Cli", "Keeping {path} current; press Ctrl-C to stop.").format(path=path), flush=True)
        stop = threading.Event()
        try:
            publisher.watch(stop, every_seconds=args.every)
        except KeyboardInterrupt:
            stop.set()
            print(translate("Cli", "Stopped."))
    return 0

