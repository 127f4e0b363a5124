"""Schedule views: deferred tax assets, concentration risk, tax rate reconciliation, statement lines,
latest facts and roll-up checks, on a shared fact_lines view.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from warehouse.db.views import apply_views

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    apply_views(op.get_bind(), "0003", "0002")


def downgrade() -> None:
    apply_views(op.get_bind(), "0002", "0003")
