"""Write one resolved report in one transaction, in bulk: a few statements per table, never one per fact.

Shared rows (units, concepts, members, contexts) are upserted by natural key with
INSERT ... ON CONFLICT DO NOTHING and read back in one query per table. Facts go through COPY on
PostgreSQL and executemany on SQLite. The caller owns the transaction, so a file lands whole or
not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from warehouse.db import schema as t
from warehouse.parse.html.filing_summary import FilingSummary
from warehouse.resolve.model import ConceptRec, FilingRec, ReportRec

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


def _name_known_concepts(conn: sa.Connection, named: Sequence[ConceptRec]) -> None:
    """Concepts stored without an element (loaded before a taxonomy, or first seen where the page
    did not tell) take the element a later file names: one select, then updates of those only."""
    recs = {c.key: c for c in named}
    if not recs:
        return
    col = t.concepts.c
    keys = list(recs)
    unnamed: list[str] = []
    for i in range(0, len(keys), CHUNK):
        unnamed += conn.scalars(
            sa.select(col.concept_key).where(
                col.concept_key.in_(keys[i : i + CHUNK]), col.concept_name.is_(None)
            )
        ).all()
    if not unnamed:
        return
    stmt = (
        sa.update(t.concepts)
        .where(col.concept_key == sa.bindparam("k"), col.concept_name.is_(None))
        .values(
            concept_name=sa.bindparam("n"),
            period_type=sa.func.coalesce(col.period_type, sa.bindparam("p")),
            data_type=sa.func.coalesce(col.data_type, sa.bindparam("d")),
            balance=sa.func.coalesce(col.balance, sa.bindparam("b")),
            name_rule=sa.bindparam("r"),
            name_confidence=sa.bindparam("c"),
        )
    )
    conn.execute(
        stmt,
        [
            {
                "k": k,
                "n": recs[k].concept_name,
                "p": recs[k].period_type,
                "d": recs[k].data_type,
                "b": recs[k].balance,
                "r": recs[k].name_rule,
                "c": recs[k].name_confidence,
            }
            for k in unnamed
        ],
    )


@dataclass(slots=True)
class FileToWrite:
    """One parsed file ready for the database."""

    path: str  # absolute, the natural key of source_files
    source_path: str
    sha256: str
    size: int
    fmt: str
    report: ReportRec


def delete_sources(conn: sa.Connection, paths: Sequence[str]) -> None:
    """Remove files' previous versions: their reports and, for loose pages, their filings (cascades)."""
    for i in range(0, len(paths), CHUNK):
        part = list(paths[i : i + CHUNK])
        conn.execute(sa.delete(t.filings).where(t.filings.c.filing_key.in_([f"page:{p}" for p in part])))
        conn.execute(sa.delete(t.source_files).where(t.source_files.c.path.in_(part)))


