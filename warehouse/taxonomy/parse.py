"""Parse a taxonomy package: element declarations, labels, calculation and presentation arcs.

Pure (no database). Every .xsd and .xml file is streamed with ``lxml.etree.iterparse`` and each
locator, resource and arc is cleared once read, so a 10+ MB label or documentation linkbase
never sits in memory as a tree. Linkbases may be files of their own or embedded in a schema's
``xs:appinfo`` (FASB does both); both are read the same way.

Locators point at ``schema.xsd#id``. They are resolved after every file is read, against the ids
of the declared elements; a locator into a schema the package lacks (the partial us-gaap 2025
package has no ``us-gaap-2025.xsd``) falls back to the FASB/SEC id convention ``prefix_Name``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lxml import etree

from warehouse.taxonomy.model import (
    Calculation,
    Element,
    Label,
    Presentation,
    Taxonomy,
    TaxonomyError,
)
from warehouse.taxonomy.names import namespace_prefix, short_role, split_element_id
from warehouse.taxonomy.source import Package, open_package

XS = "{http://www.w3.org/2001/XMLSchema}"
LINK = "{http://www.xbrl.org/2003/linkbase}"
XLINK = "{http://www.w3.org/1999/xlink}"
XBRLI = "{http://www.xbrl.org/2003/instance}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

SCHEMA = XS + "schema"
ELEMENT = XS + "element"
LOC = LINK + "loc"
LABEL = LINK + "label"
LINK_KINDS = {
    LINK + "labelLink": "label",
    LINK + "calculationLink": "calc",
    LINK + "presentationLink": "pres",
}
LINK_CHILDREN = {LOC, LABEL, LINK + "labelArc", LINK + "calculationArc", LINK + "presentationArc"}
LINKBASE = LINK + "linkbase"
# Read past (definition, reference, footnote and generic links), but freed as they go too.
OTHER_LINKS = {
    LINK + "definitionLink",
    LINK + "referenceLink",
    LINK + "footnoteLink",
    "{http://xbrl.org/2008/generic}link",
}

CONCEPT_LABEL = "http://www.xbrl.org/2003/arcrole/concept-label"
# XBRL 2.1 summation-item and the Calculations 1.1 one (FASB uses the latter from 2024 on).
SUMMATION_ITEM = {
    "http://www.xbrl.org/2003/arcrole/summation-item",
    "https://xbrl.org/2023/arcrole/summation-item",
}
PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child"


@dataclass(slots=True)
class _Arc:
    source: str  # xlink:from
    target: str  # xlink:to
    order: Decimal | None
    weight: Decimal | None
    preferred: str | None
    prohibited: bool


@dataclass(slots=True)
class _Link:
    """One extended link being read: locators, label resources and arcs, by xlink:label."""

    kind: str
    role: str
    locs: dict[str, list[str]] = field(default_factory=dict)  # xlink:label -> element ids
    resources: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # (role, lang, text)
    arcs: list[_Arc] = field(default_factory=list)


@dataclass(slots=True)
class _Raw:
    """Rows of all files, still naming elements by id (resolved once every schema is read)."""

    elements: list[Element] = field(default_factory=list)
    ids: dict[str, tuple[str, str]] = field(default_factory=dict)  # element id -> (prefix, name)
    labels: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, role, lang, text
    calcs: list[tuple[str, str, str, Decimal, Decimal | None]] = field(default_factory=list)
    pres: list[tuple[str, str, str, Decimal | None, str | None]] = field(default_factory=list)
    # (kind, role, from id, to id) of arcs with use="prohibited": they cancel the relationship.
    prohibited: set[tuple[str, str, str, str]] = field(default_factory=set)


def parse_path(path: Path) -> Taxonomy:
    """Parse a zip or folder (the CLI goes through load.py, which hashes before parsing)."""
    with open_package(path) as pkg:
        return parse_package(pkg, pkg.sha256())


def parse_package(pkg: Package, sha256: str) -> Taxonomy:
    raw = _Raw()
    for rel in pkg.files:
        _parse_file(rel, pkg.read(rel), raw)
    tax = Taxonomy(info=pkg.info(), source=str(pkg.path), sha256=sha256, n_files=len(pkg.files))
    _resolve(raw, tax)
    return tax


def _parse_file(rel: str, data: bytes, raw: _Raw) -> None:
    link: _Link | None = None
    prefix: str | None = None  # of this schema's target namespace, worked out once
    try:
        # Never fetch or expand what a file points at: taxonomy files are data, not instructions.
        for _event, el in etree.iterparse(
            io.BytesIO(data), events=("end",), resolve_entities=False, no_network=True, huge_tree=True
        ):
            tag = el.tag
            parent = el.getparent()
            ptag = parent.tag if parent is not None else None
            if parent is not None and ptag in LINK_KINDS:
                if tag in LINK_CHILDREN:
                    if link is None:
                        link = _Link(LINK_KINDS[ptag], parent.get(XLINK + "role") or "")
                    _link_child(el, tag, link)
            elif tag in LINK_KINDS:
                if link is not None:
                    _emit(link, raw)
                link = None
            elif parent is not None and ptag == SCHEMA:
                if tag == ELEMENT:
                    namespace = parent.get("targetNamespace") or ""
                    if prefix is None:
                        prefix = namespace_prefix(namespace, dict(parent.nsmap), rel)
                    _element(el, namespace, prefix, raw)
            elif ptag not in OTHER_LINKS and ptag != LINKBASE:
                continue  # inside something still being read
            # Done with it: free the element and the siblings already read.
            el.clear()
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as exc:
        raise TaxonomyError(f"{rel}: not well-formed XML ({exc})") from None


def _element(el: Any, namespace: str, prefix: str, raw: _Raw) -> None:
    name = el.get("name")
    if not name:
        return
    element_id = el.get("id")
    raw.elements.append(
        Element(
            prefix=prefix,
            name=name,
            element_id=element_id,
            namespace=namespace,
            data_type=el.get("type"),
            substitution_group=el.get("substitutionGroup"),
            period_type=el.get(XBRLI + "periodType"),
            balance=el.get(XBRLI + "balance"),
            abstract=el.get("abstract") in ("true", "1"),
            nillable=el.get("nillable") in ("true", "1"),
        )
    )
    if element_id:
        raw.ids.setdefault(element_id, (prefix, name))


def _link_child(el: Any, tag: str, link: _Link) -> None:
    label = el.get(XLINK + "label")
    if tag == LOC:
        href = el.get(XLINK + "href") or ""
        _, sep, fragment = href.rpartition("#")
        if sep and fragment and label:
            link.locs.setdefault(label, []).append(fragment)
    elif tag == LABEL:
        if label and link.kind == "label":
            text = "".join(el.itertext()).strip()
            link.resources.setdefault(label, []).append((short_role(el.get(XLINK + "role")), _lang(el), text))
    elif _wanted(link.kind, el.get(XLINK + "arcrole")):
        link.arcs.append(
            _Arc(
                source=el.get(XLINK + "from") or "",
                target=el.get(XLINK + "to") or "",
                order=_decimal(el.get("order")),
                weight=_decimal(el.get("weight")),
                preferred=el.get("preferredLabel"),
                prohibited=el.get("use") == "prohibited",
            )
        )


def _wanted(kind: str, arcrole: str | None) -> bool:
    if kind == "label":
        return arcrole == CONCEPT_LABEL
    if kind == "calc":
        return arcrole in SUMMATION_ITEM
    return arcrole == PARENT_CHILD


def _lang(el: Any) -> str:
    lang = el.get(XML_LANG)
    if lang is None:  # inherited from the link or the linkbase
        lang = next((a.get(XML_LANG) for a in el.iterancestors() if a.get(XML_LANG) is not None), "")
    return str(lang)


def _decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        return None


def _emit(link: _Link, raw: _Raw) -> None:
    for arc in link.arcs:
        for src in link.locs.get(arc.source, ()):
            if link.kind == "label":
                if not arc.prohibited:
                    raw.labels += [(src, *res) for res in link.resources.get(arc.target, ())]
                continue
            for dst in link.locs.get(arc.target, ()):
                if arc.prohibited:
                    raw.prohibited.add((link.kind, link.role, src, dst))
                elif link.kind == "calc":
                    weight = arc.weight if arc.weight is not None else Decimal(1)
                    raw.calcs.append((link.role, src, dst, weight, arc.order))
                else:
                    raw.pres.append((link.role, src, dst, arc.order, arc.preferred))


def _resolve(raw: _Raw, tax: Taxonomy) -> None:
    """Element ids to prefix:Name, first occurrence kept where the package repeats itself."""
    names: dict[str, str | None] = {}

    def qname(element_id: str) -> str | None:
        if element_id not in names:
            pn = raw.ids.get(element_id) or split_element_id(element_id)
            names[element_id] = f"{pn[0]}:{pn[1]}" if pn else None
        return names[element_id]

    seen_el: set[tuple[str, str]] = set()
    for e in raw.elements:
        if (e.prefix, e.name) not in seen_el:
            seen_el.add((e.prefix, e.name))
            tax.elements.append(e)

    seen_lab: set[tuple[str, str, str]] = set()
    for element_id, role, lang, text in raw.labels:
        q = qname(element_id)
        if q is None or (q, role, lang) in seen_lab:
            continue
        seen_lab.add((q, role, lang))
        prefix, _, name = q.partition(":")
        tax.labels.append(Label(prefix=prefix, name=name, role=role, lang=lang, text=text))

    # Prohibition is applied whatever the priorities: base taxonomies use it only to remove arcs.
    seen_arc: set[tuple[str, str, str]] = set()
    for role, src, dst, weight, order in raw.calcs:
        if ("calc", role, src, dst) in raw.prohibited:
            continue
        parent, child = qname(src), qname(dst)
        if parent and child and (role, parent, child) not in seen_arc:
            seen_arc.add((role, parent, child))
            tax.calculations.append(Calculation(role, parent, child, weight, order))

    # A roll-forward shows one concept twice under one parent (periodStart, periodEnd labels).
    seen_pres: set[tuple[str, str, str, str | None]] = set()
    for role, src, dst, order, preferred in raw.pres:
        if ("pres", role, src, dst) in raw.prohibited:
            continue
        parent, child = qname(src), qname(dst)
        pref = short_role(preferred) if preferred else None
        if parent and child and (role, parent, child, pref) not in seen_pres:
            seen_pres.add((role, parent, child, pref))
            tax.presentation.append(Presentation(role, parent, child, order, pref))
