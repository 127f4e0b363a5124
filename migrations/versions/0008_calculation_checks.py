"""schedule_checks gains calculation checks: totals against the calculation arcs of loaded taxonomies.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from warehouse.db.views import apply_views

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_views(op.get_bind(), "0008", "0004")


def downgrade() -> None:
    apply_views(op.get_bind(), "0004", "0008")
