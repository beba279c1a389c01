"""`planner extract FILE`: the commitments a policy document states, proposed for the plan.

Without `--accept-all` nothing is stored: the proposals are printed (a table, or `--json`).
With `--accept-all --into STRATEGY_KEY` every dated proposal enters the plan in one transaction
(the occurrences of a repeating promise each one, linked in order); those already in the plan
(same document and sentence) and those without a date are told, not added.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from planner.i18n import column_window_text, day_text, translate
from planner.i18n.sentences import error_text
from planner.reading import DocumentError, Proposal, ReadDocument, propose, read_document
from planner.reading.into_plan import accepted_batch
from planner.store.importing import apply_batch

from .context import CliContext, CliError, iso_date
from .counts import COUNTED


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("extract", parents=[common], help=translate("Cli", "propose the commitments a document (PDF, HTML, DOCX, text) states"))
    p.add_argument("file", metavar=translate("Placeholders", "file"), type=Path)
    p.add_argument("--json", action="store_true", help=translate("Cli", "print the proposals as one JSON array (nothing is stored)"))
    p.add_argument("--adopted", type=iso_date, metavar=translate("Placeholders", "DATE"), help=translate("Cli", "the document's date, when it does not state it (YYYY-MM-DD)"))
    p.add_argument("--reference", metavar=translate("Placeholders", "REF"), help=translate("Cli", "the document's reference, e.g. 'COM(2020) 607'"))
    p.add_argument("--accept-all", action="store_true", help=translate("Cli", "add every dated proposal to the plan (one transaction)"))
    p.add_argument("--into", metavar=translate("Placeholders", "STRATEGY_KEY"), help=translate("Cli", "the strategy the accepted commitments are filed under"))
    p.set_defaults(run=run)


def run(ctx: CliContext) -> int:
    args = ctx.args
    if args.accept_all and not args.into:
        raise CliError(translate("Cli", "--accept-all needs --into STRATEGY_KEY: the strategy the commitments are filed under."))
    if args.into and not args.accept_all:
        raise CliError(translate("Cli", "--into is for --accept-all; without it nothing is stored."))
    if not args.file.is_file():
        raise CliError(translate("Cli", "The file {file} does not exist.").format(file=args.file))
    try:
        document = read_document(args.file, reference=args.reference or "", adopted=args.adopted)
    except DocumentError as exc:
        raise CliError(error_text(exc)) from None
    proposals = propose(document)
    if args.accept_all:
        return _accept_all(ctx, document, proposals)
    if args.json:
        print(json.dumps([proposal_json(p, document) for p in proposals], ensure_ascii=False, indent=1))
        return 0
    _print_table(document, proposals)
    return 0


def proposal_json(p: Proposal, document: ReadDocument) -> dict[str, object]:
    return {
        "title": p.title, "quote": p.quote, "phrase": p.phrase,
        "due_start": p.due_start.isoformat() if p.due_start else None,
        "due_end": p.due_end.isoformat() if p.due_end else None,
        "kind": p.kind, "dating": p.dating.value, "actor": p.actor, "section": p.section,
        "initiative": p.initiative, "key_action": p.key_action, "why": p.why,
        "source": document.reference or document.name,
        # A promise that repeats: this occurrence's number in its series, and how many it has.
        "occurrence": p.occurrence or None, "occurrences": p.occurrences or None,
    }


def _print_table(document: ReadDocument, proposals: list[Proposal]) -> None:
    said = ", ".join(x for x in (document.reference, day_text(document.adopted) if document.adopted else "") if x)
    print(COUNTED.proposed(len(proposals)).format(document=f"{document.title or document.name}{f' ({said})' if said else ''}"))
    for n, p in enumerate(proposals, start=1):
        window = column_window_text(p.due) if p.due else translate("Cli", "not dated")
        actor, section = p.actor or translate("Cli", "actor unknown"), p.section or translate("Cli", "no section")
        print(f"{n:>3}. {p.title}\n     {p.phrase or '—'} -> {window} [{p.kind}, {p.dating.value}]; {actor}; {section}")


def _accept_all(ctx: CliContext, document: ReadDocument, proposals: list[Proposal]) -> int:
    store = ctx.store
    plan = store.load_plan()
    accepted = accepted_batch(document, proposals, plan, ctx.args.into)
    report = apply_batch(store, accepted.batch, keep_edits=True)
    told = [COUNTED.read_proposals(len(proposals)).format(document=document.name), COUNTED.added_to(report.added).format(strategy=ctx.args.into)]
    if accepted.present:
        told.append(COUNTED.already_in_plan(len(accepted.present)))
    print(translate("Cli", "{read}; {added}.").format(read=told[0], added=", ".join(told[1:])))
    for p in accepted.undated:
        print(translate("Cli", "Not added, no date could be read ({phrase}): {quote}").format(phrase=p.phrase or translate("Cli", "no date phrase"), quote=p.quote))
    return 0

