"""The team calendar: one CalDAV calendar collection, reached through the `caldav` library.

The library does the HTTP, the sign-in (Basic or Digest, whichever the server asks for), the
WebDAV answers and finding the user's calendars. This module names the few operations
publishing needs and turns every failure into one sentence naming the address (CalDavError).
"""
from __future__ import annotations

import logging
import urllib.request
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import quote, unquote, urljoin, urlsplit

from caldav.calendarobjectresource import Event
from caldav.davclient import DAVClient
from caldav.elements import cdav, dav
from caldav.lib import error

from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence, said

TIMEOUT = 30  # seconds: a server that stops answering is an error, not a frozen window


class CalDavError(OSError):
    """The server cannot be used as asked; one sentence naming the address and the problem."""


class TeamCalendar:
    """The calendar collection at `url`. A context manager: it holds the connections."""

    def __init__(self, url: str, user: str = "", password: str = "") -> None:
        if urlsplit(url).scheme not in ("http", "https"):
            raise CalDavError(said(QT_TRANSLATE_NOOP("Calendar", "The CalDAV address {url!r} must start with http:// or https://."), url=url))
        self.url = url if url.endswith("/") else url + "/"
        self._login = (user, password)
        self._client = _connect(self.url, user, password)
        self._calendar = self._client.calendar(url=self.url)

    def __enter__(self) -> "TeamCalendar":
        return self

    def __exit__(self, *_exc: object) -> None:
        self._client.close()

    def href_for(self, name: str) -> str:
        """The absolute path of a resource named `name` (already URL-safe) in the collection."""
        return urlsplit(urljoin(self.url, name)).path

    def check_calendar(self) -> None:
        """Raise CalDavError unless the URL is a calendar collection this user may read."""
        with self._errors("PROPFIND", QT_TRANSLATE_NOOP("Calendar", "read the calendar")):
            answer = self._calendar.get_properties([dav.ResourceType()], parse_response_xml=False)
        if not any(cdav.Calendar.tag in _types(r) for r in answer.results or []):
            raise CalDavError(said(QT_TRANSLATE_NOOP("Calendar", "The address {url} is not a CalDAV calendar{elsewhere}."), url=self.url, elsewhere=self._elsewhere()))

    def list(self) -> dict[str, str]:
        """href (path, unquoted) -> ETag of every resource in the collection."""
        with self._errors("PROPFIND", QT_TRANSLATE_NOOP("Calendar", "read the calendar")):
            answer = self._calendar.get_properties([dav.ResourceType(), dav.GetEtag()], depth=1, parse_response_xml=False)
        own = unquote(urlsplit(self.url).path).rstrip("/")
        found: dict[str, str] = {}
        for result in answer.results or []:
            href = unquote(urlsplit(result.href).path)
            if not href or href.rstrip("/") == own or dav.Collection.tag in _types(result):
                continue
            found[href] = (result.properties.get(dav.GetEtag.tag) or "").strip()
        return found

    def put(self, href: str, body: bytes, what: str) -> str:
        """Store `body` at `href`; returns the new ETag ('' when the server does not say)."""
        event = Event(self._client, url=self._absolute(href), parent=self._calendar)
        with self._errors("PUT", said(QT_TRANSLATE_NOOP("Calendar", "change {what}"), what=what), what):
            # raw_data: these exact bytes, so the server holds what the export wrote (the
            # library would otherwise re-serialise them and raise SEQUENCE).
            event.save(raw_data=body)
        return event.etag or ""

    def delete(self, href: str, what: str) -> None:
        """Remove the resource at `href`; one that is already gone counts as deleted."""
        with self._errors("DELETE", said(QT_TRANSLATE_NOOP("Calendar", "change {what}"), what=what), what):
            Event(self._client, url=self._absolute(href), parent=self._calendar).delete()

    def _absolute(self, href: str) -> str:
        return urljoin(self.url, quote(href))

    @contextmanager
    def _errors(self, method: str, doing: str | Sentence, what: str = "") -> Iterator[None]:
        """Whatever the library or the network raises, as one sentence."""
        try:
            yield
        except error.UidConflictError:
            raise CalDavError(said(QT_TRANSLATE_NOOP("Calendar", "The CalDAV server at {url} refused {what}: another event in the calendar already has its UID."), url=self.url, what=what)) from None
        except error.AuthorizationError as exc:
            if exc.status == 403:
                raise CalDavError(said(QT_TRANSLATE_NOOP("Calendar", "The CalDAV server at {url} does not let this user {doing}."), url=self.url, doing=doing)) from None
            raise CalDavError(said(QT_TRANSLATE_NOOP("Calendar", "The CalDAV server at {url} refused the user name or password."), url=self.url)) from None
        except error.DAVError as exc:
            if exc.status == 404:
                raise CalDavError(said(QT_TRANSLATE_NOOP("Calendar", "There is no calendar at {url} (the server answered 404 Not Found){elsewhere}."), url=self.url, elsewhere=self._elsewhere())) from None
            raise CalDavError(_refusal(self.url, method, what, exc)) from None
        except NotImplementedError:  # the server asks for a sign-in the library cannot give
            raise CalDavError(said(QT_TRANSLATE_NOOP("Calendar", "The CalDAV server at {url} asks for a kind of sign-in other than a user name and password."), url=self.url)) from None
        except OSError as exc:  # the HTTP library's connection errors and timeouts are OSErrors
            raise CalDavError(said(QT_TRANSLATE_NOOP("Calendar", "The CalDAV server at {url} cannot be reached: {why}."), url=self.url, why=_root_cause(exc))) from None
        except SyntaxError:  # lxml: an answer that is not XML
            raise CalDavError(said(QT_TRANSLATE_NOOP("Calendar", "The server at {url} answered with XML that is not readable."), url=self.url)) from None

    def _elsewhere(self) -> str | Sentence:
        """'; this user's calendars are at ...' when the library finds any, from the address
        given or else from the server's root: a wrong address is most often the server's, the
        user's or a misspelt calendar's."""
        for start in dict.fromkeys((self.url, urljoin(self.url, "/"))):
            try:
                with _connect(start, *self._login) as client, _quiet_library():
                    urls = [str(c.url) for c in client.get_calendars()]
            except (error.DAVError, OSError, SyntaxError, ValueError, NotImplementedError):
                continue
            if urls:
                return said(QT_TRANSLATE_NOOP("Calendar", "; this user's calendars are at {urls}"), urls=", ".join(urls[:3]))
        return ""


