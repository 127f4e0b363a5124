"""Which column each value of a row sits in, when the row shows fewer values than columns.

The text drops empty cells, so a row with k < n values does not say its columns. Each such row
gets the candidate placements (the k values keep their order: C(n, k) choices), and evidence
removes candidates:

* period: a row whose label names an instant ("Balance at Dec. 31, 2022") sits in columns ending
  on that date, when the page has such columns;
* the ``$`` run rule: reading one column top to bottom over its numeric values (empty cells
  skipped), a money or per-share value shows its currency sign exactly when it is the first or
  the last of a run of values of the same type (checked on real pages: all 496 money and
  per-share cells follow it).
  A constraint is used only when the neighbours it depends on are known, i.e. no undecided row in
  between could hold a value in that column;
* roll-forward arithmetic: on statements of equity, beginning + movements = ending per column.

A row whose evidence leaves one candidate is placed with ``certain = True`` and the rule that
decided. Otherwise the best remaining candidate is kept with ``certain = False`` (the soft
evidence that chose it is named in the rule), so no guess is ever silent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from warehouse.identity import singular
from warehouse.parse.label_periods import reads_as_opening
from warehouse.parse.model import SURE_MATCHES, Column, Page, Period, PeriodType, ReportKind, Row, RowKind
from warehouse.parse.text.column_sums import (
    AMOUNT_WORD_RE,
    SHARES_WORD_RE,
    SUMS_RULE,
    arithmetic_unit,
    column_vector,
    placements_by_sums,
    rounding_unit,
    shows_shares_hints,
)
from warehouse.parse.text.header import TAIL_INSTANTS_NOTE, counted_nouns, set_group
from warehouse.parse.text.rows import element_key, reads_as_flow, reads_as_stock
from warehouse.parse.values import ParsedValue, ValueKind, duration_days, is_currency_symbol, iso_code_alone

MAX_CANDIDATES = 5000  # C(n, k) above this: keep fill-left as the only (uncertain) guess
_JOINT_MAX_ROWS = 8  # open rows the $ rule places together
_JOINT_MAX_COMBOS = 5000  # combinations of their placements read

Placement = tuple[int, ...]


@dataclass(slots=True)
class _GapRow:
    row: Row
    candidates: list[Placement]
    decided_by: str | None = None  # the hard rule that left one candidate
    types: list[str] = field(default_factory=list)  # value type per cell (money, pershare, shares, ...)
    echoes: list[int | None] = field(default_factory=list)  # per cell: the one column showing it again
    narrowed_by: str | None = None  # the rule that left a few candidates, none of them sure
    preferred: list[Placement] = field(default_factory=list)  # the row's own soft choice (not binding others)
    preferred_by: str = ""  # the soft rule that made it


def value_type(row: Row, i: int, page_money: bool, row_money: bool = True) -> str:
    """The run type of a row's i-th value for the $ rule: money, pershare, shares, pct, number, text.
    ``row_money``: a plain number of a row that shows its currency elsewhere is money (not on
    2009-2014 pages, whose signs follow the rule too loosely)."""
    v = row.cells[i].value
    if v.kind is ValueKind.PERCENT:
        return "pct"
    if v.kind is not ValueKind.NUMBER:
        return "text"  # text, dates, durations, flags: they have no unit, so they break a run
    hint = (row.unit_hint or "").lower()
    if hint == "per share" or re.search(r"/\s*shares?$", hint):
        return "pershare"
    shows_currency = any(c.value.currency_symbol for c in row.cells)
    if "/" in hint:
        # Other per-unit prices ("$ / MMBTU") show their sign only as per-share amounts do where
        # the row shows one; a row shown without any is a unit of its own, never signed.
        return "pershare" if shows_currency else f"per {hint}"
    if hint in ("shares", "share"):
        return "shares"
    if v.currency_symbol is not None:
        return "money"
    if hint:
        return "number"
    if row_money and shows_currency:
        return "money"  # one element, one data type: the row's other values are money too
    return "money?" if page_money else "number"


def place_rows(page: Page, old_style: bool = False) -> None:
    """Each row's values onto columns. ``old_style``: a 2009-2014 rendering, whose signs do not
    follow the $ run rule closely enough to decide several rows at once."""
    n = max(len(page.columns), 1)
    gaps: list[_GapRow] = []
    for row in page.rows:
        k = len(row.cells)
        if k == 0:
            continue
        if k >= n:
            for i, cell in enumerate(row.cells):
                cell.column, cell.certain = i, k == n
                cell.rule = ("full_row" if n > 1 else "single_column") if k == n else "overflow"
            continue
        cands = _candidates(n, k)
        gaps.append(_GapRow(row, cands))
    if not gaps:
        return
    page_money = bool(page.title_units and re.search(r"[A-Z]{3}|\$|€|£|¥", page.title_units)) or any(
        c.value.currency_symbol for r in page.rows for c in r.cells
    )
    for g in gaps:
        g.types = [value_type(g.row, i, page_money, not old_style) for i in range(len(g.row.cells))]
    _find_echoes(page, gaps)
    _apply_label_periods(page, gaps)
    _apply_period_types(page, gaps)
    _apply_column_units(page, gaps)
    full = {
        r.index: [(i, value_type(r, i, page_money, not old_style)) for i in range(len(r.cells))]
        for r in page.rows
        if len(r.cells) == n
    }
    solver = _DollarRule(page, n, full, gaps)
    solver.run()
    if not old_style:
        solver.run_jointly()
    _apply_equity_arithmetic(page, gaps)
    _apply_period_roll_forwards(page, gaps)
    _apply_roll_forward_fit(page, gaps)
    _apply_column_sums(page, gaps)
    _apply_member_sums(page, gaps)
    _apply_member_column_sums(page, gaps)
    _apply_units_by_label(page, gaps)
    _apply_rates_named_by_members(page, gaps)
    _apply_ranges_in_min_max_columns(page, gaps)
    _apply_cumulative_labels(page, gaps)
    _apply_concentration_columns(page, gaps)
    _apply_satisfaction_start_dates(page, gaps)
    _apply_member_spans(page, gaps)
    _find_sibling_echoes(gaps)
    for g in gaps:
        _finish(page, g, solver)
    if not old_style:
        _choose_guesses_jointly(page, gaps, solver)
    _fill_empty_columns(page, gaps, solver)
    _fill_empty_ranges(page, gaps)
    _doubt_lost_labels(page)


COVERAGE_RULE = "column_coverage"
SUMS_NARROWED_RULE = "column_sums_open"  # sums leave a few placements; the guess is among them
LOST_LABEL_RULE = "label_lost"
ROLL_FORWARD_RULE = "roll_forward"


def _doubt_lost_labels(page: Page) -> None:
    """A row whose label the text lost (shown as "") took the values that the row above could not
    hold; where the one ends and the other begins is a guess, so neither row's placement is certain
    unless arithmetic (sums, roll forwards) proved it with those values."""
    for above, row in itertools.pairwise(page.rows):
        if row.label or row.kind is not RowKind.VALUE:
            continue
        pair = (above, row) if above.cells else (row,)
        if any(c.rule in (SUMS_RULE, ROLL_FORWARD_RULE) for r in pair for c in r.cells):
            continue
        for cell in (c for r in pair for c in r.cells if c.certain):
            cell.certain, cell.rule = False, LOST_LABEL_RULE


ECHO_RULE = "same_value_elsewhere"
ECHO_MIN = 100  # two- and one-digit amounts recur by chance


def _find_echoes(page: Page, gaps: list[_GapRow]) -> None:
    """A value that a full row of the same element shows again in one column only (a member's
    amount equal to the total's at one date: "Money market fund" 3,702 under a total of $ 0 and
    $ 3,702) is most likely of that column. Zeros and small numbers prove nothing."""
    shown: dict[tuple[int, Decimal], set[int]] = {}
    open_rows = {g.row.index for g in gaps}
    for r in page.rows:
        if r.definition is None or not r.cells or r.index in open_rows or not all(c.certain for c in r.cells):
            continue
        for c in r.cells:
            if c.value.number is not None and abs(c.value.number) >= ECHO_MIN:
                shown.setdefault((r.definition, c.value.number), set()).add(c.column)
    for g in gaps:
        g.echoes = []
        for c in g.row.cells:
            block, number = g.row.definition, c.value.number
            cols = shown.get((block, number), set()) if block is not None and number is not None else set()
            g.echoes.append(next(iter(cols)) if len(cols) == 1 else None)


MEMBER_SUMS_RULE = "member_sums"  # a guess: the row and its siblings add up to their parent's row


def _apply_member_sums(page: Page, gaps: list[_GapRow]) -> None:
    """A row of a member combination ("North America | Europe") with gaps, whose siblings under the
    same first members ("North America | Americas") add up with it to the parent's row ("North
    America") column by column under exactly one of its placements: most likely that placement.
    A member's row adds up likewise with its siblings to the row without members ("Interest rate
    swaps" and "Forward contracts" to the total). Only a guess: a sibling the page does not show
    could take part in the sum."""
    n = len(page.columns)
    known: dict[tuple[int, tuple[str, ...]], list[Decimal | None]] = {}
    open_rows = {id(g.row): g for g in gaps if len(g.candidates) > 1}
    decided = {id(g.row): g.candidates[0] for g in gaps if len(g.candidates) == 1}
    for r in page.rows:
        if r.definition is None or not r.cells or id(r) in open_rows:
            continue
        if any(c.value.number is None for c in r.cells):
            continue
        placement = decided.get(id(r), tuple(range(len(r.cells))) if len(r.cells) == n else None)
        if placement is None:
            continue
        vec = column_vector(r, n, placement)
        key = (r.definition, tuple(m.label for m in r.members))
        if key in known:
            known[key] = []  # one element shown twice in one context: not a sum to trust
        else:
            known[key] = vec
    for g in open_rows.values():
        row = g.row
        members = tuple(m.label for m in row.members)
        if not members or row.definition is None or any(c.value.number is None for c in row.cells):
            continue
        parent = known.get((row.definition, members[:-1]))
        siblings = [
            vec
            for (block, ms), vec in known.items()
            if block == row.definition
            and len(ms) == len(members)
            and ms[:-1] == members[:-1]
            and ms != members
        ]
        if not parent or not siblings or any(not v for v in siblings):
            continue
        fits = []
        for cand in g.candidates:
            mine = column_vector(row, n, cand)
            if all(
                (parent[j] or 0) == sum((v[j] or Decimal(0) for v in (mine, *siblings)), Decimal(0))
                for j in range(n)
            ):
                fits.append(cand)
        if len(fits) == 1:
            g.candidates, g.narrowed_by = fits, MEMBER_SUMS_RULE
    _place_single_value_siblings(n, known, list(open_rows.values()))


def _place_single_value_siblings(
    n: int, known: dict[tuple[int, tuple[str, ...]], list[Decimal | None]], open_rows: list[_GapRow]
) -> None:
    """Sibling member rows that each show one value (`Dividend 2012 First`, `Second`, `Third`: $ 0.04
    each) and whose values add up to the parent's in exactly one of its columns ($ 0.12 for 2012) sit
    there, all of them: the parent's other columns hold what has no breakdown (a dividend declared
    after the year). A guess, as a sibling the page does not show could take part."""
    families: dict[tuple[int, tuple[str, ...]], list[_GapRow]] = {}
    for g in open_rows:
        row = g.row
        members = tuple(m.label for m in row.members)
        if (
            len(row.cells) == 1
            and members
            and row.definition is not None
            and row.cells[0].value.number is not None
        ):
            families.setdefault((row.definition, members[:-1]), []).append(g)
    for (block, prefix), family in families.items():
        parent = known.get((block, prefix))
        depth = len(prefix) + 1
        if (
            not parent
            or len(family) < 2
            or any(b == block and len(ms) == depth and ms[:-1] == prefix for b, ms in known)
        ):
            continue  # (siblings shown whole are the other rule's)
        total = sum((g.row.cells[0].value.number or Decimal(0) for g in family), Decimal(0))
        at = [j for j in range(n) if parent[j] == total and all((j,) in g.candidates for g in family)]
        if len(at) == 1:
            for g in family:
                g.candidates, g.narrowed_by = [(at[0],)], MEMBER_SUMS_RULE


MEMBER_COLUMN_SUMS_RULE = "member_column_sums"  # a guess: members' columns add up to the whole's


def _apply_member_column_sums(page: Page, gaps: list[_GapRow]) -> None:
    """Columns of one date, one without members (the whole) and two or more of members (a debt's
    notes and its line of credit): a row whose values, under exactly one of its placements, fill
    such a date's columns with the whole equal to the sum of its members (and break no other such
    date) most likely sits there. Only a guess: a member the page does not show could take part."""
    cols = page.columns
    dates: dict[Period, tuple[list[int], list[int]]] = {}
    for j, c in enumerate(cols):
        if c.period is None:
            continue
        wholes, parts = dates.setdefault(c.period, ([], []))
        (parts if c.members else wholes).append(j)
    groups = [(wholes[0], parts) for wholes, parts in dates.values() if len(wholes) == 1 and len(parts) >= 2]
    if not groups:
        return
    n = len(cols)
    for g in gaps:
        if len(g.candidates) < 2 or any(c.value.number is None for c in g.row.cells):
            continue
        fits = []
        for cand in g.candidates:
            vec = column_vector(g.row, n, cand)
            # The dates whose whole and members this placement all fills: each must add up.
            sums = [
                vec[whole] == sum((vec[j] or Decimal(0) for j in parts), Decimal(0))
                for whole, parts in groups
                if vec[whole] is not None and all(vec[j] is not None for j in parts)
            ]
            if sums and all(sums):
                fits.append(cand)
        if len(fits) == 1:
            g.candidates, g.narrowed_by = fits, MEMBER_COLUMN_SUMS_RULE


def _find_sibling_echoes(gaps: list[_GapRow]) -> None:
    """A row still open whose values, in order, are those of a row of the same element in another
    member context that arithmetic placed ("Acquisitions 780" of the total and of the one segment
    that holds all of it) most likely sits in the same columns. Small amounts alone prove nothing."""
    placed = [h for h in gaps if len(h.candidates) == 1 and h.decided_by is not None]
    for g in gaps:
        if len(g.candidates) == 1 or g.row.definition is None:
            continue
        numbers = [c.value.number for c in g.row.cells]
        if any(v is None for v in numbers) or max(abs(v) for v in numbers if v is not None) < ECHO_MIN:
            continue
        for h in placed:
            if (
                h.row.definition == g.row.definition
                and h.row.members != g.row.members
                and [c.value.number for c in h.row.cells] == numbers
                and h.candidates[0] in g.candidates
            ):
                g.echoes = list(h.candidates[0])
                break


def _fill_empty_columns(page: Page, gaps: list[_GapRow], solver: _DollarRule) -> None:
    """The renderer drops columns without facts, so a column that the guesses left empty holds a
    value of some guessed row: move the guess that fills it at the least cost in $-rule violations
    (every other row held at its guess), then moving the fewest values, without emptying another
    column. Only for one empty column: with several, which rows fill which is too open to guess."""
    n = len(page.columns)
    open_rows = [g for g in gaps if not g.row.cells[0].certain and len(g.candidates) > 1]
    if n < 2 or not open_rows:
        return
    counts = _values_per_column(page)
    empty = [j for j in range(n) if counts[j] == 0]
    if len(empty) != 1:
        return
    best: tuple[tuple[int, int, int, int], _GapRow, Placement] | None = None
    instant = _lone_instant(page.columns[empty[0]])
    with _held_at_guesses(gaps) as saved:
        for g in open_rows:
            now = g.candidates[0]
            if _adds_up_where_it_is(page, g.row):
                continue  # the empty column may hold a nil fact; a sum that holds is evidence
            if instant and reads_as_flow(g.row.label) and not reads_as_stock(g.row.label):
                continue  # a movement ("Provision for loan losses") fills no date's column
            freed = [j for j in now if counts[j] == now.count(j)]
            before = solver.violations(g, now, strict=False)
            for cand in saved[id(g)]:
                if empty[0] not in cand or any(j not in cand for j in freed):
                    continue
                g.candidates = [cand]
                cost = solver.violations(g, cand, strict=False)
                g.candidates = [now]
                key = (cost - before, cost, len(cand), g.row.index)
                if best is None or key < best[0]:
                    best = (key, g, cand)
    if best is not None:
        _, g, cand = best
        for cell, j in zip(g.row.cells, cand, strict=True):
            cell.column, cell.certain, cell.rule = j, False, COVERAGE_RULE


def _fill_empty_ranges(page: Page, gaps: list[_GapRow]) -> None:
    """A Minimum and Maximum pair that every row left empty holds a range (the renderer drops columns
    without facts): where exactly one guessed row shows two values, the lower first, that can move
    there without emptying another column, it does (`Period of availability 1 day | 20 days`), unless
    a longer range row may hold the pair too (`Lease periods 3 years | 10 years | 40 years | 50
    years` over two pairs)."""
    cols = page.columns
    counts = _values_per_column(page)
    pairs = _min_max_pairs(cols)
    for lo, hi in pairs:
        if counts[lo] or counts[hi]:
            continue
        movable = []
        for g in gaps:
            cells = g.row.cells
            if len(cells) != 2 or cells[0].certain or (lo, hi) not in g.candidates:
                continue
            a, b = (_magnitude(c.value) for c in cells)
            if a is None or b is None or a > b or any(counts[c.column] < 2 for c in cells):
                continue
            movable.append(g)
        # (A longer guessed row that already holds another pair whole reads as ranges itself.)
        rivals = [
            g
            for g in gaps
            if len(g.row.cells) > 2
            and not g.row.cells[0].certain
            and any({a, b} <= {c.column for c in g.row.cells} for a, b in pairs)
        ]
        if len(movable) == 1 and not rivals:
            for cell, j in zip(movable[0].row.cells, (lo, hi), strict=True):
                counts[cell.column] -= 1
                cell.column, cell.certain, cell.rule = j, False, RANGE_RULE
            counts[lo] = counts[hi] = 1


def _values_per_column(page: Page) -> list[int]:
    counts = [0] * len(page.columns)
    for r in page.rows:
        for c in r.cells:
            if 0 <= c.column < len(counts):
                counts[c.column] += 1
    return counts


@contextlib.contextmanager
def _held_at_guesses(gaps: list[_GapRow]) -> Iterator[dict[int, list[Placement]]]:
    """Every gap row held at its placement (so the $ rule reads each column whole), and its
    candidates (by row id) given back afterwards."""
    saved = {id(g): g.candidates for g in gaps}
    for g in gaps:
        g.candidates = [tuple(c.column for c in g.row.cells)]
    try:
        yield saved
    finally:
        for g in gaps:
            g.candidates = saved[id(g)]


def _adds_up_where_it_is(page: Page, row: Row) -> bool:
    """A value of ``row`` takes part, with two values of other rows in its column, in a sum
    (a + b = c): `21,029,520` and `7,834,844` make the `28,864,364` below them. Small amounts add up
    by chance."""
    for cell in row.cells:
        v = cell.value.number
        if v is None or abs(v) < ECHO_MIN:
            continue
        others = [
            c.value.number
            for r in page.rows
            if r is not row
            for c in r.cells
            if c.column == cell.column and c.value.number is not None and abs(c.value.number) >= ECHO_MIN
        ]
        if any(v + x == y for x, y in itertools.permutations(others, 2)) or any(
            x + y == v for x, y in itertools.combinations(others, 2)
        ):
            return True
    return False


def _apply_column_sums(page: Page, gaps: list[_GapRow]) -> None:
    """Totals equal to the sum of the rows above them decide the rows' columns (column_sums.py)."""
    open_rows = {g.row.index: g.candidates for g in gaps if len(g.candidates) > 1}
    if not open_rows:
        return
    placed = {g.row.index: g.candidates[0] for g in gaps if len(g.candidates) == 1 and g.decided_by}
    narrowed: dict[int, set[Placement]] = {}
    decided = placements_by_sums(page.rows, len(page.columns), open_rows, placed, narrowed)
    for g in gaps:
        if g.row.index in decided:
            g.candidates = [decided[g.row.index]]
            g.decided_by = SUMS_RULE
        elif g.row.index in narrowed and len(g.candidates) > 1:
            # Sums leave a few placements: the guess is among them, never certain.
            kept = [c for c in g.candidates if c in narrowed[g.row.index]]
            if kept:
                g.candidates, g.narrowed_by = kept, SUMS_NARROWED_RULE


