"""Calculation arcs as evidence for the definition match (pure; needs a loaded taxonomy).

Sibling elements read alike ("Net income" / "Net income attributable to the parent"; "Total
equity" / "Total stockholders' equity") and their documentation shares most words, so the text
matcher can swap them. A taxonomy's calculation networks tell them apart by the numbers: with the
right assignment, totals equal the weighted sums of their items in every column. Two rows' blocks
are swapped when that turns failing totals into balancing ones and breaks none; a total that
balances under a network whose every item the page shows is confirmed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from warehouse.parse.model import DefinitionBlock, Page, RowKind

Network = tuple[tuple[str, Decimal], ...]  # (item prefix:Name, weight)
Calculations = Mapping[str, tuple[Network, ...]]  # total prefix:Name -> its networks

CONFIRMED = "calculation"  # match_rule of a block whose total the numbers confirm
_WEAK = ("elimination", "twins", None)
_MAX_ROUNDS = 4
_MAX_PAIRS = 2000  # a bound on the work per page: pages of that size are left as matched


@dataclass(slots=True)
class _Verdict:
    balanced: set[str]  # totals that balance under some complete network in every column checked
    failed: set[str]  # totals checked under complete networks that balance in no such way

    @property
    def score(self) -> int:
        return len(self.balanced) - len(self.failed)


def repair_by_calculation(page: Page, calcs: Calculations) -> int:
    """Swap blocks between rows where the calculation networks say so; returns the swaps made."""
    if not calcs:
        return 0
    swaps = 0
    for _ in range(_MAX_ROUNDS):
        values = _values(page)
        current = _judge(values, calcs)
        if not current.failed:
            break
        best: tuple[int, DefinitionBlock, DefinitionBlock] | None = None
        pairs = _candidate_pairs(page, values, calcs, current.failed)
        if len(pairs) > _MAX_PAIRS:
            break
        for a, b in pairs:
            trial = _judge(_swapped(values, a.element or "", b.element or ""), calcs)
            # Fewer failing totals, none new, and every total that balanced still balances.
            better = trial.failed < current.failed and trial.balanced >= current.balanced
            if better and (best is None or trial.score > best[0]):
                best = (trial.score, a, b)
        if best is None:
            break
        swap_blocks(page, best[1], best[2])
        swaps += 1
    for name in _judge(_values(page), calcs).balanced:
        for block in page.definitions:
            if block.element == name and block.match_rule in _WEAK and block.rows:
                block.match_rule = CONFIRMED
    return swaps


def _values(page: Page) -> dict[str, dict[int, Decimal]]:
    """Element -> column -> number, for elements on exactly one row without members."""
    out: dict[str, dict[int, Decimal]] = {}
    seen: dict[str, int] = {}
    for row in page.rows:
        if row.kind is not RowKind.VALUE or row.members or row.definition is None:
            continue
        name = page.definitions[row.definition].element
        if not name:
            continue
        seen[name] = seen.get(name, 0) + 1
        out[name] = {c.column: c.value.number for c in row.cells if c.value.number is not None}
    return {name: cols for name, cols in out.items() if seen[name] == 1 and cols}


def _balances(total: Decimal, items: list[tuple[Decimal, Decimal]]) -> bool:
    """Within half a rounding unit per number; shown signs may be flipped (negated labels)."""
    places = min([total.as_tuple().exponent] + [v.as_tuple().exponent for v, _ in items])
    unit = Decimal(1).scaleb(places if isinstance(places, int) else 0)
    tolerance = unit * Decimal(len(items) + 1) / 2
    weighted = sum((w * v for v, w in items), Decimal(0))
    shown = sum((v for v, _ in items), Decimal(0))
    magnitudes = sum((w * abs(v) for v, w in items), Decimal(0))
    return (
        abs(total - weighted) <= tolerance
        or abs(total - shown) <= tolerance
        or abs(abs(total) - magnitudes) <= tolerance
    )


def _judge(values: Mapping[str, Mapping[int, Decimal]], calcs: Calculations) -> _Verdict:
    verdict = _Verdict(set(), set())
    for total, cols in values.items():
        checked = False
        ok = False
        for network in calcs.get(total, ()):
            if len(network) < 2 or any(item not in values for item, _ in network):
                continue
            shared = [c for c in cols if all(c in values[item] for item, _ in network)]
            if not shared:
                continue
            checked = True
            if all(_balances(cols[c], [(values[item][c], w) for item, w in network]) for c in shared):
                ok = True
                break
        if ok:
            verdict.balanced.add(total)
        elif checked:
            verdict.failed.add(total)
    return verdict


def _candidate_pairs(
    page: Page, values: Mapping[str, Mapping[int, Decimal]], calcs: Calculations, failed: set[str]
) -> list[tuple[DefinitionBlock, DefinitionBlock]]:
    """Pairs of named blocks of the same period type, one of them a failing total or its item."""
    involved = set(failed)
    for total in failed:
        for network in calcs.get(total, ()):
            involved.update(item for item, _ in network)
    blocks = [b for b in page.definitions if b.element in values and b.rows]
    pairs = []
    for a, b in combinations(blocks, 2):
        if a.element not in involved and b.element not in involved:
            continue
        if a.details.get("Period Type") != b.details.get("Period Type"):
            continue
        if a.match_rule == "text_match" and b.match_rule == "text_match":
            continue  # two strong matches are not overruled
        pairs.append((a, b))
    return pairs


def _swapped(values: Mapping[str, Mapping[int, Decimal]], a: str, b: str) -> dict[str, Mapping[int, Decimal]]:
    out = dict(values)
    out[a], out[b] = values[b], values[a]
    return out


def swap_blocks(
    page: Page,
    a: DefinitionBlock,
    b: DefinitionBlock,
    rule: str = CONFIRMED,
    why: str = "the calculation arcs balance",
) -> None:
    rows = {row.index: row for row in page.rows}
    for row_index in a.rows:
        rows[row_index].definition = b.index
    for row_index in b.rows:
        rows[row_index].definition = a.index
    a.rows, b.rows = b.rows, a.rows
    a.match_rule = b.match_rule = rule

    def shown(block: DefinitionBlock) -> str:
        return block.element or (repr(rows[block.rows[0]].label) if block.rows else "?")

    page.notes.append(f"definitions of {shown(a)} and {shown(b)} swapped: {why}")
