"""Opening a database: the URL, SQLite's settings, and migrations applied on open."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, NullPool

from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence, os_reason, said

from .errors import StoreError
from .revisions import MIGRATIONS, known_revisions, newest_revision

if TYPE_CHECKING:
    from alembic.config import Config

# libpq settings by driver: a server that stops answering (network gone) is an error within
# seconds, on connecting (connect_timeout) and mid-conversation (keepalives, tcp_user_timeout ms).
_LIBPQ = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3, "keepalives_count": 3, "tcp_user_timeout": 10000}
SERVER_CONNECT_ARGS = {"psycopg": _LIBPQ, "psycopg2": _LIBPQ}


def describe(url: str) -> str:
    """The URL as shown to people: the file path for SQLite, no password for servers."""
    try:
        u = make_url(url)
    except ArgumentError:
        return url
    if u.get_backend_name() == "sqlite":
        return u.database or ":memory:"
    return u.render_as_string(hide_password=True)


def create(url: str) -> Engine:
    """An engine for `url`, checked by connecting once; raises StoreError with one sentence."""
    try:
        u = make_url(url)
    except ArgumentError:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database address {url!r} is not a database URL (try a file path or sqlite:///path)."), url=url)) from None
    if u.get_backend_name() == "sqlite":
        return _create_sqlite(url, u.database or "")
    try:
        engine = create_engine(url, pool_pre_ping=True, connect_args=SERVER_CONNECT_ARGS.get(u.get_driver_name(), {}))
        with engine.connect():
            pass
    except NoSuchModuleError:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database URL {database} names a kind of database the planner does not know ({driver!r}); use sqlite:/// or postgresql+psycopg://."), database=describe(url), driver=u.drivername)) from None
    except ModuleNotFoundError as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database {database} needs the Python driver {driver!r}, which is not installed."), database=describe(url), driver=exc.name)) from None
    except (SQLAlchemyError, OSError) as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database {database} cannot be reached: {why}."), database=describe(url), why=_first_line(exc))) from None
    return engine


def _create_sqlite(url: str, path: str) -> Engine:
    if path and path != ":memory:":
        try:
            folder_exists = Path(path).parent.is_dir()
            is_dir = Path(path).is_dir()
        except OSError as exc:  # a symlink loop, a name too long for the file system
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database path {path} cannot be used: {why}."), path=path, why=os_reason(exc))) from None
        if not folder_exists:
            # A typo in a folder's name must not quietly make an empty plan somewhere new.
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The folder {folder} does not exist; create it first, or check the path given for the database."), folder=Path(path).parent))
        if is_dir:
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database path {path} is a folder, not a file."), path=path))
        if Path(path).exists() and not os.access(path, os.R_OK):
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database file {path} cannot be read (permission denied)."), path=path))
    # No connection is kept open between units of work. POSIX locks belong to the process, and
    # closing ANY descriptor of a file drops all of the process's locks on it: a file dialog that
    # sniffs plan.sqlite-shm, a backup or any other open and close in this process would silently
    # release the lock an idle connection holds to say "still using the WAL". Another program
    # closing the plan then deletes the WAL under us, and the edits made after are lost
    # (https://www.sqlite.org/howtocorrupt.html, 2.2). A connection per unit of work costs
    # under a millisecond, and each one sees what others wrote since.
    pool = {"poolclass": NullPool} if path and path != ":memory:" else {}
    engine = create_engine(url, connect_args={"timeout": 5}, **pool)

    @event.listens_for(engine, "connect")
    def _sqlite_settings(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        # Foreign keys are off by default in SQLite; WAL lets the feed server read while the app writes.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA schema_version").fetchall()
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StoreError(_sqlite_problem(path, exc)) from None
    return engine


SQLITE_HEADER = b"SQLite format 3\x00"


def damaged(path: str, exc: Exception) -> Sentence | None:
    """The sentence for a SQLite file whose pages cannot be read (cut short, overwritten), or
    None when `exc` says something else. `path` is a file path or a database URL."""
    text = str(getattr(exc, "orig", exc)).lower()
    if not ("malformed" in text or "not a database" in text or "file is encrypted" in text):
        return None
    path = describe(path) if "://" in path else path
    try:
        with open(path, "rb") as file:
            ours = file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        ours = True  # it opened a moment ago; say what SQLite said
    if not ours:
        return said(QT_TRANSLATE_NOOP("Store", "The database file {path} is not a planner database (it is another kind of file)."), path=path)
    return said(QT_TRANSLATE_NOOP("Store", "The database file {path} is damaged (SQLite says: {why}), so nothing was read or changed; "
                                           "restore it from a backup."), path=path, why=_first_line(exc))


def _sqlite_problem(path: str, exc: Exception) -> Sentence:
    text = str(getattr(exc, "orig", exc)).lower()
    if (sentence := damaged(path, exc)) is not None:
        return sentence
    if "locked" in text or "busy" in text:
        return said(QT_TRANSLATE_NOOP("Store", "The database file {path} is locked by another program; close it and try again."), path=path)
    if "unable to open" in text or "readonly" in text:
        return said(QT_TRANSLATE_NOOP("Store", "The database file {path} cannot be opened (check the folder exists and is writable)."), path=path)
    return said(QT_TRANSLATE_NOOP("Store", "The database file {path} cannot be used: {why}."), path=path, why=_first_line(exc))


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0].rstrip(".") if str(orig).strip() else type(orig).__name__


# Alembic is imported only where a schema is looked at closely or upgraded: loading it costs
# a fifth of a second, on every start of the window and of every command.


def alembic_config() -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The schema revision a database says it is at (None: not a planner database yet)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (DatabaseError, OperationalError) as exc:
        if (sentence := damaged(str(engine.url), exc)) is not None:
            raise StoreError(sentence) from None  # not "another program's": its pages are unreadable
        return None


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration; a no-op when it is already there.

    A database another program made, or a newer Planner, is refused before anything is written.
    """
    newest = newest_revision()
    stored = stored_revision(engine)
    if newest is not None and stored == newest:
        return  # the usual case, known without Alembic
    if stored is None:
        _refuse_a_foreign_database(engine)
    elif stored not in known_revisions():
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The plan {database} was made by a newer version of Planner (its schema is {schema!r}); update Planner to open it."), database=describe(str(engine.url)), schema=stored))
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (DatabaseError, OperationalError) as exc:
        raise StoreError(_sqlite_problem(describe(str(engine.url)), exc)) from None
    except sqlite3.Error as exc:  # pragma: no cover - raw driver errors
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database {database} could not be upgraded: {why}."), database=describe(str(engine.url)), why=exc)) from None


