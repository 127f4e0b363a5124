"""Saved SQL views, created and changed only by migrations.

``sql/views/NAME.sql`` is the current definition a user reads. A migration that creates or changes a
view keeps its own frozen copy under ``migrations/views/<revision>/NAME.sql``, so an old revision
always builds the view as it was, and a downgrade restores the previous definition exactly. A test
checks that the newest copies equal the files under ``sql/views/``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import op

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def view_sql(revision: str, name: str) -> str:
    return (MIGRATIONS / "views" / revision / f"{name}.sql").read_text(encoding="utf-8")


def create_view(revision: str, name: str) -> None:
    op.execute(view_sql(revision, name))


def drop_view(name: str) -> None:
    op.execute(f"DROP VIEW IF EXISTS {name}")
