"""A small WebDAV/CalDAV client: list a collection, put, delete. Only what publishing needs.

Written on urllib so the planner itself does not depend on a CalDAV library (the tests check
the server with the `caldav` library instead, an independent client). Basic authentication over
the URL given; HTTPS is used whenever the URL says https.
"""
from __future__ import annotations

import base64
import http.client
import socket
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"
_PROPFIND = b"""<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/></d:prop></d:propfind>"""
TIMEOUT = 30


class CalDavError(OSError):
    """The server cannot be used as asked; one sentence naming the address and the problem."""


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


class DavClient:
    def __init__(self, url: str, user: str = "", password: str = "") -> None:
        if urlsplit(url).scheme not in ("http", "https"):
            raise CalDavError(f"The CalDAV address {url!r} must start with http:// or https://.")
        self.url = url if url.endswith("/") else url + "/"
        self._auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode() if user else ""

    def href_for(self, name: str) -> str:
        """The absolute path of a resource named `name` (already URL-quoted) in the collection."""
        return urlsplit(urljoin(self.url, name)).path

    def check_calendar(self) -> None:
        """Raise CalDavError unless the URL is a calendar collection this user may read."""
        answer = self._request("PROPFIND", self.url, _PROPFIND, {"Depth": "0"}, expect=(207,))
        for response in ET.fromstring(answer.body).iter(f"{DAV}response"):
            if response.find(f".//{DAV}resourcetype/{CALDAV}calendar") is not None:
                return
        raise CalDavError(f"The address {self.url} is not a CalDAV calendar (it is some other kind of collection).")

    def list(self) -> dict[str, str]:
        """href (path, unquoted) -> ETag of every resource in the collection."""
        answer = self._request("PROPFIND", self.url, _PROPFIND, {"Depth": "1"}, expect=(207,))
        own = unquote(urlsplit(self.url).path).rstrip("/")
        found: dict[str, str] = {}
        try:
            tree = ET.fromstring(answer.body)
        except ET.ParseError:
            raise CalDavError(f"The server at {self.url} answered with XML that is not readable.") from None
        for response in tree.iter(f"{DAV}response"):
            href = unquote(urlsplit((response.findtext(f"{DAV}href") or "").strip()).path)
            if not href or href.rstrip("/") == own or response.find(f".//{DAV}resourcetype/{DAV}collection") is not None:
                continue
            found[href] = (response.findtext(f".//{DAV}getetag") or "").strip()
        return found

    def put(self, href: str, body: bytes, what: str) -> str:
        """Store `body` at `href`; returns the new ETag ('' when the server does not say)."""
        answer = self._request("PUT", self._absolute(href), body, {"Content-Type": "text/calendar; charset=utf-8"}, expect=(200, 201, 204), what=what)
        return answer.headers.get("etag", "")

    def delete(self, href: str, what: str) -> None:
        self._request("DELETE", self._absolute(href), None, {}, expect=(200, 204, 404), what=what)

    def _absolute(self, href: str) -> str:
        return urljoin(self.url, urllib.request.quote(href))

    def _request(self, method: str, url: str, body: bytes | None, headers: dict[str, str], expect: tuple[int, ...], what: str = "") -> Response:
        request = urllib.request.Request(url, data=body, method=method, headers=dict(headers))
        if self._auth:
            request.add_header("Authorization", self._auth)
        if body is not None and "Content-Type" not in headers:
            request.add_header("Content-Type", "application/xml; charset=utf-8")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as reply:  # noqa: S310 (http/https checked above)
                answer = Response(reply.status, {k.lower(): v for k, v in reply.headers.items()}, reply.read())
        except urllib.error.HTTPError as exc:
            answer = Response(exc.code, {k.lower(): v for k, v in (exc.headers or {}).items()}, exc.read() or b"")
        except (urllib.error.URLError, socket.timeout, ConnectionError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", exc)
            raise CalDavError(f"The CalDAV server at {self.url} cannot be reached: {reason}.") from None
        if answer.status in expect:
            return answer
        raise CalDavError(_problem(self.url, method, answer, what))


def _problem(url: str, method: str, answer: Response, what: str) -> str:
    status = answer.status
    if status == 401:
        return f"The CalDAV server at {url} refused the user name or password."
    if status == 403:
        return f"The CalDAV server at {url} does not let this user {'change ' + what if what else 'read the calendar'}."
    if status == 404:
        return f"There is no calendar at {url} (the server answered 404 Not Found)."
    detail = answer.body.decode("utf-8", "replace").strip().splitlines()[:1]
    tail = f": {detail[0][:200]}" if detail else ""
    subject = f"{what} " if what else ""
    return f"The CalDAV server at {url} refused {method} {subject}(HTTP {status}){tail}."