def write_files(conn: sa.Connection, files: Sequence[FileToWrite], run_id: int) -> WriteStats:
    """Write a batch of files in the caller's transaction: a few statements per table for the batch."""
    stats = WriteStats()
    if not files:
        return stats
    now = _now()
    reps = [f.report for f in files]
    delete_sources(conn, [f.path for f in files])
    _map_name_keys(conn, reps)

    units, _ = upsert_by_key(
        conn,
        t.units,
        "code",
        _unique(
            (
                {"code": u.code, "kind": u.kind, "numerator": u.numerator, "denominator": u.denominator}
                for r in reps
                for u in r.units.values()
            ),
            "code",
        ),
    )
    concepts, stats.concepts_added = upsert_by_key(
        conn,
        t.concepts,
        "concept_key",
        _unique(
            (
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
                    "name_rule": c.name_rule,
                    "name_confidence": c.name_confidence,
                }
                for r in reps
                for c in r.concepts.values()
            ),
            "concept_key",
        ),
    )
    _name_known_concepts(conn, [c for r in reps for c in r.concepts.values() if c.concept_name])
    members, _ = upsert_by_key(
        conn,
        t.dimensions,
        "member_key",
        _unique(
            (
                {
                    "member_key": m.key,
                    "label": m.label,
                    "axis_name": m.axis_name,
                    "member_name": m.member_name,
                    "typed_value": m.typed_value,
                }
                for r in reps
                for m in r.members.values()
            ),
            "member_key",
        ),
    )
    contexts, new_contexts = upsert_by_key(
        conn,
        t.contexts,
        "context_key",
        _unique(
            (
                {
                    "context_key": c.key,
                    "entity": c.entity,
                    "period_type": c.period_type,
                    "period_start": c.period_start,
                    "period_end": c.period_end,
                    "n_members": len(c.member_keys),
                }
                for r in reps
                for c in r.contexts.values()
            ),
            "context_key",
        ),
    )
    if new_contexts:
        _link_context_members(conn, reps, contexts, members)

    filings = upsert_filings(conn, [r.filing for r in reps], now)
    source_ids: dict[str, int] = dict(
        conn.execute(
            sa.insert(t.source_files).returning(t.source_files.c.path, t.source_files.c.id),
            [
                {
                    "path": f.path,
                    "source_path": f.source_path,
                    "sha256": f.sha256,
                    "size_bytes": f.size,
                    "format": f.fmt,
                    "load_run_id": run_id,
                    "loaded_at": now,
                }
                for f in files
            ],
        ).all()
    )
    report_ids: dict[int, int] = dict(
        conn.execute(
            sa.insert(t.reports).returning(t.reports.c.source_file_id, t.reports.c.id),
            [
                {
                    "filing_id": filings[f.report.filing.key],
                    "source_file_id": source_ids[f.path],
                    "position": f.report.position,
                    "title": f.report.title,
                    "report_name": f.report.report_name,
                    "kind": f.report.kind,
                    "title_units": f.report.title_units,
                    "scale_line": f.report.scale_line,
                    "title_date": f.report.title_date,
                    "n_columns": len(f.report.columns),
                    "n_rows": len(f.report.rows),
                    "notes": f.report.notes,
                }
                for f in files
            ],
        ).all()
    )

    columns: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    defs: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for f in files:
        rep = f.report
        report_id = report_ids[source_ids[f.path]]
        filing_id = filings[rep.filing.key]
        columns += [
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
        ]
        rows += [
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
                "block_index": r.block_index,
            }
            for r in rep.rows
        ]
        defs += [
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
                "match_score": d.match_score,
            }
            for d in rep.definitions
        ]
        notes += [{"report_id": report_id, "marker": m, "text": txt} for m, txt in rep.footnote_texts.items()]
        facts += [
            {
                "filing_id": filing_id,
                "report_id": report_id,
                "row_index": x.row_index,
                "column_index": x.column_index,
                "concept_id": concepts[x.concept_key],
                "context_id": contexts[x.context_key],
                "unit_id": units[x.unit_code] if x.unit_code else None,
                "raw_value": x.raw_value,
                "value": x.value,
                "value_text": x.value_text,
                "value_kind": x.value_kind,
                "scale": x.scale,
                "unit_rule": x.unit_rule,
                "is_nil": x.is_nil,
                "column_certain": x.column_certain,
                "placement_rule": x.placement_rule,
                "decimals": x.decimals,
            }
            for x in rep.facts
        ]
        links += [
            {"report_id": report_id, "row_index": x.row_index, "column_index": x.column_index, "marker": m}
            for x in rep.facts
            for m in dict.fromkeys(x.footnotes)
        ]
    _executemany(conn, t.report_columns, columns)
    _executemany(conn, t.definitions, defs)
    _executemany(conn, t.report_rows, rows)
    _executemany(conn, t.footnotes, notes)
    _bulk_insert(conn, t.facts, facts)
    _executemany(conn, t.fact_footnotes, links)
    stats.facts = len(facts)
    stats.definitions = len(defs)
    return stats


_IDENTITY = (
    "accession_number",
    "cik",
    "company_name",
    "form_type",
    "period_of_report",
    "fiscal_year",
    "fiscal_period",
    "is_amendment",
)


def upsert_filings(conn: sa.Connection, recs: Sequence[FilingRec], now: dt.datetime) -> dict[str, int]:
    """Ids of filings by key; identity the new records know (cover page, path) fills in what is unknown."""
    rows = _unique(
        (
            {"filing_key": f.key, "kind": f.kind, "created_at": now, **{c: getattr(f, c) for c in _IDENTITY}}
            for f in recs
        ),
        "filing_key",
    )
    if not rows:
        return {}
    table = t.filings
    ins = postgresql.insert(table) if conn.dialect.name == "postgresql" else sqlite.insert(table)
    stmt = ins.on_conflict_do_update(
        index_elements=["filing_key"],
        set_={c: sa.func.coalesce(ins.excluded[c], table.c[c]) for c in _IDENTITY},
    )
    conn.execute(stmt, rows)
    return _select_ids(conn, table, table.c.filing_key, [r["filing_key"] for r in rows])


def write_filing_summary(conn: sa.Connection, file: FileToWrite, summary: FilingSummary, run_id: int) -> None:
    """A FilingSummary.xml: recorded as a file of its filing, with the pages it lists."""
    now = _now()
    delete_sources(conn, [file.path])
    filing_id = upsert_filings(conn, [file.report.filing], now)[file.report.filing.key]
    source_id = conn.execute(
        sa.insert(t.source_files).returning(t.source_files.c.id),
        {
            "path": file.path,
            "source_path": file.source_path,
            "sha256": file.sha256,
            "size_bytes": file.size,
            "format": file.fmt,
            "load_run_id": run_id,
            "loaded_at": now,
        },
    ).scalar_one()
    _executemany(
        conn,
        t.filing_reports,
        [
            {
                "filing_id": filing_id,
                "source_file_id": source_id,
                "position": r.position,
                "file_name": r.html_file_name or r.xml_file_name,
                "short_name": r.short_name,
                "long_name": r.long_name,
                "role": r.role,
                "menu_category": r.menu_category,
                "report_type": r.report_type,
            }
            for r in summary.pages
        ],
    )


