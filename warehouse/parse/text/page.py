"""Parse one R page in the flattened text format into a ``Page`` (pure: text in, dataclasses out)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from warehouse.identity import ElementIndex, ElementInfo, UndocumentedIndex
from warehouse.parse.errors import ParseError, UnsupportedFormat
from warehouse.parse.label_periods import label_periods, reads_as_opening
from warehouse.parse.model import (
    BlockKind,
    Cell,
    Column,
    DefinitionBlock,
    Member,
    Page,
    PeriodType,
    ReportKind,
    Row,
    RowKind,
    SourceFormat,
)
from warehouse.parse.text.calculations import Calculations, repair_by_calculation
from warehouse.parse.text.cells import (
    BLOCK_HEADS,
    FOOTNOTE_RE,
    TextCell,
    find_blocks_start,
    normalize_lines,
    split_cells,
)
from warehouse.parse.text.definitions import NO_DEFINITION, parse_blocks, parse_popup
from warehouse.parse.text.header import (
    MEMBER_MARK_RE,
    members_for_unfilled_units,
    parse_header,
    settle_groups,
    settle_tail,
    units_among_title_members,
)
from warehouse.parse.text.match import fewest_elements, match_definitions
from warehouse.parse.text.naming import name_blocks, name_undocumented
from warehouse.parse.text.placement import mark_not_money, place_rows
from warehouse.parse.text.rows import (
    CUSTOM_RE,
    MARKER_KINDS,
    MARKER_RE,
    SHORT_TYPED_RE,
    TEXT_BLOCK_LABEL_RE,
    TYPED_MEMBER_RE,
    Segment,
    member_parts,
    reads_as_balance,
    reads_as_flow,
    reads_as_stock,
    reopens_headings,
    segment,
    split_unit_hint,
)
from warehouse.parse.text.title import (
    CUSTOM_UNIT_RE,
    PER_SHARE_UNIT_RE,
    REPORT_NAME_END,
    parse_title,
    title_unit,
)
from warehouse.parse.text.twins import repair_twins
from warehouse.parse.values import ValueKind, parse_value


def parse_text_page(text: str, elements: Mapping[str, ElementInfo] | None = None) -> Page:
    """The page, with its definition blocks named from ``elements`` (documentation key -> element,
    from loaded taxonomies) when given: names, period and data types then help match and place."""
    lines = normalize_lines(text)
    if not lines:
        raise ParseError("empty file")
    if lines[0].startswith("- Definition") or lines[0].startswith("- References"):
        block = parse_popup(lines)
        return Page(
            SourceFormat.RPAGE_POPUP,
            title="",
            report_name="",
            kind=ReportKind.OTHER,
            definitions=[block],
            notes=["a single pop-up without a report table: no facts"],
        )
    cells = split_cells(lines)
    blocks_at = find_blocks_start(cells)
    title = parse_title(cells[0].pieces)
    header = parse_header(cells, 1, title.period)
    if not header.columns and blocks_at == len(cells) and not cells[0].bare:
        # A text block's content only ("|<note title>" on the bar's own line, no header, no pop-ups).
        # Its inner-table debris are not facts.
        return Page(
            SourceFormat.TEXT_BLOCK,
            title=title.title,
            report_name=title.report_name,
            kind=ReportKind.NOTE,
            notes=["text block content without a report table: no facts"],
        )
    if blocks_at == len(cells):
        raise ParseError("truncated R page: the table has no definition blocks after it")
    if not lines[0].startswith("|") and not any(c.period for c in header.columns):
        # Every bare "|" line was dropped and the dates ran into the title: the cells are lost.
        raise UnsupportedFormat(LOST_BARS)
    blocks, old_blocks = parse_blocks(cells, blocks_at)
    calcs: Calculations = {}
    summed: frozenset[str] = frozenset()
    undocumented = UndocumentedIndex()
    if elements is not None:
        if isinstance(elements, ElementIndex):
            calcs = elements.calculations
            summed = elements.calculation_items
            undocumented = elements.undocumented
            elements = elements.for_year(_page_year(header.columns, title.date))
        name_blocks(blocks, elements)
        _mark_totals(blocks, calcs, summed)
    _check_complete(cells, blocks)
    old_style = title.old_style or old_blocks
    body, debris = drop_debris(header.spilled + cells[header.body_start : blocks_at])
    if not lines[0].startswith("|"):
        body = _split_lost_bars(body)
    # The old renderer's footnote row leaves a lone bar before the blocks; after a text block's
    # label it is that block's (empty) text.
    remnant = old_style and body and not body[-1].pieces
    if remnant and (len(body) < 2 or not TEXT_BLOCK_LABEL_RE.search(body[-2].text)):
        body = body[:-1]
    page = title.page(SourceFormat.RPAGE_TEXT, header.columns, blocks)
    page.notes.extend(header.notes)
    if debris:
        page.notes.append(f"{debris} cells of a text block's inner table ignored (not facts)")
    # Old-style pages give members no blocks, except those (2013-2014) that show member rows in the
    # body like the new style: their trailing "- Details" blocks are the members'.
    marked = set().union(*(member_parts(c.text) for c in body if MEMBER_MARK_RE.search(c.text)))
    body_members = bool(marked) or (old_style and reopens_headings(body))
    n_member_blocks = _trailing_details(blocks) if not old_style or body_members else 0
    if old_style and n_member_blocks < len(marked):
        # Old style gives body members blocks all or none: fewer trailing "- Details" blocks than
        # members are the headings' ("[Line Items]"), not the members'.
        n_member_blocks = 0
    n_concept = len(blocks) - n_member_blocks
    if header.promoted:
        units_among_title_members(header.columns, [c.text for c in body])
    # Members named outside the body that have blocks too (old-style title members have none).
    known_members = len(
        {m.label for m in title.members if not old_style}
        | {m.label for c in header.columns for m in c.members}
    )
    segs = segment(body, len(header.columns), n_concept or None, old_style, n_member_blocks, known_members)
    declared_units = frozenset(u for c in header.columns for u in c.units)
    page.rows = _build_rows(body, segs, title.members, declared_units)
    if old_style and n_member_blocks and n_concept < fewest_elements(page.rows) <= len(blocks):
        # The trailing "- Details" blocks cannot be the members': the rows show more elements than
        # the blocks before them (two "Discount rate" rows of other values in one context). They are
        # headings' blocks, and this page gives its members none.
        n_member_blocks, n_concept = 0, len(blocks)
        segs = segment(body, len(header.columns), n_concept, old_style, 0, known_members)
        page.rows = _build_rows(body, segs, title.members, declared_units)
    members_for_unfilled_units(page.columns, page.rows)
    _totals_after_the_members(page.rows)
    if header.rival_spans and header.tail_choice is None:
        # The most amounts a movement shows: it needs as many periods.
        flows = [
            len(r.cells)
            for r in page.rows
            if _reads_as_movement(r) and all(c.value.kind is ValueKind.NUMBER for c in r.cells)
        ]
        if flows and (note := settle_groups(header, max(flows))):
            page.notes.append(note)
    if header.tail_choice is not None:
        # Amounts count; only rows that read as balances may fill instant columns.
        shown = [
            (
                len(r.cells),
                all(c.value.kind is ValueKind.NUMBER for c in r.cells),
                not reads_as_stock(r.label)
                or reads_as_opening(r.label)
                or any(c.value.kind is not ValueKind.NUMBER for c in r.cells),
            )
            for r in page.rows
            if r.kind is RowKind.VALUE and r.cells
        ]
        if note := settle_tail(header, shown):
            page.notes.append(note)
    _check_block_counts(page, n_concept, n_member_blocks, old_style)
    if header.member_columns:
        label_periods(page.rows)
    if n_member_blocks:
        _members_from_title(page, n_member_blocks)
    members_in_order = _members_in_order(page)
    # Every row full: its columns are known now, so the $ rule types rows for matching (once: the
    # placement below moves nothing on such a page).
    full = all(len(r.cells) == len(page.columns) for r in page.rows if r.cells)
    if full:
        mark_not_money(page)
    per_share_page = PER_SHARE_UNIT_RE.match(title_unit(page) or "") is not None
    match_definitions(page.rows, blocks, n_concept, members_in_order, _rows_at_instants(page), per_share_page)
    if undocumented and name_undocumented(page.rows, blocks[:n_concept], undocumented):
        _mark_totals(blocks, calcs, summed)
    place_rows(page, old_style)
    _doubt_instants_holding_flows(page)
    if not full:
        mark_not_money(page)
    repair_twins(page, calcs)
    repair_by_calculation(page, calcs)
    unmatched = [b.index for b in blocks if b.match_rule is None]
    if unmatched:
        page.notes.append(f"{len(unmatched)} definition block(s) not matched to a row or member")
    return page


LOST_BARS = "R page text without its bare '|' lines: the cell boundaries are lost (not supported)"


def _split_lost_bars(body: list[TextCell]) -> list[TextCell]:
    """A page that lost its bars (its title line has none) may have lost the bare bar of a member row
    too, gluing the member path to the value above it ("88" then "Strategic services"): an amount,
    rate or duration followed by words, or any cell followed by a "[Member]" path, is that cell and
    a member row's cell."""
    out: list[TextCell] = []
    for cell in body:
        rest = cell.pieces[1:]
        value = parse_value(cell.first) if rest and not cell.bare else None
        shown = value is not None and value.kind is not ValueKind.TEXT  # an amount, a rate, a duration
        member_path = any(MEMBER_MARK_RE.search(p) for p in rest)  # no text runs on into "[Member]"
        if value is not None and (shown or member_path) and not any(FOOTNOTE_RE.match(p) for p in rest):
            out.append(TextCell([cell.first], line=cell.line))
            out.append(TextCell(rest, line=cell.line + 1, bare=True))
        elif value is not None and not shown and not member_path and len(" ".join(rest)) >= _PROSE_MIN:
            # A label followed by prose: a text block's content (or a text value) that lost its bar.
            out.append(TextCell([cell.first], line=cell.line))
            out.append(TextCell(rest, line=cell.line + 1))
        else:
            out.append(cell)
    return out