# Tables that say whose file a SQLite database is, for the sentence that refuses it.
_KNOWN_OWNERS = [
    ({"moz_places"}, QT_TRANSLATE_NOOP("Store", "Firefox's browsing history")), ({"moz_cookies"}, QT_TRANSLATE_NOOP("Store", "Firefox's cookies")),
    ({"urls", "visits"}, QT_TRANSLATE_NOOP("Store", "a Chrome or Chromium history")), ({"notes", "cards"}, QT_TRANSLATE_NOOP("Store", "an Anki collection")),
    ({"books", "authors"}, QT_TRANSLATE_NOOP("Store", "a Calibre library")), ({"items", "itemData"}, QT_TRANSLATE_NOOP("Store", "a Zotero library")),
]


def _refuse_a_foreign_database(engine: Engine) -> None:
    """A database with tables but no planner schema belongs to another program: never migrate
    or seed into it (that would leave half of our tables in someone else's file)."""
    from sqlalchemy import inspect

    try:
        tables = [t for t in inspect(engine).get_table_names() if not t.startswith("sqlite_")]
    except (DatabaseError, OperationalError):
        return  # not readable as a database: opening says why
    if not tables:
        return  # a new, empty database: ours to make
    owner = next((who for needed, who in _KNOWN_OWNERS if needed <= set(tables)), QT_TRANSLATE_NOOP("Store", "another program"))
    shown = ", ".join(sorted(tables)[:4]) + (", …" if len(tables) > 4 else "")
    raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database {database} holds the tables of {owner} ({tables}), not a Planner plan; it was left as it was. Give another file or an empty database."), database=describe(str(engine.url)), owner=owner, tables=shown))


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: domain objects are built inside the session; nothing lazy leaks out.
    return sessionmaker(engine, expire_on_commit=False)
