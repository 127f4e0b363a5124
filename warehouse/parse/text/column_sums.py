"""Totals that equal the sum of the rows above them, as evidence for placing a gap row (pure).

Statements add up down the page: "Total operating expenses" is the sum of the expense rows above
it, column by column, as shown (subtractions are shown negative). When a row shows fewer values
than columns, each of its candidate placements changes those sums; a run of rows that adds up to
the row below it in every column under exactly one placement (and under none of the others) places
the row for sure. A missing cell counts as zero: the text drops nil cells, and a total's nil is
the sum of nil items.

A relation is trusted only when it is not a coincidence of small numbers: at least two items, and
in some column a total that is not small with two or more items that are not zero. Totals above
their items, "Less: ..." rows shown positive and sums across member contexts are not used.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from warehouse.parse.model import Row, RowKind
from warehouse.parse.text.rows import element_key
from warehouse.parse.values import ValueKind

Placement = tuple[int, ...]

SUMS_RULE = "column_sums"
_MAX_SPAN = 40  # items in one sum: longer runs are not one schedule's lines
_MAX_CANDIDATES = 64  # placements tried per row: wider pages leave the row to the other rules
_MIN_TOTAL_UNITS = 100  # a total of at least this many rounding units is not a coincidence
_MIN_SLACK_TOTAL_UNITS = 1_000  # a total this large may differ from its parts by rounding, for sure


def placements_by_sums(
    rows: Sequence[Row],
    n: int,
    candidates: Mapping[int, Sequence[Placement]],
    placed: Mapping[int, Placement],
    narrowed: dict[int, set[Placement]] | None = None,
) -> dict[int, Placement]:
    """Gap rows that a column sum places: row index -> placement.

    ``candidates``: the undecided gap rows' remaining placements; ``placed``: gap rows already
    placed for sure (they count as known numbers, like full rows). ``narrowed`` collects, for rows
    that sums leave open between a few placements, those placements.
    """
    decided: dict[int, Placement] = {}
    for run in _context_runs(rows):
        known = {r.index: column_vector(r, n, placed[r.index]) for r in run if r.index in placed}
        known.update({r.index: column_vector(r, n, tuple(range(n))) for r in run if len(r.cells) == n})
        for pos, row in enumerate(run):
            cands = candidates.get(row.index)
            if not cands or not 2 <= len(cands) <= _MAX_CANDIDATES:
                continue
            moved = [v for c in row.cells if (v := c.value.number) is not None]
            votes: set[Placement] = set()  # placements that some sum proves
            allowed: set[Placement] = set()  # placements that some sum allows at all
            for total_pos in range(pos, min(len(run), pos + _MAX_SPAN + 1)):
                total = run[total_pos]
                last_start = min(pos, total_pos - 2, _opening_above(run, total_pos))
                for start in range(max(0, total_pos - _MAX_SPAN), last_start + 1):
                    span = run[start:total_pos]
                    if any(r.index not in known for r in (*span, total) if r is not row):
                        continue
                    loose, proven = [], []
                    for c in cands:
                        items = [column_vector(r, n, c) if r is row else known[r.index] for r in span]
                        vec = column_vector(total, n, c) if total is row else known[total.index]
                        if _adds_up(items, vec, moved, strict=False):
                            loose.append(c)
                            if _adds_up(items, vec, moved, strict=True):
                                proven.append(c)
                    allowed.update(loose)
                    if len(proven) == 1 and len(loose) == 1:
                        votes.add(proven[0])
            # Decided only when every sum that fits any placement fits this one.
            if len(votes) == 1 and allowed <= votes:
                decided[row.index] = votes.pop()
        decided.update(_joint_placements(run, n, candidates, {**known, **_known(run, n, decided)}, narrowed))
    return decided


_MAX_JOINT = 2_000  # placement combinations tried for the open rows of one sum
_MAX_NARROWED = 4  # combinations that sums may leave open and still narrow the rows to


def _known(run: Sequence[Row], n: int, decided: Mapping[int, Placement]) -> dict[int, list[Decimal | None]]:
    return {r.index: column_vector(r, n, decided[r.index]) for r in run if r.index in decided}


def _joint_placements(
    run: Sequence[Row],
    n: int,
    candidates: Mapping[int, Sequence[Placement]],
    known: Mapping[int, list[Decimal | None]],
    narrowed: dict[int, set[Placement]] | None = None,
) -> dict[int, Placement]:
    """Two or three open rows right above a known total ("..., current" and "..., noncurrent" over
    "Total ..."): placed together when exactly one combination of their placements adds up, and
    adds up for sure, in every column. A row two sums would place differently stays open. Where a
    few combinations add up for sure and no other does, the rows are narrowed to them (a gross
    amount and its accumulated amortization over a net shown twice: the first value's column is
    open, the others are not)."""
    found: dict[int, Placement] = {}
    clashes: set[int] = set()
    for total_pos, total in enumerate(run):
        if total.index not in known:
            continue
        for start in range(
            max(0, total_pos - _MAX_SPAN), min(total_pos - 2, _opening_above(run, total_pos)) + 1
        ):
            span = run[start:total_pos]
            open_rows = [r for r in span if r.index not in known]
            if not 2 <= len(open_rows) <= 3 or any(not candidates.get(r.index) for r in open_rows):
                continue
            choices = [candidates[r.index] for r in open_rows]
            if math.prod(len(c) for c in choices) > _MAX_JOINT:
                continue
            moved = [v for r in open_rows for c in r.cells if (v := c.value.number) is not None]
            loose: list[tuple[Placement, ...]] = []
            loose_items: list[list[list[Decimal | None]]] = []
            proven: list[tuple[Placement, ...]] = []
            for combo in itertools.product(*choices):
                items = _items(span, n, open_rows, combo, known)
                if _adds_up(items, known[total.index], moved, strict=False, partial=True):
                    loose.append(combo)
                    loose_items.append(items)
                    if _adds_up(items, known[total.index], moved, strict=True, partial=True):
                        proven.append(combo)
            if len(proven) == 1 and len(loose) == 1:
                for r, placement in zip(open_rows, proven[0], strict=True):
                    if found.setdefault(r.index, placement) != placement:
                        clashes.add(r.index)
            elif narrowed is not None and 1 < len(loose) <= _MAX_NARROWED:
                exact = [
                    combo
                    for combo, items in zip(loose, loose_items, strict=True)
                    if _adds_up(items, known[total.index], moved, partial=True, exact=True)
                ]
                if len(exact) == len(loose):
                    for k, r in enumerate(open_rows):
                        kept = {combo[k] for combo in exact}
                        narrowed[r.index] = narrowed.get(r.index, kept) & kept
    return {k: v for k, v in found.items() if k not in clashes}


def _items(
    span: Sequence[Row],
    n: int,
    open_rows: Sequence[Row],
    combo: tuple[Placement, ...],
    known: Mapping[int, list[Decimal | None]],
) -> list[list[Decimal | None]]:
    chosen = dict(zip((r.index for r in open_rows), combo, strict=True))
    return [column_vector(r, n, chosen[r.index]) if r.index in chosen else known[r.index] for r in span]


def _opening_above(run: Sequence[Row], total_pos: int) -> int:
    """Where a sum for the row at ``total_pos`` may start at the latest: a closing balance is its
    opening plus the movements, so a sum that leaves out the opening shown above is no relation
    (it would hold only by the coincidence of a small opening balance)."""
    total = run[total_pos]
    key = element_key(total.label)
    for pos in range(total_pos - 1, -1, -1):
        row = run[pos]
        same_block = total.definition is not None and row.definition == total.definition
        if same_block or element_key(row.label) == key:
            return pos
    return total_pos


# A label that speaks of shares ("Outstanding shares at beginning of year").
SHARES_WORD_RE = re.compile(r"(?i)\bshares\b")
# Words of a money amount or a price: a label with them counts no shares, whatever it mentions.
AMOUNT_WORD_RE = re.compile(r"(?i)\b(?:value|amount|price|cost|proceeds|paid|per share)\b|\$")


def arithmetic_unit(row: Row, shares_hinted: bool) -> str:
    """A row's unit for sums and roll forwards: its unit hint; and where rows of the page say
    "(in shares)", `shares` for a row without a hint whose label counts shares ("Outstanding shares
    at beginning of year" between movements "(in shares)")."""
    hint = (row.unit_hint or "").lower()
    if (
        not hint
        and shares_hinted
        and SHARES_WORD_RE.search(row.label)
        and not AMOUNT_WORD_RE.search(row.label)
    ):
        return "shares"
    return hint


def shows_shares_hints(rows: Sequence[Row]) -> bool:
    """Some row of the page says "(in shares)"."""
    return any((r.unit_hint or "").lower() == "shares" for r in rows)


def _context_runs(rows: Sequence[Row]) -> list[list[Row]]:
    """Runs of plain numeric value rows in one member context and one unit (none, or shares),
    broken by member rows, context changes and rows of other kinds of values (per share, text,
    dated balances)."""
    runs: list[list[Row]] = []
    current: list[Row] = []
    members: object = None
    unit = ""
    shares_hinted = shows_shares_hints(rows)
    for row in rows:
        if row.kind is RowKind.MEMBER:
            runs.append(current)
            current, members = [], None
            continue
        if row.kind is not RowKind.VALUE or not row.cells:
            continue  # headings and rows without values neither break nor join a sum
        numeric = all(c.value.kind is ValueKind.NUMBER and c.value.number is not None for c in row.cells)
        row_unit = arithmetic_unit(row, shares_hinted)
        usable = numeric and row_unit in ("", "shares") and row.period is None
        if not usable or row.members != members or row_unit != unit:
            runs.append(current)
            current, members, unit = [], row.members, row_unit
        if usable:
            current.append(row)
    runs.append(current)
    return [run for run in runs if len(run) >= 3]


def column_vector(row: Row, n: int, placement: Placement) -> list[Decimal | None]:
    """A row's numbers in the columns of ``placement`` (None elsewhere), a deduction's negated."""
    out: list[Decimal | None] = [None] * n
    sign = -1 if _deducted(row) else 1
    for cell, j in zip(row.cells, placement, strict=True):
        out[j] = None if cell.value.number is None else sign * cell.value.number
    return out


# A deduction shown unsigned: "Less: ...", "Accumulated amortization" (of the gross above it).
_DEDUCTION_LABEL_RE = re.compile(r"(?i)^(?:less\b|accumulated (?:amorti|depreciation|impairment))")


def _deducted(row: Row) -> bool:
    """A deduction's row shown without signs: the totals below subtract it."""
    return _DEDUCTION_LABEL_RE.match(row.label) is not None and all(
        (c.value.number or 0) >= 0 for c in row.cells
    )


def rounding_unit(numbers: Iterable[Decimal]) -> Decimal:
    """One unit of the finest place any of the numbers is shown to (1 for none): half of it per
    number is what rounding may leave between a total and its parts."""
    return Decimal(1).scaleb(min((int(v.as_tuple().exponent) for v in numbers), default=0))


def _adds_up(
    items: list[list[Decimal | None]],
    total: list[Decimal | None],
    moved: list[Decimal],
    *,
    strict: bool = False,
    partial: bool = False,
    exact: bool = False,
) -> bool:
    """Whether ``total`` is the sum of ``items`` in every column, within rounding. ``strict``: also
    in a way that is no coincidence of small numbers and that the ``moved`` values (the gap row's)
    could not have been put elsewhere unnoticed. ``partial``: columns that show no item at all are
    not checked (a balance at a date for which the page gives no breakdown), but at least two are.
    ``exact``: to the last digit shown, and no coincidence of small numbers (two parts or more beyond
    nothing under a total of some size)."""
    if len(items) < 2:
        return False
    numbers = [v for vec in (*items, total) for v in vec if v is not None]
    if not numbers:
        return False
    unit = rounding_unit(numbers)
    tolerance = Decimal(0) if exact else unit * Decimal(len(items) + 1) / 2
    if strict and any(abs(v) <= 2 * tolerance for v in moved):
        return False  # a value within the rounding slack fits in any column
    substantial = False
    checked = 0
    for j, t in enumerate(total):
        parts = [v for vec in items if (v := vec[j]) is not None]
        if partial and not parts:
            continue
        checked += 1
        shown = sum(parts, Decimal(0))
        expected = t if t is not None else Decimal(0)
        if abs(expected - shown) > tolerance:
            return False
        if strict and shown != expected and abs(expected) < _MIN_SLACK_TOTAL_UNITS * unit:
            return False  # "49" for "50" is rounding only in a total of many rounding units
        if strict and bool(t) != any(parts):
            return False  # rounding does not make a number out of nothing, or nothing of a number
        # Two parts beyond the rounding slack: a total equal to one part give or take a "(1)" is
        # that part, not a sum.
        if (
            t is not None
            and abs(t) >= _MIN_TOTAL_UNITS * unit
            and sum(1 for p in parts if abs(p) > tolerance) >= 2
        ):
            substantial = True
    if partial and checked < 2:
        return False
    return substantial or not (strict or exact)
