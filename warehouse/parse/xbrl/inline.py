"""Parse an inline XBRL document (XHTML with ``ix:`` tags, Inline XBRL 1.1) into an ``XbrlInstance``.

Contexts and units come from ``ix:resources``; facts are the ``ix:nonFraction`` and ``ix:nonNumeric``
elements anywhere in the document (``ix:hidden`` ones are flagged ``hidden``). A number is the
displayed text read through its ``format`` (see ``transforms``), times 10**``scale``, negated by
``sign="-"``. A format that is unknown or does not match leaves the value None, the raw text kept, and a
line in ``warnings``: a number is never guessed.

``ix:nonNumeric`` text is the document's text content (``ix:exclude`` dropped, ``continuedAt`` chains
followed); with ``escape="true"`` it is the content's XHTML markup as an HTML string, without the ``ix:``
tags. Footnotes come from ``ix:footnote`` and ``ix:relationship`` (fact-footnote arcs only).

Not read (a warning says so): ``ix:tuple``, ``ix:fraction``, relationships of other arcroles. One
document is parsed at a time: a multi-document inline set gives one result per document. The whole
tree is held in memory (continuations may point anywhere); inline documents are far smaller than
the classic instances that need streaming.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from lxml import etree

from warehouse.parse.xbrl.common import (
    Element,
    attach_footnotes,
    check_id,
    decimal_or_none,
    finish,
    parse_context,
    parse_unit,
    shift,
)
from warehouse.parse.xbrl.errors import XbrlError
from warehouse.parse.xbrl.model import XbrlFact, XbrlFootnote, XbrlInstance
from warehouse.parse.xbrl.names import (
    FACT_FOOTNOTE,
    IX,
    LINK,
    XBRLI,
    XHTML,
    XLINK,
    XML,
    XSI,
    resolve,
    resolve_qname,
    split_clark,
)
from warehouse.parse.xbrl.transforms import TransformError, transform

# HTML elements that never have content: serialized <br/>, not <br></br>.
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)


def _ix(local: str) -> str:
    return f"{{{IX}}}{local}"


# --- text content -----------------------------------------------------------------------------------------


def _open_close(el: Element, as_html: bool) -> tuple[str, str]:
    """Markup around an element's content: none for ix: tags (their content stays) or plain text."""
    namespace, local = split_clark(str(el.tag))
    if not as_html or namespace == IX:
        return "", ""
    attrs = "".join(
        f' {name}="{html.escape(value)}"'
        for name, value in el.attrib.items()
        if not str(name).startswith("{")
    )
    if local in _VOID and len(el) == 0 and not el.text:
        return f"<{local}{attrs}/>", ""
    return f"<{local}{attrs}>", f"</{local}>"


def _content(el: Element, as_html: bool) -> str:
    """The content of ``el`` (not its own tag, not its tail): text only, or HTML markup. ``ix:exclude``
    subtrees are dropped. Iterative: nesting in real documents can exceed Python's recursion limit."""
    out: list[str] = []

    def emit(text: str | None) -> None:
        if text:
            out.append(html.escape(text, quote=False) if as_html else text)

    emit(el.text)
    stack: list[tuple[Iterator[Element], str, str | None]] = [(iter(el), "", None)]
    while stack:
        children, closing, tail = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            out.append(closing)
            emit(tail)
            continue
        if not isinstance(child.tag, str) or child.tag == _ix("exclude"):
            emit(child.tail)
            continue
        opening, child_closing = _open_close(child, as_html)
        out.append(opening)
        emit(child.text)
        stack.append((iter(child), child_closing, child.tail))
    return "".join(out)


class _Continuations:
    """``ix:continuation`` elements by id, to follow ``continuedAt`` chains."""

    def __init__(self, root: Element) -> None:
        self._by_id: dict[str, Element] = {}
        for el in root.iter(_ix("continuation")):
            cont_id = el.get("id", "")
            check_id(self._by_id, cont_id, "ix:continuation")
            self._by_id[cont_id] = el

    def chain(self, el: Element) -> list[Element]:
        parts, seen = [el], set[str]()
        next_id = el.get("continuedAt")
        while next_id:
            if next_id in seen:
                raise XbrlError(f"continuedAt chain loops at {next_id!r}")
            cont = self._by_id.get(next_id)
            if cont is None:
                raise XbrlError(f"continuedAt {next_id!r} names no ix:continuation")
            seen.add(next_id)
            parts.append(cont)
            next_id = cont.get("continuedAt")
        return parts


