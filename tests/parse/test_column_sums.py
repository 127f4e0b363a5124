"""Column sums as placement evidence: a placement they make is never wrong (hypothesis)."""

from __future__ import annotations

import itertools

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.support.pages import (
    GIZMO_DEBT_BY_MEMBER,
    GIZMO_HEDGE_GAINS_BY_INSTRUMENT,
    GIZMO_NOTES_BY_RATE,
    GIZMO_OLD_ACQUIRED_INTANGIBLES,
    GIZMO_OLD_FACILITY_BALANCES,
    GIZMO_OPTION_RANGES,
    GIZMO_REVENUE_BY_REGION,
    GIZMO_SINCE_ACQUISITION,
)
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


def test_a_deduction_shown_unsigned_is_subtracted_and_a_few_sums_narrow_the_rows() -> None:
    """Gross less "Accumulated amortization" (shown unsigned) is the net in every column. The net's
    total is shown twice (columns 0 and 1), so the gross and its amortization may start in either:
    both placements stay, and the rows are narrowed to them; no other placement adds up."""
    gross = _row(0, [955, 610, 345], [0, 1, 2])
    amortization = _row(1, [23, 14, 9], [0, 1, 2])
    amortization.label = "Accumulated amortization"
    rows = [gross, amortization, _row(2, [932, 932, 596, 336], [0, 1, 2, 3])]
    candidates = list(itertools.combinations(range(4), 3))
    narrowed: dict[int, set[tuple[int, ...]]] = {}
    assert placements_by_sums(rows, 4, {0: candidates, 1: candidates}, {}, narrowed) == {}
    assert narrowed == {0: {(0, 2, 3), (1, 2, 3)}, 1: {(0, 2, 3), (1, 2, 3)}}
    # Read as added (a label that does not say it is deducted), the rows add up nowhere.
    amortization.label = "Amortization"
    narrowed = {}
    placements_by_sums(rows, 4, {0: candidates, 1: candidates}, {}, narrowed)
    assert narrowed == {}


@settings(max_examples=300)
@given(st.data())
def test_sums_never_narrow_the_true_placement_away(data: st.DataObject) -> None:
    """Two open rows over a total: whatever the sums narrow the rows to holds their true columns."""
    n = data.draw(st.integers(3, 5), label="columns")
    numbers = st.one_of(st.integers(-9999, 9999), st.integers(-5, 5))
    shown = [
        sorted(
            data.draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n - 1), label=f"row {i} columns")
        )
        for i in range(2)
    ]
    lines = [[data.draw(numbers) if j in cols else 0 for j in range(n)] for cols in shown]
    assume(
        all(v != 0 for line, cols in zip(lines, shown, strict=True) for j, v in enumerate(line) if j in cols)
    )
    total = [a + b for a, b in zip(*lines, strict=True)]
    rows = [
        _row(i, [line[j] for j in cols], cols)
        for i, (line, cols) in enumerate(zip(lines, shown, strict=True))
    ]
    rows.append(_row(2, total, list(range(n))))
    candidates = {i: list(itertools.combinations(range(n), len(cols))) for i, cols in enumerate(shown)}
    narrowed: dict[int, set[tuple[int, ...]]] = {}
    decided = placements_by_sums(rows, n, candidates, {}, narrowed)
    for i, cols in enumerate(shown):
        assert decided.get(i, tuple(cols)) == tuple(cols)
        assert tuple(cols) in narrowed.get(i, {tuple(cols)})


def test_an_old_page_of_classes_in_columns_narrows_its_gross_rows_to_the_classes() -> None:
    """Old style, classes as member columns: the gross amount and its accumulated amortization show
    three values for five columns. The net shows 932 twice (the company and the acquiree), so their
    first value's column is open; the classes' columns are not, and the guess is among the
    placements the sums leave (never certain): the gross amount shows its own total (955 = 610 + 345),
    so it keeps the sums' guess; the amortization's small amounts prove no total, so the span of
    the acquiree's columns chooses."""
    page = parse_text_page(GIZMO_OLD_ACQUIRED_INTANGIBLES)
    got = {r.label: [(c.raw, c.column, c.certain, c.rule) for c in r.cells] for r in page.rows}
    for label, rule in (("Gross Amount", "column_sums_open"), ("Accumulated Amortization", "member_span")):
        first, *classes = got[label]
        assert first[1] in (0, 2) and not first[2]
        assert [(j, certain, how) for _, j, certain, how in classes] == [(3, False, rule), (4, False, rule)]


