"""Look elements up for concept resolution: by documentation text or key, by name, by label.

Results come newest taxonomy first (year, then load order), so ``[0]`` is the current definition
when several versions are loaded; pass ``taxonomy_id`` to pin one version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from warehouse.db import schema as t
from warehouse.identity import definition_key

# Label roles that name a line item the way R pages show it.
LINE_ROLES = ("standard", "terse", "verbose", "total", "periodStart", "periodEnd", "negated", "negatedTotal")


@dataclass(frozen=True, slots=True)
class ElementMatch:
    taxonomy_id: int
    identifier: str
    version: str
    year: int | None
    prefix: str
    name: str
    namespace: str
    data_type: str | None
    substitution_group: str | None
    period_type: str | None
    balance: str | None
    abstract: bool
    doc_key: str | None
    label: str | None  # standard label (English preferred)
    documentation: str | None

    @property
    def qname(self) -> str:
        return f"{self.prefix}:{self.name}"

    @property
    def concept_key(self) -> str | None:
        """The key warehouse.resolve.concepts gives a row carrying this element's definition."""
        return f"def:{self.doc_key}" if self.doc_key else None


@dataclass(frozen=True, slots=True)
class CalcArc:
    role: str
    parent: str
    child: str
    weight: Decimal
    order: Decimal | None


def find_by_doc_key(conn: sa.Connection, doc_key: str, taxonomy_id: int | None = None) -> list[ElementMatch]:
    """Elements whose documentation has this key (``concept_key`` without its ``def:``)."""
    return _elements(conn, t.taxonomy_elements.c.doc_key == doc_key, taxonomy_id)


def find_by_documentation(
    conn: sa.Connection, text: str, taxonomy_id: int | None = None
) -> list[ElementMatch]:
    """Elements documented by this text, compared as warehouse.resolve.concepts compares definitions."""
    return find_by_doc_key(conn, definition_key(text), taxonomy_id)


def find_by_name(conn: sa.Connection, name: str, taxonomy_id: int | None = None) -> list[ElementMatch]:
    """``us-gaap:Assets`` (that prefix only) or ``Assets`` (any prefix)."""
    el = t.taxonomy_elements
    prefix, sep, local = name.rpartition(":")
    cond = sa.and_(el.c.name == local, el.c.prefix == prefix) if sep else el.c.name == local
    return _elements(conn, cond, taxonomy_id)


def find_by_label(
    conn: sa.Connection, label: str, taxonomy_id: int | None = None, roles: Sequence[str] = LINE_ROLES
) -> list[ElementMatch]:
    """Elements with a label of these roles equal to ``label`` once normalised (case, punctuation)."""
    lab, el = t.taxonomy_labels, t.taxonomy_elements
    hit = (
        sa.select(lab.c.taxonomy_id, lab.c.prefix, lab.c.name)
        .where(lab.c.text_key == definition_key(label), lab.c.role.in_(list(roles)))
        .distinct()
        .subquery()
    )
    cond = sa.tuple_(el.c.taxonomy_id, el.c.prefix, el.c.name).in_(
        sa.select(hit.c.taxonomy_id, hit.c.prefix, hit.c.name)
    )
    return _elements(conn, cond, taxonomy_id)


def labels_of(conn: sa.Connection, taxonomy_id: int, qname: str, lang: str = "en-US") -> dict[str, str]:
    """role -> text of one element's labels in ``lang`` (any language for roles missing in it)."""
    lab = t.taxonomy_labels
    prefix, _, name = qname.partition(":")
    rows = conn.execute(
        sa.select(lab.c.role, lab.c.lang, lab.c.text).where(
            lab.c.taxonomy_id == taxonomy_id, lab.c.prefix == prefix, lab.c.name == name
        )
    ).all()
    out: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: r.lang != lang):
        out.setdefault(r.role, r.text)
    return out


def calculation_children(conn: sa.Connection, taxonomy_id: int, parent: str) -> list[CalcArc]:
    """The summation-item arcs under ``parent`` (prefix:Name) in every network, in arc order."""
    return _arcs(conn, taxonomy_id, t.taxonomy_calculations.c.parent == parent)


def calculation_parents(conn: sa.Connection, taxonomy_id: int, child: str) -> list[CalcArc]:
    """The totals ``child`` (prefix:Name) contributes to, with its weight in each."""
    return _arcs(conn, taxonomy_id, t.taxonomy_calculations.c.child == child)


def _arcs(conn: sa.Connection, taxonomy_id: int, cond: Any) -> list[CalcArc]:
    c = t.taxonomy_calculations
    rows = conn.execute(
        sa.select(c.c.role, c.c.parent, c.c.child, c.c.weight, c.c.arc_order)
        .where(c.c.taxonomy_id == taxonomy_id, cond)
        .order_by(c.c.role, c.c.parent, c.c.arc_order, c.c.id)
    )
    return [CalcArc(r.role, r.parent, r.child, Decimal(r.weight), r.arc_order) for r in rows]


def _elements(conn: sa.Connection, cond: Any, taxonomy_id: int | None) -> list[ElementMatch]:
    el, tx = t.taxonomy_elements, t.taxonomies
    stmt = (
        sa.select(el, tx.c.identifier, tx.c.version, tx.c.year)
        .join(tx, tx.c.id == el.c.taxonomy_id)
        .where(cond)
        .order_by(tx.c.year.desc().nulls_last(), tx.c.id.desc(), el.c.prefix, el.c.name)
    )
    if taxonomy_id is not None:
        stmt = stmt.where(el.c.taxonomy_id == taxonomy_id)
    rows = conn.execute(stmt).all()
    texts = _texts(conn, [(r.taxonomy_id, r.prefix, r.name) for r in rows])
    return [
        ElementMatch(
            taxonomy_id=r.taxonomy_id,
            identifier=r.identifier,
            version=r.version,
            year=r.year,
            prefix=r.prefix,
            name=r.name,
            namespace=r.namespace,
            data_type=r.data_type,
            substitution_group=r.substitution_group,
            period_type=r.period_type,
            balance=r.balance,
            abstract=r.abstract,
            doc_key=r.doc_key,
            label=texts.get((r.taxonomy_id, r.prefix, r.name, "standard")),
            documentation=texts.get((r.taxonomy_id, r.prefix, r.name, "documentation")),
        )
        for r in rows
    ]


def _texts(conn: sa.Connection, keys: list[tuple[int, str, str]]) -> dict[tuple[int, str, str, str], str]:
    """Standard label and documentation of the matched elements, English (en-US, en) preferred."""
    if not keys:
        return {}
    lab = t.taxonomy_labels
    out: dict[tuple[int, str, str, str], str] = {}
    for i in range(0, len(keys), 300):
        rows = conn.execute(
            sa.select(lab.c.taxonomy_id, lab.c.prefix, lab.c.name, lab.c.role, lab.c.lang, lab.c.text).where(
                lab.c.role.in_(["standard", "documentation"]),
                sa.tuple_(lab.c.taxonomy_id, lab.c.prefix, lab.c.name).in_(keys[i : i + 300]),
            )
        ).all()
        for r in sorted(rows, key=lambda r: (r.lang.lower() != "en-us", r.lang.lower() != "en")):
            out.setdefault((r.taxonomy_id, r.prefix, r.name, r.role), r.text)
    return out