_PROSE_MIN = 60  # characters of a text block's content (a member path is shorter)


def _reads_as_movement(row: Row) -> bool:
    """A value row whose words name a movement over a period, not a balance ("Amortization of debt
    discount", "Gross proceeds")."""
    return row.kind is RowKind.VALUE and reads_as_flow(row.label) and not reads_as_stock(row.label)


def _doubt_instants_holding_flows(page: Page) -> None:
    """Columns the header left outside every group are instants; a movement placed in one ("Gross
    proceeds", "Issuance costs") says the header's reading may be wrong (a group cell spanning
    more columns than the dates suggest). The periods stay, but none of them is trusted."""
    instants = {
        c.index
        for c in page.columns
        if c.group is None and c.period is not None and c.period.type is PeriodType.INSTANT
    }
    if not instants or not any(c.group for c in page.columns) or not any(c.certain for c in page.columns):
        return
    for row in page.rows:
        if _reads_as_movement(row) and any(
            cell.column in instants and cell.value.number is not None for cell in row.cells
        ):
            for c in page.columns:
                c.certain = False
            page.notes.append(f"a movement ('{row.label}') sits in an instant column: periods not certain")
            return


_REFERENCE_RE = re.compile(r"^Reference \d+: https?://\S+Ref$")


def _check_complete(cells: list[TextCell], blocks: list[DefinitionBlock]) -> None:
    """A page cut short ends inside its last definition block; say so instead of loading half a page."""
    last_cell = cells[-1]
    pieces = last_cell.pieces
    if not pieces:
        raise ParseError("truncated R page: it ends with an empty cell")
    if last_cell.first == "X" and len(pieces) <= 1:
        raise ParseError("truncated R page: the last definition block is cut off")
    if pieces[0] == "X" and len(pieces) > 1 and not pieces[1].startswith(BLOCK_HEADS):
        raise ParseError("truncated R page: the last definition block is cut off")
    last = blocks[-1]
    end = pieces[-1]
    if last.kind is BlockKind.DETAILS:
        if end != "- Details":
            raise ParseError("truncated R page: the last definition block is cut off")
        return
    if end in ("- Definition", "- References", "+ References", "+ Details") or (
        "+ Details" not in pieces and "- Definition" in pieces and not blocks_old_style(cells)
    ):
        raise ParseError("truncated R page: the last definition block is cut off")
    complete_end = end == NO_DEFINITION or _REFERENCE_RE.match(end) or end.startswith("-")
    if last.references is not None and last.references.endswith(end) and not complete_end:
        raise ParseError("truncated R page: the last reference line is cut off")