def test_a_member_combination_adds_up_with_its_siblings_to_its_parent() -> None:
    """ "North Gizmos | Europe" shows 3, 9 and 5 for four columns; with "North Gizmos | Americas" it
    makes "North Gizmos" only in the last three (512 = 0 + 512, 498 = 3 + 495, ...): a guess,
    flagged, since a sibling the page leaves out could take part."""
    page = parse_text_page(GIZMO_REVENUE_BY_REGION)
    row = next(r for r in page.rows if [m.label for m in r.members] == ["North Gizmos", "Europe"] and r.cells)
    assert [(c.raw, c.column, c.certain, c.rule) for c in row.cells] == [
        ("3", 1, False, "member_sums"),
        ("9", 2, False, "member_sums"),
        ("5", 3, False, "member_sums"),
    ]


def test_a_members_row_adds_up_with_its_siblings_to_the_row_without_members() -> None:
    """The swaps' one gain fits only the third year: with the forwards' 12,500 it makes the total's
    913,700, while the first two years' totals are the forwards' alone. A guess, flagged."""
    page = parse_text_page(GIZMO_HEDGE_GAINS_BY_INSTRUMENT)
    row = page.rows[-1]
    assert [m.label for m in row.members] == ["Commodity swaps"]
    assert [(c.raw, c.column, c.certain, c.rule) for c in row.cells] == [
        ("$ 901,200", 2, False, "member_sums")
    ]


def test_members_columns_add_up_to_the_wholes_column_of_their_date() -> None:
    """The whole at Sep. 30 (126,410) is its bank notes (52,300) and its line of credit (74,110) at
    that date: of the row's placements, the one filling that date's three columns so is the guess."""
    page = parse_text_page(GIZMO_DEBT_BY_MEMBER)
    row = next(r for r in page.rows if r.cells)
    assert [(c.raw, c.column, c.certain, c.rule) for c in row.cells] == [
        ("126,410", 0, False, "member_column_sums"),
        ("61,000", 1, False, "member_column_sums"),
        ("52,300", 2, False, "member_column_sums"),
        ("74,110", 5, False, "member_column_sums"),
    ]


def test_a_notes_rate_sits_under_the_note_named_by_it() -> None:
    """Three stated rates for five columns: each note's column names its rate ("5 1/4%", "7.125%",
    "9%"), so the rates sit there, flagged as guesses (a rate shown could be an effective one)."""
    page = parse_text_page(GIZMO_NOTES_BY_RATE)
    got = [(c.raw, c.column, c.certain, c.rule) for c in page.rows[-1].cells]
    rule = "rate_named_by_member"
    assert got == [("5.25%", 2, False, rule), ("7.125%", 3, False, rule), ("9.00%", 4, False, rule)]


def test_a_range_sits_under_its_minimum_and_maximum_columns() -> None:
    """Three risk-free rates for four columns (a prior year, this year's awards, their Minimum and
    Maximum): the two of this year are the range's ends, lower under the Minimum. Two volatilities
    are a value a year as well as a range, and one dividend yield is no half range: those rows
    stay at the left. All guesses."""
    page = parse_text_page(GIZMO_OPTION_RANGES)
    got = {r.label: [(c.raw, c.column, c.certain) for c in r.cells] for r in page.rows if r.cells}
    assert got == {
        "Expected volatility": [("52.10%", 0, False), ("48.30%", 1, False)],
        "Risk-free interest rate": [("1.10%", 0, False), ("0.85%", 2, False), ("2.05%", 3, False)],
        "Dividend yield": [("0.00%", 0, False)],
    }
    assert {c.rule for c in page.rows[2].cells} == {"range_in_min_max_columns"}


def test_a_balance_sits_at_two_dates_of_one_context() -> None:
    """The year-end instant is the facility's own column, so the balance's latest date is the
    facility's half-year column too, not the company's (no members)."""
    page = parse_text_page(GIZMO_OLD_FACILITY_BALANCES)
    got = [(c.raw, c.column, c.certain, c.rule) for c in page.rows[0].cells]
    assert got == [("$ 2,410,000", 1, False, "balance_dates"), ("$ 1,875,000", 2, False, "balance_dates")]


def test_a_label_counting_since_an_acquisition_sits_in_the_longest_period() -> None:
    """`since acquisition` names the 24 months, so the quarter's column, left empty, takes the
    other row. Both guesses."""
    page = parse_text_page(GIZMO_SINCE_ACQUISITION)
    got = {r.label: [(c.raw, c.column, c.certain) for c in r.cells] for r in page.rows if r.cells}
    assert got == {
        "Gizmo contracts transferred": [("$ 9", 0, False)],
        "Gizmo contracts transferred, since acquisition": [("64.00%", 1, False)],
    }
    assert page.rows[2].cells[0].rule == "cumulative_label"
