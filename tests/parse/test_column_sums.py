"""Column sums as placement evidence: a placement they make is never wrong (hypothesis)."""

from __future__ import annotations

import itertools

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from warehouse.parse.model import Cell, Row, RowKind
from warehouse.parse.text.column_sums import placements_by_sums
from warehouse.parse.text.page import parse_text_page
from warehouse.parse.values import parse_value


def _row(index: int, numbers: list[int], columns: list[int]) -> Row:
    cells = []
    for n, j in zip(numbers, columns, strict=True):
        raw = f"({-n:,})" if n < 0 else f"{n:,}"
        cells.append(Cell(raw, parse_value(raw), j))
    return Row(index, f"Line {index}", RowKind.VALUE, cells=cells)


@settings(max_examples=500)
@given(st.data())
def test_a_sum_never_places_a_row_wrong(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 4), label="columns")
    m = data.draw(st.integers(2, 6), label="items")
    numbers = st.one_of(st.just(0), st.integers(-9999, 9999), st.integers(-5, 5))
    items = [data.draw(st.lists(numbers, min_size=n, max_size=n)) for _ in range(m)]
    gap = data.draw(st.integers(0, m), label="gap row (m: the total)")
    shown = data.draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n - 1), label="its columns")
    if gap < m:
        items[gap] = [v if j in shown else 0 for j, v in enumerate(items[gap])]
    total = [sum(col) for col in zip(*items, strict=True)]
    lines = [*items, total]
    assume(
        all(lines[gap][j] != 0 for j in shown) and all(lines[gap][j] == 0 for j in range(n) if j not in shown)
    )
    rows = [
        _row(i, [v for j, v in enumerate(line) if j in shown], sorted(shown))
        if i == gap
        else _row(i, line, list(range(n)))
        for i, line in enumerate(lines)
    ]
    truth = tuple(sorted(shown))
    candidates = list(itertools.combinations(range(n), len(shown)))
    decided = placements_by_sums(rows, n, {gap: candidates}, {})
    assert decided.get(gap, truth) == truth


def test_a_sum_places_the_row_it_decides() -> None:
    rows = [
        _row(0, [1200, 1100, 900], [0, 1, 2]),
        _row(1, [300, 250], [1, 2]),
        _row(2, [400, 380, 310], [0, 1, 2]),
        _row(3, [1600, 1780, 1460], [0, 1, 2]),
    ]
    assert placements_by_sums(rows, 3, {1: [(0, 1), (0, 2), (1, 2)]}, {}) == {1: (1, 2)}
    # The same without a total that adds up: nothing is decided.
    rows[3] = _row(3, [1650, 1780, 1460], [0, 1, 2])
    assert placements_by_sums(rows, 3, {1: [(0, 1), (0, 2), (1, 2)]}, {}) == {}


def test_two_open_rows_over_a_total_are_placed_together() -> None:
    """ "..., current" and "..., noncurrent" both show fewer values than columns; only together do
    they add up to the total, in the columns of the balance-sheet dates (Sep. 30 of this year in
    its 3- and 9-month columns, and the year end). The total's prior-year values have no breakdown
    on the page: those columns are not checked."""
    page = parse_text_page(
        "|\nGizmo Deferred Commissions (Details) - USD ($)\n$ in Thousands\n"
        "|3 Months Ended\n|9 Months Ended\n"
        "|\nSep. 30, 2026\n|\nSep. 30, 2025\n|\nSep. 30, 2026\n|\nSep. 30, 2025\n|\nDec. 31, 2025\n"
        "|Gizmo commissions, current\n|6,100\n|6,100\n|$ 5,800\n"
        "|Gizmo commissions, noncurrent\n|12,300\n|12,300\n|8,900\n"
        "|Total gizmo commissions\n|$ 18,400\n|$ 11,500\n|$ 18,400\n|$ 11,500\n|$ 14,700\n"
        + "".join(
            f"|X\n- Definition\n+ References\n{doc}\n+ Details\nNo definition available.\n"
            for doc in (
                "Amount of gizmo commissions, classified as current.",
                "Amount of gizmo commissions, classified as noncurrent.",
                "Amount of gizmo commissions.",
            )
        )
    )
    got = {r.label: [(c.column, c.certain, c.rule) for c in r.cells] for r in page.rows}
    assert got["Gizmo commissions, current"] == [
        (0, True, "column_sums"),
        (2, True, "column_sums"),
        (4, True, "column_sums"),
    ]
    assert got["Gizmo commissions, noncurrent"] == [(j, True, "column_sums") for j in (0, 2, 4)]
