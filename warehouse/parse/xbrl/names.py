"""Namespaces and QNames shared by both parsers.

A concept is named ``prefix:Local``. The prefix a filer declares is arbitrary (``us-gaap``, ``gaap``,
``ns1``), so names in the well-known taxonomies get their standard prefix from the namespace URI,
whatever the taxonomy year; extension names keep the document's prefix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from warehouse.parse.xbrl.errors import XbrlError

XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
XBRLDI = "http://xbrl.org/2006/xbrldi"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML = "http://www.w3.org/XML/1998/namespace"
ISO4217 = "http://www.xbrl.org/2003/iso4217"
IX = "http://www.xbrl.org/2013/inlineXBRL"
XHTML = "http://www.w3.org/1999/xhtml"

FACT_FOOTNOTE = "http://www.xbrl.org/2003/arcrole/fact-footnote"

_EXACT: dict[str, str] = {XBRLI: "xbrli", ISO4217: "iso4217"}
_YEAR = r"/\d{4}(?:-\d{2}-\d{2})?"
_PATTERNS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(rf"https?://fasb\.org/(us-gaap|srt){_YEAR}"), None),
    (re.compile(rf"https?://xbrl\.us/(us-gaap|dei){_YEAR}"), None),  # the 2009-2010 taxonomies
    # SEC taxonomies: the group is the standard prefix.
    (
        re.compile(
            rf"https?://xbrl\.sec\.gov/(dei|country|currency|exch|stpr|naics|sic|ecd|cyd|ffd|spac){_YEAR}"
        ),
        None,
    ),
    (re.compile(r"https?://xbrl\.ifrs\.org/taxonomy/\d{4}-\d{2}-\d{2}/ifrs-full"), "ifrs-full"),
)


@lru_cache(maxsize=256)
def standard_prefix(namespace: str) -> str | None:
    """The standard prefix of a well-known taxonomy namespace, or None for anything else."""
    if namespace in _EXACT:
        return _EXACT[namespace]
    for pattern, prefix in _PATTERNS:
        m = pattern.fullmatch(namespace)
        if m is not None:
            return prefix or m[1]
    return None


def qname(namespace: str, local: str, prefix: str | None, nsmap: Mapping[str | None, str]) -> str:
    """``prefix:Local`` for a name in ``namespace``; ``prefix`` is the one the document used there.

    A name in a default namespace with no prefix declared anywhere in scope is given in Clark
    notation (``{uri}Local``): an invented prefix could collide with a real one.
    """
    std = standard_prefix(namespace)
    if std is not None:
        return f"{std}:{local}"
    if prefix is None:
        prefix = next((p for p, uri in nsmap.items() if p is not None and uri == namespace), None)
    return f"{prefix}:{local}" if prefix is not None else f"{{{namespace}}}{local}"


def split_clark(tag: str) -> tuple[str, str]:
    """``{uri}Local`` -> (uri, Local); a name in no namespace -> ("", name)."""
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        return uri, local
    return "", tag


def resolve(text: str, nsmap: Mapping[str | None, str], what: str) -> tuple[str, str, str | None]:
    """(namespace, local, prefix) of a QName written in content or an attribute (``us-gaap:Foo``)."""
    prefix, sep, local = text.strip().rpartition(":")
    key = prefix if sep else None
    namespace = nsmap.get(key)
    if namespace is None or not local:
        raise XbrlError(f"{what} {text.strip()!r}: prefix {prefix!r} is not declared")
    return namespace, local, key


def resolve_qname(text: str, nsmap: Mapping[str | None, str], what: str) -> str:
    """A written QName normalized to ``prefix:Local`` (standard prefixes for known taxonomies)."""
    namespace, local, prefix = resolve(text, nsmap, what)
    return qname(namespace, local, prefix, nsmap)


def measure_code(measure: str) -> str:
    """Warehouse code of one normalized measure QName: ``iso4217:USD`` -> ``USD``, ``xbrli:shares`` ->
    ``shares``, ``xbrli:pure`` -> ``pure``, anything else its local name (``utr:sqft`` -> ``sqft``)."""
    return measure.rpartition("}")[2].rpartition(":")[2]


def unit_code(numerators: tuple[str, ...], denominators: tuple[str, ...]) -> str:
    """``USD``, ``USD/shares``; several measures of one side are joined with ``*``."""
    top = "*".join(measure_code(m) for m in numerators)
    if not denominators:
        return top
    return f"{top}/{'*'.join(measure_code(m) for m in denominators)}"
