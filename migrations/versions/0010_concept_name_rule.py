"""concepts.name_rule and concepts.name_confidence: how a concept's element was found, how sure.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("concepts", sa.Column("name_rule", sa.String(length=16)))
    op.add_column("concepts", sa.Column("name_confidence", sa.Float()))
    # Names given before this revision came from the page itself or from documentation keys.
    op.execute(
        "UPDATE concepts SET name_rule = CASE identity WHEN 'definition' THEN 'documentation' "
        "WHEN 'name' THEN 'instance' ELSE 'page' END, name_confidence = CASE identity "
        "WHEN 'definition' THEN 0.9 ELSE 1.0 END WHERE concept_name IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_column("concepts", "name_confidence")
    op.drop_column("concepts", "name_rule")
