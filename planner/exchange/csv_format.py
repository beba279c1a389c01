"""CSV in and out: one commitment a row, with the phrase as written and its window.

Export writes every column; import needs only `title` and `due` and reads the rest if present.
A file is read whole before anything is stored, so one bad row stops the import.
"""
from __future__ import annotations

import csv
import io
from datetime import date
from functools import lru_cache
from pathlib import Path

from planner.domain import gate
from planner.domain.period import Period, Precision
from planner.domain.phrases import PhraseError, parse_period
from planner.domain.plan import Commitment, Kind, Plan, Status
from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence, os_reason, said, sentence_of
from planner.domain.status import DEFAULT_DUE_SOON_DAYS, slippage, standing

from .batch import ImportBatch, ImportFileError, slug

COLUMNS = [
    "id", "key", "strategy", "strategy_key", "initiative", "initiative_key", "title", "kind", "due",
    "due_start", "due_end", "precision", "start", "status", "standing", "actor", "description", "baseline",
    "forecast", "delivered_on", "delivered_by", "slippage_days", "source", "section", "quote", "url",
]


def plan_rows(plan: Plan, commitments: list[Commitment], as_of: date,
              due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> list[dict[str, object]]:
    """One record a commitment, by column: the window's days and the delivery as dates, the rest
    as text or numbers. CSV writes them as text; the spreadsheet keeps the dates as dates."""
    initiatives = {i.key: i for i in plan.initiatives}
    strategies = {s.key: s for s in plan.strategies}
    rows: list[dict[str, object]] = []
    for c in commitments:
        ini = initiatives[c.initiative_key]
        strat = strategies[ini.strategy_key]
        slip = slippage(c)
        rows.append({
            "id": c.id, "key": c.key or "", "strategy": strat.title, "strategy_key": strat.key,
            "initiative": ini.label, "initiative_key": ini.key, "title": c.title, "kind": c.kind.value,
            "due": c.due.shown, "due_start": c.due.start, "due_end": c.due.end,
            "precision": c.due.precision.value,
            # Other dates go out as canonical labels, which always read back to the same window.
            "start": c.start.label if c.start else "", "status": c.status.value,
            "standing": standing(c, as_of, due_soon_days).value, "actor": c.actor, "description": c.description,
            "baseline": c.announced.label, "forecast": c.forecast.label if c.forecast else "",
            "delivered_on": c.delivered_on, "delivered_by": c.delivered_by,
            "slippage_days": slip.days if slip else "", "source": c.source_ref, "section": c.section,
            "quote": c.quote, "url": c.url,
        })
    return rows


def plan_to_csv(plan: Plan, commitments: list[Commitment], as_of: date, due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in plan_rows(plan, commitments, as_of, due_soon_days):
        writer.writerow({k: _text(v) for k, v in row.items()})
    return out.getvalue()


def _text(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def read_csv_file(path: Path) -> ImportBatch:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {path} cannot be read: {why}."), path=path, why=os_reason(exc))) from None
    except UnicodeDecodeError:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {path} is not UTF-8 text (save it as 'CSV UTF-8')."), path=path)) from None
    return batch_from_csv(text, path.name)


def batch_from_csv(text: str, name: str) -> ImportBatch:
    try:
        # strict: a quote never closed is an error at the end of the file, not a field that
        # swallows every later row (which then reads as a row with an empty due date)
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        header = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as exc:
        raise ImportFileError(_csv_problem(name, 1, exc)) from None
    twice = next((h for n, h in enumerate(header) if h and h in header[:n]), None)
    if twice is not None:
        first, second = [n + 1 for n, h in enumerate(header) if h == twice][:2]
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "In {name}, the header names the column {column!r} twice (columns {first} and {second}); name each column once."),
                                   name=name, column=twice, first=first, second=second))
    missing = [c for c in ("title", "due") if c not in header]
    if missing:
        if len(missing) == 2:
            raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {name} has no {first!r} or {second!r} column; the first line must name the columns."),
                                       name=name, first=missing[0], second=missing[1]))
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {name} has no {column!r} column; the first line must name the columns."), name=name, column=missing[0]))
    width = len(header)
    batch = ImportBatch()
    line = 1
    try:
        for row in reader:  # a plain reader and one dict per row: files run to 100,000 rows
            line = reader.line_num
            if len(row) > width:
                raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "In {name}, line {line} has more fields than the header."), name=name, line=line))
            values = dict(zip(header, map(str.strip, row), strict=False))
            if not any(values.values()):
                continue  # a blank line
            batch.commitments.append(commitment_from_row(values, batch, said(_LINE, name=name, line=line)))
    except csv.Error as exc:
        raise ImportFileError(_csv_problem(name, line + 1, exc)) from None
    if not batch.commitments:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {name} has no commitments in it."), name=name))
    return batch