# --- facts ------------------------------------------------------------------------------------------------


def _is_nil(el: Element) -> bool:
    return el.get(f"{{{XSI}}}nil", "").strip() in ("true", "1")


def _label(el: Element) -> str:
    return f"fact {el.get('id') or el.get('name')}"


def _apply_format(el: Element, raw: str, warnings: list[str]) -> str | None:
    """The XBRL lexical value of the displayed text, or None (with a warning) when it cannot be read."""
    fmt = el.get("format")
    if fmt is None:
        return raw
    try:
        namespace, local, _prefix = resolve(fmt, el.nsmap, "format")
        return transform(namespace, local, raw)
    except (TransformError, XbrlError) as exc:
        warnings.append(f"{_label(el)}: {exc}; raw text kept")
        return None


def _scale(el: Element) -> int | None:
    scale = el.get("scale", "0").strip()
    return int(scale) if scale.lstrip("-").isdigit() else None


def _number(el: Element, raw: str, warnings: list[str]) -> Decimal | None:
    """Scaled, signed value of a non-nil ``ix:nonFraction``; None (with a warning) if unreadable."""
    lexical = _apply_format(el, raw, warnings)
    if lexical is None:
        return None
    number = decimal_or_none(lexical) if lexical.strip()[:1] not in ("-", "+") else None
    scale = _scale(el)
    if number is None or scale is None:
        shown, written_scale = raw.strip()[:40], el.get("scale", "0")
        warnings.append(f"{_label(el)}: {shown!r} (scale {written_scale!r}) is not a number; raw text kept")
        return None
    value = shift(number, scale)
    return value.copy_negate() if el.get("sign") == "-" and value else value  # no "-0"


def _nonfraction(el: Element, hidden: bool, warnings: list[str]) -> XbrlFact:
    if el.get("unitRef") is None:
        raise XbrlError(f"{_label(el)}: ix:nonFraction without a unitRef")
    raw = _content(el, as_html=False)
    is_nil = _is_nil(el)
    return XbrlFact(
        id=el.get("id"),
        concept=resolve_qname(el.get("name", ""), el.nsmap, "fact name"),
        context_ref=el.get("contextRef", ""),
        unit_ref=el.get("unitRef"),
        decimals=el.get("decimals"),
        precision=el.get("precision"),
        is_nil=is_nil,
        value=None if is_nil else _number(el, raw, warnings),
        text=None,
        raw=raw,
        hidden=hidden,
        scale=_scale(el),
    )


def _nonnumeric(el: Element, hidden: bool, continuations: _Continuations, warnings: list[str]) -> XbrlFact:
    parts = continuations.chain(el)
    is_nil = _is_nil(el)
    escape = el.get("escape", "").strip() in ("true", "1")
    raw = "".join(_content(part, as_html=escape) for part in parts)
    text: str | None = None if is_nil else raw
    if text is not None and not escape and el.get("format") is not None:
        text = _apply_format(el, raw, warnings)
        text = raw if text is None else text
    return XbrlFact(
        id=el.get("id"),
        concept=resolve_qname(el.get("name", ""), el.nsmap, "fact name"),
        context_ref=el.get("contextRef", ""),
        unit_ref=None,
        decimals=None,
        precision=None,
        is_nil=is_nil,
        value=None,
        text=text,
        raw=raw,
        hidden=hidden,
    )


