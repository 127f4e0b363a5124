"""The facts_flat view: one flat row per fact (the public contract of the text parser).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

from warehouse.db.views import create_view, drop_view

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_view("0002", "facts_flat")


def downgrade() -> None:
    drop_view("facts_flat")
