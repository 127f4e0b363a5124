"""Load taxonomy packages into the taxonomy tables: one transaction per package, in bulk.

A package is identified by (identifier, version). Loading one whose files hash to the stored
sha256 changes nothing (and is not even parsed); a package whose content changed replaces its
previous rows atomically. Parsing happens before the transaction, so no lock is held meanwhile.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import Engine

from warehouse.db import schema as t
from warehouse.db.migrate import ensure_current
from warehouse.identity import definition_key
from warehouse.taxonomy.keys import documentation_keys
from warehouse.taxonomy.model import PackageInfo, Taxonomy
from warehouse.taxonomy.parse import parse_package
from warehouse.taxonomy.source import open_package

CHUNK = 5000  # rows per executemany on SQLite (bounded memory for the statement's parameters)


@dataclass(slots=True)
class LoadResult:
    source: str
    identifier: str
    version: str
    name: str
    taxonomy_id: int
    status: str  # loaded | replaced | unchanged
    elements: int
    labels: int
    calculations: int
    presentation: int
    elapsed_s: float


@dataclass(frozen=True, slots=True)
class TaxonomySummary:
    id: int
    identifier: str
    name: str
    version: str
    year: int | None
    publication_date: dt.date | None
    source: str
    sha256: str
    loaded_at: dt.datetime
    elements: int
    labels: int
    calculations: int
    presentation: int


def load_taxonomy(engine: Engine, path: Path, *, migrate: bool = True) -> LoadResult:
    """Load one zip or folder. Raises TaxonomyError for a path that is not a taxonomy."""
    started = time.perf_counter()
    if migrate:
        ensure_current(engine)
    with open_package(path) as pkg:
        info, sha = pkg.info(), pkg.sha256()
        with engine.connect() as conn:
            existing = _existing(conn, info)
        if existing is not None and existing[1] == sha:
            return _unchanged(engine, existing[0], info, str(pkg.path), started)
        tax = parse_package(pkg, sha)
    try:
        with engine.begin() as conn:
            taxonomy_id, status = _replace(conn, tax)
    except sa.exc.IntegrityError:
        # Another loader committed the same package meanwhile: fine if it is this content.
        with engine.connect() as conn:
            raced = _existing(conn, info)
        if raced is None or raced[1] != sha:
            raise
        taxonomy_id, status = raced[0], "unchanged"
    if status == "unchanged":
        return _unchanged(engine, taxonomy_id, info, tax.source, started)
    return LoadResult(
        source=tax.source,
        identifier=info.identifier,
        version=info.version,
        name=info.name,
        taxonomy_id=taxonomy_id,
        status=status,
        elements=len(tax.elements),
        labels=len(tax.labels),
        calculations=len(tax.calculations),
        presentation=len(tax.presentation),
        elapsed_s=time.perf_counter() - started,
    )


def _replace(conn: sa.Connection, tax: Taxonomy) -> tuple[int, str]:
    """Write the package in the caller's transaction unless that content is already there."""
    existing = _existing(conn, tax.info)
    if existing is None:
        return _write(conn, tax), "loaded"
    if existing[1] == tax.sha256:
        return existing[0], "unchanged"
    conn.execute(sa.delete(t.taxonomies).where(t.taxonomies.c.id == existing[0]))
    return _write(conn, tax), "replaced"


def _existing(conn: sa.Connection, info: PackageInfo) -> tuple[int, str] | None:
    row = conn.execute(
        sa.select(t.taxonomies.c.id, t.taxonomies.c.sha256).where(
            t.taxonomies.c.identifier == info.identifier, t.taxonomies.c.version == info.version
        )
    ).first()
    return (row.id, row.sha256) if row is not None else None


def _unchanged(
    engine: Engine, taxonomy_id: int, info: PackageInfo, source: str, started: float
) -> LoadResult:
    summary = next(s for s in list_taxonomies(engine) if s.id == taxonomy_id)
    return LoadResult(
        source=source,
        identifier=info.identifier,
        version=info.version,
        name=info.name,
        taxonomy_id=taxonomy_id,
        status="unchanged",
        elements=summary.elements,
        labels=summary.labels,
        calculations=summary.calculations,
        presentation=summary.presentation,
        elapsed_s=time.perf_counter() - started,
    )


