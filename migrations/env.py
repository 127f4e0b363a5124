"""Alembic environment: the URL comes from the caller's engine, WAREHOUSE_DB_URL, or the default."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Engine

from warehouse.db.engine import make_engine, resolve_url

config = context.config


def run_migrations() -> None:
    engine: Engine | None = config.attributes.get("engine")
    owns_engine = engine is None
    if engine is None:
        engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    try:
        with engine.connect() as connection:
            context.configure(
                connection=connection,
                render_as_batch=connection.dialect.name == "sqlite",
                transaction_per_migration=True,
            )
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
    finally:
        if owns_engine:
            engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported: run against a database")
run_migrations()