_FRAGMENT_RE = re.compile(r"^(?:[()$%€£¥－—–-]|\(?[\d,.]+|[\d,.]+\)|\([a-z0-9]\))$")


def drop_debris(body: list[TextCell]) -> tuple[list[TextCell], int]:
    """Remove a text block's inner table that survived as debris inside a table page.

    Normal bodies never hold two empty bare cells in a row; inner tables that leaked do, along with
    fragments such as ")", "$", "(43,435" or "(b)". From each such pair the zone grows over
    neighbouring empty, fragment and value-like cells; everything in it is dropped, so no fact comes
    from it. Returns the body without the zones and the number of cells dropped.
    """

    def empty(c: TextCell) -> bool:
        return c.bare and not c.pieces

    def debris_like(c: TextCell) -> bool:
        return empty(c) or _FRAGMENT_RE.match(c.text) is not None

    drop: set[int] = set()
    for i in range(len(body) - 1):
        if empty(body[i]) and empty(body[i + 1]):
            lo = i
            while lo > 0 and debris_like(body[lo - 1]):
                lo -= 1
            hi = i + 1
            while hi + 1 < len(body) and debris_like(body[hi + 1]):
                hi += 1
            drop.update(range(lo, hi + 1))
    if not drop:
        return body, 0
    return [c for k, c in enumerate(body) if k not in drop], len(drop)


