"""Taxonomy tables: packages, element declarations, labels, calculation and presentation arcs.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _taxonomy_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["taxonomy_id"],
        ["taxonomies.id"],
        name=op.f(f"fk_{table}_taxonomy_id_taxonomies"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "taxonomies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identifier", sa.Text(), nullable=False),
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("publication_date", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("n_files", sa.Integer(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_taxonomies")),
        sa.UniqueConstraint("identifier", "version", name="uq_taxonomies_identifier_version"),
    )
    op.create_table(
        "taxonomy_elements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taxonomy_id", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("element_id", sa.Text(), nullable=True),
        sa.Column("namespace", sa.Text(), nullable=False),
        sa.Column("data_type", sa.Text(), nullable=True),
        sa.Column("substitution_group", sa.Text(), nullable=True),
        sa.Column("period_type", sa.String(length=8), nullable=True),
        sa.Column("balance", sa.String(length=8), nullable=True),
        sa.Column("abstract", sa.Boolean(), nullable=False),
        sa.Column("nillable", sa.Boolean(), nullable=False),
        sa.Column("doc_key", sa.String(length=20), nullable=True),
        _taxonomy_fk("taxonomy_elements"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_taxonomy_elements")),
        sa.UniqueConstraint("taxonomy_id", "prefix", "name", name="uq_taxonomy_elements_name"),
    )
    op.create_index("ix_taxonomy_elements_name", "taxonomy_elements", ["name"], unique=False)
    op.create_index("ix_taxonomy_elements_doc_key", "taxonomy_elements", ["doc_key"], unique=False)
    op.create_table(
        "taxonomy_labels",
        sa.Column("taxonomy_id", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("lang", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_key", sa.String(length=20), nullable=False),
        _taxonomy_fk("taxonomy_labels"),
        sa.PrimaryKeyConstraint(
            "taxonomy_id", "prefix", "name", "role", "lang", name=op.f("pk_taxonomy_labels")
        ),
    )
    op.create_index("ix_taxonomy_labels_text_key", "taxonomy_labels", ["text_key"], unique=False)
    op.create_table(
        "taxonomy_calculations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taxonomy_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("parent", sa.Text(), nullable=False),
        sa.Column("child", sa.Text(), nullable=False),
        sa.Column("weight", sa.Numeric(), nullable=False),
        sa.Column("arc_order", sa.Numeric(), nullable=True),
        _taxonomy_fk("taxonomy_calculations"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_taxonomy_calculations")),
    )
    op.create_table(
        "taxonomy_presentation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taxonomy_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("parent", sa.Text(), nullable=False),
        sa.Column("child", sa.Text(), nullable=False),
        sa.Column("arc_order", sa.Numeric(), nullable=True),
        sa.Column("preferred_label", sa.Text(), nullable=True),
        _taxonomy_fk("taxonomy_presentation"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_taxonomy_presentation")),
    )
    for table in ("taxonomy_calculations", "taxonomy_presentation"):
        op.create_index(f"ix_{table}_parent", table, ["taxonomy_id", "parent"], unique=False)
        op.create_index(f"ix_{table}_child", table, ["taxonomy_id", "child"], unique=False)


def downgrade() -> None:
    for table in ("taxonomy_presentation", "taxonomy_calculations"):
        op.drop_index(f"ix_{table}_child", table_name=table)
        op.drop_index(f"ix_{table}_parent", table_name=table)
        op.drop_table(table)
    op.drop_index("ix_taxonomy_labels_text_key", table_name="taxonomy_labels")
    op.drop_table("taxonomy_labels")
    op.drop_index("ix_taxonomy_elements_doc_key", table_name="taxonomy_elements")
    op.drop_index("ix_taxonomy_elements_name", table_name="taxonomy_elements")
    op.drop_table("taxonomy_elements")
    op.drop_table("taxonomies")