def _candidates(n: int, k: int) -> list[Placement]:
    count = 1
    for i in range(k):
        count = count * (n - i) // (i + 1)
    if count > MAX_CANDIDATES:
        return [tuple(range(k))]
    return list(itertools.combinations(range(n), k))


def _apply_period_types(page: Page, gaps: list[_GapRow]) -> None:
    """A duration element's facts sit in duration columns only (an instant column holds instants):
    known when a taxonomy or the HTML names the row's element and the row's match is sure."""
    duration_cols = {
        j for j, c in enumerate(page.columns) if c.period is not None and c.period.type is PeriodType.DURATION
    }
    if not duration_cols or len(duration_cols) == len(page.columns):
        return
    for g in gaps:
        block = page.definitions[g.row.definition] if g.row.definition is not None else None
        if block is None or block.match_rule not in SURE_MATCHES:
            continue
        if block.details.get("Period Type") != "duration":
            continue
        keep = [c for c in g.candidates if all(j in duration_cols for j in c)]
        if keep and len(keep) < len(g.candidates):
            g.candidates = keep
            if len(keep) == 1:
                g.decided_by = "period_type"


def _unit_lines_of(row: Row, i: int, lines: set[str], doc: str) -> set[str] | None:
    """The column unit lines that can name the unit of a row's i-th value (None: not known).
    ``doc``: the documentation of the row's element where the match is sure, lower case."""
    hint = row.unit_hint
    if hint in lines:
        return {hint}
    if hint is None and "shares" in lines and _counts_shares(row, doc):
        return {"shares"}
    if hint == "per share":
        return {u for u in lines if u.endswith("/ shares")}
    symbol = row.cells[i].value.currency_symbol
    if hint is not None and hint == symbol:
        # the label names the currency its amounts show ("Nominal value | $"): money in it
        return {u for u in lines if u.endswith(f"({symbol})")}
    if hint is None and symbol is not None and row.cells[i].value.kind is ValueKind.NUMBER:
        # money in that currency, or per share in it where the label names no unit
        return {u for u in lines if u.endswith(f"({symbol})") or u.startswith(f"{symbol} /")}
    return None