def _mark_totals(blocks: list[DefinitionBlock], calcs: Calculations, summed: frozenset[str]) -> None:
    """With calculation arcs loaded, whether each named block's element totals a network: False for
    one that networks only sum, None for one the arcs never mention (they may be incomplete)."""
    if calcs:
        for block in blocks:
            if block.element in calcs:
                block.is_total = True
            elif block.element in summed:
                block.is_total = False


def _rows_at_instants(page: Page) -> frozenset[int]:
    """Rows with a value in an instant column (a full row) or dated by their label: instant elements."""
    n = len(page.columns)
    # A bare date is an instant only beside grouped columns (a page of bare dates, such as a cover
    # or fee page, may hold durations under them).
    kinds = {c.period.type for c in page.columns if c.period is not None}
    instant_cols = kinds == {PeriodType.INSTANT, PeriodType.DURATION} and page.kind is not ReportKind.COVER
    # A flow filling every column says the "instants" are periods whose group lost its span
    # ("Acquisition of treasury shares" in three half-years): the header's reading types nothing.
    instant_cols = instant_cols and not any(len(r.cells) == n and _reads_as_movement(r) for r in page.rows)
    return frozenset(
        r.index
        for r in page.rows
        if (instant_cols and r.cells and len(r.cells) == n)
        or (r.period is not None and r.period.type is PeriodType.INSTANT)
        or (r.kind is RowKind.VALUE and reads_as_balance(r.label))
    )


