"""Reading a test database back: one helper for every test that checks rows by value."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine


def query_rows(engine: Engine, sql: str, **params: object) -> list[tuple[object, ...]]:
    """The rows of one read-only query, as plain tuples."""
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql), params)]
