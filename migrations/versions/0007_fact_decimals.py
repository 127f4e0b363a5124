"""facts.decimals: the XBRL decimals of instance facts.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from warehouse.db.views import apply_views

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN on both backends: no table rebuild, so the views stay valid.
    op.add_column("facts", sa.Column("decimals", sa.String(length=8), nullable=True))


def downgrade() -> None:
    # SQLite drops a column by rebuilding the table, which breaks the views that read it: drop the
    # views of the head revision first and build them again afterwards.
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        apply_views(bind, None, "0004")
        with op.batch_alter_table("facts") as batch:
            batch.drop_column("decimals")
        apply_views(bind, "0004", None)
    else:
        op.drop_column("facts", "decimals")
