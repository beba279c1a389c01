"""A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, a free loopback port.

PostgreSQL refuses to run as root, so as root the cluster belongs to `nobody` (the data folder
is handed to it and the server runs with its uid). Nothing here touches a system cluster.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

UNPRIVILEGED = "nobody"


def find_bin_dir() -> Path | None:
    """The newest PostgreSQL server's bin folder (Debian keeps it off PATH), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: _version(p))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _version(path: str) -> tuple[int, ...]:
    part = Path(path).parent.parent.name
    return tuple(int(x) for x in part.split(".") if x.isdigit())


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One cluster: `start()`, `url(dbname)`, `create_database()`, `stop()`; `stop()` also removes it."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="planner-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        self._user = pwd.getpwnam(UNPRIVILEGED) if os.geteuid() == 0 else None
        self._databases = 0
        if self._user is not None:
            os.chown(self.root, self._user.pw_uid, self._user.pw_gid)

    # Running the server's programs as the cluster's owner ----------------------------------------

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        kwargs: dict = {}
        if self._user is not None:
            kwargs = {"user": self._user.pw_uid, "group": self._user.pw_gid, "extra_groups": []}
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "LANG": "C", "HOME": str(self.root)}
        return subprocess.run([str(self.bin_dir / args[0]), *args[1:]], capture_output=True, text=True, env=env, cwd=self.root, check=check, timeout=120, **kwargs)

    def start(self) -> "PgServer":
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync")
        last = ""
        for _attempt in range(5):  # a free port can be taken between asking and binding
            self.port = free_port()
            options = (
                f"-p {self.port} -h 127.0.0.1 -k {self.root} -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off -c shared_buffers=16MB -c max_connections=120 "
                "-c dynamic_shared_memory_type=mmap"
            )
            done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start", check=False)
            if done.returncode == 0:
                return self
            last = done.stderr + self.log.read_text(errors="replace") if self.log.exists() else done.stderr
        raise RuntimeError(f"The test PostgreSQL server did not start:\n{last}")

    def stop(self) -> None:
        if self.data.exists() and (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def pause(self) -> None:
        """Stop the server but keep its data: the database becomes unreachable."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")  # immediate would lose unsynced commits

    def resume(self) -> None:
        """Start the stopped server again on the same port."""
        options = f"-p {self.port} -h 127.0.0.1 -k {self.root} -c fsync=off -c shared_buffers=16MB -c dynamic_shared_memory_type=mmap"
        for _attempt in range(20):
            done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start", check=False)
            if done.returncode == 0:
                return
            time.sleep(0.25)  # the port may linger a moment after an immediate stop
        raise RuntimeError(f"The test PostgreSQL server did not restart:\n{self.log.read_text(errors='replace')}")

    # Databases ----------------------------------------------------------------------------------

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        self._databases += 1
        name = f"plan_{os.getpid()}_{self._databases}"
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def add_role_with_password(self, role: str, password: str) -> str:
        """A role that must give its password (SCRAM) to connect over TCP; its URL, password left out."""
        self.admin(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self._run("pg_ctl", "-D", str(self.data), "reload")
        return f"postgresql+psycopg://{role}@127.0.0.1:{self.port}/postgres"

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
