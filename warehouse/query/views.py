"""Query a saved view by name with simple filters (column = value), safely bound."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from warehouse.db.views import VIEW_SCHEMA, ViewDoc, current_views


class ViewQueryError(ValueError):
    """Unknown view or column; the message lists the valid names."""


def find_view(name: str, dialect: str = "sqlite") -> ViewDoc | None:
    return next((doc for doc, _ in current_views(dialect) if doc.name == name), None)


def view_select(
    doc: ViewDoc, dialect: str, where: list[tuple[str, str]], limit: int | None = None
) -> sa.Select[Any]:
    """SELECT * FROM view WHERE col = :value ... (values always bound, columns checked)."""
    columns = list(doc.columns)
    table = sa.table(
        doc.name, *(sa.column(c) for c in columns), schema=VIEW_SCHEMA if dialect == "postgresql" else None
    )
    stmt = sa.select(*(table.c[c] for c in columns))
    for column, value in where:
        if column not in doc.columns:
            raise ViewQueryError(f"{doc.name} has no column {column!r}; columns: {', '.join(columns)}")
        # Compare as text on both backends, so "0" or "2023-12-31" match what users see; booleans are
        # 1/0 on SQLite and true/false on PostgreSQL, so either spelling matches either backend.
        as_text = sa.cast(table.c[column], sa.String)
        flag = {"true": ("true", "1", "t"), "false": ("false", "0", "f")}.get(value.strip().lower())
        stmt = stmt.where(as_text.in_(flag) if flag else as_text == value)
    if limit is not None:
        stmt = stmt.limit(limit)
    return stmt
