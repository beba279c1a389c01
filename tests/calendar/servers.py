"""A real Radicale CalDAV server for tests: its own process on 127.0.0.1, storage in a temporary
folder, one user with a plain-text password, stopped when the test is done.

Radicale signs users in with Basic only; `start_digest_radicale` puts it behind a gate that
speaks nothing but HTTP Digest (RFC 7616), to show the planner's client does Digest too.
"""
from __future__ import annotations

import hashlib
import logging
import secrets
import socket
import socketserver
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

USER, PASSWORD = "officer", "s3cret-pass"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Radicale exited early: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"Radicale did not listen on port {port} within {seconds} s")


@dataclass
class Radicale:
    url: str  # the server root, e.g. http://127.0.0.1:5232/
    process: subprocess.Popen

    @property
    def user_url(self) -> str:
        return f"{self.url}{USER}/"

    def calendar_url(self, name: str = "team") -> str:
        return f"{self.user_url}{name}/"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def start_radicale(folder: Path) -> Radicale:
    folder.mkdir(parents=True, exist_ok=True)
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n")
    port = free_port()
    command = [
        sys.executable, "-m", "radicale", "--config", "",
        "--hosts", f"127.0.0.1:{port}",
        "--storage-filesystem-folder", str(folder / "collections"),
        "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain",
        "--rights-type", "owner_only", "--logging-level", "warning",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_port(port, process)
    return Radicale(f"http://127.0.0.1:{port}/", process)


# Digest ------------------------------------------------------------------------------------------

REALM = "planner-test"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()  # noqa: S324 (what RFC 7616's MD5 Digest uses)


class DigestGate:
    """WSGI: lets a request through to `app` only with a valid Digest answer (qop=auth), handing
    the user on as REMOTE_USER; anything else, Basic included, gets 401 and a Digest challenge."""

    def __init__(self, app, users: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
        self.app, self.users, self.nonces = app, users, set()

    def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
        scheme, _, value = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
        user = self._user(environ["REQUEST_METHOD"], value) if scheme.lower() == "digest" else None
        if user:
            environ["REMOTE_USER"] = user
            return self.app(environ, start_response)
        nonce = secrets.token_hex(16)
        self.nonces.add(nonce)
        challenge = f'Digest realm="{REALM}", qop="auth", algorithm=MD5, nonce="{nonce}"'
        start_response("401 Unauthorized", [("WWW-Authenticate", challenge), ("Content-Length", "0")])
        return [b""]

    def _user(self, method: str, value: str) -> str | None:
        f = urllib.request.parse_keqv_list(urllib.request.parse_http_list(value))
        password = self.users.get(f.get("username", ""))
        if password is None or f.get("nonce") not in self.nonces or f.get("qop") != "auth":
            return None
        ha1, ha2 = _md5(f"{f['username']}:{REALM}:{password}"), _md5(f"{method}:{f.get('uri', '')}")
        expected = _md5(f"{ha1}:{f['nonce']}:{f.get('nc', '')}:{f.get('cnonce', '')}:auth:{ha2}")
        return f["username"] if secrets.compare_digest(expected, f.get("response", "")) else None


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


def serve_digest(folder: str, port: int) -> None:
    """The body of the Digest server's process: Radicale (taking the user from REMOTE_USER)."""
    import radicale
    from radicale import config

    logging.getLogger("radicale").setLevel(logging.ERROR)
    configuration = config.load()
    configuration.update({"auth": {"type": "remote_user"}, "rights": {"type": "owner_only"},
                          "storage": {"filesystem_folder": folder}}, "test", privileged=True)
    gate = DigestGate(radicale.Application(configuration), {USER: PASSWORD})
    make_server("127.0.0.1", port, gate, server_class=_ThreadingServer, handler_class=_QuietHandler).serve_forever()


def start_digest_radicale(folder: Path) -> Radicale:
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    root = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-m", "tests.calendar.servers", str(folder / "collections"), str(port)]
    process = subprocess.Popen(command, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_port(port, process)
    return Radicale(f"http://127.0.0.1:{port}/", process)


if __name__ == "__main__":
    serve_digest(sys.argv[1], int(sys.argv[2]))
