"""The element index: what the loaded taxonomies say of each documented element, by documentation key.

Read once per load from the taxonomy tables and handed to the (pure) parsers, which use it to name
the element behind each definition block and its period type, data type and labels.
"""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa

from warehouse.db import schema as t
from warehouse.identity import ElementIndex, ElementInfo

LABEL_ROLES = ("standard", "terse", "verbose", "total")


def element_index(conn: sa.Connection) -> ElementIndex:
    """doc_key -> element of the newest taxonomy, with the older versions that say otherwise
    (pages are named from the version of their own dates: ``ElementIndex.for_year``)."""
    el = t.taxonomy_elements
    lab = t.taxonomy_labels
    tax = t.taxonomies
    rows = conn.execute(
        sa.select(
            el.c.doc_key,
            el.c.prefix,
            el.c.name,
            el.c.period_type,
            el.c.data_type,
            el.c.balance,
            el.c.abstract,
            el.c.taxonomy_id,
            tax.c.year,
        )
        .join(tax, tax.c.id == el.c.taxonomy_id)
        .order_by(tax.c.year.desc().nulls_last(), tax.c.id.desc())
    ).all()
    out = ElementIndex()
    if not rows:
        return out
    labels: dict[tuple[int, str, str], list[str]] = {}
    for tid, prefix, name, text in conn.execute(
        sa.select(lab.c.taxonomy_id, lab.c.prefix, lab.c.name, lab.c.text).where(lab.c.role.in_(LABEL_ROLES))
    ):
        labels.setdefault((tid, prefix, name), []).append(text)
    # Documentation shared by several elements of one taxonomy (every "[Line Items]" and "[Table]"
    # element carries the same generic text) names none of them.
    names: dict[tuple[int, str], set[str]] = {}
    for doc_key, prefix, name, *_, tid, _year in rows:
        if doc_key is not None:
            names.setdefault((tid, doc_key), set()).add(f"{prefix}:{name}")
    shared = {doc_key for (_, doc_key), qnames in names.items() if len(qnames) > 1}
    for doc_key, prefix, name, period, dtype, balance, abstract, tid, year in rows:
        info = ElementInfo(
            qname=f"{prefix}:{name}",
            period_type=period,
            data_type=dtype,
            balance=balance,
            abstract=bool(abstract),
            labels=tuple(labels.get((tid, prefix, name), ())),
        )
        if doc_key is None or doc_key in shared:
            # Abstracts, [Line Items], most SEC form elements: named by their words and the
            # sorted order of the blocks instead (warehouse.parse.text.naming).
            out.undocumented.add(doc_key, info)
        else:
            out.add(doc_key, year, info)
    out.calculations = calculation_networks(conn)
    return out


def calculation_networks(conn: sa.Connection) -> dict[str, tuple[tuple[tuple[str, Decimal], ...], ...]]:
    """total -> its distinct networks (the same arcs in several roles or years count once)."""
    calc = t.taxonomy_calculations
    arcs: dict[tuple[int, str, str], dict[str, Decimal]] = {}
    for tid, role, parent, child, weight in conn.execute(
        sa.select(calc.c.taxonomy_id, calc.c.role, calc.c.parent, calc.c.child, calc.c.weight)
    ):
        arcs.setdefault((tid, role, parent), {})[child] = Decimal(weight)
    networks: dict[str, set[tuple[tuple[str, Decimal], ...]]] = {}
    for (_, _, parent), items in arcs.items():
        networks.setdefault(parent, set()).add(tuple(sorted(items.items())))
    return {parent: tuple(sorted(nets)) for parent, nets in networks.items()}
