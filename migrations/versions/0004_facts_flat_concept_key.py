"""facts_flat gains concept_key: the concept's identity across filings.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from warehouse.db.views import apply_views

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_views(op.get_bind(), "0004", "0003")


def downgrade() -> None:
    apply_views(op.get_bind(), "0003", "0004")