def _counts_shares(row: Row, doc: str) -> bool:
    """A row of share counts shown without its "(in shares)" hint: its label counts shares ("Common
    stock, shares authorized"), or speaks of shares while its element's documentation counts them;
    no value shows a currency, and the label names no amount."""
    label = row.label
    if AMOUNT_WORD_RE.search(label) or not all(
        c.value.kind is ValueKind.NUMBER and c.value.currency_symbol is None for c in row.cells
    ):
        return False
    if _SHARE_COUNT_LABEL_RE.search(label):
        return True
    return SHARES_WORD_RE.search(label) is not None and _SHARE_COUNT_DOC_RE.match(doc) is not None


_SHARE_COUNT_LABEL_RE = re.compile(
    r"(?i)\bnumber of (?:[\w-]+ ){0,3}shares\b|\bshares,? (?:authorized|issued|outstanding|reserved)\b"
)
_SHARE_COUNT_DOC_RE = re.compile(r"^(?:the |this )?(?:[\w-]+ ){0,2}number of (?:[\w-]+ ){0,3}shares\b")


def _apply_column_units(page: Page, gaps: list[_GapRow]) -> None:
    """A column's unit lines name every unit among its facts (the renderer writes one line per
    distinct unit that has a symbol; pure numbers have none), so a value whose unit some column
    lists is only in the columns that list it. A unit listed nowhere (moved into the title) tells
    nothing."""
    cols = page.columns
    if len(cols) < 2 or not any(c.units for c in cols):
        return
    lines = {u for c in cols for u in c.units}
    docs = {
        r.index: (page.definitions[r.definition].definition or "").lower()
        for r in page.rows
        if r.definition is not None
        and r.definition < len(page.definitions)
        and page.definitions[r.definition].match_rule in SURE_MATCHES
    }
    for g in gaps:
        allowed: list[set[int]] = []
        for i in range(len(g.row.cells)):
            units = _unit_lines_of(g.row, i, lines, docs.get(g.row.index, ""))
            listed = {j for j, c in enumerate(cols) if units and units & set(c.units)}
            allowed.append(listed if units else set(range(len(cols))))
        keep = [c for c in g.candidates if all(j in allowed[i] for i, j in enumerate(c))]
        if keep and len(keep) < len(g.candidates):
            g.candidates = keep
            if len(keep) == 1:
                g.decided_by = "column_units"


def _apply_units_by_label(page: Page, gaps: list[_GapRow]) -> None:
    """A count whose label names a unit some column lists ("Number of real estate properties" and
    "Property"; "(in square feet)" and "sqft") most likely sits where it is listed: a guess, since
    the filer may have counted it in no unit at all (so it runs after every rule that proves, and
    binds only the row's own guess)."""
    cols = page.columns
    lines = {u for c in cols for u in c.units}
    if len(cols) < 2 or not lines:
        return
    for g in gaps:
        if len(g.candidates) < 2:
            continue
        counted = _units_counted_by(g.row, lines) or _currency_of_amounts(g.row, lines)
        if not counted or any(
            c.value.kind is not ValueKind.NUMBER or c.value.currency_symbol for c in g.row.cells
        ):
            continue
        listed = {j for j, c in enumerate(cols) if counted & set(c.units)}
        # (Only this row's guess: other rows' guesses must not lean on it.)
        _prefer_highest(g, [float(all(j in listed for j in c)) for c in g.candidates], UNITS_BY_LABEL_RULE)


UNITS_BY_LABEL_RULE = "column_units_label"
RATES_BY_MEMBER_RULE = "rate_named_by_member"  # a guess: a note's rate under the note named by it

# A rate in a member's name: "4 1/2% senior secured notes", "4.375% Notes due 2029", "10% notes".
_NAMED_RATE_RE = re.compile(r"(?<![\d.])(\d{1,2})(?:\.(\d{1,4})|\s+(\d)/(\d{1,2}))?\s?%")


def _rates_named(text: str) -> set[Decimal]:
    """The percentages a member's name states, as fractions (4 3/8% -> 0.04375)."""
    out = set()
    for m in _NAMED_RATE_RE.finditer(text):
        whole, dec, num, den = m.groups()
        pct = Decimal(whole) + (Decimal(f"0.{dec}") if dec else Decimal(0))
        if num and den and int(den):
            pct += Decimal(num) / Decimal(den)
        out.add(pct / 100)
    return out


def _apply_rates_named_by_members(page: Page, gaps: list[_GapRow]) -> None:
    """Columns of debt instruments named by their rates ("4 1/2% senior secured notes", "10% senior
    notes"): a row of percentages with gaps most likely shows each instrument's rate under it, so the
    placements putting the most values under members naming them are preferred (a guess: the rate
    shown may be another one, an effective rate)."""
    named = [_rates_named(" ".join(m.label for m in c.members)) for c in page.columns]
    if sum(1 for r in named if r) < 2:
        return
    for g in gaps:
        cells = g.row.cells
        if len(g.candidates) < 2 or any(c.value.kind is not ValueKind.PERCENT for c in cells):
            continue
        _prefer_highest(
            g,
            [
                sum(c.value.number in named[j] for c, j in zip(cells, cand, strict=True))
                for cand in g.candidates
            ],
            RATES_BY_MEMBER_RULE,
        )


MEMBER_SPAN_RULE = "member_span"  # a guess: as many values as the columns of one member or one kind
_RANGE_MEMBER_RE = re.compile(r"(?i)^(?:minimum|maximum|weighted[- ]average)\b")


def _member_spans(cols: list[Column]) -> set[frozenset[int]]:
    """The column sets a row of member columns fills whole: the columns of one member (`Short-term
    borrowings` over three years), and the columns of one kind (as many members, a range end or
    none: the seven share classes of a fund apart from their Minimum and Maximum columns; the
    customers of a concentration page with and without their Maximum columns)."""
    spans: dict[str, set[int]] = {}
    kinds: dict[tuple[int, bool | None], set[int]] = {}
    for j, c in enumerate(cols):
        ranged = [m for m in c.members if _RANGE_MEMBER_RE.match(m.label)]
        plain = len(c.members) - len(ranged)
        kinds.setdefault((plain, bool(ranged)), set()).add(j)
        kinds.setdefault((plain, None), set()).add(j)  # with and without a range end
        for m in c.members:
            spans.setdefault(m.label, set()).add(j)
    # A range is one reading of a Minimum and Maximum pair, so a span that is one pair tells nothing
    # the range rule does not (`Expected volatility 52% | 48%` is a value a year as well); and a
    # value is shown beside its range's ends rarely, so no span holds a pair with its plain column.
    ranges = [frozenset(p) for p in _min_max_pairs(cols)]
    with_base = [r | {k} for r in ranges for k in _plain_columns(cols, min(r))]
    return {
        s
        for s in {frozenset(s) for s in [*spans.values(), *kinds.values()]}
        if 1 < len(s) < len(cols)
        # (One period length: an agreement's date and a year of the same member are two things.)
        and len({cols[j].group for j in s}) == 1
        and s not in ranges
        and not any(w <= s for w in with_base)
    }


