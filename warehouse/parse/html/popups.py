"""The hidden pop-ups after the report table: one ``table.authRefData`` per element or member.

Each holds toggles (``- Definition``, ``+ References``, ``+ Details``) each followed by the
``div`` it shows. Blocks are stored as the text parser stores them (definition text, first
reference line) plus what only the HTML has: the element name and the Details table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement

from warehouse.parse.html.dom import children, has_class, pieces_of, text_of
from warehouse.parse.html.names import Names
from warehouse.parse.model import BlockKind, DefinitionBlock

DEFREF = "defref_"


@dataclass(slots=True)
class Popups:
    blocks: list[DefinitionBlock] = field(default_factory=list)
    raw_names: list[str] = field(default_factory=list)  # per block, as the page writes it
    names: Names = field(default_factory=Names)

    def index_of(self) -> dict[str, int]:
        """Block index by raw name (``us-gaap_Revenues``, ``a_Axis=b_Member``); first one wins."""
        out: dict[str, int] = {}
        for i, raw in enumerate(self.raw_names):
            out.setdefault(raw, i)
        return out


def parse_popups(doc: HtmlElement) -> Popups:
    tables = [t for t in doc.iter("table") if has_class(t, "authRefData")]
    sections = [_sections(t) for t in tables]
    details = [_details(s.get("Details")) for s in sections]
    names = Names(d.get("Namespace Prefix", "") for d in details)
    popups = Popups(names=names)
    for table, secs, det in zip(tables, sections, details, strict=True):
        raw = det.get("Name") or (table.get("id") or "").removeprefix(DEFREF)
        block = _block(len(popups.blocks), secs)
        block.element = names.ref(raw) if raw else None
        block.element_rule = "page" if raw else None
        block.details = det
        popups.blocks.append(block)
        popups.raw_names.append(raw)
    return popups


def _sections(table: HtmlElement) -> dict[str, HtmlElement]:
    """Toggle name ("Definition", "References", "Details") -> the element it shows."""
    out: dict[str, HtmlElement] = {}
    for body in (d for d in table.iter("div") if has_class(d, "body")):
        for toggle in children(body, "a"):
            name = text_of(toggle).lstrip("+- ").strip()
            shown = toggle.getnext()
            if name and shown is not None:
                out.setdefault(name, shown)
    return out


def _block(index: int, secs: dict[str, HtmlElement]) -> DefinitionBlock:
    refs = secs.get("References")
    first_ref = next(iter(pieces_of(refs)), None) if refs is not None else None
    if "Definition" in secs:
        return DefinitionBlock(
            index, BlockKind.DEFINITION, definition=text_of(secs["Definition"]) or None, references=first_ref
        )
    if refs is not None:
        return DefinitionBlock(index, BlockKind.NO_DEFINITION, references=first_ref)
    return DefinitionBlock(index, BlockKind.DETAILS)


def _details(shown: HtmlElement | None) -> dict[str, str]:
    """The Details table: "Name", "Namespace Prefix", "Data Type", "Balance Type", "Period Type"."""
    out: dict[str, str] = {}
    if shown is None:
        return out
    for tr in shown.iter("tr"):
        tds = children(tr, "td")
        if len(tds) >= 2:
            key, value = text_of(tds[0]).rstrip(":").strip(), text_of(tds[1])
            if key and value:
                out[key] = value
    return out
