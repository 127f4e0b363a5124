"""What the resolve stage hands to the loader: rows ready for the tables, keyed by natural keys.

Shared things (concepts, members, contexts, units) are referred to by their natural keys; the
loader turns keys into ids with one bulk upsert per table, so nothing here touches a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class ConceptRec:
    key: str
    identity: str  # definition | name | extension | label
    label: str
    concept_name: str | None = None
    definition: str | None = None
    period_type: str | None = None
    data_type: str | None = None
    balance: str | None = None
    is_abstract: bool = False
    name_rule: str | None = None  # page | instance | documentation | label | order
    name_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class MemberRec:
    key: str
    label: str
    axis_name: str | None = None
    member_name: str | None = None
    typed_value: str | None = None


@dataclass(frozen=True, slots=True)
class ContextRec:
    key: str
    period_type: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    member_keys: tuple[str, ...]  # sorted
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class UnitRec:
    code: str
    kind: str  # monetary | shares | per_share | pure | other
    numerator: str
    denominator: str | None = None


@dataclass(slots=True)
class ColumnRec:
    column_index: int
    header: str
    group_label: str | None
    period_type: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    unit_hint: str | None
    member_labels: str
    certain: bool


@dataclass(slots=True)
class RowRec:
    row_index: int
    label: str
    kind: str
    concept_key: str | None
    member_labels: str
    unit_hint: str | None
    period_type: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    footnotes: str | None
    block_index: int | None = None


@dataclass(slots=True)
class FactRec:
    row_index: int
    column_index: int
    concept_key: str
    context_key: str
    unit_code: str | None
    raw_value: str
    value: Decimal | None
    value_text: str | None
    value_kind: str
    scale: int
    unit_rule: str | None
    is_nil: bool
    column_certain: bool
    placement_rule: str
    footnotes: tuple[str, ...] = ()
    decimals: str | None = None  # XBRL decimals of an instance fact ("INF", "-6"); pages do not tell


@dataclass(slots=True)
class DefinitionRec:
    block_index: int
    kind: str
    concept_key: str | None
    member_key: str | None
    definition: str | None
    reference: str | None
    element: str | None
    match_rule: str | None
    match_score: float | None = None


@dataclass(slots=True)
class FilingRec:
    key: str
    kind: str  # page | submission
    accession_number: str | None = None
    cik: str | None = None
    company_name: str | None = None
    form_type: str | None = None
    period_of_report: dt.date | None = None
    fiscal_year: int | None = None
    fiscal_period: str | None = None
    is_amendment: bool | None = None


@dataclass(slots=True)
class ReportRec:
    """One page, resolved: everything the loader writes for one source file."""

    filing: FilingRec
    title: str
    report_name: str
    kind: str
    title_units: str | None
    scale_line: str | None
    title_date: dt.date | None
    notes: str | None
    position: int | None = None
    columns: list[ColumnRec] = field(default_factory=list)
    rows: list[RowRec] = field(default_factory=list)
    facts: list[FactRec] = field(default_factory=list)
    definitions: list[DefinitionRec] = field(default_factory=list)
    concepts: dict[str, ConceptRec] = field(default_factory=dict)
    members: dict[str, MemberRec] = field(default_factory=dict)
    contexts: dict[str, ContextRec] = field(default_factory=dict)
    units: dict[str, UnitRec] = field(default_factory=dict)
    footnote_texts: dict[str, str | None] = field(default_factory=dict)