def _shows_own_total(row: Row) -> bool:
    """Some value of the row is the sum of two or more of its others (`1,337,515` beside the five
    series that make it): the row shows a total column beside its members' columns, so it fills
    no member's columns alone. Amounts of 100 or more, to the unit shown."""
    numbers = [
        c.value.number for c in row.cells if c.value.number is not None and abs(c.value.number) >= ECHO_MIN
    ]
    if not 3 <= len(numbers) <= 16:
        return False
    for i, total in enumerate(numbers):
        others = numbers[:i] + numbers[i + 1 :]
        sums: dict[Decimal, int] = {Decimal(0): 0}  # a reachable sum and the fewest parts that make it
        for v in others:
            for s, k in list(sums.items()):
                if s + v not in sums or sums[s + v] > k + 1:
                    sums[s + v] = k + 1
        if sums.get(total, 0) >= 2:
            return True
    return False


def _plain_columns(cols: list[Column], j: int) -> list[int]:
    """The columns of column ``j``'s period and members without its range end (Minimum, ...)."""
    plain = [m.label for m in cols[j].members if not _RANGE_MEMBER_RE.match(m.label)]
    return [
        k
        for k, c in enumerate(cols)
        if k != j and c.period == cols[j].period and [m.label for m in c.members] == plain
    ]


def _apply_member_spans(page: Page, gaps: list[_GapRow]) -> None:
    """Where columns carry members (old-style dimensions), a row with as many values as the columns
    of one member, or of one kind, most often fills them: each member shows the row's element for
    each of its periods. Those placements are preferred, among the row's other preferences if it has
    them (a guess: two such spans may be alike in size, and a row may show only part of one)."""
    cols = page.columns
    if not any(c.members for c in cols) or any(c.period is None for c in cols):
        return
    spans = _member_spans(cols)
    for g in gaps:
        pool = g.preferred or g.candidates
        if len(g.candidates) < 2 or len(g.row.cells) < 2 or _shows_own_total(g.row):
            continue
        fit = [cand for cand in pool if frozenset(cand) in spans]
        if not fit or len(fit) == len(pool):
            continue
        # (A page habit that already picks a span, a balance's two dates say, keeps its name.)
        habit = max(pool, key=lambda c: (_prior(page, g.row, c)[0], [-j for j in c]))
        if frozenset(habit) not in spans:
            g.preferred, g.preferred_by = fit, MEMBER_SPAN_RULE


def _prefer_highest(g: _GapRow, fits: list[float], rule: str) -> None:
    """A soft rule's scores for the row's candidates (in order): where they tell some apart, the
    best ones are the row's own preference, named by the rule."""
    best = max(fits)
    if best > min(fits):
        g.preferred = [cand for f, cand in zip(fits, g.candidates, strict=True) if f == best]
        g.preferred_by = rule


RANGE_RULE = "range_in_min_max_columns"  # a guess: a range's ends under its Minimum and Maximum columns
_MIN_RE = re.compile(r"(?i)^minimum\b")


def _min_max_pairs(cols: list[Column]) -> list[tuple[int, int]]:
    """Columns of one period and members that differ only in Minimum against Maximum."""

    def twin_of(j: int) -> list[str] | None:
        labels = [m.label for m in cols[j].members]
        if sum(1 for lab in labels if _MIN_RE.match(lab)) != 1:
            return None
        return [_MIN_RE.sub("Maximum", lab) if _MIN_RE.match(lab) else lab for lab in labels]

    pairs = []
    for j, c in enumerate(cols):
        twin = twin_of(j)
        if twin is None:
            continue
        for k, d in enumerate(cols):
            if k != j and d.period == c.period and [m.label for m in d.members] == twin:
                pairs.append((j, k))
                break
    return pairs


def _apply_ranges_in_min_max_columns(page: Page, gaps: list[_GapRow]) -> None:
    """A range's ends sit under a Minimum column and its Maximum twin (`Risk-free interest rate
    0.96% | 0.72% | 1.88%` over a prior year, the year's awards and their Minimum and Maximum): the
    placements that fill no pair by half, nor put the higher value under the Minimum, are preferred
    (a guess: a filer may show one end alone). Filling a pair is no better than leaving it empty:
    `Expected volatility 371.27% | 433.11%` is one value a year as well as one year's range."""
    pairs = _min_max_pairs(page.columns)
    if not pairs:
        return
    for g in gaps:
        # (Durations too: "Useful life 3 years | 10 years" is a range as much as 3 | 10.)
        numbers = [_magnitude(c.value) for c in g.row.cells]
        if len(g.candidates) < 2 or None in numbers:
            continue
        fits = [_range_fit(pairs, dict(zip(cand, numbers, strict=True))) for cand in g.candidates]
        _prefer_highest(g, fits, RANGE_RULE)


def _magnitude(value: ParsedValue) -> Decimal | None:
    return duration_days(value.duration_iso) if value.duration_iso else value.number


def _range_fit(pairs: list[tuple[int, int]], at: dict[int, Decimal | None]) -> float:
    """Less than zero for each pair filled by half (1) or with the higher value at the Minimum (2)."""
    score = 0.0
    for lo, hi in pairs:
        a, b = at.get(lo), at.get(hi)
        if a is not None and b is not None:
            score -= 0.0 if a <= b else 2.0
        elif a is not None or b is not None:
            score -= 1.0
    return score


CUMULATIVE_RULE = "cumulative_label"  # a guess: "since acquisition" in the longest period
_CUMULATIVE_RE = re.compile(
    r"(?i)\bsince (?:the )?(?:inception|acquisition|formation|commencement)\b|\b(?<!up )to date\b"
    r"|\blife[- ]to[- ]date\b|\bcumulative(?:ly)?\b"
)


def _apply_cumulative_labels(page: Page, gaps: list[_GapRow]) -> None:
    """A label that counts from a start (`Contracts novated, since acquisition`, `Costs incurred to
    date`, `Cumulative ...`) shows the longest period: the placements that put its values under
    the longest periods are preferred (a guess)."""
    months = [  # (whole months: a leap year is no longer period)
        round((c.period.end - c.period.start).days / 30.44)
        if c.period is not None and c.period.type is PeriodType.DURATION and c.period.start is not None
        else 0
        for c in page.columns
    ]
    if len(set(months)) < 2 or 0 in months:
        return
    for g in gaps:
        if len(g.candidates) < 2 or not _CUMULATIVE_RE.search(g.row.label):
            continue
        _prefer_highest(g, [sum(months[j] for j in cand) for cand in g.candidates], CUMULATIVE_RULE)


CONCENTRATION_RULE = "concentration_columns"  # a guess: a concentration share under its benchmark
_CONCENTRATION_MEMBER_RE = re.compile(r"(?i)\bconcentration risk\b|\bbenchmark\b")
_CONCENTRATION_RE = re.compile(r"(?i)\bconcentration (?:risk|percentage)\b")


def _apply_concentration_columns(page: Page, gaps: list[_GapRow]) -> None:
    """A concentration percentage (the share of a benchmark, such as revenue or receivables, that one
    customer or supplier makes) is always reported against a concentration risk type or benchmark
    member: where the page has columns with such members and columns without, a percentage row
    documented (or labelled) as one is preferred under the former (a guess: which of them is still
    open). The columns without are the benchmark's own amounts."""
    marked = [any(_CONCENTRATION_MEMBER_RE.search(m.label) for m in c.members) for c in page.columns]
    if all(marked) or not any(marked):
        return
    for g in gaps:
        row = g.row
        if len(g.candidates) < 2 or any(c.value.kind is not ValueKind.PERCENT for c in row.cells):
            continue
        if any(_CONCENTRATION_MEMBER_RE.search(m.label) for m in row.members):
            continue  # the row's own members carry the benchmark
        block = page.definitions[row.definition] if row.definition is not None else None
        doc = (block.definition or "") if block is not None else ""
        if not _CONCENTRATION_RE.search(f"{row.label} {doc}"):
            continue
        _prefer_highest(g, [sum(marked[j] for j in cand) for cand in g.candidates], CONCENTRATION_RULE)


SATISFACTION_START_RULE = "satisfaction_start_date"  # a guess: a timing band opens the day after
_SATISFACTION_START_RE = re.compile(r"(?i)\btiming of satisfaction, start date: (\d{4})-(\d{2})-(\d{2})$")


def _apply_satisfaction_start_dates(page: Page, gaps: list[_GapRow]) -> None:
    """A remaining performance obligation's timing band is a typed member that names the day it
    opens ("Expected Timing of Satisfaction, Start Date: 2024-01-01"); the nearest band opens the day
    after the balance sheet date. Where that day follows the end of some of the page's columns, the
    row's values are preferred there (a guess: a later band may open the day after an earlier
    column's date too)."""
    ends = [c.period.end if c.period is not None else None for c in page.columns]
    for g in gaps:
        if len(g.candidates) < 2:
            continue
        opens = {day for day in (_opening_day(m.label) for m in g.row.members) if day is not None}
        if len(opens) != 1:
            continue
        eve = opens.pop() - dt.timedelta(days=1)
        if eve in ends:
            _prefer_highest(
                g, [sum(ends[j] == eve for j in cand) for cand in g.candidates], SATISFACTION_START_RULE
            )


