"""Write one resolved report in one transaction, in bulk: a few statements per table, never one per fact.

Shared rows (units, concepts, members, contexts) are upserted by natural key with
INSERT ... ON CONFLICT DO NOTHING and read back in one query per table. Facts go through COPY on
PostgreSQL and executemany on SQLite. The caller owns the transaction, so a file lands whole or
not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from warehouse.db import schema as t
from warehouse.resolve.model import ReportRec

CHUNK = 500


@dataclass(slots=True)
class WriteStats:
    facts: int = 0
    concepts_added: int = 0
    definitions: int = 0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _insert_ignore(conn: sa.Connection, table: sa.Table, key: str) -> Any:
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=[key])
    return sqlite.insert(table).on_conflict_do_nothing(index_elements=[key])


def upsert_by_key(
    conn: sa.Connection, table: sa.Table, key: str, rows: Sequence[dict[str, Any]]
) -> tuple[dict[str, int], int]:
    """Ids of rows by natural key, inserting the missing ones. Returns (key -> id, number inserted)."""
    if not rows:
        return {}, 0
    col = table.c[key]
    wanted = [r[key] for r in rows]
    ids = _select_ids(conn, table, col, wanted)
    missing = [r for r in rows if r[key] not in ids]
    inserted = 0
    if missing:
        # RETURNING gives the ids of the rows this statement inserted; a row another loader inserted
        # meanwhile is skipped by ON CONFLICT and read back below.
        stmt = _insert_ignore(conn, table, key).returning(col, table.c.id)
        for k, id_ in conn.execute(stmt, missing):
            ids[k] = id_
            inserted += 1
        late = [r[key] for r in missing if r[key] not in ids]
        if late:
            ids.update(_select_ids(conn, table, col, late))
    return ids, inserted


def _select_ids(
    conn: sa.Connection, table: sa.Table, col: sa.Column[Any], keys: Sequence[str]
) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in range(0, len(keys), CHUNK):
        part = keys[i : i + CHUNK]
        for k, id_ in conn.execute(sa.select(col, table.c.id).where(col.in_(part))):
            out[k] = id_
    return out


def delete_source(conn: sa.Connection, path: str) -> None:
    """Remove a file's previous version: its report and, for a loose page, its filing (cascades)."""
    conn.execute(sa.delete(t.filings).where(t.filings.c.filing_key == f"page:{path}"))
    conn.execute(sa.delete(t.source_files).where(t.source_files.c.path == path))