@contextmanager
def _quiet_library() -> Iterator[None]:
    """The hint is a guess: the library's warnings about a server that is no CalDAV server
    would only bury the one sentence the officer needs."""
    log = logging.getLogger("caldav")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


def _connect(url: str, user: str, password: str) -> DAVClient:
    client = DAVClient(
        url=url, username=user or None, password=password if user else None,
        timeout=TIMEOUT, proxy=_environment_proxy(url),
    )
    # Passwords come from the keyring or the officer only: without this the HTTP library would
    # also send one it found in ~/.netrc. (That switch drops proxies from the environment too,
    # which is why _environment_proxy hands them over itself.)
    client.session.trust_env = False
    return client


def _types(result: object) -> list[str]:
    """The resource types of one PROPFIND result ([] for a plain resource)."""
    found = getattr(result, "properties", {}).get(dav.ResourceType.tag) or []
    return [found] if isinstance(found, str) else list(found)


def _refusal(url: str, method: str, what: str, exc: error.DAVError) -> str:
    body = exc.body.decode("utf-8", "replace") if isinstance(exc.body, bytes) else (exc.body or "")
    first = body.strip().splitlines()[:1]
    tail = f": {first[0][:200]}" if first and not first[0].startswith("<") else ""  # not a page of HTML
    status = f" (HTTP {exc.status})" if exc.status else ""
    subject = f" {what}" if what else ""
    return f"The CalDAV server at {url} refused {method}{subject}{status}{tail}."


def _root_cause(exc: BaseException) -> str:
    """The innermost reason ('Connection refused', 'timed out') under the library's wrappers."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        inner = exc.__cause__ or getattr(exc, "reason", None)
        inner = inner if isinstance(inner, BaseException) else next((a for a in exc.args if isinstance(a, BaseException)), exc.__context__)
        if inner is None:
            break
        exc = inner
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).rstrip(".")


def _environment_proxy(url: str) -> str | None:
    """The proxy the environment (or the system settings) names for `url`, as urllib reads it."""
    parts = urlsplit(url)
    if urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return urllib.request.getproxies().get(parts.scheme)
