"""The report table's header rows: title cell, period groups with their spans, one Column per leaf.

The header is laid out on a grid (colspan and rowspan honoured, as a browser does). Every header
cell of the last header row, or one reaching it by rowspan, is a column; the cells above it are
its period group. A leaf cell holding only a footnote mark (``<sup>[1]</sup>``) is no column: its
mark belongs to the column before it, and its grid slot to that column's region. Body cells are
placed by their grid start against these regions, so nothing about a column is inferred.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from warehouse.parse.html.dom import children, footnote_sups, has_class, marks, pieces_of, span
from warehouse.parse.model import Column, Member, Period
from warehouse.parse.text.header import GROUP_RE, MEMBER_MARK_RE, UNIT_LINE_RE, group_period
from warehouse.parse.values import parse_date


@dataclass(slots=True)
class _GridCell:
    el: HtmlElement
    row: int
    col: int
    width: int


@dataclass(slots=True)
class HtmlHeader:
    title_pieces: list[str] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # grid start of each column's region
    label_width: int = 1  # grid slots of the label (title) column

    def column_at(self, grid: int) -> int | None:
        """Column whose region holds grid slot ``grid``; None in the label region."""
        if grid < self.label_width or not self.starts:
            return None
        k = bisect.bisect_right(self.starts, grid) - 1
        return k if k >= 0 else None


def parse_header(rows: list[HtmlElement]) -> HtmlHeader:
    grid = _layout(rows)
    header = HtmlHeader()
    title = next((c for c in grid.values() if has_class(c.el, "tl")), None)
    if title is not None:
        header.title_pieces = pieces_of(title.el)
        header.label_width = title.col + title.width
    last = len(rows) - 1
    leaves = _distinct(grid.get((last, c)) for c in range(_width(grid)))
    for leaf in leaves:
        if leaf is title or leaf.col < header.label_width:
            continue
        sups = footnote_sups(leaf.el)
        pieces = pieces_of(leaf.el, skip=sups)
        if not pieces and sups and header.columns:
            prev = header.columns[-1]
            prev.footnotes = (*prev.footnotes, *marks(sups))
            continue
        above = _distinct(grid.get((r, leaf.col)) for r in range(leaf.row))
        upper = [p for cell in above if cell is not title for p in pieces_of(cell.el)]
        col = _column(len(header.columns), upper, pieces)
        col.footnotes = marks(sups)
        header.columns.append(col)
        header.starts.append(leaf.col)
    return header


def _layout(rows: list[HtmlElement]) -> dict[tuple[int, int], _GridCell]:
    """Place every header cell on the (row, grid column) slots it covers."""
    grid: dict[tuple[int, int], _GridCell] = {}
    for r, tr in enumerate(rows):
        c = 0
        for el in (x for x in tr.iterchildren() if x.tag in ("th", "td")):
            while (r, c) in grid:
                c += 1
            cell = _GridCell(el, r, c, span(el, "colspan"))
            for dr in range(min(span(el, "rowspan"), len(rows) - r)):
                for dc in range(cell.width):
                    grid[(r + dr, c + dc)] = cell
            c += cell.width
    return grid


def _width(grid: dict[tuple[int, int], _GridCell]) -> int:
    return max((c for _, c in grid), default=-1) + 1


def _distinct(cells: Iterable[_GridCell | None]) -> list[_GridCell]:
    out: list[_GridCell] = []
    for cell in cells:
        if cell is not None and all(cell is not seen for seen in out):
            out.append(cell)
    return out


def _column(index: int, upper: list[str], pieces: list[str]) -> Column:
    """Group line(s) above, then the column's own lines: a date, unit lines, member names."""
    group = next((u for u in upper if GROUP_RE.match(u)), None)
    day = parse_date(pieces[0]) if pieces else None
    rest = pieces[1:] if day is not None else pieces
    units = [p for p in rest if day is not None and UNIT_LINE_RE.match(p) and not MEMBER_MARK_RE.search(p)]
    others = [u for u in upper if u != group] + [p for p in rest if p not in units]
    col = Column(
        index=index,
        header_lines=[*upper, *pieces],
        group=group,
        unit_hint=" ".join(units) or None,
        members=tuple(Member(label=m) for m in others),
    )
    if day is not None:
        col.period = group_period(group, day) if group is not None else Period.instant(day)
    return col


def header_rows(trs: list[HtmlElement]) -> int:
    """How many leading rows of the report table are header rows (they hold ``th`` cells)."""
    n = 0
    while n < len(trs) and children(trs[n], "th"):
        n += 1
    return n
