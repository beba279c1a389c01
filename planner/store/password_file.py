"""PostgreSQL passwords kept where PostgreSQL itself looks for them: the password file.

An address typed into Preferences with a password in it (postgresql+psycopg://officer:secret@db/plan)
would otherwise be saved in the settings file as typed, readable by anyone who can read that
file. Instead the password goes into the officer's PostgreSQL password file (~/.pgpass, or the
file $PGPASSFILE names; %APPDATA%\\postgresql\\pgpass.conf on Windows), which only they may read,
and the address is saved without it. libpq reads that file at every connection, so nothing in
Planner has to put the password back.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.engine import URL, make_url

DEFAULT_PORT = 5432


def password_file(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("PGPASSFILE"):
        return Path(env["PGPASSFILE"])
    if os.name == "nt":
        return Path(env.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def keep_password(url: str, environ: Mapping[str, str] | None = None) -> str:
    """`url` without its password, which is now in the password file (replacing the line for the
    same server, port, database and user). An address with no password, or not PostgreSQL's, is
    returned as it is. Raises OSError when the file cannot be written; then nothing changed."""
    u = make_url(url)
    if u.get_backend_name() != "postgresql" or not u.password:
        return url
    fields = [u.host or "localhost", str(u.port or DEFAULT_PORT), u.database or "*", u.username or "*"]
    key = ":".join(_escaped(f) for f in fields) + ":"
    path = password_file(environ)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    lines = [line for line in lines if not line.startswith(key)] + [key + _escaped(str(u.password))]
    _write_private(path, "\n".join(lines) + "\n")
    without = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return without.render_as_string(hide_password=False)


def _escaped(field: str) -> str:
    # The file's fields are separated by colons; a colon or backslash in one is escaped.
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _write_private(path: Path, text: str) -> None:
    """Write the whole file anew, readable by its owner only (libpq ignores it otherwise): mkstemp
    makes the file so, and it replaces the old one whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".pgpass-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
