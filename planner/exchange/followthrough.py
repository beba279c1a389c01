"""What became of a seed's commitments: deliveries (day and delivering document) and re-announced
due dates with their authority, written in a seed file's `[[delivery]]` and `[[revision]]` tables
and applied by commitment key to the commitments of the same load.

Kept apart from the promises themselves, so the record of what happened can grow without
touching what the documents said.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from planner.domain import sentences
from planner.domain.phrases import PhraseError, parse_period
from planner.domain.plan import Status
from planner.domain.sentences import QT_TRANSLATE_NOOP

from .batch import ImportBatch, ImportFileError, KeyedRevision
from .toml_shape import tables_of


@dataclass(frozen=True)
class Delivery:
    key: str
    on: date
    by: str
    record: str = ""  # the address of the public record
    note: str = ""  # what the record says beside the facts (a conflict between sources)


@dataclass(frozen=True)
class Redating:
    key: str
    on: date
    due: str  # the new due phrase
    authority: str


@dataclass
class FollowThrough:
    deliveries: list[Delivery]
    redatings: list[Redating]

    def __bool__(self) -> bool:
        return bool(self.deliveries or self.redatings)


def read_followthrough(data: dict[str, Any], name: str) -> FollowThrough:
    deliveries = [
        Delivery(key=_text(d, "commitment", name), on=_day(d, "delivered_on", name), by=_text(d, "delivered_by", name),
                 record=str(d.get("record", "")), note=" ".join(str(d.get("note", "")).split()))
        for d in tables_of(data, "delivery", name)
    ]
    redatings = [
        Redating(key=_text(r, "commitment", name), on=_day(r, "on", name), due=_text(r, "due", name), authority=_text(r, "authority", name))
        for r in tables_of(data, "revision", name)
    ]
    return FollowThrough(deliveries, redatings)


def apply_followthrough(batch: ImportBatch, ft: FollowThrough, name: str) -> None:
    """Record `ft` on the batch's commitments: the due date as last re-announced (the first one
    kept as the baseline), the revisions with their days, and the delivery with its document.
    A key the batch does not hold is refused, so a renamed commitment cannot lose its record."""
    index = {c.key: i for i, c in enumerate(batch.commitments) if c.key}
    for key in [*(r.key for r in ft.redatings), *(d.key for d in ft.deliveries)]:
        if key not in index:
            raise ImportFileError(sentences.said(QT_TRANSLATE_NOOP("Import", "In {name}, the follow-through names the commitment {key!r}, which no seed file holds."), name=name, key=key))
    for r in sorted(ft.redatings, key=lambda r: r.on):
        i = index[r.key]
        c = batch.commitments[i]
        try:
            due = parse_period(r.due, document_date=r.on)
        except PhraseError as exc:
            raise ImportFileError(sentences.said(QT_TRANSLATE_NOOP("Import", "In {name}, the revision of {key!r} on {day}: {problem}"),
                                                 name=name, key=r.key, day=r.on.isoformat(), problem=sentences.sentence_of(exc))) from None
        batch.revisions.append(KeyedRevision(r.key, "due", c.due.shown, due.shown, r.on, r.authority))
        batch.commitments[i] = replace(c, due=due, baseline=c.baseline or c.due)
    for d in ft.deliveries:
        i = index[d.key]
        c = batch.commitments[i]
        said = [f"Delivered on {d.on.isoformat()} by {d.by}" + (f" (record: {d.record})" if d.record else "") + "."]
        if d.note:
            said.append(d.note)
        description = "\n\n".join(x for x in (c.description, " ".join(said)) if x)
        batch.commitments[i] = replace(c, status=Status.DELIVERED, delivered_on=d.on, delivered_by=d.by, description=description)


def _text(table: dict[str, Any], field: str, name: str) -> str:
    value = table.get(field)
    if not value or not str(value).strip():
        raise ImportFileError(sentences.said(QT_TRANSLATE_NOOP("Import", "In {name}, a follow-through entry lacks its {field!r}: {entry}."), name=name, field=field, entry=dict(list(table.items())[:2])))
    return str(value).strip()


def _day(table: dict[str, Any], field: str, name: str) -> date:
    value = table.get(field)
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ImportFileError(sentences.said(QT_TRANSLATE_NOOP("Import", "In {name}, the follow-through's {field} {value!r} is not a calendar date (write it as 2022-05-11)."),
                                             name=name, field=field, value=value)) from None
