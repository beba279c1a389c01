""""Test connection": what a database address leads to, said in one sentence, changing nothing."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, func, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from planner.domain.sentences import QT_TRANSLATE_NOOP, said

from . import engine as engines
from .addresses import resolve_url
from .errors import StoreError
from .tables import CommitmentRow


def probe(text: str) -> str:
    """Connect to the database `text` names and say what is there; raises StoreError (one sentence).

    A SQLite file that does not exist yet is not created; a server database is only read.
    """
    url = resolve_url(text.strip())
    try:
        u = make_url(url)
    except ArgumentError:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database address {text!r} is not a database URL (try a file path or postgresql+psycopg://user@host/plan)."), text=text)) from None
    if u.get_backend_name() == "sqlite":
        path = Path(u.database or "")
        if not path.exists():
            if not path.parent.is_dir():
                raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The folder {folder} does not exist, so no plan can be created there."), folder=path.parent))
            return f"{path} does not exist yet; a new plan will be created there."
        if path.is_dir():
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database path {path} is a folder, not a file."), path=path))
        engine = create_engine(url)  # without the app's settings: looking changes nothing
    else:
        engine = engines.create(url)
    try:
        return _describe_contents(engine, engines.describe(url))
    except SQLAlchemyError as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The database {database} cannot be read: {why}."), database=engines.describe(url), why=str(getattr(exc, 'orig', exc)).strip().splitlines()[0])) from None
    finally:
        engine.dispose()


def _describe_contents(engine: Engine, shown: str) -> str:
    tables = set(inspect(engine).get_table_names())
    if not tables:
        return f"Connected to {shown}: an empty database; the plan will be created when Planner opens it."
    if CommitmentRow.__tablename__ not in tables:
        return f"Connected to {shown}: it holds {len(tables)} other tables and no plan; the plan's tables will be added beside them."
    with engine.connect() as conn:
        count = conn.scalar(select(func.count()).select_from(CommitmentRow.__table__)) or 0
    current = engines.current_revision(engine)
    state = "up to date" if current == engines.head_revision() else "made by another version of Planner; it will be upgraded when opened"
    return f"Connected to {shown}: a plan with {count} commitments, {state}."