def _page_year(columns: Sequence[Column], title_date: dt.date | None) -> int | None:
    """The year of the page's last period: which taxonomy version its filer used."""
    ends = [c.period.end for c in columns if c.period is not None]
    if ends:
        return max(ends).year
    return title_date.year if title_date else None


def _check_block_counts(page: Page, n_concept: int, n_member_blocks: int, old_style: bool) -> None:
    """A page cut exactly between two blocks is complete line by line; its block counts still tell."""
    # One element may be shown under several labels (preferred labels): rows whose values are the
    # same in every member context count once.
    shown: dict[str, set[tuple[tuple[str, ...], int, str]]] = {}
    for r in page.rows:
        if r.kind is not RowKind.MEMBER:
            members = tuple(m.label for m in r.members)
            values = shown.setdefault(r.label, set())
            for c in r.cells:
                number = c.value.number
                values.add((members, c.column, c.raw if number is None else str(number)))
    distinct = len({frozenset(v) for v in shown.values() if v}) + sum(1 for v in shown.values() if not v)
    # Member blocks come after every concept block: a page that shows them is not cut among its
    # concept blocks, whatever the rows' count says.
    cut_among_concepts = old_style or n_member_blocks == 0
    # (Old style: trailing "- Details" blocks read as the members' may be the headings' too.)
    blocks = n_concept + (n_member_blocks if old_style else 0)
    if cut_among_concepts and distinct >= 3 and blocks < 0.6 * distinct:
        raise ParseError(f"truncated R page: {n_concept} definition blocks for {distinct} distinct rows")
    has_members = any(r.kind is RowKind.MEMBER for r in page.rows)
    if has_members and not old_style and n_member_blocks == 0:
        raise ParseError("truncated R page: the member blocks after the definitions are missing")


def blocks_old_style(cells: list[TextCell]) -> bool:
    return any(c.first == "X" and len(c.pieces) == 1 for c in cells)


def _trailing_details(blocks: list[DefinitionBlock]) -> int:
    n = 0
    for b in reversed(blocks):
        if b.kind is not BlockKind.DETAILS:
            break
        n += 1
    return n


def _row_kind(label: str) -> RowKind | None:
    m = MARKER_RE.search(label)
    if m:
        return MARKER_KINDS.get(m.group("m").lower())
    return None


def _parse_members(text: str) -> tuple[Member, ...]:
    out: list[Member] = []
    for part in text.split(" | "):
        part = part.strip()
        typed = TYPED_MEMBER_RE.match(part) or SHORT_TYPED_RE.match(part)
        out.append(Member(label=part, typed_value=typed.group("value") if typed else None))
    return tuple(out)


def _totals_after_the_members(rows: list[Row]) -> None:
    """The renderer may show the rows without members after the last member's group, with no heading
    of their own: a row that shows its group's label again, whose amounts add up to every amount of
    that label under the members, is their total, not a second fact of the last member (one element
    has one value per context)."""
    valued = [r for r in rows if r.kind is RowKind.VALUE and r.cells]
    if not valued or not valued[-1].members:
        return
    last = valued[-1]
    same = [r for r in valued if r.members and r is not last and r.label == last.label]
    if not any(r.members == last.members for r in same):
        return
    numbers = [v for c in last.cells if (v := c.value.number) is not None]
    parts = [v for r in same for c in r.cells if (v := c.value.number) is not None]
    if len(numbers) < len(last.cells) or len(parts) < max(2, sum(len(r.cells) for r in same)):
        return
    if all(abs(v) >= _TOTAL_MIN for v in numbers) and sum(numbers) == sum(parts):
        last.members = ()


_TOTAL_MIN = 100  # smaller amounts add up by chance


