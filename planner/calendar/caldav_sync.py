"""Publishing to a CalDAV collection (a team calendar): create, update and delete by UID.

The collection is made to mirror the chosen commitments. Each event lives at '<UID>.ics'. What
was last published (its ETag and a digest of the bytes) is remembered in the plan's settings, so
publishing twice sends nothing the second time, and an event someone changed on the server is
put back the way the plan has it. Events this planner made whose commitments are gone are
deleted; other people's events in the collection are never touched. The talking to the server
is the `caldav` library's, through TeamCalendar.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath

from planner.domain.plan import Commitment, Plan

from .export import to_resources
from .identity import is_ours
from .team_calendar import CalDavError, TeamCalendar

_SAFE_NAME = re.compile(r"^[A-Za-z0-9@._-]{1,200}$")
STATE_SETTING = "calendar.caldav_state."  # + a digest of the collection URL (setting keys are short)


@dataclass(frozen=True)
class PublishReport:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0

    @property
    def text(self) -> str:
        return f"{self.created} created, {self.updated} updated, {self.deleted} deleted, {self.unchanged} unchanged"

    @property
    def changed_nothing(self) -> bool:
        return not (self.created or self.updated or self.deleted)


def state_key(url: str) -> str:
    return STATE_SETTING + hashlib.sha256(url.rstrip("/").encode()).hexdigest()[:24]


def resource_name(uid: str) -> str:
    """The file name of an event in the collection: its UID when that is a safe name, else a hash."""
    return f"{uid}.ics" if _SAFE_NAME.match(uid) else f"{hashlib.sha256(uid.encode()).hexdigest()[:40]}.ics"


def publish(
    calendar: TeamCalendar,
    plan: Plan,
    commitments: list[Commitment],
    *,
    now: datetime,
    lead_days: tuple[int, ...],
    state: dict[str, dict[str, str]],
) -> tuple[PublishReport, dict[str, dict[str, str]]]:
    """Bring the collection in step with `commitments`; returns the report and the new state.

    `state` is what the last publish to this collection remembered (uid -> href, etag, digest).
    Raises CalDavError on the first request the server refuses; what was done until then stays.
    """
    calendar.check_calendar()
    on_server = calendar.list()
    wanted = to_resources(plan, commitments, now=now, lead_days=lead_days)
    created = updated = unchanged = deleted = 0
    new_state: dict[str, dict[str, str]] = {}
    titles = {uid: c.title for c, uid in zip(commitments, wanted, strict=True)}
    for uid, body in wanted.items():
        href = calendar.href_for(resource_name(uid))
        digest = hashlib.sha256(body).hexdigest()
        known = state.get(uid, {})
        etag = on_server.get(href)
        if etag is not None and known.get("href") == href and known.get("digest") == digest and known.get("etag") == etag and etag:
            unchanged += 1
            new_state[uid] = known
            continue
        new_etag = calendar.put(href, body, f"the event {titles.get(uid, uid)!r}")
        new_state[uid] = {"href": href, "etag": new_etag, "digest": digest}
        if etag is None:
            created += 1
        else:
            updated += 1
    keep = {entry["href"] for entry in new_state.values()}
    remembered = {entry.get("href") for entry in state.values()}
    for href in on_server:
        if href in keep:
            continue
        if href in remembered or is_ours(PurePosixPath(href).name.removesuffix(".ics")):
            calendar.delete(href, f"the event at {href}")
            deleted += 1
    if any(not entry["etag"] for entry in new_state.values()):
        # The server did not send ETags with PUT: ask once, so the next publish can compare.
        listed = calendar.list()
        for entry in new_state.values():
            entry["etag"] = entry["etag"] or listed.get(entry["href"], "")
    return PublishReport(created, updated, deleted, unchanged), new_state


def load_state(text: str) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}  # a damaged memory only costs one full re-publish
    return data if isinstance(data, dict) else {}


def dump_state(state: dict[str, dict[str, str]]) -> str:
    return json.dumps(state, sort_keys=True, separators=(",", ":"))


__all__ = ["CalDavError", "TeamCalendar", "PublishReport", "publish", "load_state", "dump_state", "state_key", "resource_name"]
