"""Publishing to a real Radicale server; what the server holds is read back with the `caldav`
library's high-level API (the planner itself uses only its requests and sign-in)."""
from __future__ import annotations

import caldav
import pytest

from planner.calendar.caldav_sync import PublishReport, publish
from planner.calendar.team_calendar import CalDavError, TeamCalendar
from planner.domain.period import Period

from .checks import assert_parses
from .servers import PASSWORD, USER, free_port, start_digest_radicale


@pytest.fixture
def team(radicale):
    """An empty calendar collection on the server, and the caldav library's view of it."""
    client = caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD)
    calendar = client.principal().make_calendar(name="Team deadlines", cal_id="team")
    return radicale.calendar_url("team"), calendar


def server_events(calendar) -> dict[str, tuple[str, bytes]]:
    """UID -> (ETag, body) as the caldav library reads them from the server."""
    out = {}
    for event in calendar.events():
        event.load()
        uid = str(event.icalendar_component["UID"])
        etag = calendar.client.propfind(str(event.url), props='<d:prop xmlns:d="DAV:"><d:getetag/></d:prop>', depth=0).raw
        out[uid] = (etag, event.data.encode() if isinstance(event.data, str) else event.data)
    return out


def run(store, clock, url, state, commitments=None, user=USER, password=PASSWORD):
    plan = store.load_plan()
    with TeamCalendar(url, user, password) as calendar:
        return publish(calendar, plan, plan.commitments if commitments is None else commitments,
                       now=clock.now(), lead_days=(30, 7, 1), state=state)


def test_create_republish_change_one_delete_one(store, clock, team, monkeypatch):
    url, calendar = team
    report, state = run(store, clock, url, {})
    assert report == PublishReport(created=25)
    first = server_events(calendar)
    assert set(first) == {f"{c.key}@planner" for c in store.load_plan().commitments}
    for _, body in first.values():
        assert_parses(body)  # as Radicale stored it

    methods = []
    original = caldav.DAVClient.request
    monkeypatch.setattr(caldav.DAVClient, "request", lambda self, url, method="GET", *a, **kw: methods.append(method) or original(self, url, method, *a, **kw))
    report, state = run(store, clock, url, state)
    monkeypatch.undo()
    assert report == PublishReport(unchanged=25) and report.changed_nothing
    assert set(methods) == {"PROPFIND"}  # the second run only looks
    assert server_events(calendar) == first

    c = next(x for x in store.load_plan().commitments if x.key == "csa-2-detect-report-legislation")
    clock.advance(days=1)
    store.update_commitment(c.changed(due=Period.quarter(2022, 1, "by Q1 2022")))
    report, state = run(store, clock, url, state)
    assert report == PublishReport(updated=1, unchanged=24)
    after = server_events(calendar)
    changed = [uid for uid in first if first[uid] != after[uid]]
    assert changed == [f"{c.key}@planner"]
    event = calendar.event_by_uid(f"{c.key}@planner").icalendar_component
    assert event["SEQUENCE"] == 1 and event["DTSTART"].dt.isoformat() == "2022-03-31"

    gone = next(x for x in store.load_plan().commitments if x.key == "csa-3-legislative-gaps-study")
    store.delete_commitment(gone)
    report, state = run(store, clock, url, state)
    assert report == PublishReport(deleted=1, unchanged=24)
    assert f"{gone.key}@planner" not in server_events(calendar)
    assert len(calendar.events()) == 24


def test_other_peoples_events_stay_and_a_lost_memory_still_deletes_ours(store, clock, team):
    url, calendar = team
    calendar.save_event("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//someone//EN\r\nBEGIN:VEVENT\r\nUID:colleague-1@example.org\r\n"
                        "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270105\r\nSUMMARY:Colleague's leave\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    run(store, clock, url, {})
    plan = store.load_plan()
    report, _ = run(store, clock, url, {}, commitments=plan.commitments[2:])  # no memory: re-put, then delete ours by UID
    assert report.deleted == 2 and report.updated == 23
    uids = {str(e.icalendar_component["UID"]) for e in calendar.events()}
    assert "colleague-1@example.org" in uids and len(uids) == 24


def test_server_changes_are_put_back(store, clock, team):
    url, calendar = team
    _, state = run(store, clock, url, {})
    c = store.load_plan().commitments[0]
    event = calendar.event_by_uid(f"{c.key}@planner")
    event.icalendar_component["SUMMARY"] = "Changed on the server"
    event.save()
    report, _ = run(store, clock, url, state)
    assert report == PublishReport(updated=1, unchanged=24)
    assert str(calendar.event_by_uid(f"{c.key}@planner").icalendar_component["SUMMARY"]) == c.title


def test_refusals_are_one_sentence(store, clock, team, radicale):
    url, calendar = team
    with pytest.raises(CalDavError, match="refused the user name or password"):
        run(store, clock, url, {}, password="wrong")
    # A wrong address names the calendars the library finds for this user.
    with pytest.raises(CalDavError, match=f"is not a CalDAV calendar; this user's calendars are at {url}\\.$"):
        run(store, clock, radicale.user_url, {})
    with pytest.raises(CalDavError, match=f"There is no calendar at {radicale.calendar_url('taem')} .*calendars are at {url}\\.$"):
        run(store, clock, radicale.calendar_url("taem"), {})
    with pytest.raises(CalDavError, match="must start with http"):
        TeamCalendar("ftp://example.org/cal/")
    nobody = f"http://127.0.0.1:{free_port()}/cal/"
    with pytest.raises(CalDavError, match=f"^The CalDAV server at {nobody} cannot be reached: Connection refused\\.$"):
        run(store, clock, nobody, {})
    assert calendar.events() == []  # none of it wrote anything


def test_digest_sign_in(store, clock, tmp_path):
    """A server that speaks only Digest: the library answers its challenge."""
    server = start_digest_radicale(tmp_path / "digest")
    try:
        client = caldav.DAVClient(url=server.url, username=USER, password=PASSWORD)
        client.principal().make_calendar(name="Team", cal_id="team")
        url = server.calendar_url("team")
        report, state = run(store, clock, url, {})
        assert report == PublishReport(created=25)
        assert run(store, clock, url, state)[0] == PublishReport(unchanged=25)
        with pytest.raises(CalDavError, match="refused the user name or password"):
            run(store, clock, url, state, password="wrong")
    finally:
        server.stop()


def test_no_password_from_netrc_but_proxies_from_the_environment(store, clock, team, tmp_path, monkeypatch):
    """The HTTP library would read both from the environment; the planner takes only proxies."""
    url, _ = team
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login {USER} password {PASSWORD}\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    with pytest.raises(CalDavError, match="refused the user name or password"):
        run(store, clock, url, {}, user="", password="")  # no user given: no password sent at all

    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{free_port()}")  # a proxy that is not there
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    with pytest.raises(CalDavError, match="cannot be reached"):
        run(store, clock, url, {})
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    assert run(store, clock, url, {})[0] == PublishReport(created=25)