def _opening_day(member: str) -> dt.date | None:
    """The day a timing band's typed member says it opens, or None."""
    m = _SATISFACTION_START_RE.search(member)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:  # a typed value that is no calendar day
        return None


_AREA_LABEL_RE = re.compile(r"(?i)\bsquare (?:feet|foot)\b|\bsq\.? ?f(?:ee)?t\b")
_AREA_UNITS = frozenset({"sqft", "ft²", "sq ft", "Square Feet", "sqm", "m²"})


def _units_counted_by(row: Row, lines: set[str]) -> set[str]:
    """The column unit lines a row's label counts in, where it shows no unit hint: the things it
    numbers ("Number of states ..." ~ "State") or an area ("... (in square feet)" ~ "sqft")."""
    if row.unit_hint:
        return set()
    found = {u for u in lines if u in _AREA_UNITS} if _AREA_LABEL_RE.search(row.label) else set()
    counted = counted_nouns(row.label)
    return found | {u for u in lines if re.fullmatch(r"[A-Za-z]+", u) and singular(u.lower()) in counted}


def _currency_of_amounts(row: Row, lines: set[str]) -> set[str]:
    """The one currency among the column unit lines, for a row that names an amount but shows no
    sign or hint (old pages that list "KRW" under some dates and nothing under others, where the
    percentages sit): its amounts sit among the columns listing it."""
    if row.unit_hint or not AMOUNT_WORD_RE.search(row.label):
        return set()
    currencies = {u for u in lines if iso_code_alone(u.split(" (")[0])}  # "KRW", "USD ($)"
    return currencies if len(currencies) == 1 else set()


def _apply_label_periods(page: Page, gaps: list[_GapRow]) -> None:
    ends = [c.period.end if c.period else None for c in page.columns]
    for g in gaps:
        p = g.row.period
        if p is None or p.type is not PeriodType.INSTANT or p.end not in ends:
            continue
        keep = [c for c in g.candidates if all(ends[j] == p.end for j in c)]
        if keep and len(keep) < len(g.candidates):
            g.candidates = keep
            if len(keep) == 1:
                g.decided_by = "label_period"


class _DollarRule:
    """The $ run rule as constraints between the cells of each column."""

    def __init__(self, page: Page, n: int, full: dict[int, list[tuple[int, str]]], gaps: list[_GapRow]):
        self.page = page
        self.n = n
        self.gaps = gaps
        self.by_row = {g.row.index: g for g in gaps}
        # Columns a gap row may still use, cached by its number of remaining candidates (they only shrink).
        self._possible: dict[int, tuple[int, set[int]]] = {}
        # Fixed cells per column: row index -> (type, shows $)
        self.fixed: list[dict[int, tuple[str, bool]]] = [{} for _ in range(n)]
        for r in page.rows:
            if r.index in full:
                for i, t in full[r.index]:
                    if t:
                        self.fixed[i][r.index] = (t, r.cells[i].value.currency_symbol is not None)

    def _possible_cols(self, g: _GapRow) -> set[int]:
        key = id(g)
        cached = self._possible.get(key)
        if cached is None or cached[0] != len(g.candidates):
            cached = (len(g.candidates), {j for c in g.candidates for j in c})
            self._possible[key] = cached
        return cached[1]

    def _cells_in(
        self, col: int, me: _GapRow | None, placement: Placement | None
    ) -> list[tuple[int, str, bool]]:
        """Known cells of a column (fixed rows, decided gap rows, and ``me`` placed as given)."""
        out = [(ri, t, d) for ri, (t, d) in self.fixed[col].items()]
        for g in self.gaps:
            if g is me:
                if placement is not None:
                    for i, j in enumerate(placement):
                        if j == col and g.types[i]:
                            out.append(
                                (g.row.index, g.types[i], g.row.cells[i].value.currency_symbol is not None)
                            )
            elif len(g.candidates) == 1:
                for i, j in enumerate(g.candidates[0]):
                    if j == col and g.types[i]:
                        out.append(
                            (g.row.index, g.types[i], g.row.cells[i].value.currency_symbol is not None)
                        )
        out.sort()
        return out

    def _undecided_between(self, col: int, lo: int, hi: int, me: _GapRow | None) -> bool:
        for g in self.gaps:
            if g is me or len(g.candidates) == 1:
                continue
            if lo < g.row.index < hi and col in self._possible_cols(g):
                return True
        return False

    def violations(self, g: _GapRow, placement: Placement, strict: bool) -> int:
        """$-rule violations in the columns ``placement`` touches (and their neighbours' cells).

        strict: count only constraints whose neighbours are certain (no undecided row in between).
        """
        bad = 0
        for col in set(placement):
            cells = self._cells_in(col, g, placement)
            rows = [c[0] for c in cells]
            for pos, (ri, _type, _shows) in enumerate(cells):
                # Only cells whose neighbourhood changes with this row matter: this row and its neighbours.
                if ri != g.row.index and not (
                    (pos > 0 and rows[pos - 1] == g.row.index)
                    or (pos + 1 < len(rows) and rows[pos + 1] == g.row.index)
                ):
                    continue
                res = self._check(cells, pos, col, g, strict)
                if res is False:
                    bad += 1
        return bad

    def column_violations(self, col: int) -> int:
        """$-rule violations of a whole column, every gap row at its single candidate."""
        cells = self._cells_in(col, None, None)
        checks = (self._check(cells, pos, col, None, strict=False) for pos in range(len(cells)))
        return sum(1 for ok in checks if ok is False)

    def _check(
        self, cells: list[tuple[int, str, bool]], pos: int, col: int, g: _GapRow | None, strict: bool
    ) -> bool | None:
        ri, t, shows = cells[pos]
        money_like = t in ("money", "pershare", "money?")
        if not money_like:
            return True
        if t == "money?" and not shows:
            return True  # may be a non-money number: no constraint
        prev = cells[pos - 1] if pos > 0 else None
        nxt = cells[pos + 1] if pos + 1 < len(cells) else None
        if strict:
            lo = prev[0] if prev else -1
            hi = nxt[0] if nxt else 10**9
            prev_known = not self._undecided_between(col, lo, ri, g)
            next_known = not self._undecided_between(col, ri, hi, g)
        else:
            prev_known = next_known = True
        if nxt is None:
            # Nothing below may still be a nil value: R pages render nil as an empty cell, which the
            # text drops, but the $ rule counted it (seed 003's last row). Absence proves nothing.
            next_known = False
        base = "money" if t == "money?" else t

        def same(other: tuple[int, str, bool] | None) -> bool:
            return other is not None and (other[1] == base or (other[1] == "money?" and base == "money"))

        first = not same(prev)
        last = not same(nxt)
        if shows:
            # Needs to be first or last; a violation only if both are known to be false.
            if (prev_known and not first) and (next_known and not last):
                return False
            return None if not (prev_known and next_known) else True
        # No sign: must be neither first nor last.
        if (prev_known and first) or (next_known and last):
            return False
        return None if not (prev_known and next_known) else True

    def run_jointly(self) -> None:
        """The rows the rule leaves open, placed all at once: every combination of their placements
        is read whole, and a row is decided when every combination without a violation places it
        alike (a row above and a row below, each open, hide each other's evidence from ``run``)."""
        open_rows = [g for g in self.gaps if len(g.candidates) > 1]
        if not open_rows or len(open_rows) > _JOINT_MAX_ROWS:
            return
        if math.prod(len(g.candidates) for g in open_rows) > _JOINT_MAX_COMBOS:
            return
        saved = [g.candidates for g in open_rows]
        fitting: list[tuple[Placement, ...]] = []
        try:
            for combo in itertools.product(*saved):
                for g, c in zip(open_rows, combo, strict=True):
                    g.candidates = [c]
                if all(
                    self.violations(g, c, strict=False) == 0 for g, c in zip(open_rows, combo, strict=True)
                ):
                    fitting.append(combo)
        finally:
            for g, cands in zip(open_rows, saved, strict=True):
                g.candidates = cands
        if not fitting:
            return  # the rule does not hold on this page as read: it proves nothing here
        for k, g in enumerate(open_rows):
            kept = sorted({combo[k] for combo in fitting})
            if len(kept) < len(g.candidates):
                g.candidates = kept
                if len(kept) == 1:
                    g.decided_by = g.decided_by or "dollar_run"

    def run(self) -> None:
        changed = True
        rounds = 0
        while changed and rounds < 8:
            changed = False
            rounds += 1
            for g in self.gaps:
                if len(g.candidates) <= 1:
                    continue
                keep = [c for c in g.candidates if self.violations(g, c, strict=True) == 0]
                if keep and len(keep) < len(g.candidates):
                    g.candidates = keep
                    changed = True
                    if len(keep) == 1:
                        g.decided_by = g.decided_by or "dollar_run"


def _apply_equity_arithmetic(page: Page, gaps: list[_GapRow]) -> None:
    """Statements of equity: per column, beginning balance + movements = ending balance.

    Balances are the rows whose label names an instant; movements are the rows between two
    balances of the same unit. All placements of the undecided rows involved are tried; when
    exactly one satisfies every column, it is certain.
    """
    n = len(page.columns)
    if not n or any(c.period is not None for c in page.columns):
        return
    by_index = {g.row.index: g for g in gaps}
    rows = page.rows
    balances = [r for r in rows if r.period is not None and r.period.type is PeriodType.INSTANT and r.cells]
    for pos, a in enumerate(balances):
        b = next((x for x in balances[pos + 1 :] if x.unit_hint == a.unit_hint), None)
        if b is None or a.period is None or b.period is None or b.period.end <= a.period.end:
            continue
        movers = [
            r
            for r in rows
            if a.index < r.index < b.index
            and r.kind is RowKind.VALUE
            and r.cells
            and r.unit_hint == a.unit_hint
            and r.period is not None
            and r.period.type is PeriodType.DURATION
        ]
        involved = [a, *movers, b]
        if any(c.value.number is None for r in involved for c in r.cells):
            continue
        choices, space = _placement_choices(involved, by_index)
        if space > 200_000 or space == 1:
            continue
        solutions: list[tuple[Placement, ...]] = []
        for combo in itertools.product(*choices):
            sums = [Decimal(0)] * n
            for r, placement in zip(involved[:-1], combo[:-1], strict=True):
                for cell, j in zip(r.cells, placement, strict=True):
                    sums[j] += cell.value.number or 0
            end = [Decimal(0)] * n
            for cell, j in zip(b.cells, combo[-1], strict=True):
                end[j] = cell.value.number or Decimal(0)
            if sums == end:
                solutions.append(combo)
                if len(solutions) > 1:
                    break
        if len(solutions) == 1:
            _decide_roll_forward(involved, solutions[0], by_index)