def link_filing_reports(conn: sa.Connection, filing_keys: Sequence[str]) -> None:
    """Give pages of these filings the position, role and menu category their FilingSummary lists."""
    if not filing_keys:
        return
    ids = _select_ids(conn, t.filings, t.filings.c.filing_key, list(dict.fromkeys(filing_keys)))
    if not ids:
        return
    listed: dict[tuple[int, str], tuple[Any, ...]] = {}
    for fid, name, pos, role, menu in conn.execute(
        sa.select(
            t.filing_reports.c.filing_id,
            t.filing_reports.c.file_name,
            t.filing_reports.c.position,
            t.filing_reports.c.role,
            t.filing_reports.c.menu_category,
        ).where(t.filing_reports.c.filing_id.in_(list(ids.values())))
    ):
        if name:
            listed[(fid, PurePosixPath(name).stem.lower())] = (pos, role, menu)
    if not listed:
        return
    updates = []
    for rid, fid, path in conn.execute(
        sa.select(t.reports.c.id, t.reports.c.filing_id, t.source_files.c.path)
        .join(t.source_files, t.source_files.c.id == t.reports.c.source_file_id)
        .where(t.reports.c.filing_id.in_(list(ids.values())))
    ):
        hit = listed.get((fid, PurePosixPath(path).stem.lower()))
        if hit:
            updates.append({"rid": rid, "position": hit[0], "role": hit[1], "menu_category": hit[2]})
    if updates:
        conn.execute(
            sa.update(t.reports)
            .where(t.reports.c.id == sa.bindparam("rid"))
            .values(
                position=sa.bindparam("position"),
                role=sa.bindparam("role"),
                menu_category=sa.bindparam("menu_category"),
            ),
            updates,
        )


def _map_name_keys(conn: sa.Connection, reps: Sequence[ReportRec]) -> None:
    """Give concepts known only by element name ("name:us-gaap:X", from instances) the identity the same
    element already has: the definition key a page established for it, or its taxonomy documentation."""
    names = {
        c.concept_name for r in reps for c in r.concepts.values() if c.identity == "name" and c.concept_name
    }
    if not names:
        return
    wanted = sorted(names)
    # Pages of this very batch first (an R.htm page and its instance often travel together).
    mapping: dict[str, str] = {
        c.concept_name: c.key
        for r in reps
        for c in r.concepts.values()
        if c.identity == "definition" and c.concept_name in names
    }
    for i in range(0, len(wanted), CHUNK):
        part = wanted[i : i + CHUNK]
        for key, name in conn.execute(
            sa.select(t.concepts.c.concept_key, t.concepts.c.concept_name)
            .where(t.concepts.c.concept_name.in_(part), t.concepts.c.identity == "definition")
            .order_by(t.concepts.c.id)
        ):
            mapping.setdefault(name, key)
        qname = t.taxonomy_elements.c.prefix + ":" + t.taxonomy_elements.c.name
        for name, doc_key in conn.execute(
            sa.select(qname, t.taxonomy_elements.c.doc_key)
            .where(qname.in_(part), t.taxonomy_elements.c.doc_key.is_not(None))
            .order_by(t.taxonomy_elements.c.taxonomy_id.desc())
        ):
            mapping.setdefault(name, f"def:{doc_key}")
    if not mapping:
        return
    for rep in reps:
        renamed: dict[str, str] = {}
        concepts: dict[str, ConceptRec] = {}
        for key, c in rep.concepts.items():
            target = mapping.get(c.concept_name or "") if c.identity == "name" else None
            if target:
                renamed[key] = target
                concepts[target] = replace(c, key=target, identity="definition")
            else:
                concepts[key] = c
        if not renamed:
            continue
        rep.concepts = concepts
        for row in rep.rows:
            row.concept_key = renamed.get(row.concept_key or "", row.concept_key)
        for fact in rep.facts:
            fact.concept_key = renamed.get(fact.concept_key, fact.concept_key)
        for d in rep.definitions:
            d.concept_key = renamed.get(d.concept_key or "", d.concept_key)


def _unique(rows: Iterable[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    seen: dict[Any, dict[str, Any]] = {}
    for r in rows:
        seen.setdefault(r[key], r)
    return list(seen.values())


def _link_context_members(
    conn: sa.Connection, reps: Sequence[ReportRec], contexts: dict[str, int], members: dict[str, int]
) -> None:
    pairs = {(contexts[c.key], members[m]) for r in reps for c in r.contexts.values() for m in c.member_keys}
    if not pairs:
        return
    table = t.context_members
    stmt: Any
    if conn.dialect.name == "postgresql":
        stmt = postgresql.insert(table).on_conflict_do_nothing()
    else:
        stmt = sqlite.insert(table).on_conflict_do_nothing()
    conn.execute(stmt, [{"context_id": c, "dimension_id": d} for c, d in sorted(pairs)])


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