def _csv_problem(name: str, row_line: int, exc: csv.Error) -> Sentence:
    """`row_line`: the line the row that could not be read begins on."""
    if "unexpected end of data" in str(exc):
        return said(QT_TRANSLATE_NOOP("Import", "In {name}, the quote opened in the row on line {line} is never closed; close it, or double it (\"\") inside a quoted field."),
                    name=name, line=row_line)
    return said(QT_TRANSLATE_NOOP("Import", "In {name}, the row on line {line} is not readable CSV: {why}."), name=name, line=row_line, why=exc)


def commitment_from_row(v: dict[str, str], batch: ImportBatch, where: str | Sentence) -> Commitment:
    """One commitment from a row of text by column name; `where` starts each error sentence."""
    if not v.get("title"):
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where}: the title is empty."), where=where))
    try:
        due = _due(v)
        start = parse_period(v["start"]) if v.get("start") else None
        forecast = parse_period(v["forecast"]) if v.get("forecast") else None
        baseline = parse_period(v["baseline"]) if v.get("baseline") else None
    except PhraseError as exc:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where}: {problem}"), where=where, problem=sentence_of(exc))) from None
    if due is None:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where}: the due date is empty."), where=where))
    try:
        kind = _enum(Kind, v.get("kind") or ("span" if start else "deadline"))
        status = _enum(Status, v.get("status") or "planned")
        delivered = date.fromisoformat(v["delivered_on"]) if v.get("delivered_on") else None
    except ValueError as exc:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where}: {problem}."), where=where, problem=sentence_of(exc))) from None
    made = Commitment(
        key=v.get("key") or None,
        initiative_key=_group(v, batch),
        title=v["title"], kind=kind, due=due, start=start, status=status, baseline=baseline,
        forecast=forecast, delivered_on=delivered, delivered_by=v.get("delivered_by", ""), actor=v.get("actor", ""),
        description=v.get("description", ""), source_ref=v.get("source", ""),
        section=v.get("section", ""), quote=v.get("quote", ""), url=v.get("url", ""),
    )
    try:
        return batch.passed(gate.check_commitment(made))
    except gate.GateError as exc:
        raise ImportFileError(sentence_of(exc.within(where))) from None


def _due(v: dict[str, str]) -> Period | None:
    """The due window: from its window columns when the file has them (the phrase as written
    may be prose such as "over the next five years"), else read from the phrase."""
    if not v.get("due"):
        return None
    if v.get("due_start") and v.get("due_end") and v.get("precision"):
        try:
            return _window(v["due"], v["due_start"], v["due_end"], v["precision"])
        except ValueError as exc:
            raise PhraseError(v["due"], said(QT_TRANSLATE_NOOP("Import", "its window columns are not valid ({problem})"), problem=sentence_of(exc))) from None
    return parse_period(v["due"])


# Rows repeat windows and words: each read once per file, the immutable result shared.
@lru_cache(maxsize=4096)
def _window(phrase: str, start: str, end: str, precision: str) -> Period:
    return Period(date.fromisoformat(start), date.fromisoformat(end), Precision(precision), phrase)


_LINE = QT_TRANSLATE_NOOP("Import", "In {name}, line {line}")
_ENUMS = {(kind, member.value): member for kind in (Kind, Status) for member in kind}


def _enum(kind, value: str):  # type: ignore[no-untyped-def]
    found = _ENUMS.get((kind, value))
    return found if found is not None else kind(value)  # a wrong value raises ValueError, as it should


def _group(v: dict[str, str], batch: ImportBatch) -> str:
    """The initiative of a row: by its keys when the file has them (a round trip), else by title."""
    return batch.keyed_group(v.get("strategy_key") or "", v.get("initiative_key") or "", v.get("strategy") or "", v.get("initiative") or "")


__all__ = ["COLUMNS", "plan_rows", "commitment_from_row", "plan_to_csv", "read_csv_file", "batch_from_csv", "slug"]
