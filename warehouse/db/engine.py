"""Database URLs and engines: the one place that knows SQLite from PostgreSQL settings."""

from __future__ import annotations

import os
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url

DEFAULT_URL = "sqlite:///warehouse.db"
ENV_VAR = "WAREHOUSE_DB_URL"


class DatabaseUrlError(ValueError):
    """The database URL cannot be used (a user error, reported in one line)."""


def resolve_url(explicit: str | None = None) -> URL:
    """--db wins, then WAREHOUSE_DB_URL, then the SQLite file in the working directory."""
    raw = explicit or os.environ.get(ENV_VAR) or DEFAULT_URL
    try:
        url = make_url(raw)
    except Exception as exc:  # sqlalchemy raises ArgumentError with the raw URL; never echo it
        raise DatabaseUrlError(f"not a database URL: {redact_text(raw)}") from exc
    if url.drivername in ("postgresql", "postgres"):
        # psycopg 3 is the driver this project ships; plain postgresql:// would ask for psycopg2.
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUrlError(f"unsupported database {url.get_backend_name()!r}: use sqlite or postgresql")
    return url


def redact(url: URL | str) -> str:
    """The URL for humans: the password is never shown."""
    if isinstance(url, str):
        return redact_text(url)
    return url.render_as_string(hide_password=True)


def redact_text(raw: str) -> str:
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except Exception:
        # Not parseable: hide anything between "://user:" and "@".
        head, sep, tail = raw.partition("://")
        if sep and "@" in tail:
            cred, _, host = tail.rpartition("@")
            user = cred.split(":", 1)[0]
            return f"{head}://{user}:***@{host}"
        return raw


def is_sqlite(engine_or_url: Engine | URL) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else engine_or_url
    return url.get_backend_name() == "sqlite"


def make_engine(url: URL | str, **kwargs: Any) -> Engine:
    url = resolve_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(url, **kwargs)
        sa.event.listen(engine, "connect", _sqlite_on_connect)
        sa.event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    # The saved views live in their own schema; put it on the path of every connection we open.
    connect_args = {"options": "-c search_path=public,analytics", **kwargs.pop("connect_args", {})}
    return sa.create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (pysqlite's own transaction handling is off), so a file's
    # load is one real transaction; WAL lets readers query while a load runs.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_on_begin(conn: sa.Connection) -> None:
    conn.exec_driver_sql("BEGIN")