def _apply_period_roll_forwards(page: Page, gaps: list[_GapRow]) -> None:
    """Roll forwards over period columns: per column, the opening balance plus the movements below
    it equals the closing balance of the same element ("Balance, beginning of year" ... "Balance,
    end of year"), nil cells counting zero. When exactly one placement of the undecided rows
    involved satisfies every column (``_unique_roll_forward`` says how strictly), it is certain."""
    cols = page.columns
    n = len(cols)
    if n < 2 or any(c.period is None for c in cols):
        return
    periods = [c.period for c in cols if c.period is not None]
    # Column j's period starts the day after column j+1's ends: j opens where j+1 closes. (From the
    # periods shown: the tail's reading as durations, below, is a guess, too weak to bind.)
    follows = [
        j
        for j in range(n - 1)
        if periods[j].start is not None and periods[j].start == periods[j + 1].end + dt.timedelta(days=1)
    ]
    tail = {j for j in range(n) if periods[j].type is PeriodType.INSTANT}
    # Trailing instants the header could not tell from its last group's continuation: a roll
    # forward whose movements fill them says they continue it.
    if tail and not _tail_may_continue(cols):
        return
    by_index = {g.row.index: g for g in gaps}
    for involved in _roll_forwards(page.rows):
        if not any(len(by_index[r.index].candidates) > 1 for r in involved if r.index in by_index):
            continue
        # A column that a row outside the roll forward may fill need not take part in it.
        inside = {r.index for r in involved}
        elsewhere = {
            j
            for r in page.rows
            if r.cells and r.index not in inside
            for placement in (by_index[r.index].candidates if r.index in by_index else [range(len(r.cells))])
            for j in placement
        }
        solution = _unique_roll_forward(involved, by_index, n, follows, elsewhere)
        if solution is None:
            continue
        if tail:
            # Only movements in the trailing columns prove them durations (balances sit at instants);
            # movements that all stay out of them balance the period columns alone, either way.
            moved = {j for placement in solution[1:-1] for j in placement}
            if moved & tail:
                _regroup_tail(page, tail)
                tail = set()
        _decide_roll_forward(involved, solution, by_index)


def _roll_forwards(rows: list[Row]) -> Iterator[list[Row]]:
    """Each roll forward's rows: an opening balance, the movements of its context, the closing
    balance of the same element (some pages put it right below the opening one); all numbers in one
    unit."""
    shares_hinted = shows_shares_hints(rows)
    for pos, a in enumerate(rows):
        # An opening balance says so, or opens a roll forward's heading under a label that closes it.
        heads = pos > 0 and rows[pos - 1].kind is RowKind.ROLL_FORWARD
        if a.kind is not RowKind.VALUE or not a.cells or not (reads_as_opening(a.label) or heads):
            continue
        key = element_key(a.label)
        b_pos = next(
            (
                q
                for q in range(pos + 1, len(rows))
                if rows[q].kind is RowKind.VALUE
                and rows[q].cells
                and element_key(rows[q].label) == key
                and not reads_as_opening(rows[q].label)
            ),
            None,
        )
        if b_pos is None:
            continue
        b = rows[b_pos]
        if any(r.members != a.members for r in rows[pos + 1 : b_pos]):
            continue  # another member context in between: not one roll forward
        end = next((q for q in range(pos + 1, len(rows)) if rows[q].members != a.members), len(rows))
        # The movements sit between the balances; after the closing only where it follows the
        # opening right away (rows after a closing below its movements are other balances).
        inside = rows[pos + 1 : b_pos] if any(r.cells for r in rows[pos + 1 : b_pos]) else rows[pos + 1 : end]
        movers = [r for r in inside if r.kind is RowKind.VALUE and r.cells and r is not b]
        if any(element_key(r.label) == key for r in movers):
            continue
        involved = [a, *movers, b]
        if len({arithmetic_unit(r, shares_hinted) for r in involved}) > 1:
            continue
        if all(
            c.value.kind is ValueKind.NUMBER and c.value.number is not None for r in involved for c in r.cells
        ):
            yield involved


ROLL_FORWARD_FIT_RULE = "roll_forward_fit"  # a guess: balances shown twice agree, columns balance


def _apply_roll_forward_fit(page: Page, gaps: list[_GapRow]) -> None:
    """A roll forward over period columns shows its balance at each column's start (the day before)
    and end; where two columns share a date (a quarter's opening and the half year's; a quarter's
    closing and the next quarter's opening), both show one fact. Of the placements of the roll
    forward's open rows, those under which the most such pairs agree (none disagreeing), then the
    most columns balance (a movement shown unsigned may be taken out), are the best; each row's own
    guess is among its placements in them (the $ rule and the page's habits choose where several
    remain). (The strict roll forward finds nothing where the filer left a movement out of one
    column.)"""
    cols = page.columns
    if len(cols) < 3 or any(c.period is None or c.period.start is None for c in cols):
        return
    opens = [c.period.start - dt.timedelta(days=1) for c in cols if c.period and c.period.start]
    closes = [c.period.end for c in cols if c.period]
    by_index = {g.row.index: g for g in gaps}
    for involved in _roll_forwards(page.rows):
        if not any(r.index in by_index and len(by_index[r.index].candidates) > 1 for r in involved):
            continue
        choices, space = _placement_choices(involved, by_index)
        if space > 50_000:
            continue
        scored: list[tuple[int, tuple[Placement, ...]]] = []
        for combo in itertools.product(*choices):
            seen: dict[dt.date, set[Decimal]] = {}
            for row, placement, dates in ((involved[0], combo[0], opens), (involved[-1], combo[-1], closes)):
                for cell, j in zip(row.cells, placement, strict=True):
                    seen.setdefault(dates[j], set()).add(cell.value.number or Decimal(0))
            if any(len(values) > 1 for values in seen.values()):
                continue  # one balance, two values at one date
            shown = sum(len(p) for p in (combo[0], combo[-1]))
            agreeing = shown - len(seen)
            scored.append((10 * agreeing + _balanced_columns(involved, combo, len(cols)), combo))
        if not scored:
            continue
        top = max(score for score, _ in scored)
        if top < 10:
            continue  # no balance shown twice: nothing ties the placements to the dates
        best = [combo for score, combo in scored if score == top]
        for k, row in enumerate(involved):
            g = by_index.get(row.index)
            placements = sorted({combo[k] for combo in best})
            if g is not None and not g.preferred and 0 < len(placements) < len(g.candidates):
                g.preferred, g.preferred_by = placements, ROLL_FORWARD_FIT_RULE


def _balanced_columns(involved: list[Row], combo: tuple[Placement, ...], n: int) -> int:
    """Columns showing both balances whose opening plus movements equals the closing, less those
    where it does not. A movement row shown without a negative value may be a deduction written
    unsigned (a fair value's decrease): a column balances under either sign of its terms."""
    terms: list[list[tuple[Decimal, bool]]] = [[] for _ in range(n)]
    for k, (row, placement) in enumerate(zip(involved[:-1], combo[:-1], strict=True)):
        unsigned = k > 0 and all((c.value.number or 0) >= 0 for c in row.cells)
        for cell, j in zip(row.cells, placement, strict=True):
            terms[j].append((cell.value.number or Decimal(0), unsigned))
    closing = dict(zip(combo[-1], (c.value.number or Decimal(0) for c in involved[-1].cells), strict=True))
    balanced = 0
    for j in set(combo[0]) & set(closing):
        # Up to four unsigned terms take either sign; any beyond count as shown.
        unsigned_terms = [v for v, free in terms[j] if free]
        free = unsigned_terms[:4]
        fixed = sum((v for v, is_free in terms[j] if not is_free), Decimal(0)) + sum(
            unsigned_terms[4:], Decimal(0)
        )
        sums = {
            fixed + sum((v if plus else -v for v, plus in zip(free, signs, strict=True)), Decimal(0))
            for signs in itertools.product((True, False), repeat=len(free))
        }
        balanced += 1 if closing[j] in sums else -1
    return balanced


def _tail_may_continue(cols: list[Column]) -> bool:
    """Do the columns end in instants that may continue the last group (all durations before them,
    the same members as its last column)?"""
    last_group = next((j for j in range(len(cols) - 1, -1, -1) if cols[j].group), None)
    if last_group is None or last_group == len(cols) - 1:
        return False
    types = [c.period.type if c.period is not None else None for c in cols]
    before = all(t is PeriodType.DURATION for t in types[: last_group + 1])
    after = all(t is PeriodType.INSTANT for t in types[last_group + 1 :])
    return before and after and all(c.members == cols[last_group].members for c in cols[last_group + 1 :])


def _regroup_tail(page: Page, tail: set[int]) -> None:
    group = next(c.group for c in reversed(page.columns) if c.group)
    for j in sorted(tail):
        set_group(page.columns[j], group)
    page.notes = [n for n in page.notes if TAIL_INSTANTS_NOTE not in n]
    page.notes.append(
        f"the last {len(tail)} column(s) continue '{group}': a roll forward's movements fill them"
    )


