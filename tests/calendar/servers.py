"""A real Radicale CalDAV server for tests: its own process on 127.0.0.1, storage in a temporary
folder, one user with a plain-text password, stopped when the test is done."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

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
