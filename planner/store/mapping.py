"""Between rows and domain objects: how a `Period` is laid out in four columns, and back."""
from __future__ import annotations

from datetime import date, datetime, timezone

from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment, Initiative, KeyDate, Kind, SourceDocument, Status, Strategy

from .tables import CommitmentRow, InitiativeRow, KeyDateRow, SourceRow, StrategyRow

PERIOD_FIELDS = ("due", "start", "baseline", "forecast")


def period_columns(prefix: str, period: Period | None) -> dict[str, object]:
    if period is None:
        return {f"{prefix}_phrase": None, f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_precision": None}
    return {
        f"{prefix}_phrase": period.phrase or period.label,
        f"{prefix}_start": period.start,
        f"{prefix}_end": period.end,
        f"{prefix}_precision": period.precision.value,
    }


# Enum lookups by stored value: calling the Enum class costs microseconds, and a large plan
# reads it hundreds of thousands of times.
_PRECISION = {p.value: p for p in Precision}
_KIND = {k.value: k for k in Kind}
_STATUS = {s.value: s for s in Status}


def period_from(row: object, prefix: str) -> Period | None:
    start: date | None = getattr(row, f"{prefix}_start")
    if start is None:
        return None
    return Period(start, getattr(row, f"{prefix}_end"), _PRECISION[getattr(row, f"{prefix}_precision")], getattr(row, f"{prefix}_phrase") or "")


def reminder_text(days: tuple[int, ...] | None) -> str | None:
    return None if days is None else ",".join(str(d) for d in days)


def reminder_days(text: str | None) -> tuple[int, ...] | None:
    if text is None:
        return None
    return tuple(int(x) for x in text.split(",") if x.strip())


def utc(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; the store writes UTC, so say so again on the way out."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def commitment_values(c: Commitment) -> dict[str, object]:
    """Every column a commitment sets, except identity, bookkeeping and the initiative."""
    values: dict[str, object] = {
        "title": c.title,
        "description": c.description,
        "actor": c.actor,
        "kind": _VALUE[c.kind],
        "status": _VALUE[c.status],
        "delivered_on": c.delivered_on,
        "source_ref": c.source_ref,
        "section": c.section,
        "quote": c.quote,
        "url": c.url,
        "reminder_days": reminder_text(c.reminder_days),
        "remind_when_window_opens": c.remind_when_window_opens,
    }
    # As period_columns() for each, without a dict and four f-strings per period: an import
    # of 100,000 rows comes here for every one.
    for name, (phrase, start, end, precision) in _PERIOD_KEYS:
        p = getattr(c, name)
        if p is None:
            values[phrase] = values[start] = values[end] = values[precision] = None
        else:
            values[phrase], values[start], values[end], values[precision] = p.phrase or p.label, p.start, p.end, _VALUE[p.precision]
    return values


_PERIOD_KEYS = [(name, (f"{name}_phrase", f"{name}_start", f"{name}_end", f"{name}_precision")) for name in PERIOD_FIELDS]
_VALUE = {member: member.value for kind in (Kind, Status, Precision) for member in kind}


def to_commitment(row: CommitmentRow, initiative_key: str) -> Commitment:
    due = period_from(row, "due")
    assert due is not None
    return Commitment(
        id=row.id,
        key=row.key,
        initiative_key=initiative_key,
        title=row.title,
        description=row.description,
        actor=row.actor,
        kind=_KIND[row.kind],
        status=_STATUS[row.status],
        due=due,
        start=period_from(row, "start"),
        baseline=period_from(row, "baseline"),
        forecast=period_from(row, "forecast"),
        delivered_on=row.delivered_on,
        source_ref=row.source_ref,
        section=row.section,
        quote=row.quote,
        url=row.url,
        reminder_days=reminder_days(row.reminder_days),
        remind_when_window_opens=row.remind_when_window_opens,
        version=row.version,
        sequence=row.sequence,
        updated_at=utc(row.updated_at),
    )


# The columns `commitments_from_rows` reads, in the order it unpacks them.
COMMITMENT_COLUMNS = (
    "id", "key", "initiative_id", "title", "description", "actor", "kind", "status",
    "due_phrase", "due_start", "due_end", "due_precision", "start_phrase", "start_start", "start_end", "start_precision",
    "baseline_phrase", "baseline_start", "baseline_end", "baseline_precision",
    "forecast_phrase", "forecast_start", "forecast_end", "forecast_precision",
    "delivered_on", "source_ref", "section", "quote", "url", "reminder_days", "remind_when_window_opens",
    "version", "sequence", "updated_at",
)


def commitments_from_rows(rows, initiative_keys: dict[int, str]) -> list[Commitment]:  # type: ignore[no-untyped-def]
    """`to_commitment` for many plain rows of COMMITMENT_COLUMNS, unpacked by position: a
    plan of 100,000 pays for neither attribute lookups nor Enum calls per row. Values that
    repeat from row to row (the same window, actor, source, day) are kept once: they are
    immutable, and a large plan would otherwise hold a copy of each in every commitment."""
    out = []
    append = out.append
    precision, kinds, statuses = _PRECISION, _KIND, _STATUS
    periods: dict[tuple[object, ...], Period] = {}
    shared: dict[object, object] = {}
    once = shared.setdefault

    def period(phrase, start, end, level) -> Period:  # type: ignore[no-untyped-def]
        key = (phrase, start, end, level)
        found = periods.get(key)
        if found is None:
            found = periods[key] = Period(start, end, precision[level], phrase or "")
        return found

    for (cid, key, iid, title, description, actor, kind, status,
         dp, ds, de, dq, sp, ss, se, sq, bp, bs, be, bq, fp, fs, fe, fq,
         delivered, source_ref, section, quote, url, reminders, window_opens, version, sequence, updated) in rows:
        append(Commitment(
            id=cid, key=key, initiative_key=initiative_keys[iid], title=title, description=description, actor=once(actor, actor),
            kind=kinds[kind], status=statuses[status], due=period(dp, ds, de, dq),
            start=None if ss is None else period(sp, ss, se, sq),
            baseline=None if bs is None else period(bp, bs, be, bq),
            forecast=None if fs is None else period(fp, fs, fe, fq),
            delivered_on=once(delivered, delivered), source_ref=once(source_ref, source_ref), section=once(section, section),
            quote=quote, url=once(url, url), reminder_days=None if reminders is None else reminder_days(reminders),
            remind_when_window_opens=window_opens, version=version, sequence=sequence, updated_at=utc(updated),
        ))
    return out


def to_strategy(row: StrategyRow) -> Strategy:
    from planner.domain.phrases import PhraseError, parse_period

    period = None
    if row.period_phrase:
        try:
            period = parse_period(row.period_phrase, anchor=row.adopted)
        except PhraseError:
            period = None
    return Strategy(key=row.key, title=row.title, reference=row.reference, adopted=row.adopted, period=period, id=row.id)


def to_initiative(row: InitiativeRow, strategy_key: str) -> Initiative:
    return Initiative(key=row.key, strategy_key=strategy_key, number=row.number, title=row.title, id=row.id)


def to_source(row: SourceRow) -> SourceDocument:
    return SourceDocument(ref=row.ref, title=row.title, published=row.published, file=row.file, url=row.url)


def to_key_date(row: KeyDateRow) -> KeyDate:
    return KeyDate(day=row.day, label=row.label, source_ref=row.source_ref, quote=row.quote, id=row.id)
