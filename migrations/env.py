"""Alembic environment.

The database comes from, in order: a connection or engine handed over by the caller (the CLI, the
loader, pytest-alembic), then WAREHOUSE_DB_URL, then the default SQLite file.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection, Engine

from warehouse.db.engine import make_engine, resolve_url
from warehouse.db.schema import metadata

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,  # only for `alembic check` / autogenerate comparisons
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    given: Connection | Engine | None = config.attributes.get("connection")
    if isinstance(given, Connection):
        _run(given)
        return
    engine: Engine | None = given if isinstance(given, Engine) else config.attributes.get("engine")
    owns_engine = engine is None
    if engine is None:
        engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        if owns_engine:
            engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported: run against a database")
run_migrations()