def _facts(root: Element, continuations: _Continuations, warnings: list[str]) -> list[XbrlFact]:
    facts: list[XbrlFact] = []
    seen: dict[str, None] = {}
    for el in root.iter(_ix("nonFraction"), _ix("nonNumeric"), _ix("fraction"), _ix("tuple")):
        local = etree.QName(el).localname
        if local in ("fraction", "tuple"):
            warnings.append(f"ix:{local} {el.get('name')} skipped: not read")
            continue
        hidden = next(el.iterancestors(_ix("hidden")), None) is not None
        if local == "nonFraction":
            fact = _nonfraction(el, hidden, warnings)
        else:
            fact = _nonnumeric(el, hidden, continuations, warnings)
        if fact.id is not None:
            check_id(seen, fact.id, "fact")
            seen[fact.id] = None
        facts.append(fact)
    return facts


# --- footnotes --------------------------------------------------------------------------------------------


def _lang(el: Element) -> str | None:
    """The in-scope xml:lang (inherited from the nearest ancestor that sets it)."""
    key = f"{{{XML}}}lang"
    for node in (el, *el.iterancestors()):
        if node.get(key) is not None:
            return node.get(key)
    return None


def _footnotes(root: Element, continuations: _Continuations) -> dict[str, XbrlFootnote]:
    notes: dict[str, XbrlFootnote] = {}
    for el in root.iter(_ix("footnote")):
        note_id = el.get("id")
        if not note_id:
            raise XbrlError("ix:footnote without an id")
        check_id(notes, note_id, "footnote")
        text = "".join(_content(part, as_html=False) for part in continuations.chain(el))
        notes[note_id] = XbrlFootnote(note_id, el.get("footnoteRole"), _lang(el), " ".join(text.split()))
    return notes


def _footnote_links(
    root: Element, notes: dict[str, XbrlFootnote], warnings: list[str]
) -> dict[str, list[str]]:
    """fact id -> footnote ids, from ``ix:relationship`` elements of the fact-footnote arcrole."""
    links: defaultdict[str, list[str]] = defaultdict(list)
    for rel in root.iter(_ix("relationship")):
        arcrole = rel.get("arcrole", FACT_FOOTNOTE)
        if arcrole != FACT_FOOTNOTE:
            warnings.append(f"ix:relationship of arcrole {arcrole} skipped: not read")
            continue
        targets = rel.get("toRefs", "").split()
        for target in targets:
            if target not in notes:
                raise XbrlError(f"ix:relationship toRefs {target!r} names no ix:footnote")
        for source in rel.get("fromRefs", "").split():
            links[source].extend(targets)
    return links


# --- document ---------------------------------------------------------------------------------------------


def _parse_xml(data: bytes) -> Element:
    if not data.strip():
        raise XbrlError("empty file")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        load_dtd=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        message = " ".join(str(exc.msg or exc).split())
        raise XbrlError(f"not well-formed XML (inline XBRL must be XHTML): {message}") from None
    if root.tag != f"{{{XHTML}}}html":
        raise XbrlError(f"not an inline XBRL document: the root element is <{etree.QName(root).localname}>")
    if next(root.iter(_ix("header")), None) is None:
        raise XbrlError("not an inline XBRL document: no ix:header")
    return root


def _resources(root: Element, result: XbrlInstance) -> None:
    for resources in root.iter(_ix("resources")):
        for el in resources.iterchildren(f"{{{XBRLI}}}context"):
            ctx = parse_context(el)
            check_id(result.contexts, ctx.id, "context")
            result.contexts[ctx.id] = ctx
        for el in resources.iterchildren(f"{{{XBRLI}}}unit"):
            unit = parse_unit(el)
            check_id(result.units, unit.id, "unit")
            result.units[unit.id] = unit
    refs = root.iterfind(f".//{{{IX}}}references/{{{LINK}}}schemaRef")
    result.schema_refs = tuple(ref.get(f"{{{XLINK}}}href", "") for ref in refs)


def parse_inline(data: bytes) -> XbrlInstance:
    """Read one inline XBRL document. Raises ``XbrlError`` (one-line reason) for malformed input."""
    root = _parse_xml(data)
    result = XbrlInstance(inline=True)
    _resources(root, result)
    continuations = _Continuations(root)
    facts = _facts(root, continuations, result.warnings)
    result.footnotes = _footnotes(root, continuations)
    links = _footnote_links(root, result.footnotes, result.warnings)
    result.facts = attach_footnotes(facts, links, result.warnings)
    return finish(result)
