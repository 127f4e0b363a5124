"""Body rows of the report table: label, element, kind, and every value at its exact column.

Each ``td`` is placed on the header's grid by its position and colspan, so empty cells keep their
place and a value's column is read, never inferred (``certain=True``, ``rule="html"``). A cell
holding only a footnote mark (``td.fn``) annotates the value of its column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from warehouse.parse.html.dom import children, footnote_sups, marks, span, text_of
from warehouse.parse.html.header import HtmlHeader
from warehouse.parse.html.names import Names
from warehouse.parse.model import Cell, Member, Row, RowKind
from warehouse.parse.text.rows import MARKER_KINDS, MARKER_RE, split_unit_hint
from warehouse.parse.values import parse_value

RULE = "html"
_DEFREF_RE = re.compile(r"""['"]defref_([^'"]+)['"]""")
# Element-name endings of the structural rows (the XBRL naming convention for abstracts).
_SUFFIX_KINDS: tuple[tuple[str, RowKind], ...] = (
    ("Abstract", RowKind.ABSTRACT),
    ("LineItems", RowKind.LINE_ITEMS),
    ("Table", RowKind.TABLE),
    ("RollForward", RowKind.ROLL_FORWARD),
    ("Axis", RowKind.AXIS),
    ("Domain", RowKind.DOMAIN),
    ("Member", RowKind.DOMAIN),
)


@dataclass(slots=True)
class BodyRow:
    row: Row
    ref: str | None = None  # the defref as written: "us-gaap_Revenues", "a_Axis=b_Member"
    notes: list[str] = field(default_factory=list)


def is_body_row(tr: HtmlElement) -> bool:
    """Report rows carry a row class (re, ro, reu, rou, rh) and a label cell (td.pl)."""
    row_class = (tr.get("class") or "").strip()
    has_label = any("pl" in (td.get("class") or "").split() for td in children(tr, "td"))
    return has_label or re.fullmatch(r"r[a-z]{0,3}", row_class) is not None


def parse_row(index: int, tr: HtmlElement, header: HtmlHeader, names: Names) -> BodyRow:
    tds = children(tr, "td")
    label_td = tds[0] if tds else tr
    sups = footnote_sups(label_td)
    label = text_of(label_td, skip=sups)
    ref = _defref(label_td)
    out = BodyRow(Row(index=index, label=label, kind=RowKind.EMPTY, footnotes=marks(sups)), ref)
    if has_row_class(tr, "rh") or (ref is not None and "=" in ref):
        out.row.kind = RowKind.MEMBER
        out.row.members = tuple(Member(label=p.strip()) for p in label.split(" | "))
        return out
    out.row.element = names.qname(ref) if ref else None
    nested_table = _place_cells(out, tds, header)
    out.row.kind = _kind(out.row, label_td, nested_table)
    out.row.unit_hint = split_unit_hint(label)
    return out


def has_row_class(tr: HtmlElement, name: str) -> bool:
    return name in (tr.get("class") or "").split()


def _defref(td: HtmlElement) -> str | None:
    for a in td.iter("a"):
        m = _DEFREF_RE.search(a.get("onclick") or "") or _DEFREF_RE.search(a.get("href") or "")
        if m:
            return m.group(1)
    return None


def _place_cells(out: BodyRow, tds: list[HtmlElement], header: HtmlHeader) -> bool:
    """Fill the row's cells by grid position; returns whether a value holds a nested table."""
    row = out.row
    grid = span(tds[0], "colspan") if tds else 0
    values: dict[int, Cell] = {}
    col_marks: dict[int, tuple[str, ...]] = {}
    nested = False
    for td in tds[1:]:
        at, grid = grid, grid + span(td, "colspan")
        sups = footnote_sups(td)
        col = header.column_at(at)
        if col is None:  # label region: a mark cell beside the label (td.th)
            row.footnotes = (*row.footnotes, *marks(sups))
            continue
        col_marks[col] = (*col_marks.get(col, ()), *marks(sups))
        raw = text_of(td, skip=sups)
        if not raw:
            continue
        if col in values:
            out.notes.append(f"row {row.index}: two values in column {col}; the first is kept")
            continue
        nested = nested or any(True for _ in td.iter("table"))
        values[col] = Cell(raw=raw, value=parse_value(raw), column=col, certain=True, rule=RULE)
    _attach_marks(row, values, col_marks)
    row.cells = [values[c] for c in sorted(values)]
    return nested


def _attach_marks(row: Row, values: dict[int, Cell], col_marks: dict[int, tuple[str, ...]]) -> None:
    for col, found in col_marks.items():
        if not found:
            continue
        if col in values:
            values[col].footnotes = found
        else:  # a mark on an empty cell: keep it on the row rather than lose it
            row.footnotes = (*row.footnotes, *found)


def _kind(row: Row, label_td: HtmlElement, nested_table: bool) -> RowKind:
    local = (row.element or "").rpartition(":")[2]
    if row.cells:
        # A text block: the element says so, or the value renders a table of its own.
        return RowKind.TEXT_BLOCK if local.endswith("TextBlock") or nested_table else RowKind.VALUE
    for suffix, kind in _SUFFIX_KINDS:
        if local.endswith(suffix):
            return kind
    marker = MARKER_RE.search(row.label)
    if marker and marker.group("m").lower() in MARKER_KINDS:
        return MARKER_KINDS[marker.group("m").lower()]
    bold = any(True for _ in label_td.iter("strong", "b"))
    return RowKind.ABSTRACT if bold else RowKind.EMPTY
