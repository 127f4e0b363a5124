"""Roll forwards over period columns as placement evidence: a certain placement is never wrong
(hypothesis, over whole pages written in the text format with nil cells dropped)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.pages import (
    GIZMO_DERIVATIVE_LIABILITIES,
    GIZMO_LEVEL3_WARRANTS,
    GIZMO_OLD_GOODWILL_SEGMENTS,
    GIZMO_OLD_OCI_EDGES,
    GIZMO_RESERVE_FIVE_UNSIGNED,
    GIZMO_RESERVE_ZERO_TRANSFER,
    GIZMO_WARRANT_CLOSING_TWICE,
    definition_blocks,
    member_blocks,
)
from warehouse.parse.text.page import parse_text_page

YEARS = (2025, 2024, 2023)


def _raw(value: int) -> str:
    return f"({-value:,})" if value < 0 else f"{value:,}"


def _page(
    n: int,
    opening_oldest: int,
    moves: list[list[int | None]],
    closing_first: bool,
    unsigned: frozenset[int] = frozenset(),
    unclosed: int | None = None,
    instants: int = 0,
) -> tuple[str, dict]:
    """The page's text, and the truth: label -> [(raw, column)] of each row. ``unsigned``: movement
    rows of deductions written without their sign; ``unclosed``: a column whose closing balance the
    page does not show; ``instants``: trailing columns at the latest year-ends (a span lost: the
    header cannot tell them from the group's continuation), where both balance rows show the
    balance at that date."""
    opening = [0] * n
    closing = [0] * n
    for j in reversed(range(n)):  # the oldest year is the last column
        opening[j] = opening_oldest if j == n - 1 else closing[j + 1]
        closing[j] = opening[j] + sum(m[j] or 0 for m in moves)
    at_dates: list[int | None] = list(closing[:instants])
    rows: list[tuple[str, list[int | None]]] = [("Balance, beginning of year", [*opening, *at_dates])]
    body = [
        (f"Gizmo movement {k + 1}", [abs(v) if v is not None and k in unsigned else v for v in m])
        for k, m in enumerate(moves)
    ]
    shown_closing = [c if c != 0 and j != unclosed else None for j, c in enumerate(closing)]
    end = ("Balance, end of year", [*shown_closing, *at_dates])
    rows += [end, *body] if closing_first else [*body, end]
    lines = ["|", "GIZMO RESERVE (Details) - USD ($)", "|12 Months Ended"]
    for year in [*YEARS[:n], *YEARS[:instants]]:
        lines += ["|", f"Dec. 31, {year}"]
    truth: dict[str, list[tuple[str, int]]] = {}
    for label, values in rows:
        shown = [(_raw(v), j) for j, v in enumerate(values) if v is not None]
        if not shown:
            continue
        truth[label] = shown
        lines.append(f"|{label}")
        lines += [f"|{raw}" for raw, _ in shown]
    docs = ["Amount of the gizmo reserve."] + [
        f"Amount of gizmo movement number {k + 1}." for k in range(len(moves))
    ]
    for doc in docs:
        lines += ["|X", "- Definition", "+ References", doc, "+ Details", "No definition available."]
    return "\n".join(lines) + "\n", truth


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_roll_forward_never_places_a_value_wrong(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 3), label="columns")
    m = data.draw(st.integers(1, 3), label="movements")
    cell = st.one_of(st.none(), st.just(0), st.integers(-50, 50), st.integers(-9999, 9999))
    moves = [data.draw(st.lists(cell, min_size=n, max_size=n)) for _ in range(m)]
    # Deductions written unsigned: rows without a positive movement, shown as positive numbers.
    unsigned = frozenset(
        k for k, mv in enumerate(moves) if all((v or 0) <= 0 for v in mv) and data.draw(st.booleans())
    )
    unclosed = data.draw(st.one_of(st.none(), st.integers(0, n - 1)), label="unclosed column")
    opening = data.draw(st.integers(1, 9999), label="oldest opening balance")
    closing_first = data.draw(st.booleans(), label="closing first")
    instants = data.draw(st.sampled_from((0, 0, 1, n)), label="trailing instants")
    text, truth = _page(n, opening, moves, closing_first, unsigned, unclosed, instants)
    page = parse_text_page(text)
    for row in page.rows:
        for cell_, (raw, column) in zip(row.cells, truth.get(row.label, []), strict=False):
            if cell_.certain:
                assert (cell_.raw, cell_.column) == (raw, column), (row.label, cell_.rule)


def test_a_roll_forward_page_as_written_here_is_read() -> None:
    text, truth = _page(2, 700, [[None, -300], [-400, None]], closing_first=True)
    page = parse_text_page(text)
    got = {r.label: [(c.raw, c.column) for c in r.cells] for r in page.rows if r.cells}
    assert got == truth
    assert all(c.certain for r in page.rows for c in r.cells)


def test_trailing_instants_that_take_no_movement_leave_the_roll_forward_to_the_periods() -> None:
    # Two year-end instants after the two years repeat the balances at those dates; only 2024 moves
    # by "(2)" and "(488)". The period columns balance alone, whatever the trailing columns are.
    moves: list[list[int | None]] = [[111, 230], [None, -2], [-719, -823], [None, -488]]
    text, truth = _page(2, 2351, moves, closing_first=False, instants=2)
    page = parse_text_page(text)
    assert [c.period.type.value if c.period else None for c in page.columns] == [
        "duration",
        "duration",
        "instant",
        "instant",
    ]
    got = {r.label: [(c.raw, c.column) for c in r.cells] for r in page.rows if r.cells}
    assert got == truth
    assert all(c.certain for r in page.rows for c in r.cells)


def test_deductions_written_unsigned_are_subtracted() -> None:
    # 2024: 900 - 300 = 600; 2025: 600 + 600 - 200 = 1,000, the deductions shown as "200" and "300".
    text, truth = _page(2, 900, [[600, None], [-200, -300]], closing_first=False, unsigned=frozenset({1}))
    page = parse_text_page(text)
    got = {r.label: [(c.raw, c.column) for c in r.cells] for r in page.rows if r.cells}
    assert got == truth
    assert all(c.certain for r in page.rows for c in r.cells)


def test_a_movement_no_bigger_than_the_rounding_slack_is_placed_exactly() -> None:
    # 2024: 101 - 1 = 100 (the deduction shown "1"); 2025 moves nothing. Within a unit of rounding
    # "1" would balance 2025 as well (100 + 1 ~ 100): a value that small proves nothing in rounding.
    text, truth = _page(2, 101, [[None, -1]], closing_first=False, unsigned=frozenset({0}))
    page = parse_text_page(text)
    got = {r.label: [(c.raw, c.column) for c in r.cells] for r in page.rows if r.cells}
    assert got == truth


def test_a_column_without_its_closing_balance_is_left_unchecked() -> None:
    # The 2025 closing balance (nonzero) is not shown: the other columns still decide.
    text, truth = _page(3, 7, [[14, 15, 15], [-8, -15, -14]], closing_first=False, unclosed=0)
    page = parse_text_page(text)
    got = {r.label: [(c.raw, c.column) for c in r.cells] for r in page.rows if r.cells}
    assert got == truth
    closing = next(r for r in page.rows if r.label == "Balance, end of year")
    assert [(c.column, c.certain) for c in closing.cells] == [(1, True), (2, True)]


def test_a_total_equal_to_one_part_give_or_take_a_unit_is_no_sum() -> None:
    # 2024: 1 + 99 = 100 closes; 2025 (100 - 1 + 100) shows no closing balance. In 2025 the
    # closing 100 would equal "(1)" + 100 within the rounding slack: no evidence for 2025.
    text, truth = _page(2, 1, [[None, 99], [-1, 0], [100, 0]], closing_first=False, unclosed=0)
    page = parse_text_page(text)
    closing = next(r for r in page.rows if r.label == "Balance, end of year")
    assert [(c.raw, c.column) for c in closing.cells if c.certain] in ([], truth["Balance, end of year"])


GIZMO_QUARTER_AND_HALF = """|
Gizmo Restructuring (Details) - USD ($)
$ in Millions
|3 Months Ended
|6 Months Ended
|
Jun. 30, 2026
|
Jun. 30, 2025
|
Jun. 30, 2026
|
Jun. 30, 2025
|Gizmo Reserve [Roll Forward]
|Beginning balance
|$ 10
|Gizmo charges, net
|$ 4
|$ 5
|9
|$ 10
|Payments
|(11)
|Ending balance
|8
|8
""" + definition_blocks(
    [
        "Amount of gizmo payments.",
        "Amount of gizmo charges.",
        "Amount of the gizmo reserve.",
        "A roll forward is a reconciliation of a concept from the beginning of a period to the "
        "end of a period.",
    ]
)


def test_small_balances_in_millions_decide_nothing_within_rounding() -> None:
    """In millions, 10 + 10 - 11 = 9 is "8" within rounding, and so is 0 + 9 = 9: the first half
    year 2025 balances as loosely as the true first half year 2026 (10 + 9 - 11 = 8), so the
    arithmetic that holds only within rounding places nothing for sure."""
    page = parse_text_page(GIZMO_QUARTER_AND_HALF)
    for row in page.rows:
        if row.label in ("Beginning balance", "Payments"):
            assert [c.certain for c in row.cells] == [False]
    ending = next(r for r in page.rows if r.label == "Ending balance")
    assert not any(c.certain and c.column == 3 for c in ending.cells)


GIZMO_OLDEST_OPENING_UNSHOWN = """|
GIZMO RESERVE (Details) - USD ($)
|12 Months Ended
|
Dec. 31, 2026
|
Dec. 31, 2025
|
Dec. 31, 2024
|Balance, beginning of year
|$ 200
|$ 320
|Gizmo provision
|1,100
|230
|$ 610
|Gizmo write-offs
|(150)
|(350)
|Balance, end of year
|$ 1,150
|$ 200
|$ 320
""" + definition_blocks(
    [
        "Amount of the gizmo reserve.",
        "Amount of the gizmo provision.",
        "Amount of gizmo write-offs.",
    ]
)


def test_the_oldest_opening_balance_not_shown_leaves_its_column_unchecked() -> None:
    # 2026: 200 + 1,100 - 150 = 1,150; 2025: 320 + 230 - 350 = 200; the 2024 opening balance and
    # write-offs are not shown, so 2024 (its provision and closing balance only) checks nothing.
    page = parse_text_page(GIZMO_OLDEST_OPENING_UNSHOWN)
    got = {r.label: [(c.raw, c.column, c.certain) for c in r.cells] for r in page.rows if r.cells}
    assert got["Balance, beginning of year"] == [("$ 200", 0, True), ("$ 320", 1, True)]
    assert got["Gizmo write-offs"] == [("(150)", 0, True), ("(350)", 1, True)]


def test_a_small_total_off_by_one_proves_no_placement() -> None:
    """49 + 50 is "100" within rounding, but a total of a hundred units is too small for that to
    prove anything: the movements (one of them the whole of 2025's change) stay guesses or go right,
    never certain and wrong (a case hypothesis found)."""
    text, truth = _page(3, 1, [[50, None, None], [None, 50, 49]], closing_first=False)
    page = parse_text_page(text)
    for row in page.rows:
        for cell_, (raw, column) in zip(row.cells, truth[row.label], strict=True):
            assert not cell_.certain or (cell_.raw, cell_.column) == (raw, column), row.label


def test_a_total_row_showing_a_placed_segment_rows_values_takes_its_columns() -> None:
    """The segment's 2013 movements balance exactly (2,521 + 515 - 4 = 3,032), which places them for
    sure; the total's balance only within rounding, with a movement too small to be told from
    rounding. Its "Acquisitions 515", the segment's values in order, most likely sits where the
    segment's does (a guess, flagged); a lone "(4)" proves nothing."""
    page = parse_text_page(GIZMO_OLD_GOODWILL_SEGMENTS)
    cells = {(r.label, r.members[0].label if r.members else ""): r.cells for r in page.rows if r.cells}
    assert [(c.column, c.certain, c.rule) for c in cells[("Acquisitions", "Gizmo Retail [Member]")]] == [
        (1, True, "roll_forward")
    ]
    assert [(c.column, c.certain, c.rule) for c in cells[("Acquisitions", "")]] == [
        (1, False, "same_value_elsewhere")
    ]
    assert [c.rule for c in cells[("Disposals", "")]] != ["same_value_elsewhere"]


def test_a_balance_shown_twice_at_one_date_places_the_roll_forward() -> None:
    """The half year opens where its first quarter opens and closes where its second quarter closes:
    of the placements of the balances, the one under which those pairs agree, and the quarters
    balance, is the guess (flagged: the half year's own movement is not shown, so nothing proves it)."""
    page = parse_text_page(GIZMO_LEVEL3_WARRANTS)
    got = {
        r.label: [(c.column, c.certain, c.rule) for c in r.cells] for r in page.rows if 0 < len(r.cells) < 5
    }
    guess = [(0, False, "roll_forward_fit"), (1, False, "roll_forward_fit"), (3, False, "roll_forward_fit")]
    assert got == {
        "Fair value at beginning": guess,
        "Change in fair value - gizmo warrants": guess[:2],
        "Fair value at ending": guess,
    }


GIZMO_PUBLIC_WARRANTS = (
    """|
Gizmo Fair Value - Public Warrants (Details) - USD ($)
|3 Months Ended
|9 Months Ended
|
Sep. 30, 2025
|
Jun. 30, 2025
|
Mar. 31, 2025
|
Sep. 30, 2025
|Gizmo Warrant Liabilities [Roll Forward]
|Gizmo warrant liabilities
|$ 21,175,000
|$ 21,175,000
|Change in fair value of gizmo warrant liabilities
|$ 4,264,000
|11,494,000
|Gizmo warrant liabilities
|9,681,000
|9,681,000
|Level 3 [Member]
|Gizmo Warrant Liabilities [Roll Forward]
|Gizmo warrant liabilities
|5,137,000
|$ 6,155,000
|21,175,000
|21,175,000
|Change in fair value of gizmo warrant liabilities
|(1,571,000)
|(1,018,000)
|(15,020,000)
|(17,609,000)
|Gizmo warrant liabilities
|$ 3,566,000
|$ 5,137,000
|$ 6,155,000
|$ 3,566,000
"""
    + definition_blocks(
        [
            "Amount of expense (income) related to adjustment to fair value of gizmo warrant liability.",
            "A roll forward is a reconciliation of a concept from the beginning of a period to the end of a "
            "period.",
            "The fair value of gizmo warrants that would be issued if the settlement were to occur at the "
            "reporting date.",
        ]
    )
    + member_blocks(1)
)


def _placed(text: str) -> dict[tuple[int, str], list[tuple[int, str]]]:
    page = parse_text_page(text)
    return {(r.index, r.label): [(c.column, c.rule) for c in r.cells] for r in page.rows if r.cells}


def test_the_columns_that_balance_place_a_movement_left_out_of_one_column() -> None:
    """The quarters and the half year show both balances; the change shown twice balances the second
    quarter and the half year, and nothing balances the first quarter (its change is not shown)."""
    got = _placed(GIZMO_DERIVATIVE_LIABILITIES)
    assert got[2, "Change in fair value"] == [(0, "roll_forward_fit"), (2, "roll_forward_fit")]


def test_a_roll_forward_heading_opens_with_the_label_that_closes_it() -> None:
    """Under a [Roll Forward] heading the first and the last row of one label are the opening and
    closing balances: the opening shown twice is the nine months' and the first quarter's (one date),
    the closing twice the nine months' and the third quarter's; the change, shown unsigned, takes the
    nine months' balance down."""
    got = {key: cells for key, cells in _placed(GIZMO_PUBLIC_WARRANTS).items() if len(cells) < 4}
    fit = "roll_forward_fit"
    assert got == {
        (1, "Gizmo warrant liabilities"): [(2, fit), (3, fit)],
        (2, "Change in fair value of gizmo warrant liabilities"): [(0, fit), (3, fit)],
        (3, "Gizmo warrant liabilities"): [(0, fit), (3, fit)],
    }


def test_every_unsigned_movement_counts_in_a_balancing_column() -> None:
    """Five movements shown unsigned, then the change the filer left out of the first quarter: the
    columns balance only with all five counted (the fifth too), in the second quarter and the half
    year."""
    got = _placed(GIZMO_RESERVE_FIVE_UNSIGNED)
    assert got[7, "Change in gizmo reserve"] == [(0, "roll_forward_fit"), (2, "roll_forward_fit")]


def test_one_balance_shown_twice_sits_under_periods_ending_on_one_date() -> None:
    """The closing liability shows one value twice: one balance at one date, so it sits under the
    quarter and the nine months ending on Sep. 30, 2026 (a guess: nothing else tells)."""
    got = _placed(GIZMO_WARRANT_CLOSING_TWICE)
    assert got[1, "Warrant liability, end of period"] == [(0, "balance_same_date"), (2, "balance_same_date")]


def test_balances_shown_once_sit_in_the_one_column_where_they_balance() -> None:
    """An opening and a closing balance shown once each, over a change shown in every column: only
    in the half year's column does the opening plus the change equal the closing (-3,120 + 2,275 =
    -845), so both sit there, for sure. Placements that put the two balances in different columns
    check no column at all, so they prove nothing and do not stand against it."""
    page = parse_text_page(GIZMO_OLD_OCI_EDGES)
    got = {r.label: [(c.column, c.certain) for c in r.cells] for r in page.rows}
    assert got["Beginning Balance"] == [(2, True)]
    assert got["Ending Balance"] == [(2, True)]


def test_a_column_filled_elsewhere_need_not_take_part_in_a_roll_forward() -> None:
    """A column that another context fills (the total's allocation, in the first column) takes no
    value of the member's roll forward for sure: its "0" transfer balances in either year-end, so no
    placement of it is certain, and the guess keeps it among the year-ends."""
    page = parse_text_page(GIZMO_RESERVE_ZERO_TRANSFER)
    zero = next(r for r in page.rows if r.label.startswith("Legal reserve") and r.members)
    assert [(c.raw, c.certain) for c in zero.cells] == [("0", False), ("(1,204,550)", False)]
    assert [c.column for c in zero.cells] == [1, 2]