def _placement_choices(
    involved: list[Row], by_index: dict[int, _GapRow]
) -> tuple[list[list[Placement]], int]:
    """Each row's remaining placements (a full row has one), and how many combinations they make."""
    choices = [
        by_index[r.index].candidates if r.index in by_index else [tuple(range(len(r.cells)))]
        for r in involved
    ]
    return choices, math.prod(len(c) for c in choices)


def _decide_roll_forward(
    involved: list[Row], solution: tuple[Placement, ...], by_index: dict[int, _GapRow]
) -> None:
    for r, placement in zip(involved, solution, strict=True):
        g = by_index.get(r.index)
        if g is not None and len(g.candidates) > 1:
            g.candidates = [placement]
            g.decided_by = ROLL_FORWARD_RULE


def _unique_roll_forward(
    involved: list[Row], by_index: dict[int, _GapRow], n: int, follows: list[int], elsewhere: set[int]
) -> tuple[Placement, ...] | None:
    """The one placement of the rows under which the roll forward holds as shown (nil cells zero);
    failing any, the one placement under which it holds read loosely: deductions may be shown
    unsigned ("Deductions 5,919", subtracted), and a column whose closing or opening balance is not
    shown is not checked (a context the filer did not close, a period opening before the page).
    Every way of reading counts at once, so a coincidence of one loose reading never decides; each
    reading balances exactly first, and within rounding only where no placement does (and only
    where every value to place is bigger than the rounding slack)."""
    choices, space = _placement_choices(involved, by_index)
    if space > 50_000:
        return None
    # Rows shown without any negative value may be deductions written unsigned.
    unsigned = [
        k for k, r in enumerate(involved[1:-1], start=1) if all((c.value.number or 0) >= 0 for c in r.cells)
    ]
    if len(unsigned) > 4 or space * 2 ** len(unsigned) > 200_000:
        unsigned = []
    signs = [
        {k: -1 for k, on in zip(unsigned, mask, strict=True) if on}
        for mask in itertools.product((False, True), repeat=len(unsigned))
    ]
    # Exactly first, read strictly then loosely; then within half a rounding unit per number (the
    # finest place shown) where that is small beside the balances: a page in millions shows 8, 10
    # and 11 balancing within rounding in more ways than the true one.
    shown = [c.value.number for r in involved for c in r.cells if c.value.number is not None]
    unit = max(rounding_unit(shown), Decimal("1e-4"))
    closings = [abs(c.value.number or Decimal(0)) for c in involved[-1].cells]
    # A value to place that is no bigger than the slack could as well be absent from its column.
    moving = [
        abs(c.value.number or Decimal(0))
        for r, ch in zip(involved, choices, strict=True)
        if len(ch) > 1
        for c in r.cells
    ]
    slack = min(closings) >= SLACK_SCALE * unit and all(v > unit * len(involved) for v in moving)
    units = [Decimal(0)] + ([unit] if slack else [])
    as_shown: list[dict[int, int]] = [{}]
    for tolerance_unit in units:
        for sign_sets, open_closing in ((as_shown, False), (signs, True)):
            found = _roll_forward_solutions(
                involved, choices, n, follows, sign_sets, open_closing, tolerance_unit, elsewhere
            )
            if found:
                return found.pop() if len(found) == 1 else None
    return None


SLACK_SCALE = 100  # rounding slack counts only for balances this many rounding units or more


def _roll_forward_solutions(
    involved: list[Row],
    choices: list[list[Placement]],
    n: int,
    follows: list[int],
    sign_sets: list[dict[int, int]],
    open_closing: bool,
    unit: Decimal,
    elsewhere: set[int],
) -> set[tuple[Placement, ...]]:
    """The placements under which every checked column balances within half ``unit`` per number
    (zero: exactly); stops at two. Every column takes part, but for those that rows outside the
    roll forward may fill (the renderer keeps a column for any fact of the page)."""
    solutions: set[tuple[Placement, ...]] = set()
    for combo in itertools.product(*choices):
        closed = set(combo[-1])
        # Read loosely, a column checks only where the page shows both its balances (the oldest
        # period's opening often precedes what the page shows).
        checked = closed & set(combo[0]) if open_closing else set(range(n))
        if not checked:
            continue  # no column shows both balances: nothing is proven
        terms = [0] * n
        for placement in combo:
            for j in placement:
                terms[j] += 1
        if not all(t > 0 or j in elsewhere for j, t in enumerate(terms)):
            continue  # every column must take part (an empty one proves nothing)
        end = [Decimal(0)] * n
        for cell, j in zip(involved[-1].cells, combo[-1], strict=True):
            end[j] = cell.value.number or Decimal(0)
        opening = [Decimal(0)] * n
        for cell, j in zip(involved[0].cells, combo[0], strict=True):
            opening[j] = cell.value.number or Decimal(0)
        # One fact shown twice (a period's closing is the next one's opening): equal as shown.
        if any(opening[j] != end[j + 1] for j in follows if j + 1 in checked):
            continue
        for signs in sign_sets:
            sums = [Decimal(0)] * n
            for k, (r, placement) in enumerate(zip(involved[:-1], combo[:-1], strict=True)):
                for cell, j in zip(r.cells, placement, strict=True):
                    sums[j] += signs.get(k, 1) * (cell.value.number or 0)
            # Every column must balance. A column without its closing balance shown balances only to
            # exactly zero (a nil is no rounded number, and may as well be a balance the page does
            # not show).
            if all(abs(sums[j] - end[j]) <= (unit * terms[j] / 2 if j in closed else 0) for j in checked):
                solutions.add(combo)
                if len(solutions) > 1:
                    return solutions
                break
    return solutions


def _finish(page: Page, g: _GapRow, solver: _DollarRule) -> None:
    if len(g.candidates) == 1 and g.decided_by is not None:
        placement, certain, rule = g.candidates[0], True, g.decided_by
    elif g.preferred:
        saved, g.candidates = g.candidates, g.preferred
        placement, rule = _best_guess(page, g, solver)
        g.candidates, certain = saved, False
        if rule != ECHO_RULE:
            rule = g.preferred_by
    else:
        placement, rule = _best_guess(page, g, solver)
        certain = False
        if g.narrowed_by and rule != ECHO_RULE:
            rule = g.narrowed_by
    for cell, j in zip(g.row.cells, placement, strict=True):
        cell.column, cell.certain, cell.rule = j, certain, rule


def _best_guess(page: Page, g: _GapRow, solver: _DollarRule) -> tuple[Placement, str]:
    """Among the remaining candidates: fewest $-rule violations, then the page's own habits."""
    scored: list[tuple[float, Placement, str]] = []
    for c in g.candidates:
        # Only what the rows around it prove: a row still open may yet fill the gap beside a cell.
        v = solver.violations(g, c, strict=True) if len(g.candidates) > 1 else 0
        prior, why = _guess_prior(page, g, c)
        scored.append((v * 10 - prior, c, why))
    scored.sort(key=lambda x: (x[0], x[1]))
    best = scored[0]
    return best[1], best[2]


def _guess_prior(page: Page, g: _GapRow, c: Placement) -> tuple[float, str]:
    """A guess's soft evidence: the page's habits, and far above them the same value shown again."""
    prior, why = _prior(page, g.row, c)
    echoed = sum(1 for j, e in zip(c, g.echoes, strict=True) if e == j)
    if echoed:
        prior, why = prior + 10.0 * echoed, ECHO_RULE
    return prior, why


JOINT_GUESS_RULE = "dollar_run_guess"  # a guess: the guesses of the page read together by the $ rule
_JOINT_GUESS_ROWS = 10  # guessed rows the page's guesses are chosen together for
_JOINT_GUESS_COMBOS = 4000  # combinations of their placements read


def _choose_guesses_jointly(page: Page, gaps: list[_GapRow], solver: _DollarRule) -> None:
    """Each guess was made with the other guesses unknown, so two guesses may break the $ rule
    between them (five signed values one under the other in one column) or leave a column empty
    (the renderer drops columns without facts). Where they break the rule, read all guesses of the
    page together: the combination with the fewest violations and empty columns, then the most soft
    evidence, then the fewest values moved, wins if it breaks the rule less; a tie keeps the guesses
    made one by one. Every row keeps to its own soft choice if it has one."""
    n = len(page.columns)
    guessed = [g for g in gaps if not g.row.cells[0].certain and len(g.candidates) > 1]
    if n < 2 or not guessed or len(guessed) > _JOINT_GUESS_ROWS:
        return
    options = [g.preferred or g.candidates for g in guessed]
    if math.prod(len(o) for o in options) > _JOINT_GUESS_COMBOS:
        return
    priors = [{c: _guess_prior(page, g, c)[0] for c in o} for g, o in zip(guessed, options, strict=True)]
    current = tuple(tuple(c.column for c in g.row.cells) for g in guessed)
    if any(c not in o for c, o in zip(current, options, strict=True)):
        return  # a guess made by another rule (an echo among siblings): left as it is
    guessed_rows = {id(g.row) for g in guessed}
    held = {c.column for r in page.rows if id(r) not in guessed_rows for c in r.cells if 0 <= c.column < n}
    touched = sorted({j for o in options for c in o for j in c})

    def cost(combo: tuple[Placement, ...]) -> tuple[float, int, int, tuple[Placement, ...]]:
        for g, c in zip(guessed, combo, strict=True):
            g.candidates = [c]
        filled = held | {j for c in combo for j in c}
        violations = sum(solver.column_violations(j) for j in touched)
        score = (violations + n - len(filled)) * 10 - sum(p[c] for p, c in zip(priors, combo, strict=True))
        # Alike otherwise, the fewest values moved from the guesses made one by one.
        moved = sum(
            a != b for c, now in zip(combo, current, strict=True) for a, b in zip(c, now, strict=True)
        )
        return score, moved, violations, combo

    with _held_at_guesses(gaps):
        now = cost(current)
        # Only the $ rule read whole speaks here: guesses that keep it stay (an empty column alone
        # is left to coverage).
        best = min(cost(combo) for combo in itertools.product(*options)) if now[2] else now
    if best[0] >= now[0] or best[2] >= now[2]:
        return
    empty = set(range(n)) - held - {j for c in current for j in c}
    for g, before, after in zip(guessed, current, best[3], strict=True):
        if after != before:
            rule = COVERAGE_RULE if empty & set(after) else JOINT_GUESS_RULE
            for cell, j in zip(g.row.cells, after, strict=True):
                cell.column, cell.certain, cell.rule = j, False, rule


