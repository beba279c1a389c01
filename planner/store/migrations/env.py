"""Alembic environment: runs on the connection the store hands in (see `engine.migrate`)."""
from alembic import context
from sqlalchemy import engine_from_config, pool

from planner.store.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Developers calling `alembic` by hand (e.g. autogenerate) come here.
    engine = engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()


def _run(connection) -> None:
    # SQLite cannot ALTER most things in place; batch mode rebuilds tables for later migrations.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