def write_report(
    conn: sa.Connection,
    *,
    path: str,
    source_path: str,
    sha256: str,
    size: int,
    fmt: str,
    run_id: int,
    rep: ReportRec,
) -> WriteStats:
    stats = WriteStats()
    delete_source(conn, path)
    now = _now()

    units, _ = upsert_by_key(
        conn,
        t.units,
        "code",
        [
            {"code": u.code, "kind": u.kind, "numerator": u.numerator, "denominator": u.denominator}
            for u in rep.units.values()
        ],
    )
    concepts, stats.concepts_added = upsert_by_key(
        conn,
        t.concepts,
        "concept_key",
        [
            {
                "concept_key": c.key,
                "identity": c.identity,
                "concept_name": c.concept_name,
                "label": c.label,
                "definition": c.definition,
                "period_type": c.period_type,
                "data_type": c.data_type,
                "balance": c.balance,
                "is_abstract": c.is_abstract,
            }
            for c in rep.concepts.values()
        ],
    )
    members, _ = upsert_by_key(
        conn,
        t.dimensions,
        "member_key",
        [
            {
                "member_key": m.key,
                "label": m.label,
                "axis_name": m.axis_name,
                "member_name": m.member_name,
                "typed_value": m.typed_value,
            }
            for m in rep.members.values()
        ],
    )
    contexts, new_contexts = upsert_by_key(
        conn,
        t.contexts,
        "context_key",
        [
            {
                "context_key": c.key,
                "entity": c.entity,
                "period_type": c.period_type,
                "period_start": c.period_start,
                "period_end": c.period_end,
                "n_members": len(c.member_keys),
            }
            for c in rep.contexts.values()
        ],
    )
    if new_contexts:
        _link_context_members(conn, rep, contexts, members)

    filing_id = _filing_id(conn, rep, now)
    source_id = conn.execute(
        sa.insert(t.source_files).returning(t.source_files.c.id),
        {
            "path": path,
            "source_path": source_path,
            "sha256": sha256,
            "size_bytes": size,
            "format": fmt,
            "load_run_id": run_id,
            "loaded_at": now,
        },
    ).scalar_one()
    report_id = conn.execute(
        sa.insert(t.reports).returning(t.reports.c.id),
        {
            "filing_id": filing_id,
            "source_file_id": source_id,
            "position": rep.position,
            "title": rep.title,
            "report_name": rep.report_name,
            "kind": rep.kind,
            "title_units": rep.title_units,
            "scale_line": rep.scale_line,
            "title_date": rep.title_date,
            "n_columns": len(rep.columns),
            "n_rows": len(rep.rows),
            "notes": rep.notes,
        },
    ).scalar_one()

    _executemany(
        conn,
        t.report_columns,
        [
            {
                "report_id": report_id,
                "column_index": c.column_index,
                "header": c.header,
                "group_label": c.group_label,
                "period_type": c.period_type,
                "period_start": c.period_start,
                "period_end": c.period_end,
                "unit_hint": c.unit_hint,
                "member_labels": c.member_labels,
                "certain": c.certain,
            }
            for c in rep.columns
        ],
    )
    _executemany(
        conn,
        t.report_rows,
        [
            {
                "report_id": report_id,
                "row_index": r.row_index,
                "label": r.label,
                "kind": r.kind,
                "concept_id": concepts[r.concept_key] if r.concept_key else None,
                "member_labels": r.member_labels,
                "unit_hint": r.unit_hint,
                "period_type": r.period_type,
                "period_start": r.period_start,
                "period_end": r.period_end,
                "footnotes": r.footnotes,
            }
            for r in rep.rows
        ],
    )
    _executemany(
        conn,
        t.definitions,
        [
            {
                "report_id": report_id,
                "block_index": d.block_index,
                "kind": d.kind,
                "concept_id": concepts.get(d.concept_key) if d.concept_key else None,
                "dimension_id": members.get(d.member_key) if d.member_key else None,
                "definition": d.definition,
                "reference": d.reference,
                "element": d.element,
                "match_rule": d.match_rule,
            }
            for d in rep.definitions
        ],
    )
    stats.definitions = len(rep.definitions)
    _executemany(
        conn,
        t.footnotes,
        [{"report_id": report_id, "marker": m, "text": txt} for m, txt in rep.footnote_texts.items()],
    )
    fact_rows = [
        {
            "filing_id": filing_id,
            "report_id": report_id,
            "row_index": f.row_index,
            "column_index": f.column_index,
            "concept_id": concepts[f.concept_key],
            "context_id": contexts[f.context_key],
            "unit_id": units[f.unit_code] if f.unit_code else None,
            "raw_value": f.raw_value,
            "value": f.value,
            "value_text": f.value_text,
            "value_kind": f.value_kind,
            "scale": f.scale,
            "unit_rule": f.unit_rule,
            "is_nil": f.is_nil,
            "column_certain": f.column_certain,
            "placement_rule": f.placement_rule,
        }
        for f in rep.facts
    ]
    _bulk_insert(conn, t.facts, fact_rows)
    stats.facts = len(fact_rows)
    _executemany(
        conn,
        t.fact_footnotes,
        [
            {"report_id": report_id, "row_index": f.row_index, "column_index": f.column_index, "marker": m}
            for f in rep.facts
            for m in dict.fromkeys(f.footnotes)
        ],
    )
    return stats


def _filing_id(conn: sa.Connection, rep: ReportRec, now: dt.datetime) -> int:
    f = rep.filing
    values = {
        "filing_key": f.key,
        "kind": f.kind,
        "accession_number": f.accession_number,
        "cik": f.cik,
        "company_name": f.company_name,
        "form_type": f.form_type,
        "period_of_report": f.period_of_report,
        "fiscal_year": f.fiscal_year,
        "fiscal_period": f.fiscal_period,
        "is_amendment": f.is_amendment,
        "created_at": now,
    }
    ids, _ = upsert_by_key(conn, t.filings, "filing_key", [values])
    return ids[f.key]


def _link_context_members(
    conn: sa.Connection, rep: ReportRec, contexts: dict[str, int], members: dict[str, int]
) -> None:
    rows = [
        {"context_id": contexts[c.key], "dimension_id": members[m]}
        for c in rep.contexts.values()
        for m in c.member_keys
    ]
    if not rows:
        return
    table = t.context_members
    stmt: Any
    if conn.dialect.name == "postgresql":
        stmt = postgresql.insert(table).on_conflict_do_nothing()
    else:
        stmt = sqlite.insert(table).on_conflict_do_nothing()
    conn.execute(stmt, rows)


def _executemany(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(sa.insert(table), rows)


def _bulk_insert(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """COPY on PostgreSQL (fastest path for the biggest table), executemany elsewhere."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        _executemany(conn, table, rows)
        return
    cols = list(rows[0])
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
        for r in rows:
            copy.write_row(tuple(r[c] for c in cols))


def existing_hashes(conn: sa.Connection, paths: Iterable[str] | None = None) -> dict[str, str]:
    del paths
    return {p: h for p, h in conn.execute(sa.select(t.source_files.c.path, t.source_files.c.sha256))}