def _prior(page: Page, row: Row, placement: Placement) -> tuple[float, str]:
    """Soft evidence for a placement (higher is better) and its name."""
    cols = page.columns
    kinds = [row.cells[i].value.kind for i in range(len(row.cells))]
    if page.kind is ReportKind.COVER and cols:
        durations = [j for j, c in enumerate(cols) if c.period and c.period.type is PeriodType.DURATION]
        instants = [j for j, c in enumerate(cols) if c.period and c.period.type is PeriodType.INSTANT]
        if durations and instants:
            score = 0.0
            for kind, j in zip(kinds, placement, strict=True):
                numeric = kind in (ValueKind.NUMBER, ValueKind.PERCENT)
                label = row.label.lower()
                if not numeric or ("public float" not in label and "shares outstanding" not in label):
                    score += 1.0 if j in durations else -1.0
                elif "shares outstanding" in label:
                    score += 1.0 if j in instants and cols[j].period and _latest(cols, j) else -0.5
                else:  # public float: an instant before the fiscal year end
                    score += 1.0 if j in instants and not _latest(cols, j) else -0.5
            return score, "cover_period_type"
    if cols and all(c.period is None for c in cols) and any(c.members for c in cols):
        # Member columns (statements of equity): a row goes where its words name the column,
        # share counts to the stock columns.
        words = _words(row.label)
        score = 0.0
        for j in placement:
            names = " ".join(m.label for m in cols[j].members)
            score += len(words & _words(names))
            if row.unit_hint == "shares" and re.search(r"(?i)\b(?:stock|shares?)\b", names):
                score += 1.0
        if score:
            return score - 0.01 * sum(placement), "member_column_words"
    # (The row's words first: they are cached, the page's balance dates are not.)
    if _reads_as_balance_row(row):
        if list(placement) == _balance_columns(cols):
            return 1.5, BALANCE_DATES_RULE
        if _one_balance_shown_again(row, cols, placement):
            return 2.0, SAME_DATE_RULE
    groups: dict[str | None, list[int]] = {}
    for j, c in enumerate(cols):
        groups.setdefault(c.group, []).append(j)
    for g, span in groups.items():
        if g is not None and len(groups) > 1 and len(span) > 1 and list(placement) == span:
            return 1.0, "group_span"
    # A row with one value per period of the groups, beside instants outside them: the periods.
    grouped = [j for j, c in enumerate(cols) if c.group is not None]
    if 1 < len(grouped) < len(cols) and list(placement) == grouped:
        return 1.0, "group_span"
    # Fill from the left: the most common arrangement where nothing else decides.
    return -0.01 * sum(placement), "fill_left"


BALANCE_DATES_RULE = "balance_dates"
SAME_DATE_RULE = "balance_same_date"  # a guess: one balance shown again under periods ending alike


def _one_balance_shown_again(row: Row, cols: list[Column], placement: Placement) -> bool:
    """A balance shown twice or more with one value ("Warrant liability, end of period 19,139,999 |
    19,139,999") is that balance at one date, shown under each period ending on it (the quarter's
    and the nine months'): the placement puts equal values under periods ending on one date, some
    date twice, and never two values at one date (`365,530 | 365,530 | 113,091`: the period's end
    under the quarter and the nine months, then the year-end)."""
    if len(row.cells) < 2:
        return False
    at: dict[dt.date, set[Decimal]] = {}
    for cell, j in zip(row.cells, placement, strict=True):
        period = cols[j].period
        if period is None or cell.value.number is None:
            return False
        at.setdefault(period.end, set()).add(cell.value.number)
    if len(at) == len(row.cells) or any(len(values) > 1 for values in at.values()):
        return False
    # Values of several dates: the page's balance dates (the period's end, the year-end), or dates
    # whose every column holds the value (the renderer shows an instant under each period ending on
    # its date: `$ 0` five times over six columns, all but the one other date's).
    whole = {j for j, c in enumerate(cols) if c.period is not None and c.period.end in at} == set(placement)
    return len(at) == 1 or whole or set(at) <= {_end(cols[j]) for j in _balance_columns(cols)}


def _balance_columns(cols: list[Column]) -> list[int]:
    """On an interim page (a quarter's periods beside the last year-end), the dates a balance is shown
    at: the latest period's end, then the year-end: instant columns outside the groups (both in the
    instants' context), or else a year's group of one column beside the others."""
    dated = [j for j, c in enumerate(cols) if c.period is not None]
    if not dated or len({c.group for c in cols}) < 2:
        return []
    latest = max(dated, key=lambda j: (_end(cols[j]), -j))
    instants = [j for j in dated if _lone_instant(cols[j])]
    if instants:
        # Both dates in one context: the instants' members' latest column, at the page's latest date
        # (an instant of members shown only at earlier dates is a note's date, not a balance sheet's).
        context = [tuple(m.label for m in c.members) for c in cols]
        contexts = {context[j] for j in instants}
        if len(contexts) != 1:
            return []
        ours = [j for j in dated if context[j] in contexts]
        last = max(ours, key=lambda j: (_end(cols[j]), -j))
        if (
            last in instants
            and len(instants) >= 2
            and _end(cols[last]) == _end(cols[latest])
            and all(_month_end(_end(cols[j])) for j in instants)
        ):
            # The latest date is itself outside the groups (a narrative's event months beside the
            # balance sheet's two dates, month ends both; an event's day is no balance date): the
            # balances sit at those dates.
            return instants
        if last in instants or _end(cols[last]) != _end(cols[latest]):
            return []
        return [last, *instants]
    spans: dict[str | None, list[int]] = {}
    for j, c in enumerate(cols):
        spans.setdefault(c.group, []).append(j)
    years = [
        span[0]
        for group, span in spans.items()
        if group
        and len(span) == 1
        and group.lower().startswith("12 months")
        and _end(cols[span[0]]) < _end(cols[latest])
    ]
    return [latest, years[0]] if len(years) == 1 else []


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def _end(col: Column) -> dt.date:
    return col.period.end if col.period is not None else dt.date.min


def _is_instant(col: Column) -> bool:
    return col.period is not None and col.period.type is PeriodType.INSTANT


def _lone_instant(col: Column) -> bool:
    """A date's column outside every period group (a balance sheet's, an event's)."""
    return col.group is None and _is_instant(col)


def _reads_as_balance_row(row: Row) -> bool:
    """A balance by its words, the members' included ("Concentration risk, percentage" of "Customer A |
    Accounts Receivable")."""
    return reads_as_stock(" ".join([row.label, *(m.label for m in row.members)]))


_STOP_WORDS = frozenset(
    {"member", "total", "of", "and", "the", "in", "at", "balance", "beginning", "ending", "shares"}
)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP_WORDS and len(w) > 2}


def _latest(cols: list[Column], j: int) -> bool:
    ends = [c.period.end for c in cols if c.period]
    p = cols[j].period
    return p is not None and p.end == max(ends)


def _bare_code_units(units: str) -> bool:
    """Title units naming a currency by its code alone ("CNY", "CNY shares"), not "USD $"."""
    tokens = units.split()
    return any(iso_code_alone(t) for t in tokens) and not any(
        is_currency_symbol(t) and not iso_code_alone(t) for t in tokens
    )


def mark_not_money(page: Page) -> None:
    """Rows whose plain numbers the $ rule proves are not money (share counts, pure numbers).

    A money value at either end of its column's run shows the currency sign. A plain number that
    sits at a run end (after placement) and shows none is therefore not money; its row is marked,
    which turns the next plain numbers into run ends too, so the proof spreads along the column.
    """
    page_money = bool(page.title_units and re.search(r"[A-Z]{3}|\$|€|£|¥", page.title_units))
    if not page_money or _bare_code_units(page.title_units or ""):
        return  # (a currency named by its bare code, "(CNY)", has no sign to show)
    n = max(len(page.columns), 1)
    columns: list[list[tuple[Row, int]]] = [[] for _ in range(n)]
    for row in page.rows:
        for i, cell in enumerate(row.cells):
            if cell.raw and cell.column < n:
                columns[cell.column].append((row, i))
    changed = True
    while changed:
        changed = False
        for seq in columns:
            types = [value_type(r, i, True) if not r.not_money else "number" for r, i in seq]
            typed = [(k, t) for k, t in enumerate(types) if t]
            for pos, (k, t) in enumerate(typed):
                row, i = seq[k]
                if t != "money?" or row.cells[i].value.currency_symbol is not None:
                    continue
                prev_t = typed[pos - 1][1] if pos > 0 else None
                next_t = typed[pos + 1][1] if pos + 1 < len(typed) else None
                # The end of a column proves nothing: a nil value (an empty cell) may follow.
                at_end = prev_t not in ("money", "money?") or (
                    next_t is not None and next_t not in ("money", "money?")
                )
                if at_end:
                    row.not_money = True
                    changed = True
