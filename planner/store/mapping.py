"""Between rows and domain objects: how a `Period` is laid out in four columns, and back."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from planner.domain.gate import EARLIEST, LATEST, MOST_LEAD_DAYS, readable_day, readable_period
from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment, KeyDate, Kind, Revision, Status

if TYPE_CHECKING:  # the rows' types only: reading a plan through plain sqlite3 needs no SQLAlchemy
    from .tables import CommitmentRow, KeyDateRow, RevisionRow

PERIOD_FIELDS = ("due", "start", "baseline", "forecast")


# Enum lookups by stored value: calling the Enum class costs microseconds, and a large plan
# reads it hundreds of thousands of times.
_Member = TypeVar("_Member")


class _OrElse(dict[str, _Member], Generic[_Member]):
    """A lookup that reads a word no version of the planner stored (another program's) as the
    plainest meaning, so the plan still opens: a day, a deadline, planned."""

    def __init__(self, members: dict[str, _Member], fallback: _Member) -> None:
        super().__init__(members)
        self.fallback = fallback

    def __missing__(self, key: str) -> _Member:
        return self.fallback


_PRECISION = _OrElse({p.value: p for p in Precision}, Precision.DAY)
_KIND = _OrElse({k.value: k for k in Kind}, Kind.DEADLINE)
_STATUS = _OrElse({s.value: s for s in Status}, Status.PLANNED)


def period_from(row: object, prefix: str) -> Period | None:
    start: date | None = getattr(row, f"{prefix}_start")
    if start is None:
        return None
    return readable_period(start, getattr(row, f"{prefix}_end"), _PRECISION[getattr(row, f"{prefix}_precision")], getattr(row, f"{prefix}_phrase") or "")


def reminder_text(days: tuple[int, ...] | None) -> str | None:
    return None if days is None else ",".join(str(d) for d in days)


def reminder_days(text: str | None) -> tuple[int, ...] | None:
    if text is None:
        return None
    try:
        days = tuple(int(x) for x in text.split(",") if x.strip())
    except ValueError:  # not written by the planner: keep the lead times that are numbers
        days = tuple(int(x) for x in text.split(",") if x.strip().isdigit())
    # Inside what the gate lets in, so "due minus lead" stays a day of the calendar.
    return days if all(0 <= d <= MOST_LEAD_DAYS for d in days) else tuple(min(max(d, 0), MOST_LEAD_DAYS) for d in days)


@overload
def utc(moment: datetime) -> datetime: ...


@overload
def utc(moment: None) -> None: ...


@overload
def utc(moment: datetime | None) -> datetime | None: ...


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
        "delivered_by": c.delivered_by,
        "source_ref": c.source_ref,
        "section": c.section,
        "quote": c.quote,
        "url": c.url,
        "reminder_days": reminder_text(c.reminder_days),
        "remind_when_window_opens": c.remind_when_window_opens,
    }
    # The four columns of each period, without a dict and four f-strings per period: an import
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
        key=row.key or stand_in_key(row.id),
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
        delivered_on=None if row.delivered_on is None else readable_day(row.delivered_on),
        delivered_by=row.delivered_by or "",
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
    "delivered_on", "delivered_by", "source_ref", "section", "quote", "url", "reminder_days", "remind_when_window_opens",
    "version", "sequence", "updated_at",
)


def commitments_from_rows(rows: Iterable[Sequence[Any]], initiative_keys: dict[int, str]) -> list[Commitment]:
    """`to_commitment` for many rows of COMMITMENT_COLUMNS as the database driver gives them
    (SQLite: days and times as text, flags as 0 and 1), unpacked by position: a plan of
    100,000 pays for neither attribute lookups nor Enum calls per row. Values that repeat from
    row to row (the same window, actor, source, day, time) are made and kept once: they are
    immutable, and a large plan would otherwise hold a copy of each in every commitment."""
    out: list[Commitment] = []
    append = out.append
    precision, kinds, statuses = _PRECISION, _KIND, _STATUS
    periods: dict[tuple[object, ...], Period] = {}
    days: dict[object, date | None] = {None: None}
    moments: dict[object, datetime | None] = {None: None}
    shared: dict[str, str] = {}
    once = shared.setdefault

    for (cid, key, iid, title, description, actor, kind, status,
         dp, ds, de, dq, sp, ss, se, sq, bp, bs, be, bq, fp, fs, fe, fq,
         delivered, delivered_by, source_ref, section, quote, url, reminders, window_opens, version, sequence, updated) in rows:
        due = periods.get((dp, ds, de, dq))
        if due is None:
            due = periods[(dp, ds, de, dq)] = readable_period(day_from_db(ds), day_from_db(de), precision[dq], dp or "")
        start = baseline = forecast = None
        if ss is not None:
            start = periods.get((sp, ss, se, sq)) or periods.setdefault((sp, ss, se, sq), readable_period(day_from_db(ss), day_from_db(se), precision[sq], sp or ""))
        if bs is not None:
            baseline = periods.get((bp, bs, be, bq)) or periods.setdefault((bp, bs, be, bq), readable_period(day_from_db(bs), day_from_db(be), precision[bq], bp or ""))
        if fs is not None:
            forecast = periods.get((fp, fs, fe, fq)) or periods.setdefault((fp, fs, fe, fq), readable_period(day_from_db(fs), day_from_db(fe), precision[fq], fp or ""))
        if delivered not in days:
            days[delivered] = day_from_db(delivered)
        if updated not in moments:
            moments[updated] = utc(_moment(updated))
        append(Commitment(
            title, due, initiative_keys[iid], kinds[kind], start, description, once(actor, actor), statuses[status],
            baseline, forecast, days[delivered], delivered_by or "", once(source_ref, source_ref), once(section, section), quote, once(url, url),
            key or stand_in_key(cid), None if reminders is None else reminder_days(reminders), bool(window_opens), cid, version, sequence, moments[updated],
        ))
    return out


def stand_in_key(commitment_id: int) -> str:
    """The planner stores a key with every commitment; a row another program wrote without one
    is named by its id, so exports and the feed still give it a UID."""
    return f"row-{commitment_id}"


def day_from_db(value: object) -> date:
    """SQLite gives days back as text, PostgreSQL as dates (None stays None). A day outside the
    range a plan supports (written by another program or an older version) comes back clamped
    into it, so nothing that draws, prints or exports it can overflow (see domain/gate.py)."""
    if value is None:
        return None  # type: ignore[return-value]
    if type(value) is str:
        text = value
        try:
            value = date.fromisoformat(text)
        except ValueError:
            # Not a day at all ("0000-00-00", "99999-01-01"): the nearer edge of the range.
            year = text.lstrip("+").split("-")[0]
            return LATEST if year.isdigit() and int(year) > LATEST.year else EARLIEST
    return readable_day(value)  # type: ignore[arg-type]


def _moment(value: object) -> datetime:
    return datetime.fromisoformat(value) if type(value) is str else value  # type: ignore[return-value]


# commitments_from_rows passes a Commitment's fields by position: this is the order they have.
assert [f for f in Commitment.__dataclass_fields__] == [
    "title", "due", "initiative_key", "kind", "start", "description", "actor", "status", "baseline", "forecast",
    "delivered_on", "delivered_by", "source_ref", "section", "quote", "url", "key", "reminder_days", "remind_when_window_opens",
    "id", "version", "sequence", "updated_at",
], "Commitment's fields moved: commitments_from_rows passes them by position"


def to_key_date(row: KeyDateRow) -> KeyDate:
    return KeyDate(day=readable_day(row.day), label=row.label, source_ref=row.source_ref, quote=row.quote, id=row.id)


def to_revision(r: RevisionRow) -> Revision:
    return Revision(commitment_id=r.commitment_id, field=r.field, old=r.old, new=r.new, changed_at=utc(r.changed_at), reason=r.reason, id=r.id)
