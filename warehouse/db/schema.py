"""The warehouse tables as SQLAlchemy Core objects, used by the load and query layers.

The schema itself is created and changed only by the Alembic migrations under ``migrations/``;
these objects describe the head revision so code can build statements, and a test checks that
they match what the migrations create.

Design in one paragraph: a *source file* is one file on disk (path + content hash); parsing it
gives one *report* (an R page) that belongs to a *filing* (a loose text page is a filing of its
own). Rows and columns of a report keep the page's geometry. A *fact* sits at one (report, row,
column) position and points at a *concept* (what), a *context* (period + sorted member set) and a
*unit*. Concepts, contexts, members (``dimensions``) and units are shared across filings through
natural keys, so the same thing is one row however many pages show it.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

# Exact decimals everywhere. PostgreSQL stores NUMERIC exactly; SQLite has no decimal type and
# keeps integers exactly and fractions to 15 significant digits, read back as Decimal.
Amount = sa.Numeric(asdecimal=True)
Timestamp = sa.DateTime(timezone=True)

load_runs = sa.Table(
    "load_runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("started_at", Timestamp, nullable=False),
    sa.Column("finished_at", Timestamp),
    sa.Column("root", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # running | ok | failed | interrupted (killed)
    sa.Column("files_seen", sa.Integer, nullable=False, server_default="0"),
    sa.Column("files_loaded", sa.Integer, nullable=False, server_default="0"),
    sa.Column("files_unchanged", sa.Integer, nullable=False, server_default="0"),
    sa.Column("files_failed", sa.Integer, nullable=False, server_default="0"),
    sa.Column("facts_added", sa.Integer, nullable=False, server_default="0"),
    sa.Column("concepts_added", sa.Integer, nullable=False, server_default="0"),
    sa.Column("definitions_added", sa.Integer, nullable=False, server_default="0"),
    sa.Column("tool_version", sa.String(32), nullable=False),
    sa.Column("host", sa.String(255)),  # where the loader ran, to tell a killed run from a live one
    sa.Column("pid", sa.Integer),
)

source_files = sa.Table(
    "source_files",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("path", sa.Text, nullable=False, unique=True),  # absolute, "/" separators
    sa.Column("source_path", sa.Text, nullable=False),  # relative to the folder given to `load`
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("size_bytes", sa.BigInteger, nullable=False),
    sa.Column("format", sa.String(32), nullable=False),
    sa.Column("load_run_id", sa.Integer, sa.ForeignKey("load_runs.id"), nullable=False),
    sa.Column("loaded_at", Timestamp, nullable=False),
    sa.Index("ix_source_files_sha256", "sha256"),
)

load_errors = sa.Table(
    "load_errors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("load_run_id", sa.Integer, sa.ForeignKey("load_runs.id", ondelete="CASCADE"), nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("source_path", sa.Text, nullable=False),
    sa.Column("sha256", sa.String(64)),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Index("ix_load_errors_load_run_id", "load_run_id"),
)

filings = sa.Table(
    "filings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    # "accession:<number>" for an identified submission, "page:<path>" for a loose page
    sa.Column("filing_key", sa.Text, nullable=False, unique=True),
    sa.Column("kind", sa.String(16), nullable=False),  # page | submission
    sa.Column("accession_number", sa.String(20)),
    sa.Column("cik", sa.String(10)),
    sa.Column("company_name", sa.Text),
    sa.Column("form_type", sa.String(32)),
    sa.Column("period_of_report", sa.Date),
    sa.Column("fiscal_year", sa.Integer),
    sa.Column("fiscal_period", sa.String(8)),
    sa.Column("is_amendment", sa.Boolean),
    sa.Column("filed_at", sa.Date),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Index("ix_filings_cik", "cik"),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), nullable=False),
    sa.Column(
        "source_file_id",
        sa.Integer,
        sa.ForeignKey("source_files.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    sa.Column("position", sa.Integer),  # R number / FilingSummary position when known
    sa.Column("title", sa.Text, nullable=False),  # as shown, units included
    sa.Column("report_name", sa.Text, nullable=False),  # without units
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("title_units", sa.Text),
    sa.Column("scale_line", sa.Text),
    sa.Column("title_date", sa.Date),
    sa.Column("n_columns", sa.Integer, nullable=False),
    sa.Column("n_rows", sa.Integer, nullable=False),
    sa.Column("role", sa.Text),
    sa.Column("menu_category", sa.Text),
    sa.Column("notes", sa.Text),  # what the parser could not decide, one per line
    sa.Index("ix_reports_filing_id", "filing_id"),
)

report_columns = sa.Table(
    "report_columns",
    metadata,
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("column_index", sa.Integer, primary_key=True),
    sa.Column("header", sa.Text, nullable=False),  # header lines joined by " | "
    sa.Column("group_label", sa.Text),
    sa.Column("period_type", sa.String(8)),
    sa.Column("period_start", sa.Date),
    sa.Column("period_end", sa.Date),
    sa.Column("unit_hint", sa.Text),
    sa.Column("member_labels", sa.Text, nullable=False, server_default=""),
    sa.Column("certain", sa.Boolean, nullable=False),
)

concepts = sa.Table(
    "concepts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    # "def:<hash>" (standard definition), "name:<prefix:Local>", "ext:<filer>:<...>", "label:<filer>:<...>"
    sa.Column("concept_key", sa.Text, nullable=False, unique=True),
    sa.Column("identity", sa.String(16), nullable=False),  # definition | name | extension | label
    sa.Column("concept_name", sa.Text),  # prefix:LocalName when known
    sa.Column("label", sa.Text, nullable=False),  # first label seen
    sa.Column("definition", sa.Text),
    sa.Column("period_type", sa.String(8)),
    sa.Column("data_type", sa.Text),
    sa.Column("balance", sa.String(8)),
    sa.Column("is_abstract", sa.Boolean, nullable=False, server_default=sa.false()),
    # how concept_name was found: page (HTML, pop-up, [custom:Name]), instance (XBRL), or from a loaded
    # taxonomy: documentation (the definition is its text), label (the row's words and the id order
    # of the blocks), order (the id order alone); and the share of such names found right on the
    # truth pages, given how the row's definition was matched (docs/text-parser.md)
    sa.Column("name_rule", sa.String(16)),
    sa.Column("name_confidence", sa.Float),
    sa.Index("ix_concepts_concept_name", "concept_name"),
)

dimensions = sa.Table(
    "dimensions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    # "name:<axis>=<member>" when the names are known, else "label:<normalized label>"
    sa.Column("member_key", sa.Text, nullable=False, unique=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("axis_name", sa.Text),
    sa.Column("member_name", sa.Text),
    sa.Column("typed_value", sa.Text),
)

contexts = sa.Table(
    "contexts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("context_key", sa.Text, nullable=False, unique=True),  # period + sorted member keys (+ entity)
    sa.Column("entity", sa.String(10)),  # CIK when known
    sa.Column("period_type", sa.String(8)),  # instant | duration | NULL when the page does not tell
    sa.Column("period_start", sa.Date),
    sa.Column("period_end", sa.Date),
    sa.Column("n_members", sa.Integer, nullable=False),
    sa.Index("ix_contexts_period_end", "period_end"),
)

context_members = sa.Table(
    "context_members",
    metadata,
    sa.Column("context_id", sa.Integer, sa.ForeignKey("contexts.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("dimension_id", sa.Integer, sa.ForeignKey("dimensions.id"), primary_key=True),
    sa.Index("ix_context_members_dimension_id", "dimension_id"),
)

units = sa.Table(
    "units",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("code", sa.Text, nullable=False, unique=True),  # USD, shares, USD/shares, pure, EUR, ...
    sa.Column("kind", sa.String(16), nullable=False),  # monetary | shares | per_share | pure | other
    sa.Column("numerator", sa.Text, nullable=False),
    sa.Column("denominator", sa.Text),
)

report_rows = sa.Table(
    "report_rows",
    metadata,
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("row_index", sa.Integer, primary_key=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("concept_id", sa.Integer, sa.ForeignKey("concepts.id")),
    sa.Column("member_labels", sa.Text, nullable=False, server_default=""),  # display order, " | "
    sa.Column("unit_hint", sa.Text),
    sa.Column("period_type", sa.String(8)),  # a period carried by the label
    sa.Column("period_start", sa.Date),
    sa.Column("period_end", sa.Date),
    sa.Column("footnotes", sa.Text),
    sa.Column("block_index", sa.Integer),  # the definition block matched to the row's element
    sa.ForeignKeyConstraint(
        ["report_id", "block_index"], ["definitions.report_id", "definitions.block_index"], ondelete="CASCADE"
    ),
    sa.Index("ix_report_rows_concept_id", "concept_id"),
)

facts = sa.Table(
    "facts",
    metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), nullable=False),
    sa.Column("report_id", sa.Integer, nullable=False),
    sa.Column("row_index", sa.Integer, nullable=False),
    sa.Column("column_index", sa.Integer, nullable=False),
    sa.Column("concept_id", sa.Integer, sa.ForeignKey("concepts.id"), nullable=False),
    sa.Column("context_id", sa.Integer, sa.ForeignKey("contexts.id"), nullable=False),
    sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id")),  # NULL for text, dates, booleans
    sa.Column("raw_value", sa.Text, nullable=False),  # the value as shown
    sa.Column("value", Amount),  # scaled, exact; NULL for non-numeric values
    sa.Column("value_text", sa.Text),  # non-numeric values (text, ISO dates/durations, true/false)
    sa.Column("value_kind", sa.String(16), nullable=False),
    sa.Column("scale", sa.Integer, nullable=False, server_default="0"),  # power of ten applied
    sa.Column("unit_rule", sa.String(32)),  # how the unit was decided (e.g. currency_prefix, page_currency)
    sa.Column("is_nil", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("column_certain", sa.Boolean, nullable=False),
    sa.Column("decimals", sa.String(8)),  # XBRL decimals of instance facts ("INF", "-6"); NULL for pages
    sa.Column("placement_rule", sa.String(32), nullable=False),
    sa.ForeignKeyConstraint(
        ["report_id", "row_index"],
        ["report_rows.report_id", "report_rows.row_index"],
        ondelete="CASCADE",
    ),
    # The position on the page identifies a fact; filing, concept, context and unit follow from it.
    sa.UniqueConstraint("report_id", "row_index", "column_index", name="uq_facts_position"),
    sa.Index("ix_facts_concept_context", "concept_id", "context_id"),
    sa.Index("ix_facts_context_id", "context_id"),
    sa.Index("ix_facts_filing_id", "filing_id"),
)

footnotes = sa.Table(
    "footnotes",
    metadata,
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("marker", sa.String(16), primary_key=True),  # "[1]"
    sa.Column("text", sa.Text),  # NULL when the source lost it (the text format keeps only markers)
)

# Linked by position, so a bulk load needs no fact ids back from the database.
fact_footnotes = sa.Table(
    "fact_footnotes",
    metadata,
    sa.Column("report_id", sa.Integer, primary_key=True),
    sa.Column("row_index", sa.Integer, primary_key=True),
    sa.Column("column_index", sa.Integer, primary_key=True),
    sa.Column("marker", sa.String(16), primary_key=True),
    sa.ForeignKeyConstraint(
        ["report_id", "row_index", "column_index"],
        ["facts.report_id", "facts.row_index", "facts.column_index"],
        ondelete="CASCADE",
    ),
    sa.ForeignKeyConstraint(
        ["report_id", "marker"], ["footnotes.report_id", "footnotes.marker"], ondelete="CASCADE"
    ),
)

definitions = sa.Table(
    "definitions",
    metadata,
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("block_index", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # definition | no_definition | details
    sa.Column("concept_id", sa.Integer, sa.ForeignKey("concepts.id")),
    sa.Column("dimension_id", sa.Integer, sa.ForeignKey("dimensions.id")),
    sa.Column("definition", sa.Text),
    sa.Column("reference", sa.Text),  # first reference line, or "No definition available."
    sa.Column("element", sa.Text),  # prefix:LocalName when the page tells
    sa.Column("match_rule", sa.String(32)),  # NULL: not matched to a row or member (kept, reported)
    sa.Column("match_score", sa.Numeric(8, 2)),  # strength of the evidence behind the match
    sa.Index("ix_definitions_concept_id", "concept_id"),
)

# Taxonomy packages (revision 0005): reference data loaded by `warehouse taxonomy load`, several
# versions side by side. Elements, labels and arcs name a concept by prefix and local name (arcs as
# "prefix:Name", the form of concepts.concept_name), so they join to filings without ids, and
# labels and arcs keep concepts whose schema the package lacks.

taxonomies = sa.Table(
    "taxonomies",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("identifier", sa.Text, nullable=False),  # tp:identifier, e.g. http://xbrl.fasb.org/us-gaap/2025
    sa.Column("version", sa.Text, nullable=False),  # tp:version ("" when nothing tells)
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("year", sa.Integer),
    sa.Column("publication_date", sa.Date),
    sa.Column("source", sa.Text, nullable=False),  # the zip or folder loaded, absolute
    sa.Column("sha256", sa.String(64), nullable=False),  # of the package's files: same for zip and folder
    sa.Column("n_files", sa.Integer, nullable=False),
    sa.Column("loaded_at", Timestamp, nullable=False),
    sa.UniqueConstraint("identifier", "version", name="uq_taxonomies_identifier_version"),
)

taxonomy_elements = sa.Table(
    "taxonomy_elements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("taxonomy_id", sa.Integer, sa.ForeignKey("taxonomies.id", ondelete="CASCADE"), nullable=False),
    sa.Column("prefix", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("element_id", sa.Text),
    sa.Column("namespace", sa.Text, nullable=False),
    sa.Column("data_type", sa.Text),  # QName as written: xbrli:monetaryItemType, dtr-types:perShareItemType
    sa.Column("substitution_group", sa.Text),
    sa.Column("period_type", sa.String(8)),  # instant | duration
    sa.Column("balance", sa.String(8)),  # debit | credit
    sa.Column("abstract", sa.Boolean, nullable=False),
    sa.Column("nillable", sa.Boolean, nullable=False),
    # short_hash(norm(documentation)) as warehouse.resolve.concepts keys definitions, so
    # concepts.concept_key = 'def:' || doc_key finds the element a filing's row stands for.
    sa.Column("doc_key", sa.String(20)),
    sa.UniqueConstraint("taxonomy_id", "prefix", "name", name="uq_taxonomy_elements_name"),
    sa.Index("ix_taxonomy_elements_name", "name"),
    sa.Index("ix_taxonomy_elements_doc_key", "doc_key"),
)

taxonomy_labels = sa.Table(
    "taxonomy_labels",
    metadata,
    sa.Column(
        "taxonomy_id", sa.Integer, sa.ForeignKey("taxonomies.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("prefix", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, primary_key=True),
    # standard | terse | verbose | total | periodStart | periodEnd | negated... | documentation | URI
    sa.Column("role", sa.Text, primary_key=True),
    sa.Column("lang", sa.Text, primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("text_key", sa.String(20), nullable=False),  # short_hash(norm(text)), as doc_key
    sa.Index("ix_taxonomy_labels_text_key", "text_key"),
)

taxonomy_calculations = sa.Table(
    "taxonomy_calculations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("taxonomy_id", sa.Integer, sa.ForeignKey("taxonomies.id", ondelete="CASCADE"), nullable=False),
    sa.Column("role", sa.Text, nullable=False),  # the network (extended link role)
    sa.Column("parent", sa.Text, nullable=False),  # prefix:Name of the total
    sa.Column("child", sa.Text, nullable=False),
    sa.Column("weight", Amount, nullable=False),  # 1 or -1
    sa.Column("arc_order", Amount),
    sa.Index("ix_taxonomy_calculations_parent", "taxonomy_id", "parent"),
    sa.Index("ix_taxonomy_calculations_child", "taxonomy_id", "child"),
)

taxonomy_presentation = sa.Table(
    "taxonomy_presentation",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("taxonomy_id", sa.Integer, sa.ForeignKey("taxonomies.id", ondelete="CASCADE"), nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("parent", sa.Text, nullable=False),
    sa.Column("child", sa.Text, nullable=False),
    sa.Column("arc_order", Amount),
    sa.Column("preferred_label", sa.Text),  # short role, as taxonomy_labels.role
    sa.Index("ix_taxonomy_presentation_parent", "taxonomy_id", "parent"),
    sa.Index("ix_taxonomy_presentation_child", "taxonomy_id", "child"),
)

# The pages a filing's FilingSummary.xml lists (the renderer's index): which R page is which
# statement, in which menu category, at which position.
filing_reports = sa.Table(
    "filing_reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("filing_id", sa.Integer, sa.ForeignKey("filings.id", ondelete="CASCADE"), nullable=False),
    sa.Column(
        "source_file_id", sa.Integer, sa.ForeignKey("source_files.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("position", sa.Integer),
    sa.Column("file_name", sa.Text),  # "R2.htm"
    sa.Column("short_name", sa.Text),
    sa.Column("long_name", sa.Text),
    sa.Column("role", sa.Text),
    sa.Column("menu_category", sa.Text),
    sa.Column("report_type", sa.Text),
    sa.Index("ix_filing_reports_filing_id", "filing_id"),
)

PROJECT_TABLES = tuple(metadata.tables)
