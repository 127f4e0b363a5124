"""Small lxml helpers shared by the HTML parsers: classes, text as a browser shows it, footnote marks.

Cell text is ``text_content()`` with whitespace collapsed: what the truth files and the text
rendering hold. Pieces split a cell at block elements (``<div>``, ``<br>``, ``<p>``), the lines a
header or title cell shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

FOOTNOTE_MARK_RE = re.compile(r"\[\d+\]")
_FOOTNOTES_ONLY_RE = re.compile(r"^\[\d+\](?:\s*,?\s*\[\d+\])*$")
_BLOCK_TAGS = frozenset(
    {"br", "div", "p", "table", "tr", "td", "th", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}
)


def classes(el: HtmlElement) -> frozenset[str]:
    return frozenset((el.get("class") or "").split())


def has_class(el: HtmlElement, name: str) -> bool:
    return name in classes(el)


def collapse(text: str) -> str:
    return " ".join(text.split())


def children(el: HtmlElement, tag: str) -> list[HtmlElement]:
    return [c for c in el.iterchildren() if c.tag == tag]


def table_rows(table: HtmlElement) -> list[HtmlElement]:
    """A table's own rows in order, also inside thead/tbody/tfoot (never a nested table's)."""
    rows: list[HtmlElement] = []
    for child in table.iterchildren():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(children(child, "tr"))
    return rows


def span(el: HtmlElement, attr: str) -> int:
    """colspan / rowspan as an int (1 when absent or malformed, as browsers do)."""
    try:
        return max(int(el.get(attr) or "1"), 1)
    except ValueError:
        return 1


def text_of(el: HtmlElement, skip: Iterable[HtmlElement] = ()) -> str:
    """Whitespace-collapsed text content, leaving out the ``skip`` subtrees (footnote marks)."""
    skipped = set(skip)
    parts: list[str] = []
    _collect(el, skipped, parts, None)
    return collapse("".join(parts))


def pieces_of(el: HtmlElement, skip: Iterable[HtmlElement] = ()) -> list[str]:
    """The lines a cell shows: its text split at block elements, each collapsed, empty ones dropped."""
    skipped = set(skip)
    parts: list[str] = []
    _collect(el, skipped, parts, "\n")
    return [p for p in (collapse(x) for x in "".join(parts).split("\n")) if p]


def _collect(el: HtmlElement, skipped: set[HtmlElement], out: list[str], brk: str | None) -> None:
    if el.text and isinstance(el.tag, str):  # comments and processing instructions show nothing
        out.append(el.text)
    for child in el.iterchildren():
        block = brk is not None and isinstance(child.tag, str) and child.tag in _BLOCK_TAGS
        if child not in skipped:
            if block:
                out.append(brk or "")
            _collect(child, skipped, out, brk)
            if block:
                out.append(brk or "")
        if child.tail:
            out.append(child.tail)


def footnote_sups(el: HtmlElement) -> list[HtmlElement]:
    """Footnote marks of a report cell: ``<sup>`` (or a bare ``<a>``) holding only ``[1]``-style
    marks, outside any content the cell renders (a text block's own superscripts stay text)."""
    found: list[HtmlElement] = []
    for mark in el.iter("sup", "a"):
        if _inside_content(mark, el) or any(a in found for a in mark.iterancestors()):
            continue
        if _FOOTNOTES_ONLY_RE.match(collapse(mark.text_content())):
            found.append(mark)
    return found


def _inside_content(node: HtmlElement, top: HtmlElement) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag in ("table", "p"):
            return True
        parent = parent.getparent()
    return False


def marks(sups: Iterable[HtmlElement]) -> tuple[str, ...]:
    return tuple(m for s in sups for m in FOOTNOTE_MARK_RE.findall(s.text_content()))
