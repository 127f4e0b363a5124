"""Initial schema: files, load runs, filings, reports, concepts, contexts, members, units, facts.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "concepts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concept_key", sa.Text(), nullable=False),
        sa.Column("identity", sa.String(length=16), nullable=False),
        sa.Column("concept_name", sa.Text(), nullable=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("definition", sa.Text(), nullable=True),
        sa.Column("period_type", sa.String(length=8), nullable=True),
        sa.Column("data_type", sa.Text(), nullable=True),
        sa.Column("balance", sa.String(length=8), nullable=True),
        sa.Column("is_abstract", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concepts")),
        sa.UniqueConstraint("concept_key", name=op.f("uq_concepts_concept_key")),
    )
    op.create_index("ix_concepts_concept_name", "concepts", ["concept_name"], unique=False)
    op.create_table(
        "contexts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("context_key", sa.Text(), nullable=False),
        sa.Column("entity", sa.String(length=10), nullable=True),
        sa.Column("period_type", sa.String(length=8), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("n_members", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contexts")),
        sa.UniqueConstraint("context_key", name=op.f("uq_contexts_context_key")),
    )
    op.create_index("ix_contexts_period_end", "contexts", ["period_end"], unique=False)
    op.create_table(
        "dimensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_key", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("axis_name", sa.Text(), nullable=True),
        sa.Column("member_name", sa.Text(), nullable=True),
        sa.Column("typed_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dimensions")),
        sa.UniqueConstraint("member_key", name=op.f("uq_dimensions_member_key")),
    )
    op.create_table(
        "filings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filing_key", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("accession_number", sa.String(length=20), nullable=True),
        sa.Column("cik", sa.String(length=10), nullable=True),
        sa.Column("company_name", sa.Text(), nullable=True),
        sa.Column("form_type", sa.String(length=32), nullable=True),
        sa.Column("period_of_report", sa.Date(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("fiscal_period", sa.String(length=8), nullable=True),
        sa.Column("is_amendment", sa.Boolean(), nullable=True),
        sa.Column("filed_at", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_filings")),
        sa.UniqueConstraint("filing_key", name=op.f("uq_filings_filing_key")),
    )
    op.create_index("ix_filings_cik", "filings", ["cik"], unique=False)
    op.create_table(
        "load_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("root", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("files_seen", sa.Integer(), server_default="0", nullable=False),
        sa.Column("files_loaded", sa.Integer(), server_default="0", nullable=False),
        sa.Column("files_unchanged", sa.Integer(), server_default="0", nullable=False),
        sa.Column("files_failed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("facts_added", sa.Integer(), server_default="0", nullable=False),
        sa.Column("concepts_added", sa.Integer(), server_default="0", nullable=False),
        sa.Column("definitions_added", sa.Integer(), server_default="0", nullable=False),
        sa.Column("tool_version", sa.String(length=32), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=True),
        sa.Column("pid", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_load_runs")),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("numerator", sa.Text(), nullable=False),
        sa.Column("denominator", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("code", name=op.f("uq_units_code")),
    )
    op.create_table(
        "context_members",
        sa.Column("context_id", sa.Integer(), nullable=False),
        sa.Column("dimension_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["context_id"],
            ["contexts.id"],
            name=op.f("fk_context_members_context_id_contexts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dimension_id"], ["dimensions.id"], name=op.f("fk_context_members_dimension_id_dimensions")
        ),
        sa.PrimaryKeyConstraint("context_id", "dimension_id", name=op.f("pk_context_members")),
    )
    op.create_index("ix_context_members_dimension_id", "context_members", ["dimension_id"], unique=False)
    op.create_table(
        "load_errors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("load_run_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["load_run_id"],
            ["load_runs.id"],
            name=op.f("fk_load_errors_load_run_id_load_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_load_errors")),
    )
    op.create_index("ix_load_errors_load_run_id", "load_errors", ["load_run_id"], unique=False)
    op.create_table(
        "source_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=False),
        sa.Column("load_run_id", sa.Integer(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["load_run_id"], ["load_runs.id"], name=op.f("fk_source_files_load_run_id_load_runs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_files")),
        sa.UniqueConstraint("path", name=op.f("uq_source_files_path")),
    )
    op.create_index("ix_source_files_sha256", "source_files", ["sha256"], unique=False)
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filing_id", sa.Integer(), nullable=False),
        sa.Column("source_file_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("report_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title_units", sa.Text(), nullable=True),
        sa.Column("scale_line", sa.Text(), nullable=True),
        sa.Column("title_date", sa.Date(), nullable=True),
        sa.Column("n_columns", sa.Integer(), nullable=False),
        sa.Column("n_rows", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("menu_category", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["filing_id"], ["filings.id"], name=op.f("fk_reports_filing_id_filings"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_file_id"],
            ["source_files.id"],
            name=op.f("fk_reports_source_file_id_source_files"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint("source_file_id", name=op.f("uq_reports_source_file_id")),
    )
    op.create_index("ix_reports_filing_id", "reports", ["filing_id"], unique=False)
    op.create_table(
        "definitions",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("block_index", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("concept_id", sa.Integer(), nullable=True),
        sa.Column("dimension_id", sa.Integer(), nullable=True),
        sa.Column("definition", sa.Text(), nullable=True),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.Column("element", sa.Text(), nullable=True),
        sa.Column("match_rule", sa.String(length=32), nullable=True),
        sa.Column("match_score", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.ForeignKeyConstraint(
            ["concept_id"], ["concepts.id"], name=op.f("fk_definitions_concept_id_concepts")
        ),
        sa.ForeignKeyConstraint(
            ["dimension_id"], ["dimensions.id"], name=op.f("fk_definitions_dimension_id_dimensions")
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_definitions_report_id_reports"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "block_index", name=op.f("pk_definitions")),
    )
    op.create_index("ix_definitions_concept_id", "definitions", ["concept_id"], unique=False)
    op.create_table(
        "footnotes",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("marker", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_footnotes_report_id_reports"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "marker", name=op.f("pk_footnotes")),
    )
    op.create_table(
        "report_columns",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("column_index", sa.Integer(), nullable=False),
        sa.Column("header", sa.Text(), nullable=False),
        sa.Column("group_label", sa.Text(), nullable=True),
        sa.Column("period_type", sa.String(length=8), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("unit_hint", sa.Text(), nullable=True),
        sa.Column("member_labels", sa.Text(), server_default="", nullable=False),
        sa.Column("certain", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_report_columns_report_id_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("report_id", "column_index", name=op.f("pk_report_columns")),
    )
    op.create_table(
        "report_rows",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("row_index", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("concept_id", sa.Integer(), nullable=True),
        sa.Column("member_labels", sa.Text(), server_default="", nullable=False),
        sa.Column("unit_hint", sa.Text(), nullable=True),
        sa.Column("period_type", sa.String(length=8), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("footnotes", sa.Text(), nullable=True),
        sa.Column("block_index", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id", "block_index"],
            ["definitions.report_id", "definitions.block_index"],
            name=op.f("fk_report_rows_report_id_definitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["concept_id"], ["concepts.id"], name=op.f("fk_report_rows_concept_id_concepts")
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_report_rows_report_id_reports"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "row_index", name=op.f("pk_report_rows")),
    )
    op.create_index("ix_report_rows_concept_id", "report_rows", ["concept_id"], unique=False)
    op.create_table(
        "facts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("filing_id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("row_index", sa.Integer(), nullable=False),
        sa.Column("column_index", sa.Integer(), nullable=False),
        sa.Column("concept_id", sa.Integer(), nullable=False),
        sa.Column("context_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("raw_value", sa.Text(), nullable=False),
        sa.Column("value", sa.Numeric(), nullable=True),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("value_kind", sa.String(length=16), nullable=False),
        sa.Column("scale", sa.Integer(), server_default="0", nullable=False),
        sa.Column("unit_rule", sa.String(length=32), nullable=True),
        sa.Column("is_nil", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("column_certain", sa.Boolean(), nullable=False),
        sa.Column("placement_rule", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["concept_id"], ["concepts.id"], name=op.f("fk_facts_concept_id_concepts")),
        sa.ForeignKeyConstraint(["context_id"], ["contexts.id"], name=op.f("fk_facts_context_id_contexts")),
        sa.ForeignKeyConstraint(
            ["filing_id"], ["filings.id"], name=op.f("fk_facts_filing_id_filings"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["report_id", "row_index"],
            ["report_rows.report_id", "report_rows.row_index"],
            name=op.f("fk_facts_report_id_report_rows"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_facts_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
        sa.UniqueConstraint("report_id", "row_index", "column_index", name="uq_facts_position"),
    )
    op.create_index("ix_facts_concept_context", "facts", ["concept_id", "context_id"], unique=False)
    op.create_index("ix_facts_context_id", "facts", ["context_id"], unique=False)
    op.create_index("ix_facts_filing_id", "facts", ["filing_id"], unique=False)
    op.create_table(
        "fact_footnotes",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("row_index", sa.Integer(), nullable=False),
        sa.Column("column_index", sa.Integer(), nullable=False),
        sa.Column("marker", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id", "marker"],
            ["footnotes.report_id", "footnotes.marker"],
            name=op.f("fk_fact_footnotes_report_id_footnotes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["report_id", "row_index", "column_index"],
            ["facts.report_id", "facts.row_index", "facts.column_index"],
            name=op.f("fk_fact_footnotes_report_id_facts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "report_id", "row_index", "column_index", "marker", name=op.f("pk_fact_footnotes")
        ),
    )


def downgrade() -> None:
    op.drop_table("fact_footnotes")
    op.drop_index("ix_facts_filing_id", table_name="facts")
    op.drop_index("ix_facts_context_id", table_name="facts")
    op.drop_index("ix_facts_concept_context", table_name="facts")
    op.drop_table("facts")
    op.drop_index("ix_report_rows_concept_id", table_name="report_rows")
    op.drop_table("report_rows")
    op.drop_table("report_columns")
    op.drop_table("footnotes")
    op.drop_index("ix_definitions_concept_id", table_name="definitions")
    op.drop_table("definitions")
    op.drop_index("ix_reports_filing_id", table_name="reports")
    op.drop_table("reports")
    op.drop_index("ix_source_files_sha256", table_name="source_files")
    op.drop_table("source_files")
    op.drop_index("ix_load_errors_load_run_id", table_name="load_errors")
    op.drop_table("load_errors")
    op.drop_index("ix_context_members_dimension_id", table_name="context_members")
    op.drop_table("context_members")
    op.drop_table("units")
    op.drop_table("load_runs")
    op.drop_index("ix_filings_cik", table_name="filings")
    op.drop_table("filings")
    op.drop_table("dimensions")
    op.drop_index("ix_contexts_period_end", table_name="contexts")
    op.drop_table("contexts")
    op.drop_index("ix_concepts_concept_name", table_name="concepts")
    op.drop_table("concepts")
