"""Parse a classic XBRL instance (root ``xbrli:xbrl``) into an ``XbrlInstance``.

Streaming: instances reach 50+ MB, so the document is read with ``iterparse`` and each child of the
root (a context, unit, fact or footnote link) is turned into model objects and dropped at its end tag.
Memory holds the results, not the tree.

Numeric facts are the ones with a ``unitRef`` (XBRL requires a unit on every numeric item and forbids
one elsewhere); their content must be an xs:decimal and is kept exactly. Text content is kept as
written: escaped HTML in text blocks arrives here as the HTML string. Tuples are not read (the SEC
forbids them); each one skipped is reported in ``warnings``.
"""

from __future__ import annotations

import io
import sys
from collections import defaultdict
from collections.abc import Iterator

from lxml import etree

from warehouse.parse.xbrl.common import (
    Element,
    attach_footnotes,
    check_id,
    decimal_or_none,
    finish,
    parse_context,
    parse_unit,
    text_of,
)
from warehouse.parse.xbrl.errors import XbrlError
from warehouse.parse.xbrl.model import XbrlFact, XbrlFootnote, XbrlInstance
from warehouse.parse.xbrl.names import FACT_FOOTNOTE, LINK, XBRLI, XLINK, XML, XSI, qname, split_clark

_ROOT = f"{{{XBRLI}}}xbrl"
_NIL = f"{{{XSI}}}nil"


def _xl(local: str) -> str:
    return f"{{{XLINK}}}{local}"


def _top_level(data: bytes) -> Iterator[Element]:
    """Each child of the root, complete, after checking the root is ``xbrli:xbrl``. The caller is done
    with an element when it asks for the next one; it is then cleared to keep memory flat."""
    events = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        huge_tree=True,  # text blocks can exceed libxml2's 10 MB text-node limit
        remove_comments=True,
        remove_pis=True,
    )
    depth = 0
    root: Element | None = None
    try:
        for event, el in events:
            if event == "start":
                if root is None:
                    root = _check_root(el)
                depth += 1
                continue
            depth -= 1
            if depth == 1 and root is not None:
                yield el
                el.clear(keep_tail=False)
                while el.getprevious() is not None:
                    del root[0]
    except etree.XMLSyntaxError as exc:
        raise XbrlError(f"not well-formed XML: {_one_line(exc)}") from None


def _check_root(el: Element) -> Element:
    if el.tag != _ROOT:
        raise XbrlError(f"not an XBRL instance: the root element is <{etree.QName(el).localname}>")
    return el


def _one_line(exc: etree.XMLSyntaxError) -> str:
    return " ".join(str(exc.msg or exc).split())


def _inner_markup(el: Element) -> str:
    """Mixed content (markup inside a fact) serialized as written."""
    parts = [el.text or ""]
    parts.extend(etree.tostring(child, encoding="unicode", with_tail=True) for child in el)
    return "".join(parts)


def _interned(value: str | None) -> str | None:
    return None if value is None else sys.intern(value)


def _fact(el: Element, tag: str, warnings: list[str]) -> XbrlFact:
    namespace, local = split_clark(tag)
    # Names repeat across hundreds of thousands of facts: one shared string each keeps memory down.
    concept = sys.intern(qname(namespace, local, el.prefix, el.nsmap))
    unit_ref = _interned(el.get("unitRef"))
    is_nil = el.get(_NIL, "").strip() in ("true", "1")
    raw = _inner_markup(el) if len(el) else (el.text or "")
    value = None
    if unit_ref is not None and not is_nil:
        value = decimal_or_none(raw)
        if value is None:
            warnings.append(f"fact {el.get('id') or concept}: {raw.strip()[:40]!r} is not a decimal number")
    return XbrlFact(
        id=el.get("id"),
        concept=concept,
        context_ref=sys.intern(el.get("contextRef", "")),
        unit_ref=unit_ref,
        decimals=_interned(el.get("decimals")),
        precision=el.get("precision"),
        is_nil=is_nil,
        value=value,
        text=None if unit_ref is not None or is_nil else raw,
        raw=raw,
    )


class _FootnoteLinks:
    """Footnote links: each ``link:footnoteLink`` is read whole; arcs go from fact locators
    (``href="#factId"``) to footnote resources. Labels are local to their link."""

    def __init__(self) -> None:
        self.footnotes: dict[str, XbrlFootnote] = {}
        self.by_fact: defaultdict[str, list[str]] = defaultdict(list)
        self._links = 0

    def read(self, link: Element) -> None:
        self._links += 1
        facts_by_label: defaultdict[str, list[str]] = defaultdict(list)
        notes_by_label: defaultdict[str, list[str]] = defaultdict(list)
        for loc in link.iterchildren(f"{{{LINK}}}loc"):
            href = loc.get(_xl("href"), "")
            facts_by_label[loc.get(_xl("label"), "")].append(href.rpartition("#")[2])
        for note in link.iterchildren(f"{{{LINK}}}footnote"):
            label = note.get(_xl("label"), "")
            note_id = note.get("id") or f"{self._links}:{label}"
            check_id(self.footnotes, note_id, "footnote")
            self.footnotes[note_id] = XbrlFootnote(
                id=note_id,
                role=note.get(_xl("role")),
                lang=note.get(f"{{{XML}}}lang"),
                text=" ".join(text_of(note).split()),
            )
            notes_by_label[label].append(note_id)
        for arc in link.iterchildren(f"{{{LINK}}}footnoteArc"):
            if arc.get(_xl("arcrole")) != FACT_FOOTNOTE:
                continue
            for fact_id in facts_by_label.get(arc.get(_xl("from"), ""), []):
                self.by_fact[fact_id].extend(notes_by_label.get(arc.get(_xl("to"), ""), []))


def parse_instance(data: bytes) -> XbrlInstance:
    """Read a classic XBRL instance. Raises ``XbrlError`` (one-line reason) for malformed input."""
    if not data.strip():
        raise XbrlError("empty file")
    result = XbrlInstance(inline=False)
    footnotes = _FootnoteLinks()
    schema_refs: list[str] = []
    for el in _top_level(data):
        if not isinstance(el.tag, str):
            continue  # entity references left unresolved
        namespace, local = split_clark(el.tag)
        if namespace == XBRLI and local == "context":
            ctx = parse_context(el)
            check_id(result.contexts, ctx.id, "context")
            result.contexts[ctx.id] = ctx
        elif namespace == XBRLI and local == "unit":
            unit = parse_unit(el)
            check_id(result.units, unit.id, "unit")
            result.units[unit.id] = unit
        elif namespace == LINK and local == "schemaRef":
            schema_refs.append(el.get(_xl("href"), ""))
        elif namespace == LINK and local == "footnoteLink":
            footnotes.read(el)
        elif namespace in (XBRLI, LINK):
            continue  # roleRef, arcroleRef
        elif el.get("contextRef") is not None:
            result.facts.append(_fact(el, el.tag, result.warnings))
        elif len(el):
            result.warnings.append(f"tuple {el.tag} skipped: tuples are not read")
    _check_fact_ids(result.facts)
    result.facts = attach_footnotes(result.facts, footnotes.by_fact, result.warnings)
    result.footnotes = footnotes.footnotes
    result.schema_refs = tuple(schema_refs)
    return finish(result)


def _check_fact_ids(facts: list[XbrlFact]) -> None:
    seen: dict[str, None] = {}
    for fact in facts:
        if fact.id is not None:
            check_id(seen, fact.id, "fact")
            seen[fact.id] = None
