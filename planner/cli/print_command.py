"""`planner print`: a timeline snapshot of the plan as a PDF, PNG or SVG file, with no window.

The rows come from the same model and filter proxy the window's tree shows, built on the store
without a window, and are drawn by the same routine as the screen. Qt is loaded only when this
command runs, on the offscreen platform: a snapshot needs no screen.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.i18n import day_text, translate
from planner.i18n.sentences import error_text

from .context import CliContext, CliError, iso_date
from .counts import COUNTED
from .filtering import add_filter_options, filter_from_args

PAGE_NAMES = "A0-A5, Letter, Legal, Tabloid"
_app = None  # the QApplication this command made, kept alive while the process runs


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    # "resolve": --from/--to here choose the months printed, not the filter's dates.
    p = sub.add_parser("print", parents=[common], conflict_handler="resolve",
                       help=translate("Cli", "print a timeline snapshot to a PDF, PNG or SVG file (A3 landscape, whole plan)"),
                       description=translate("Cli", "A timeline snapshot to hand round: title, as-of date, the tree's label columns, bars, legend and page numbers."))
    p.add_argument("-o", "--output", type=Path, required=True, metavar=translate("Placeholders", "FILE"), help=translate("Cli", "FILE.pdf, FILE.png or FILE.svg (pictures of several pages: FILE-1.png, FILE-2.png...)"))
    add_filter_options(p)
    p.add_argument("--from", dest="range_from", metavar=translate("Placeholders", "YYYY-MM"), help=translate("Cli", "first month printed (default: the first date of the rows printed)"))
    p.add_argument("--to", dest="range_to", metavar=translate("Placeholders", "YYYY-MM"), help=translate("Cli", "last month printed (default: the last date of the rows printed)"))
    p.add_argument("--page", default="A3", metavar=translate("Placeholders", "SIZE"), help=translate("Cli", "paper size: {PAGE_NAMES} (default: A3)").format(PAGE_NAMES=PAGE_NAMES))
    p.add_argument("--portrait", action="store_true", help=translate("Cli", "portrait pages (default: landscape)"))
    how = p.add_mutually_exclusive_group()
    how.add_argument("--pages-wide", type=int, default=1, metavar=translate("Placeholders", "N"), help=translate("Cli", "fit the range across N pages (default: 1); rows run on to more pages when they must"))
    how.add_argument("--month-width", type=float, metavar=translate("Placeholders", "MM"), help=translate("Cli", "tile instead: draw a month MM millimetres wide, on as many pages as it takes"))
    p.add_argument("--as-of", type=iso_date, metavar=translate("Placeholders", "DATE"), help=translate("Cli", "status as of this day (default: today)"))
    p.add_argument("--greyscale", action="store_true", help=translate("Cli", "black and white: status told by pattern and symbol"))
    p.add_argument("--sources", action="store_true", help=translate("Cli", "a footer with the source documents of the rows"))
    p.add_argument("--title", default="", metavar=translate("Placeholders", "TEXT"), help=translate("Cli", "title at the top (default: the strategy, or the strategies, printed)"))
    p.add_argument("--dpi", type=int, default=150, metavar=translate("Placeholders", "N"), help=translate("Cli", "resolution of a PNG (default: 150)"))
    p.set_defaults(run=run)


def run(ctx: CliContext) -> int:
    from planner.printing.errors import PrintError

    try:
        return _print(ctx)
    except PrintError as exc:
        raise CliError(error_text(exc)) from None


def _print(ctx: CliContext) -> int:
    _start_qt()
    from planner.document import PlanDocument
    from planner.printing.content import read_content
    from planner.printing.devices import SUFFIXES, write_snapshot
    from planner.printing.errors import PrintError
    from planner.printing.options import SnapshotOptions, parse_month
    from planner.qtmodels.filter_proxy import PlanFilterProxy
    from planner.qtmodels.plan_model import PlanModel

    args = ctx.args
    if args.output.suffix.lower() not in SUFFIXES:
        raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The file {path} has an unknown type; a snapshot is written as {suffixes}."), path=args.output, suffixes=", ".join(SUFFIXES)))
    options = SnapshotOptions(
        page=args.page, landscape=not args.portrait, pages_wide=args.pages_wide, month_width_mm=args.month_width,
        first=parse_month(args.range_from) if args.range_from else None,
        last=parse_month(args.range_to, end=True) if args.range_to else None,
        greyscale=args.greyscale, sources=args.sources, title=args.title, dpi=args.dpi,
    ).checked()
    doc = PlanDocument(ctx.store.load_plan(), ctx.clock)  # no store: printed, never edited
    if args.as_of:
        doc.set_as_of(args.as_of)
    chosen = filter_from_args(args, doc.plan)
    rows = PlanFilterProxy(PlanModel(doc, doc), doc)
    rows.set_commitment_filter(chosen)
    content = read_content(rows, doc.plan, as_of=doc.as_of, today=ctx.clock.today(), options=options, commitment_filter=chosen)
    paths, pages = write_snapshot(args.output, content, options)
    side = translate("Cli", "landscape") if options.landscape else translate("Cli", "portrait")
    files = str(paths[0]) if len(paths) == 1 else f"{paths[0]} … {paths[-1].name}"
    print(translate("Cli", "Wrote {files}: {pages}, {page} {side}, {rows}, {range}, status as of {day}.").format(
        files=files, pages=COUNTED.pages(pages), page=options.page, side=side, rows=COUNTED.rows(len(content.lines)),
        range=content.range_text, day=day_text(doc.as_of)))
    return 0


def _start_qt() -> None:
    """A QApplication for fonts and painting; offscreen unless the caller chose a platform, since
    a snapshot needs no screen (and a stale DISPLAY would otherwise abort the process)."""
    global _app
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication(["planner"])
