"""The facts_flat view: one flat row per fact (the public contract of the text parser).

On PostgreSQL the views live in the ``analytics`` schema, which joins the database's default search
path so that ``SELECT * FROM facts_flat`` works for every client.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from warehouse.db.views import VIEW_SCHEMA, apply_views

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEARCH_PATH = f"""
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %%I SET search_path = "$user", public, {VIEW_SCHEMA}', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'not the database owner: add {VIEW_SCHEMA} to the search_path yourself';
END $$
"""


def upgrade() -> None:
    bind = op.get_bind()
    apply_views(bind, "0002", None)
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql(_SEARCH_PATH)


def downgrade() -> None:
    bind = op.get_bind()
    apply_views(bind, None, "0002")
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql(
            "DO $$ BEGIN EXECUTE format('ALTER DATABASE %%I RESET search_path', current_database()); "
            "EXCEPTION WHEN insufficient_privilege THEN NULL; END $$"
        )