def _write(conn: sa.Connection, tax: Taxonomy) -> int:
    info = tax.info
    taxonomy_id: int = conn.execute(
        sa.insert(t.taxonomies).returning(t.taxonomies.c.id),
        {
            "identifier": info.identifier,
            "version": info.version,
            "name": info.name,
            "year": info.year,
            "publication_date": info.publication_date,
            "source": tax.source,
            "sha256": tax.sha256,
            "n_files": tax.n_files,
            "loaded_at": dt.datetime.now(dt.UTC),
        },
    ).scalar_one()
    doc_keys = documentation_keys(tax.labels)
    tid = taxonomy_id
    _bulk(
        conn,
        t.taxonomy_elements,
        [
            *("taxonomy_id", "prefix", "name", "element_id", "namespace", "data_type"),
            *("substitution_group", "period_type", "balance", "abstract", "nillable", "doc_key"),
        ],
        (
            (
                *(tid, e.prefix, e.name, e.element_id, e.namespace, e.data_type, e.substitution_group),
                *(e.period_type, e.balance, e.abstract, e.nillable, doc_keys.get((e.prefix, e.name))),
            )
            for e in tax.elements
        ),
    )
    _bulk(
        conn,
        t.taxonomy_labels,
        ["taxonomy_id", "prefix", "name", "role", "lang", "text", "text_key"],
        ((tid, lb.prefix, lb.name, lb.role, lb.lang, lb.text, definition_key(lb.text)) for lb in tax.labels),
    )
    _bulk(
        conn,
        t.taxonomy_calculations,
        ["taxonomy_id", "role", "parent", "child", "weight", "arc_order"],
        ((tid, c.role, c.parent, c.child, c.weight, c.order) for c in tax.calculations),
    )
    _bulk(
        conn,
        t.taxonomy_presentation,
        ["taxonomy_id", "role", "parent", "child", "arc_order", "preferred_label"],
        ((tid, p.role, p.parent, p.child, p.order, p.preferred_label) for p in tax.presentation),
    )
    return taxonomy_id


def _bulk(conn: sa.Connection, table: sa.Table, cols: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> None:
    """COPY on PostgreSQL, executemany in chunks on SQLite."""
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        assert raw is not None
        stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, cols))
        )
        with raw.cursor() as cur, cur.copy(stmt) as copy:
            for r in rows:
                copy.write_row(r)
        return
    insert = sa.insert(table)
    batch: list[dict[str, Any]] = []
    for r in rows:
        batch.append(dict(zip(cols, r, strict=True)))
        if len(batch) >= CHUNK:
            conn.execute(insert, batch)
            batch = []
    if batch:
        conn.execute(insert, batch)


def list_taxonomies(engine: Engine) -> list[TaxonomySummary]:
    """Every loaded taxonomy with its row counts, newest year first."""
    tx = t.taxonomies

    def counts(table: sa.Table) -> Any:
        return (
            sa.select(table.c.taxonomy_id, sa.func.count().label("n"))
            .group_by(table.c.taxonomy_id)
            .subquery()
        )

    parts = {
        "elements": counts(t.taxonomy_elements),
        "labels": counts(t.taxonomy_labels),
        "calculations": counts(t.taxonomy_calculations),
        "presentation": counts(t.taxonomy_presentation),
    }
    stmt = sa.select(tx, *(sa.func.coalesce(q.c.n, 0).label(k) for k, q in parts.items()))
    join: Any = tx
    for q in parts.values():
        join = join.outerjoin(q, q.c.taxonomy_id == tx.c.id)
    stmt = stmt.select_from(join).order_by(tx.c.year.desc().nulls_last(), tx.c.identifier, tx.c.version)
    with engine.connect() as conn:
        return [
            TaxonomySummary(
                id=r.id,
                identifier=r.identifier,
                name=r.name,
                version=r.version,
                year=r.year,
                publication_date=r.publication_date,
                source=r.source,
                sha256=r.sha256,
                loaded_at=r.loaded_at,
                elements=r.elements,
                labels=r.labels,
                calculations=r.calculations,
                presentation=r.presentation,
            )
            for r in conn.execute(stmt)
        ]
