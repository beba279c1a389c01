"""The seed format: a TOML file of sources, strategies, initiatives, commitments and key dates.

It is the format the shipped seed plan (`planner/seed/`) is written in, and `planner import` reads
it too. See `planner/seed/security_union_2020.toml` for a commented example.
"""
from __future__ import annotations

import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.domain.period import Period
from planner.domain.phrases import PhraseError, parse_period
from planner.domain.plan import (
    Commitment,
    Initiative,
    KeyDate,
    Kind,
    SourceDocument,
    Status,
    Strategy,
)
from planner.domain.sentences import QT_TRANSLATE_NOOP, os_reason, said, sentence_of

from .batch import ImportBatch, ImportFileError
from .followthrough import apply_followthrough, read_followthrough
from .toml_shape import tables_of


def read_seed_file(path: Path) -> ImportBatch:
    """One file; its `[[delivery]]` and `[[revision]]` tables apply to its own commitments."""
    return read_seed_files([path])


def read_seed_files(paths: list[Path]) -> ImportBatch:
    """Several files read as one: a follow-through file may record what became of the
    commitments of another (`security_union_2020.followthrough.toml` beside its plan)."""
    whole = ImportBatch()
    records = []
    for path in paths:
        data = _toml(path)
        batch = batch_from_toml(data, str(path))
        for name in ("sources", "strategies", "initiatives", "commitments", "key_dates"):
            getattr(whole, name).extend(getattr(batch, name))
        whole.recorded_on.update(batch.recorded_on)
        records.append((read_followthrough(data, str(path)), path.name))
    for ft, name in records:
        if ft:
            apply_followthrough(whole, ft, name)
    return whole


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))  # Notepad saves with a byte order mark
    except OSError as exc:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {path} cannot be read: {why}."), path=path, why=os_reason(exc))) from None
    except UnicodeDecodeError:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {path} is not UTF-8 text."), path=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {path} is not valid TOML: {why}."), path=path, why=exc)) from None
    except RecursionError:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {path} nests arrays or tables too deeply to be a plan."), path=path)) from None


def batch_from_toml(data: dict[str, Any], name: str) -> ImportBatch:
    batch = ImportBatch()
    for s in tables_of(data, "source", name):
        batch.sources.append(SourceDocument(ref=_req(s, "ref", name), title=s.get("title", ""), published=_day(s.get("published")), file=s.get("file", ""), url=s.get("url", "")))
    for s in tables_of(data, "strategy", name):
        skey = _req(s, "key", name)
        adopted = _day(s.get("adopted"))
        period = _period(s.get("period"), adopted, name, skey) if s.get("period") else None
        batch.strategies.append(Strategy(key=skey, title=_req(s, "title", name), reference=s.get("reference", ""), adopted=adopted, period=period))
        for i in tables_of(s, "initiative", name, "strategy."):
            ikey = _req(i, "key", name)
            batch.initiatives.append(Initiative(key=ikey, strategy_key=skey, number=str(i.get("number", "")), title=_req(i, "title", name)))
            for c in tables_of(i, "commitment", name, "strategy.initiative."):
                batch.commitments.append(_commitment(c, ikey, adopted, name))
                if adopted is not None:
                    batch.recorded_on[batch.commitments[-1].key or ""] = adopted
    for k in tables_of(data, "key_date", name):
        day = _day(k.get("date"))
        if day is None:
            raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "In {name}, the key date {label!r} has no date (write date = 2020-12-21)."), name=name, label=k.get("label", "?")))
        batch.key_dates.append(KeyDate(day=day, label=_req(k, "label", name), source_ref=k.get("source", ""), quote=k.get("quote", "")))
    return batch


def _commitment(c: dict[str, Any], initiative_key: str, adopted: date | None, name: str) -> Commitment:
    key = _req(c, "key", name)
    due = _period(c.get("due"), adopted, name, key)
    if c.get("due_as_written"):
        due = due.with_phrase(c["due_as_written"])
    start = _period(c["start"], adopted, name, key) if c.get("start") else None
    try:
        kind = Kind(c.get("kind", "deadline"))
        status = Status(c.get("status", "planned"))
    except ValueError as exc:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "In {name}, commitment {key!r}: {problem}."), name=name, key=key, problem=sentence_of(exc))) from None
    return Commitment(
        key=key,
        initiative_key=initiative_key,
        title=_req(c, "title", name),
        description=c.get("description", ""),
        actor=c.get("actor", ""),
        kind=kind,
        status=status,
        due=due,
        start=start,
        source_ref=c.get("source", ""),
        section=c.get("section", ""),
        quote=" ".join(str(c.get("quote", "")).split()),
        url=c.get("url", ""),
    )


def _period(phrase: object, adopted: date | None, name: str, key: str) -> Period:
    if not phrase:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "In {name}, {key!r} has no due date."), name=name, key=key))
    try:
        return parse_period(str(phrase), anchor=adopted)
    except PhraseError as exc:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "In {name}, {key!r}: {problem}"), name=name, key=key, problem=sentence_of(exc))) from None


def _req(table: dict[str, Any], field: str, name: str) -> str:
    value = table.get(field)
    if not value:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "In {name}, an entry lacks its {field!r}: {entry}."), name=name, field=field, entry=dict(list(table.items())[:3])))
    return str(value)


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()  # a TOML date-time: the plan keeps days
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The date {value!r} is not a calendar date (write it as 2020-07-24)."), value=value)) from None
