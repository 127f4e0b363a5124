"""load_runs.host and load_runs.pid on databases created before revision 0001 gained them.

Revision 0001 was extended with these two columns after databases had been made from its first
form, so those databases report revision 0008 without them. This revision adds whichever is missing;
on any other database it changes nothing.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("load_runs")}
    for column in (sa.Column("host", sa.String(length=255)), sa.Column("pid", sa.Integer())):
        if column.name not in present:
            op.add_column("load_runs", column)


def downgrade() -> None:
    # The columns belong to revision 0001's current form: a downgrade to 0008 keeps them.
    pass