def _build_rows(
    body: list[TextCell],
    segs: list[Segment],
    title_members: tuple[Member, ...],
    declared_units: frozenset[str],
) -> list[Row]:
    rows: list[Row] = []
    context: tuple[Member, ...] = ()
    seg_of_cell: dict[int, tuple[int, int | None]] = {}  # body cell -> (row index, value position)
    for r, seg in enumerate(segs):
        if seg.label is not None:
            seg_of_cell[seg.label] = (r, None)
        for pos, v in enumerate(seg.values):
            seg_of_cell[v] = (r, pos)
    for r, seg in enumerate(segs):
        label = body[seg.label].text if seg.label is not None else ""
        if seg.member_row:
            context = _parse_members(label)
            rows.append(Row(index=r, label=label, kind=RowKind.MEMBER, members=context))
            continue
        kind = _row_kind(label)
        cells = [
            Cell(raw=body[v].text, value=parse_value(body[v].text), column=pos)
            for pos, v in enumerate(seg.values)
        ]
        if kind is None:
            if cells:
                kind = RowKind.VALUE
                long_text = body[seg.values[0]].bare and len(cells[0].raw) > 200
                if len(cells) == 1 and (long_text or TEXT_BLOCK_LABEL_RE.search(label)):
                    kind = RowKind.TEXT_BLOCK
            else:
                kind = RowKind.HEADING if seg.heading or label.endswith(":") else RowKind.EMPTY
        custom = CUSTOM_RE.match(label)
        rows.append(
            Row(
                index=r,
                label=label,
                kind=kind,
                members=context,
                cells=cells,
                unit_hint=split_unit_hint(label, declared_units),
                element=f"custom:{custom.group('name')}" if custom else None,
            )
        )
    # Footnote markers belong to the cell before them.
    for k, cell in enumerate(body):
        if not cell.is_footnote:
            continue
        j = k - 1
        while j >= 0 and body[j].is_footnote:
            j -= 1
        if j < 0 or j not in seg_of_cell:
            continue
        ri, at = seg_of_cell[j]
        row = rows[ri]
        if at is None:
            row.footnotes = (*row.footnotes, cell.first)
        else:
            c = row.cells[at]
            c.footnotes = (*c.footnotes, cell.first)
    del title_members
    return rows


def _members_from_title(page: Page, n_member_blocks: int) -> None:
    """Newer titles name page-wide members without "[Member]" ("Concentrations (Details Narrative) -
    Revenue"). When the page counts more member blocks than it shows members, the segments after the
    report's own name ("(Details)", "(Tables)" ...) are those members, the last ones first; a
    trailing lowercase word there is a custom unit, not a member."""
    missing = n_member_blocks - len(_members_in_order(page))
    if missing <= 0:
        return
    segs = [seg.strip() for seg in page.report_name.split(" - ")]
    ends = [i for i, seg in enumerate(segs) if REPORT_NAME_END.search(seg)]
    if not ends:
        return
    name, tail = segs[: ends[-1] + 1], segs[ends[-1] + 1 :]
    units: list[str] = []
    while tail and CUSTOM_UNIT_RE.fullmatch(tail[-1]):
        units.insert(0, tail.pop())
    if not tail:
        return
    taken = tail[-missing:]
    page.report_name = " - ".join(name + tail[: len(tail) - len(taken)])
    page.title_members = (*(Member(label=seg) for seg in taken), *page.title_members)
    if units:
        page.title_units = " ".join(filter(None, [page.title_units, *units]))


def _members_in_order(page: Page) -> list[str]:
    seen: dict[str, None] = {}
    for row in page.rows:
        if row.kind is RowKind.MEMBER:
            for m in row.members:
                seen.setdefault(m.label, None)
    for col in page.columns:
        for m in col.members:
            seen.setdefault(m.label, None)
    for m in page.title_members:
        seen.setdefault(m.label, None)
    return list(seen)
