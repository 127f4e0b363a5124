"""Definitions told apart by a page's structure: a roll forward's balance, its movements and their
signs, a balance shown again as a total, and what documentation says an amount is *not*. The pages
are written for these tests (gizmo filers) in the text format; documentation is the taxonomy's
wording where the element is a standard one."""

from __future__ import annotations

import pytest

from tests.support.pages import (
    AFS_DOC,
    GIZMO_ALLOWANCE_PERIOD_EDGES,
    GIZMO_ALLOWANCE_SIGNED_MOVEMENTS,
    GIZMO_BANK_CAPITAL,
    GIZMO_BANK_DEPOSITS,
    GIZMO_BENEFIT_COST,
    GIZMO_COMMITMENT_BUCKETS,
    GIZMO_DEFERRED_REVENUE_RECOGNITION,
    GIZMO_DIVIDEND_DATES,
    GIZMO_HALF_YEAR_BUYBACKS,
    GIZMO_IFRS_PROVISIONS,
    GIZMO_INTEREST_INCURRED,
    GIZMO_INVESTMENTS_ABSTRACT,
    GIZMO_LOAN_LINE_ITEMS,
    GIZMO_NOTES_DISCOUNT_AND_COSTS,
    GIZMO_NOTES_REPURCHASED,
    GIZMO_NOTES_STANDARD_ABSTRACT,
    GIZMO_OCI_TAX,
    GIZMO_OLD_OCI_EDGES,
    GIZMO_OLD_WARRANT_CLASSES,
    GIZMO_PENSION_ASSUMPTIONS,
    GIZMO_PROVISION_TABLES,
    GIZMO_PURCHASE_OBLIGATIONS,
    GIZMO_RECEIVABLES_CREDIT_LOSS,
    GIZMO_RENTAL_INCOME,
    GIZMO_SECURITIES_BY_CLASS,
    GIZMO_SHARE_BUYBACK,
    GIZMO_SHARES_EXCLUDED,
    GIZMO_TRUST_REPURCHASES,
    WELL_CAPITALIZED_LEVERAGE_DOC,
    blocks_of,
    definition_blocks,
    member_blocks,
    single_column_page,
)
from warehouse.parse.model import BlockKind, Cell, DefinitionBlock, Row, RowKind
from warehouse.parse.text.match import Similarity, _doc_measure, measure_clash, pair_score
from warehouse.parse.text.page import parse_text_page
from warehouse.parse.text.rows import element_key, reads_as_balance
from warehouse.parse.values import parse_value

LINE_ITEMS = (
    "Line items represent financial concepts included in a table. These concepts are used to disclose "
    "reportable information associated with domain members defined in one or many axes to the table."
)


def _header(title: str, *dates: str, group: str = "3 Months Ended") -> str:
    return f"|\n{title} - USD ($)\n$ in Thousands\n|{group}\n" + "".join(f"|\n{d}\n" for d in dates)


def _rows(*rows: tuple[str, tuple[str, ...]]) -> str:
    return "".join(f"|{label}\n" + "".join(f"|{v}\n" for v in values) for label, values in rows)


GIZMO_RESTRUCTURING = (
    _header("Gizmo Restructuring (Details)", "Mar. 31, 2026", "Mar. 31, 2025")
    + _rows(
        ("Restructuring Reserve [Roll Forward]", ()),
        ("Beginning balance", ("$ 40", "$ 55")),
        ("Restructuring expense", ("12", "9")),
        ("Cash payments", ("(20)", "(15)")),
        ("Ending balance", ("$ 32", "$ 49")),
    )
    + definition_blocks(
        [
            "Amount of cash paid in the period to fully or partially settle a specified, previously accrued "
            "type of restructuring cost.",
            "Amount charged against earnings in the period for incurred and estimated costs associated with "
            "exit from or disposal of business activities or restructurings pursuant to a duly authorized "
            "plan, excluding asset retirement obligations.",
            "Carrying amount (including both current and noncurrent portions of the accrual) as of the "
            "balance sheet date pertaining to a specified type of cost associated with exit from or disposal "
            "of business activities or restructuring pursuant to a duly authorized plan.",
            "A roll forward is a reconciliation of a concept from the beginning of a period to the end of a "
            "period.",
        ]
    )
)


def test_restructurings_and_restructuring_are_one_word() -> None:
    """ "... disposal of business activities or restructurings" documents the restructuring expense:
    the plural stems as the singular does, so the expense is not taken for the cash paid."""
    got = blocks_of(GIZMO_RESTRUCTURING)
    assert got["Restructuring expense"] == 1
    assert got["Cash payments"] == 0
    assert got["Beginning balance"] == got["Ending balance"] == 2


GIZMO_WARRANTY = (
    _header("Gizmo Warranty (Details)", "Jun. 30, 2026", "Jun. 30, 2025", group="6 Months Ended")
    + _rows(
        ("Balance, beginning of period", ("$ 83", "$ 100")),
        ("Amounts accrued for current period gizmo sales", ("41", "34")),
        ("Settlements of gizmo claims", ("(39)", "(51)")),
        ("Balance, end of period", ("$ 85", "$ 83")),
    )
    + definition_blocks(
        [
            "Carrying value as of the balance sheet date of obligations payable for estimated claims under "
            "gizmo warranty protection rights granted to customers.",
            "Represents the aggregate decrease in the gizmo warranty liability related to payments to "
            "satisfy claims.",
            "Represents the aggregate increase in the gizmo warranty liability for accruals related to "
            "warranties issued during the reporting period.",
        ]
    )
)


def test_a_movement_between_a_balance_and_its_closing_is_a_flow_whatever_its_words() -> None:
    """ "Amounts accrued for ..." reads like a balance ("accrued"), but between the opening and the
    closing balance it is a movement; the settlements, shown negative, are no increase."""
    got = blocks_of(GIZMO_WARRANTY)
    assert got["Amounts accrued for current period gizmo sales"] == 2
    assert got["Settlements of gizmo claims"] == 1
    assert got["Balance, beginning of period"] == got["Balance, end of period"] == 0


GIZMO_COMMISSIONS = (
    _header(
        "Gizmo Contract Costs (Details)",
        "Sep. 30, 2026",
        "Sep. 30, 2025",
        "Sep. 30, 2026",
        "Dec. 31, 2025",
    )
    + _rows(
        ("Gizmo Contract Costs", ()),
        ("Beginning balance", ("$ 13,095", "$ 11,902")),
        ("Additions to deferred gizmo commissions", ("2,580", "1,666")),
        ("Amortization of deferred gizmo commissions", ("(1,671)", "(1,350)")),
        ("Ending balance", ("14,004", "12,218")),
        ("Deferred gizmo commissions, current", ("$ 5,773", "$ 5,814")),
        ("Deferred gizmo commissions, noncurrent", ("8,231", "7,856")),
        ("Total deferred gizmo commissions", ("$ 14,004", "$ 12,218", "$ 14,004", "$ 13,670")),
    )
    + "|X\n- References\n+ Details\nNo definition available.\n"
    + definition_blocks(
        [
            "Represents the amount of deferred gizmo commissions made during the period.",
            "Amount of amortization expense for asset recognized from cost incurred to obtain or fulfill "
            "contract with customer.",
            "Amount, after accumulated amortization and accumulated impairment loss, of asset recognized "
            "from cost incurred to obtain or fulfill contract with customer.",
            "Amount, after accumulated amortization and accumulated impairment loss, of asset recognized "
            "from cost incurred to obtain or fulfill contract with customer; classified as current.",
            "Amount, after accumulated amortization and accumulated impairment loss, of asset recognized "
            "from cost incurred to obtain or fulfill contract with customer; classified as noncurrent.",
        ]
    )
)


def test_a_closing_balance_shown_again_as_a_total_is_one_element() -> None:
    """Eight labels for six blocks: the closing balance's values come again in the total below its
    parts, so balance and total are one element; the amortization, shown negative, is no addition
    "made during the period" however many words it shares with it."""
    page = parse_text_page(GIZMO_COMMISSIONS)
    got = {r.label: r.definition for r in page.rows}
    assert got["Beginning balance"] == got["Ending balance"] == got["Total deferred gizmo commissions"] == 3
    assert got["Additions to deferred gizmo commissions"] == 1
    assert got["Amortization of deferred gizmo commissions"] == 2
    assert got["Deferred gizmo commissions, current"] == 4
    assert got["Deferred gizmo commissions, noncurrent"] == 5
    assert got["Gizmo Contract Costs"] == 0
    assert not [n for n in page.notes if "not matched" in n]


GIZMO_DEFERRED_REVENUE = (
    _header("Gizmo Deferred Revenue (Details)", "Sep. 30, 2026", "Sep. 30, 2025", group="9 Months Ended")
    + _rows(
        ("Movement in Deferred Gizmo Revenue [Roll Forward]", ()),
        ("Balance at beginning of period", ("$ 35,968", "$ 20,100")),
        (
            "Revenue recognized from the beginning of the year contract liability balance",
            ("(16,507)", "(6,000)"),
        ),
        ("Revenue deferred", ("53,058", "9,300")),
        ("Balance at end of period", ("$ 72,519", "$ 23,400")),
    )
    + definition_blocks(
        [
            "Contract With Customer, Liability, Gizmo Additions",
            "Movement In Contract With Customer, Liability",
            "Amount of obligation to transfer good or service to customer for which consideration has been "
            "received or is receivable.",
            "Amount of revenue recognized that was previously included in balance of obligation to transfer "
            "good or service to customer for which consideration from customer has been received or is due.",
        ]
    )
)


def test_a_roll_forward_abstract_documented_by_its_label_heads_the_roll_forward() -> None:
    """ "Movement In Contract With Customer, Liability" is a filer's roll-forward abstract; the
    balance is the obligation, and revenue recognized out of the balance is no deferral."""
    got = blocks_of(GIZMO_DEFERRED_REVENUE)
    assert got["Movement in Deferred Gizmo Revenue [Roll Forward]"] == 1
    assert got["Balance at beginning of period"] == got["Balance at end of period"] == 2
    assert got["Revenue recognized from the beginning of the year contract liability balance"] == 3
    assert got["Revenue deferred"] == 0


GIZMO_BILLINGS = (
    _header("Gizmo Billings (Details)", "Jun. 30, 2026", "Jun. 30, 2025", group="6 Months Ended")
    + _rows(
        ("Contract with Customer, Liability", ()),
        ("Deferred revenue (Beginning balance)", ("$ 13,390", "$ 2,499")),
        ("Deferred revenue billed in the current period, net of recognition", ("10,413", "106")),
        ("Revenue recognized that was included in the beginning period", ("(15,296)",)),
        ("Revenue recognized that was included in the beginning period", ("(2,439)",)),
        ("Deferred revenue (Ending balance)", ("$ 8,507", "$ 166")),
    )
    + definition_blocks(
        [
            "Contract With Customer, Liability, Increase From Deferral Of Gizmo Revenue",
            "Contract with Customer, Liability, Gizmo Revenue Recognized, Including Beginning Balance",
            "Contract with Customer, Liability",
            "Amount of obligation to transfer good or service to customer for which consideration has been "
            "received or is receivable.",
            "Amount of revenue recognized that was previously included in balance of obligation to transfer "
            "good or service to customer for which consideration from customer has been received or is due.",
        ]
    )
)


def test_a_movement_that_names_the_opening_balance_is_no_balance() -> None:
    """ "Revenue recognized that was included in the beginning period" names the balance it draws on
    but moves it: shown twice with different values in one context it is two elements, so every
    block finds its row and the billings take the deferral."""
    label = "Revenue recognized that was included in the beginning period"
    assert element_key(label) == label
    page = parse_text_page(GIZMO_BILLINGS)
    recognized = sorted(r.definition for r in page.rows if r.label == label if r.definition is not None)
    assert recognized == [1, 4]
    assert {r.label: r.definition for r in page.rows}[
        "Deferred revenue billed in the current period, net of recognition"
    ] == 0
    assert not page.notes


GIZMO_CONTRACT_LIABILITIES = (
    _header("Gizmo Contract Liabilities (Details)", "Jun. 30, 2026", "Dec. 31, 2025", group="6 Months Ended")
    + _rows(
        ("Gizmo revenue", ()),
        ("Deferred revenue", ("$ 411,584", "$ 269,853")),
        ("Accrued loss provision", ("6,411", "6,094")),
        ("Contract liabilities", ("417,995", "$ 275,947")),
        ("Increase in contract liabilities", ("142,000",)),
        ("Revenue recognized included in contract liability at beginning of period", ("$ 218,100",)),
    )
    + definition_blocks(
        [
            "Accrued loss provision component of obligation to transfer good or service to customer for "
            "which consideration has been received or is receivable, classified as current.",
            "Amount of obligation before accrued loss provision on transfer good or service to customer for "
            "which consideration has been received or is receivable, classified as current.",
            "Amount of increase (decrease) in contract with customers liability current.",
            "Amount of obligation to transfer good or service to customer for which consideration has been "
            "received or is receivable, classified as current.",
            "Amount of revenue recognized that was previously included in balance of obligation to transfer "
            "good or service to customer for which consideration from customer has been received or is due.",
        ]
    )
    + "|X\n- References\n+ Details\nNo definition available.\n"
)


def test_an_amount_before_a_thing_is_not_that_thing() -> None:
    """ "Amount of obligation before accrued loss provision" is the deferred revenue, not the "Accrued
    loss provision"; revenue recognized out of the opening balance is a flow, not a balance."""
    got = blocks_of(GIZMO_CONTRACT_LIABILITIES)
    assert got["Deferred revenue"] == 1
    assert got["Accrued loss provision"] == 0
    assert got["Revenue recognized included in contract liability at beginning of period"] == 4
    assert got["Gizmo revenue"] == 5


GIZMO_RESERVES = (
    "|\nGizmo Restricted Net Assets (Details)\n|\nDec. 31, 2026\nUSD ($)\n|\nDec. 31, 2026\nCNY (¥)\n"
    "|\nDec. 31, 2025\nCNY (¥)\n"
    + _rows(
        (
            "Minimum required percentage of annual after-tax profit to the gizmo statutory reserve",
            ("10.00%",),
        ),
        (
            "Maximum requirement of the gizmo statutory reserve as a percentage of registered capital",
            ("50.00%",),
        ),
        ("Gizmo statutory reserves", ("$ 8,687", "¥ 60,469", "¥ 42,403")),
    )
    + definition_blocks(
        [
            "A segregation of retained earnings which is unavailable for dividend distribution.",
            "Required maximum percentage of gizmo statutory surplus reserve to registered capital",
            "Required percentage of the entity's after tax profits to allocate to the gizmo statutory "
            "reserve.",
        ]
    )
)


def test_money_is_no_required_percentage() -> None:
    """Documentation that opens on a qualified percentage ("Required maximum percentage of ...") is
    a rate: a row of amounts in two currencies takes the appropriated earnings instead."""
    got = blocks_of(GIZMO_RESERVES)
    assert got["Gizmo statutory reserves"] == 0
    assert (
        got["Maximum requirement of the gizmo statutory reserve as a percentage of registered capital"] == 1
    )
    assert got["Minimum required percentage of annual after-tax profit to the gizmo statutory reserve"] == 2


GIZMO_REPURCHASE = (
    _header("Gizmo Share Repurchase (Details)", "Dec. 31, 2026", group="12 Months Ended")
    + _rows(
        ("Shares repurchased during the year | shares", ("935,848",)),
        ("Repurchase of gizmo shares cost", ("$ 19,101",)),
        ("Weighted average repurchase price | $ / shares", ("$ 20.41",)),
    )
    + definition_blocks(
        [
            "Total cost of shares repurchased divided by the total number of shares repurchased.",
            "Number of shares that have been repurchased during the period and are being held in treasury.",
            "Equity impact of the cost of common and preferred stock that were repurchased during the "
            "period. Recorded using the cost method.",
        ]
    )
)


def test_cost_divided_by_shares_is_a_price_per_share() -> None:
    got = blocks_of(GIZMO_REPURCHASE)
    assert got["Weighted average repurchase price | $ / shares"] == 0
    assert got["Repurchase of gizmo shares cost"] == 2
    assert got["Shares repurchased during the year | shares"] == 1


GIZMO_CASH = (
    "|\nGizmo Credit Risk (Details) - USD ($)\n|\nJun. 30, 2026\n|\nDec. 31, 2025\n"
    + _rows(("Cash", ("$ 914,740", "$ 860,284")), ("Federally insured limits", ("250,000", "250,000")))
    + definition_blocks(
        [
            "Amount of currency on hand as well as demand deposits with banks or financial institutions.",
            "The amount of cash deposited in financial institutions as of the balance sheet date that is "
            "insured by the Federal Deposit Insurance Corporation.",
        ]
    )
)


def test_currency_on_hand_is_cash() -> None:
    got = blocks_of(GIZMO_CASH)
    assert got == {"Cash": 0, "Federally insured limits": 1}


GIZMO_DEFERRED_WARRANTY = (
    _header(
        "Gizmo Warranty Revenue (Details)", "Mar. 31, 2026", "Mar. 31, 2025", "Dec. 31, 2025", "Dec. 31, 2024"
    )
    + _rows(
        ("Gizmo Warranty Obligation [Roll Forward]", ()),
        ("Balance at beginning of period", ("$ 1,218", "$ 2,812", "$ 2,106", "$ 3,677")),
        ("Settlements made", ("(1,353)", "(561)")),
        ("Accruals for gizmo warranties issued", ("465", "(304)")),
        ("Balance at the end of period", ("$ 1,218", "$ 2,812", "$ 2,106", "$ 3,677")),
    )
    + definition_blocks(
        [
            "Gizmo warranty revenue deferred.",
            "Deferred gizmo warranty revenue.",
            "Gizmo warranty revenue recognized.",
        ]
    )
    + definition_blocks(
        [
            "A roll forward is a reconciliation of a concept from the beginning of a period to the end of a "
            "period."
        ]
    )
)


def test_a_label_ending_on_a_participle_names_a_flow() -> None:
    """A filer's documentation that repeats a label, with its full stop: "... revenue deferred." and
    "... revenue recognized." are the period's movements, "Deferred ... revenue." the balance."""
    got = blocks_of(GIZMO_DEFERRED_WARRANTY)
    assert got["Balance at beginning of period"] == got["Balance at the end of period"] == 1
    assert got["Settlements made"] == 2
    assert got["Accruals for gizmo warranties issued"] == 0


def test_dated_and_edge_balances_share_one_key() -> None:
    assert element_key("Balance, ending of period") == element_key("Balance, beginning of period")
    assert element_key("Gizmo allowance as of March 31, 2026") == element_key(
        "Gizmo allowance at beginning of year"
    )
    assert element_key("Balance at January 1, 2026") == element_key("Balance at September 30, 2026")
    # The words that lead to a bare edge go with it.
    assert element_key("Gizmo warrant liabilities at the beginning") == element_key(
        "Gizmo warrant liabilities at end"
    )


GIZMO_ALLOWANCE = (
    _header("Gizmo Receivables (Details)", "Sep. 30, 2026", group="9 Months Ended")
    + _rows(
        ("Accounts receivable, net", ("$ 42,600",)),
        ("Accounts receivable, gizmo allowance", ("1,207",)),
        ("Balance at January 1, 2026", ("1,275",)),
        ("Change in expected credit losses", ("(24)",)),
        ("Write-offs, net of recoveries", ("(44)",)),
        ("Balance at September 30, 2026", ("$ 1,207",)),
    )
    + definition_blocks(
        [
            "Amount of write-off of accounts receivable, net of recoveries, charged against the allowance.",
            "Amount of expense (reversal of expense) for expected credit loss on accounts receivable.",
            "Amount, after allowance for credit loss, of right to consideration from customer for product "
            "sold and service rendered in normal course of business.",
            "Amount of allowance for credit loss on accounts receivable.",
        ]
    )
)


def test_a_closing_balance_of_one_period_shown_again_is_one_element() -> None:
    """One column: the closing balance's single amount (three digits or more) comes again in the
    allowance row above the roll forward, so five labels are four elements."""
    got = blocks_of(GIZMO_ALLOWANCE)
    allowance = {got[k] for k in ("Accounts receivable, gizmo allowance", "Balance at January 1, 2026")}
    assert allowance == {got["Balance at September 30, 2026"]} == {3}
    assert got["Accounts receivable, net"] == 2
    assert got["Change in expected credit losses"] == 1
    assert got["Write-offs, net of recoveries"] == 0


GADGET_BORROWINGS = (
    "|\nGadget Borrowings (Details)\n£ in Millions\n|\nDec. 31, 2026\nGBP (£)\n|\nDec. 31, 2025\nGBP (£)\n"
    + _rows(
        ("Borrowings", ()),
        ("Borrowings", ("£ 500", "£ 450")),
        ("Bank Loans [Member]", ()),
        ("Borrowings", ()),
        ("Borrowings", ("£ 200", "£ 180")),
        ("Bank Loans [Member] | Weighted Average [Member]", ()),
        ("Borrowings", ()),
        ("Interest rate", ("4.10%", "3.90%")),
    )
    + definition_blocks(
        [
            "The amount of outstanding funds that the entity is obligated to repay.",
            "The interest rate on borrowings. [Refer: Borrowings]",
            "Line items represent concepts included in a table. These concepts are used to disclose "
            "reportable information associated with members defined in one or many axes of the table.",
        ]
    )
    + member_blocks(2)
)


def test_a_heading_named_like_its_value_row_is_the_heading_where_shown_alone() -> None:
    """IFRS line items often carry the table's own label ("Borrowings" above "Borrowings"). In a
    member group where the value element has no fact, the row shown without values is the heading
    (the renderer shows it in every group), not the value element."""
    rows = parse_text_page(GADGET_BORROWINGS).rows
    headings = [r.definition for r in rows if r.label == "Borrowings" and not r.cells]
    values = [r.definition for r in rows if r.label == "Borrowings" and r.cells]
    assert headings == [2, 2, 2] and values == [0, 0]


GIZMO_SURCHARGES = (
    _header("Gizmo Operating Revenues (Details)", "Dec. 31, 2026", "Dec. 31, 2025", group="12 Months Ended")
    + _rows(
        ("Total operating revenues", ("$ 4,596", "$ 4,320")),
        ("Surcharge amount on gizmo customers' bills", ("268", "251")),
    )
    + definition_blocks(
        [
            "Amount of the universal taxes and surcharges that are reflected in the statement of income "
            "(included in both operating revenues and expenses).",
            "Aggregate revenue recognized during the period (derived from goods sold, services rendered, "
            "insurance premiums, or other activities that constitute an entity's earning process).",
        ]
    )
)


def test_an_amount_included_in_a_total_is_not_that_total() -> None:
    """Documentation of an amount "included in operating revenues" does not name the row "Total
    operating revenues", however many of its words it shares."""
    got = blocks_of(GIZMO_SURCHARGES)
    assert got == {"Total operating revenues": 1, "Surcharge amount on gizmo customers' bills": 0}


GIZMO_ALLOWANCE_CHARGE_OFFS = (
    _header("Gizmo Allowance (Details)", "Dec. 31, 2026", "Dec. 31, 2025", group="12 Months Ended")
    + _rows(
        ("Beginning balance", ("$ 1,705", "$ 1,402")),
        ("Additions to gizmo allowance and bad debt expense", ("1,610", "903")),
        ("Deductions (write-offs/recoveries) from reserve", ("(592)", "(600)")),
        ("Ending balance", ("$ 2,723", "$ 1,705")),
    )
    + definition_blocks(
        [
            "Allowance for Doubtful Gizmo Receivable, Charge-Offs (Recoveries)",
            "For an unclassified balance sheet, a valuation allowance for receivables due a company that are "
            "expected to be uncollectible.",
            "Amount of expense related to write-down of receivables to the amount expected to be collected.",
        ]
    )
)

GIZMO_ALLOWANCE_WRITTEN_OFF = (
    _header("Gizmo Allowance (Details)", "Dec. 31, 2026", "Dec. 31, 2025", group="12 Months Ended")
    + _rows(
        ("Balance at beginning of the year", ("$ 5,626", "$ 2,007")),
        ("Charged to expense", ("342,442", "5,626")),
        ("Written-off", ("(5,626)", "(2,007)")),
        ("Balance at end of the year", ("$ 342,442", "$ 5,626")),
    )
    + definition_blocks(
        [
            "For an unclassified balance sheet, a valuation allowance for receivables due a company that are "
            "expected to be uncollectible.",
            "Amount of direct write-downs of accounts receivable charged against the allowance.",
            "Amount of expense related to write-down of receivables to the amount expected to be collected.",
        ]
    )
)


def test_charge_offs_and_amounts_charged_against_the_allowance_are_write_offs() -> None:
    """A "charge-off" is a write-off, not a charge to expense, and an amount "charged against the
    allowance" is deducted from it: neither block is the provision's."""
    offs = blocks_of(GIZMO_ALLOWANCE_CHARGE_OFFS)
    assert offs["Additions to gizmo allowance and bad debt expense"] == 2
    assert offs["Deductions (write-offs/recoveries) from reserve"] == 0
    written = blocks_of(GIZMO_ALLOWANCE_WRITTEN_OFF)
    assert (written["Charged to expense"], written["Written-off"]) == (2, 1)


GIZMO_LEASES = (
    "|\nGizmo Leases (Details) - USD ($)\n|\nJun. 30, 2026\n|\nDec. 31, 2025\n"
    + _rows(
        ("Gizmo leases", ()),
        ("Operating lease liability", ("5,537", "26,859")),
        ("Less: short term portion", ("(5,537)", "(23,832)")),
        ("Long term portion", ("$ 0", "$ 3,027")),
    )
    + "|X\n- References\n+ Details\nNo definition available.\n" * 3
    + definition_blocks(
        [
            "Present value of lessee's discounted obligation for lease payments from operating lease, "
            "classified as noncurrent.",
        ]
    )
)


def test_a_part_classified_as_noncurrent_is_the_row_named_long_term() -> None:
    """Documentation "..., classified as noncurrent" names the part a row calls noncurrent or long
    term, not the whole liability that shares more of its words (and "short term" is current)."""
    got = blocks_of(GIZMO_LEASES)
    assert got["Long term portion"] == 3
    assert got["Operating lease liability"] != 3


GIZMO_OCI_TAXES = (
    _header("Gizmo Equity (Parenthetical)", "Sep. 30, 2026", "Sep. 30, 2025", group="9 Months Ended")
    + _rows(
        ("Unrealized gains on gizmo securities, tax", ("$ 1,815", "$ 2,100")),
        ("Reclassification adjustment, tax", ("1,055", "43")),
        ("Adjustment to funded status of employee benefit plans, tax", ("$ 662", "$ 233")),
    )
    + definition_blocks(
        [
            "Other comprehensive income minimum pension liability net adjustments tax.",
            "Other comprehensive income unrealized holding gain loss on gizmo securities arising during "
            "period tax portion.",
            "Tax effect of unrealized holding gain (loss) before reclassification adjustments and transfers "
            "on gizmo securities.",
        ]
    )
)


def test_a_label_named_mostly_by_what_the_amount_comes_before_is_not_that_amount() -> None:
    """A tax effect "before reclassification adjustments" is no "Reclassification adjustment, tax",
    though the label's words are all in the documentation: what it names is in the phrase that says
    what the amount excludes."""
    got = blocks_of(GIZMO_OCI_TAXES)
    assert got["Reclassification adjustment, tax"] != 2
    assert got["Adjustment to funded status of employee benefit plans, tax"] == 0


def _balance_header(title: str, *dates: str) -> str:
    return f"|\n{title} - USD ($)\n$ in Thousands\n" + "".join(f"|\n{d}\n" for d in dates)


# The taxonomy's words for the usual accrued items: "interest payable", "services received from
# employees", "not otherwise specified"; the total's label is its element name in brackets.
GIZMO_ACCRUED = (
    _balance_header("Gizmo Accrued Liabilities (Details)", "Jun. 30, 2026", "Dec. 31, 2025")
    + _rows(
        ("Gizmo Accrued Liabilities Details", ()),
        ("Accrued compensation", ("$ 310", "$ 280")),
        ("Accrued interest", ("52", "47")),
        ("Other", ("19", "23")),
        ("[AccruedLiabilitiesCurrent]", ("$ 381", "$ 350")),
    )
    + member_blocks(1)
    + definition_blocks(
        [
            "Carrying value as of the balance sheet date of obligations incurred and payable, pertaining to "
            "costs that are statutory in nature, are incurred on contractual obligations, or accumulate over "
            "time and for which invoices have not yet been received or will not be rendered. Examples "
            "include taxes, interest, rent and utilities.",
            "Total of the carrying values as of the balance sheet date of obligations incurred through that "
            "date and payable for obligations related to services received from employees, such as accrued "
            "salaries and bonuses, payroll taxes and fringe benefits.",
            "Amount of interest payable on debt, including, but not limited to, trade payables.",
            "Carrying value as of the balance sheet date of obligations incurred through that date and "
            "payable arising from transactions not otherwise specified in the taxonomy.",
        ]
    )
)


def test_accrued_items_in_the_taxonomys_words() -> None:
    """An amount "payable" is what statements call accrued, "not otherwise specified" is "Other", and
    the pay of employees is compensation: each item takes its own block, the total the one left."""
    got = blocks_of(GIZMO_ACCRUED)
    assert got["Accrued interest"] == 3
    assert got["Other"] == 4
    assert got["Accrued compensation"] == 2
    assert got["[AccruedLiabilitiesCurrent]"] == 1


GIZMO_CREDIT_LINE = (
    _balance_header("Gizmo Credit Line (Details)", "Jun. 30, 2026")
    + _rows(
        ("Gizmo revolver, amount outstanding", ("$ 2,400",)),
        ("Gizmo revolver, availability", ("1,600",)),
        ("Gizmo revolver, spread over prime rate", ("1.75%",)),
        ("Gizmo revolver, minimum interest rate", ("4.50%",)),
        ("Gizmo revolver, interest rate", ("7.25%",)),
    )
    + definition_blocks(
        [
            "Percentage points added to the reference rate to compute the variable rate on the debt "
            "instrument.",
            "When presenting a range of interest rates, the lowest effective rate for funds borrowed under "
            "the debt agreement as of the balance sheet date.",
            "Amount borrowed under the credit facility as of the balance sheet date.",
            "Amount of borrowing capacity currently available under the credit facility (current borrowing "
            "capacity less the amount of borrowings outstanding).",
            "The effective interest rate during the reporting period.",
        ]
    )
)


def test_credit_line_terms_in_the_taxonomys_words() -> None:
    """A spread is the "percentage points added to the reference rate", a minimum the "lowest" rate
    of a range, availability what is "available"; a formula in parentheses names the parts of an
    amount (the borrowings outstanding), not the amount."""
    got = blocks_of(GIZMO_CREDIT_LINE)
    assert got["Gizmo revolver, spread over prime rate"] == 0
    assert got["Gizmo revolver, minimum interest rate"] == 1
    assert got["Gizmo revolver, amount outstanding"] == 2
    assert got["Gizmo revolver, availability"] == 3
    assert got["Gizmo revolver, interest rate"] == 4


GIZMO_RATE_RECONCILIATION = (
    _header("Gizmo Income Taxes (Details)", "Dec. 31, 2026", "Dec. 31, 2025", group="12 Months Ended")
    + _rows(
        ("Federal statutory rate", ("21.00%", "21.00%")),
        ("Permanent items, mainly gizmo fines", ("2.10%", "1.40%")),
        ("Valuation allowance change", ("(23.10%)", "(22.40%)")),
        ("Effective rate", ("0.00%", "0.00%")),
        ("Gizmo tax provision", ("$ 0", "$ 0")),
        ("Deferred tax provision", ("$ 0", "$ 0")),
    )
    + definition_blocks(
        [
            "The component of income tax expense for the period representing the increase (decrease) in the "
            "entity's deferred tax assets and liabilities pertaining to continuing operations.",
            "A ratio calculated by dividing the reported amount of income tax expense attributable to "
            "continuing operations for the period by GAAP-basis pretax income from continuing operations.",
            "The domestic federal statutory tax rate applicable under enacted tax laws to the Company's "
            "pretax income from continuing operations for the period.",
            "The portion of the difference between the effective income tax rate and domestic federal "
            "statutory income tax rate attributable to changes in the valuation allowance for deferred tax "
            "assets.",
            "The sum of the differences between the effective income tax rate and domestic federal "
            "statutory income tax rate attributable to all nondeductible expenses under enacted tax laws.",
            "The sum of the current income tax expense or benefit and the deferred income tax expense or "
            "benefit pertaining to continuing operations.",
        ]
    )
)


def test_rate_reconciliation_items_are_what_they_reconcile_by() -> None:
    """A reconciling item names the two rates it reconciles, then what it is: the rates are its
    neighbours' words ("Effective rate" is the ratio, not an item). Nondeductible expenses are the
    permanent items; the parts of a sum ("current ... and the deferred ...") are not the sum."""
    got = blocks_of(GIZMO_RATE_RECONCILIATION)
    assert got["Effective rate"] == 1
    assert got["Federal statutory rate"] == 2
    assert got["Valuation allowance change"] == 3
    assert got["Permanent items, mainly gizmo fines"] == 4
    assert got["Deferred tax provision"] == 0
    assert got["Gizmo tax provision"] == 5


def test_a_part_of_a_whole_is_not_the_whole() -> None:
    """IFRS documents a part as "A classification of <whole> representing <part>": a label without
    any of the part's words names the whole, not the part. (A part described, "representing the
    amount of ...", names nothing and leaves the score as it was.)"""
    part = DefinitionBlock(
        0,
        BlockKind.DEFINITION,
        "A classification of cash equivalents representing short-term deposits. [Refer: Cash equivalents]",
    )
    described = DefinitionBlock(
        1,
        BlockKind.DEFINITION,
        "A classification of cash equivalents representing the amount of deposits held for a short term.",
    )

    def score(label: str, block: DefinitionBlock) -> float:
        return pair_score(Row(0, label, RowKind.VALUE), block)

    assert score("Cash and cash equivalents", part) < score("Cash and cash equivalents", described) - 1.5
    assert score("Short-term gizmo deposits", part) > score("Short-term gizmo deposits", described) - 0.5


GIZMO_NET_WORTH = (
    "|\nGizmo Servicing (Details Narrative)\n|12 Months Ended\n|\nDec. 31, 2026\nUSD ($)\n"
    + _rows(
        ("Gizmo servicer net worth", ("$ 1,000,000",)),
        ("minimum period gizmo servicer net worth", ("90 days",)),
    )
    + definition_blocks(
        [
            "It represents the minimum net worth required for compliance period.",
            "The lowest amount of net worth (total assets minus total liabilities) required by secondary "
            "market investors or state-imposed regulatory mandates.",
        ]
    )
)


def test_a_lowest_amount_is_no_duration() -> None:
    """ "The lowest amount of ..." opens like "The amount of ...": a row showing "90 days" is not it,
    even where "lowest" reads as the row's "minimum"."""
    got = blocks_of(GIZMO_NET_WORTH)
    assert got["Gizmo servicer net worth"] == 1
    assert got["minimum period gizmo servicer net worth"] == 0


GIZMO_ENACTED_RATES = (
    _header("Gizmo Rate Changes (Details)", "Dec. 31, 2026", group="12 Months Ended")
    + _rows(
        ("Effect of enacted tax law changes", ("$ 40",)),
        ("Effect of enacted tax law changes, rate", ("1.20%",)),
    )
    + definition_blocks(
        [
            "The portion of the difference between the effective income tax rate and domestic federal "
            "statutory income tax rate that can be explained by changes in the income tax laws or rates.",
            "The portion of the difference between total income tax expense or benefit as reported in the "
            "Income Statement and the expected income tax expense or benefit computed by applying the "
            "domestic federal statutory income tax rates to pretax income from continuing operations that "
            "is attributable to changes in the income tax laws or rates.",
        ]
    )
)


def test_a_reconciling_item_is_a_rate_or_an_amount_by_what_it_reconciles() -> None:
    """The part of the gap between two rates is a percentage; between two tax expenses an amount,
    whatever else the text names ("laws or rates")."""
    got = blocks_of(GIZMO_ENACTED_RATES)
    assert got["Effect of enacted tax law changes, rate"] == 0
    assert got["Effect of enacted tax law changes"] == 1


GIZMO_INTEREST = (
    _header("Gizmo Interest Expense (Details)", "Dec. 31, 2026", "Dec. 31, 2025", group="12 Months Ended")
    + _rows(
        ("Interest on gizmo notes", ("$ 610", "$ 580")),
        ("Amortization of deferred financing costs", ("75", "70")),
        ("Total interest expense", ("$ 685", "$ 650")),
    )
    + definition_blocks(
        [
            "Amount of amortization expense attributable to debt issuance costs.",
            "Amount of the cost of borrowed funds accounted for as interest expense for debt.",
            "Represents the portion of interest incurred in the period on debt arrangements that was charged "
            "against earnings, excluding amortization of debt discount (premium) and financing costs.",
        ]
    )
)


def test_what_documentation_excludes_is_another_element() -> None:
    """ "..., excluding amortization of debt discount (premium) and financing costs" names what the
    element leaves out; debt issuance costs are what statements call deferred financing costs."""
    got = blocks_of(GIZMO_INTEREST)
    assert got["Amortization of deferred financing costs"] == 0
    assert got["Total interest expense"] == 1
    assert got["Interest on gizmo notes"] == 2


def test_documentation_listing_the_kinds_the_rows_show_is_the_totals() -> None:
    """ "Rental income from short-term, long-term, and seasonal rentals" lists the kinds of a whole;
    where the page's rows name the kinds apart, the row naming one of them ("Long-term rental
    revenue") is that part, not the whole, however many of its words the list holds: the whole is
    the "Total" row's, and the long-term row takes the filer's own block."""
    got = blocks_of(GIZMO_RENTAL_INCOME)
    assert got == {
        "Long-term rental revenue": 0,
        "Short-term rental revenue": 2,
        "Seasonal rental revenue": 3,
        "Total rental revenue": 1,
    }


def test_balances_named_by_period_start_and_end_are_one_roll_forward() -> None:
    """ "Balance, Period Start" and "Balance, Period End" are one element's opening and closing: they
    share its block, and the roll forward they bracket places the lone write-off in the year (2025:
    3,900 + 1,970 - 570 = 5,300; the quarter balances without it: 5,300 - 40 = 5,260)."""
    page = parse_text_page(GIZMO_ALLOWANCE_PERIOD_EDGES)
    by_label = {r.label: r for r in page.rows}
    assert by_label["Balance, Period Start"].definition == by_label["Balance, Period End"].definition == 0
    deduction = by_label["Deductions for gizmo receivables written off"].cells
    assert [(c.raw, c.column, c.certain, c.rule) for c in deduction] == [("(570)", 2, True, "roll_forward")]


GIZMO_CONTRACT_LIABILITY_DRAWDOWN = (
    _header("Gizmo Contract Liabilities (Details)", "Dec. 31, 2026", group="12 Months Ended")
    + _rows(
        ("Gizmo contract liabilities, beginning balance", ("$ 2,233",)),
        ("Additions to gizmo contract liabilities", ("3,576",)),
        ("Revenue recognized in the period from:", ()),
        ("Amounts included in gizmo contract liabilities at the beginning of the period", ("(1,957)",)),
        ("Amounts added to gizmo contract liabilities during the period", ("(2,538)",)),
        ("Gizmo contract liabilities, ending balance", ("$ 1,314",)),
    )
    + definition_blocks(
        [
            "Gizmo contract liabilities incurred during the period.",
            "Gizmo contract liabilities incurred during the period and recognized as revenue in it.",
            "Amount of obligation to transfer gizmos to a customer for which consideration has been "
            "received or is receivable.",
            "Amount of revenue recognized that was included in the contract liability balance at the "
            "beginning of the period.",
        ]
    )
    + "|X\n- References\n+ Details\nNo definition available.\n"
)


def test_amounts_included_in_the_opening_balance_are_a_movement() -> None:
    """ "Amounts included in gizmo contract liabilities at the beginning of the period", under
    "Revenue recognized in the period from:", is what the period took out of the opening balance (a
    flow), not a balance at an instant: it takes the documented block of revenue recognized, and
    the heading takes the block without documentation."""
    got = blocks_of(GIZMO_CONTRACT_LIABILITY_DRAWDOWN)
    assert got["Amounts included in gizmo contract liabilities at the beginning of the period"] == 3
    assert got["Revenue recognized in the period from:"] == 4
    assert not reads_as_balance(
        "Amounts included in gizmo contract liabilities at the beginning of the period"
    )
    assert reads_as_balance("Gizmo contract liabilities at the beginning of the period")


GIZMO_CAPITALIZED_COSTS = (
    _header(
        "Gizmo Contract Costs Roll Forward (Details)",
        "Sep. 30, 2026",
        "Sep. 30, 2025",
        group="9 Months Ended",
    )
    + _rows(
        ("Capitalized Contract Cost [Roll Forward]", ()),
        ("Beginning balance", ("$ 7,210", "$ 5,830")),
        ("Costs to obtain and fulfill contracts capitalized", ("3,905", "4,112")),
        ("Less costs to obtain and fulfill contracts recognized as expense", ("(3,640)", "(3,217)")),
        ("Ending balance", ("$ 7,475", "$ 6,725")),
    )
    # The filer's prefix sorts before "us-gaap": its abstract, then its additions without documentation.
    + definition_blocks(
        [
            "Capitalized Contract Cost [Roll Forward]",
            None,
            "Amount of amortization expense for asset recognized from cost incurred to obtain or fulfill "
            "contract with customer.",
            "Amount, after accumulated amortization and accumulated impairment loss, of asset recognized "
            "from cost incurred to obtain or fulfill contract with customer.",
        ]
    )
)


def test_a_movement_shown_positive_among_signed_ones_adds_to_the_balance() -> None:
    """The costs recognized as expense are shown negative, so the page shows movements with their
    signs and the costs capitalized, shown positive, add to the balance: they are no amortization,
    however many words they share with it; the amortization is the row that says "Less"."""
    got = blocks_of(GIZMO_CAPITALIZED_COSTS)
    assert got["Costs to obtain and fulfill contracts capitalized"] == 1
    assert got["Less costs to obtain and fulfill contracts recognized as expense"] == 2
    assert got["Beginning balance"] == got["Ending balance"] == 3


GIZMO_BILLINGS_IN_EXCESS = (
    _header("Gizmo Policies (Details 1)", "Dec. 31, 2026", group="6 Months Ended")
    + _rows(
        ("Deferred revenue [Roll Forward]", ()),
        ("Balance at the beginning", ("$ 61,304",)),
        ("Revenue recognized from prior year", ("(61,304)",)),
        ("Year to date gizmo billings in excess of revenue recognition", ("48,775",)),
        ("Balance at the ending", ("$ 48,775",)),
    )
    + definition_blocks(
        [
            "Amount of deferred revenue as of balance sheet date.",
            "Amount of increase (decrease) in deferred revenue.",
            "Amount of revenue recognized that was previously reported as deferred or unearned revenue.",
            "A roll forward is a reconciliation of a concept from the beginning of a period to the end of a "
            "period.",
        ]
    )
)


def test_revenue_recognized_out_of_a_deferred_balance_takes_from_it() -> None:
    """Revenue recognized that was deferred takes from the deferred balance: the billings, shown
    positive beside it, are the increase (decrease) however often they say "revenue recognition"."""
    got = blocks_of(GIZMO_BILLINGS_IN_EXCESS)
    assert got["Revenue recognized from prior year"] == 2
    assert got["Year to date gizmo billings in excess of revenue recognition"] == 1


GIZMO_BENEFIT_OBLIGATION = (
    "|\nGizmo Employee Benefits (Details) - CHF (SFr)\nSFr in Millions\n|12 Months Ended\n"
    "|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    + _rows(
        ("Disclosure of defined benefit plans [abstract]", ()),
        ("Gizmo benefit obligations at January 1", ("SFr (7.2)", "SFr (6.8)")),
        ("Amounts recognized in income statement", ("(2.7)", "(2.1)")),
        ("Amounts recognized in other comprehensive income", ("3.6", "0.4")),
        ("Contributions by the employer", ("(0.9)", "1.3")),
        ("Gizmo benefit obligations at December 31", ("SFr (7.2)", "SFr (7.2)")),
    )
    + definition_blocks(
        [
            None,
            "The decrease (increase) in a net defined benefit liability (asset) resulting from the "
            "remeasurement of that net defined benefit liability (asset).",
            "The increase (decrease) in the net defined benefit liability (asset) resulting from expense "
            "(income) included in profit or loss.",
            "The amount of deficit or surplus in a defined benefit plan.",
            "Decrease (Increase) in Net Defined Benefit Liability Resulting From Contributions To Plan By "
            "Employer",
        ]
    )
)


def test_a_decrease_increase_goes_both_ways() -> None:
    """ "The decrease (increase) in ..." goes either way: the remeasurements, shown positive beside
    movements shown negative, may still take it."""
    got = blocks_of(GIZMO_BENEFIT_OBLIGATION)
    assert got["Amounts recognized in income statement"] == 2
    assert got["Amounts recognized in other comprehensive income"] == 1
    assert got["Contributions by the employer"] == 4


GIZMO_PURCHASE_PLAN = (
    "|\nGizmo Equity: Purchase Plan (Details) (Gizmo Purchase Plan [Member], USD $)\n"
    "In Thousands, except Share data, unless otherwise specified\n|0 Months Ended\n|\nFeb. 02, 2014\n"
    "|\nGizmo Purchase Plan [Member]\n"
    + _rows(
        ("Share-based Compensation Arrangement by Share-based Payment Award [Line Items]", ()),
        ("Number of offering periods in calendar year", ("2",)),
        ("Maximum number of awards per participant per period", ("1,250",)),
        ("Maximum purchase limit", ("$ 25",)),
        ("Participant purchase price discount", ("15.00%",)),
    )
    + "".join(
        f"|X\n|\n- Definition\n{d}\nNo definition available.\n"
        for d in (
            "Share-based Compensation Arrangement by Share-based Payment Award, Maximum Amount Per Employee",
            "Share-based Compensation Arrangement by Share-based Payment Award, Number of Offering Periods",
            "Discount rate from fair value on offering date that participants pay for shares.",
        )
    )
    + "|X\n|\n- Details\n"
    + "|X\n|\n- Definition\nThe highest quantity of shares an employee can purchase under the plan per "
    "period.\nReference 1: http://www.xbrl.org/2003/role/presentationRef\n"
)


def test_money_is_no_quantity_of_shares() -> None:
    """ "$ 25" is money: never "The highest quantity of shares ...", which the number shown without
    currency takes; and "Share-based ... Maximum Amount" is no share of anything (a rate)."""
    got = blocks_of(GIZMO_PURCHASE_PLAN)
    assert got["Maximum purchase limit"] == 0
    assert got["Maximum number of awards per participant per period"] == 4
    assert got["Number of offering periods in calendar year"] == 1
    assert got["Participant purchase price discount"] == 2


GIZMO_TREND_RATES = (
    "|\nGizmo Health Care Cost Trend Rates (Detail) - Retirees\n|12 Months Ended\nDec. 31, 2026\n"
    + _rows(
        ("Health Care Cost Trend Rates [Line Items]", ()),
        ("Accumulated postretirement benefit obligation", ("7.10%",)),
        ("Net periodic postretirement benefit obligation", ("7.10%",)),
        ("Ultimate health care cost trend", ("4.75%",)),
        ("Ultimate year health care cost trend rate is achieved", ("2034",)),
        ("Net periodic postretirement benefit obligation December 31, 2027", ("6.90%",)),
    )
    + definition_blocks(
        [
            "Defined Benefit Plan Assumed Health Care Cost Trend Net Periodic Postretirement Benefit Cost",
            "Defined Benefit Plan Assumed Health Care Cost Trend Postretirement Benefit Obligation",
            "Defined Benefit Plan, Ultimate Health Care Cost Trend Rate",
            "Defined Benefit Plan Year That Rate Reaches Ultimate Trend Rate",
            "Health Care Cost Trend Rates [Line Items]",
            "Assumed rate, for next fiscal year, based on annual change in cost of health care cost benefits "
            "used to measure expected cost of benefits covered by defined benefit postretirement plan.",
        ]
    )
)


def test_a_year_is_no_rate() -> None:
    """ "Year That Rate Reaches Ultimate Trend Rate" shows a year (2034), not a rate, whatever rate
    it names; the rate assumed for next year shows a percentage."""
    got = blocks_of(GIZMO_TREND_RATES)
    assert got["Ultimate year health care cost trend rate is achieved"] == 3
    assert got["Net periodic postretirement benefit obligation December 31, 2027"] == 5
    assert got["Ultimate health care cost trend"] == 2
    year = DefinitionBlock(
        0, BlockKind.DEFINITION, "Defined Benefit Plan Year That Rate Reaches Ultimate Trend Rate"
    )
    rate = DefinitionBlock(
        1, BlockKind.DEFINITION, "Assumed rate, for next fiscal year, based on annual change in cost."
    )

    def score(label: str, raw: str, block: DefinitionBlock) -> float:
        return pair_score(Row(0, label, RowKind.VALUE, cells=[Cell(raw, parse_value(raw), 0)]), block)

    assert score("Trend rate achieved in", "2034", year) > score("Trend rate achieved in", "2034", rate) + 1.0
    assert score("Trend rate next year", "6.90%", rate) > score("Trend rate next year", "6.90%", year) + 1.0


def test_a_total_that_adds_up_what_an_element_excludes_is_not_that_element() -> None:
    """The net periodic cost adds up the service cost (41,200 + 18,350 - 22,915 - 1,040 = 35,595), so
    it is no "net periodic benefit cost ... excluding service cost", however many words they share."""
    got = blocks_of(GIZMO_BENEFIT_COST)
    assert got["Net periodic pension benefit cost"] == 5
    assert got["Service cost"] == 4
    assert got["Interest cost"] == 1


GIZMO_CONTRACT_LIABILITY_PARTS = (
    _header("Gizmo Contract Liabilities (Details)", "Jun. 30, 2026", "Jun. 30, 2025", "Dec. 31, 2025")
    + _rows(
        ("Contractors [Line Items]", ()),
        ("Deferred revenue", ("$ 84,310", "$ 79,925")),
        ("Accrued loss provision", ("1,205", "1,630")),
        ("Contract liabilities", ("85,515", "$ 81,555")),
    )
    + definition_blocks(
        [
            "Contract with customer, liability excluding provision for loss on contracts, current.",
            LINE_ITEMS,
            "Amount of obligation to transfer good or service to customer for which consideration has been "
            "received or is receivable, classified as current.",
            "Cumulative provision for contract losses not offset against related costs accumulated on the "
            "balance sheet.",
        ]
    )
)


def test_the_whole_of_a_part_and_what_it_excludes_is_the_whole() -> None:
    """ "Contract liabilities" adds up the deferred revenue and the loss provision (84,310 + 1,205 =
    85,515; 79,925 + 1,630 = 81,555), so the liability "excluding provision for loss" is the deferred
    revenue (a contract with customer liability is what statements call deferred revenue)."""
    got = blocks_of(GIZMO_CONTRACT_LIABILITY_PARTS)
    assert got["Deferred revenue"] == 0
    assert got["Contract liabilities"] == 2
    assert got["Accrued loss provision"] == 3


def test_headings_that_tell_rows_of_one_label_apart_name_all_their_rows() -> None:
    """The same short labels under two headings are two elements each, told apart by the order of
    the element ids, which the headings' words give (benefit obligation before net periodic cost)
    for every row under them, the long-term return too, and for the headings' own blocks; a rate used
    to adjust for the time value of money is a discount rate."""
    page = parse_text_page(GIZMO_PENSION_ASSUMPTIONS)
    got = [(r.label, r.definition) for r in page.rows if r.cells]
    assert got == [
        ("Discount rate", 2),
        ("Rate of compensation increase", 4),
        ("Long-term rate of return on assets", 3),
        ("Discount rate", 0),
        ("Rate of compensation increase", 1),
    ]
    # The two headings hold the two blocks without text, in the order of their words as well.
    headings = {r.label: r.definition for r in page.rows if r.kind is RowKind.HEADING}
    assert headings == {
        "Weighted average assumptions used in net periodic benefit cost:": 6,
        "Weighted average assumptions used in benefit obligations:": 5,
    }


def test_a_sum_of_money_awarded_is_no_total() -> None:
    """ "... from non-repayable sum of money awarded ..." documents grant revenue: "sum of" there
    names no total, so "Total revenue" is no better a fit for it than "Revenue from grants"."""
    grants = DefinitionBlock(
        0,
        BlockKind.DEFINITION,
        "Revenue earned during the period from non-repayable sum of money awarded to an entity to carry out "
        "a specific purpose as provided in grant agreements.",
    )
    revenue = DefinitionBlock(1, BlockKind.DEFINITION, "Amount of revenue recognized from goods sold.")
    assert pair_score(Row(0, "Total revenue", RowKind.VALUE), grants) < pair_score(
        Row(0, "Revenue from grants", RowKind.VALUE), grants
    )
    assert pair_score(Row(0, "Total revenue", RowKind.VALUE), grants) < 6.0
    assert pair_score(Row(0, "Total revenue", RowKind.VALUE), revenue) > 0


def test_maturity_rows_take_the_blocks_of_their_years() -> None:
    """Blocks documented by the years after the balance sheet date they cover ("second and third
    anniversary", "after the fifth fiscal year") go to the rows naming those years: by calendar
    year counted from the first one shown, or by distance ("One to three years" are the second and
    third)."""
    assert [r.definition for r in parse_text_page(GIZMO_PURCHASE_OBLIGATIONS).rows] == [4, 1, 3, 2, 0]
    got = blocks_of(GIZMO_COMMITMENT_BUCKETS)
    assert got == {
        "Total": 0,
        "Less than one year": 3,
        "One to three years": 4,
        "Three to five years": 2,
        "More than five years": 1,
    }


GIZMO_GEARING = single_column_page(
    "Gizmo Capital Management (Details)",
    "Dec. 31, 2026",
    [
        ("Capital Management [Abstract]", ""),
        ("Total borrowing", "$ 2,410"),
        ("Less: cash and cash equivalents", "3,905"),
        ("Net debt", "(1,495)"),
        ("Total equity", "61,220"),
        ("Total capital", "$ 59,725"),
        ("Gearing ratio", "(2.00%)"),
    ],
    [
        "The amount of outstanding funds that the entity is obligated to repay.",
        "The amount of cash on hand and demand deposits, along with short-term, highly liquid investments "
        "that are readily convertible to known amounts of cash.",
        "The amount of residual interest in the assets of the entity after deducting all its liabilities.",
        "The amount of net debt of the entity.",
        "The total amount of capital.",
        "Gearing ratios.",
        None,
    ],
)


def test_ifrs_equity_and_borrowings_in_the_standards_words() -> None:
    """IFRS documents equity as the residual interest in the assets and borrowings as funds the
    entity must repay, without either word."""
    got = blocks_of(GIZMO_GEARING)
    assert (got["Total borrowing"], got["Total equity"]) == (0, 2)


def test_an_earn_out_is_contingent_consideration() -> None:
    page = single_column_page(
        "Gizmo Business Combination - Consideration (Details)",
        "Jun. 30, 2026",
        [
            ("Cash", "$ 6,500"),
            ("Earn-out consideration, subject to revenue milestones", "2,750"),
            ("Total purchase consideration", "$ 9,250"),
        ],
        [
            "The fair value, at acquisition date, of the consideration transferred in a business "
            "combination.",
            "The fair value, at acquisition date, of cash transferred as consideration in a business "
            "combination.",
            "The amount, at acquisition date, of contingent consideration arrangements recognised as "
            "consideration transferred in a business combination.",
        ],
    )
    assert blocks_of(page) == {
        "Cash": 1,
        "Earn-out consideration, subject to revenue milestones": 2,
        "Total purchase consideration": 0,
    }


def test_a_nominal_amount_is_notional_and_a_fair_value_before_netting_is_gross() -> None:
    """A derivative's notional amount is documented as its "nominal or face amount"; its fair value
    "before effects of master netting" is the gross liability: each label fits its own block
    better than the other's, where the bare words fit both alike."""
    fair_value = DefinitionBlock(
        0,
        BlockKind.DEFINITION,
        "Fair value before effects of master netting arrangements, of a financial liability or contract with "
        "one or more underlyings, notional amount or payment provision or both.",
    )
    nominal = DefinitionBlock(
        1,
        BlockKind.DEFINITION,
        "Nominal or face amount used to calculate payments on the derivative liability.",
    )
    sim = Similarity([fair_value, nominal])

    def score(label: str, block: DefinitionBlock) -> float:
        return pair_score(Row(0, label, RowKind.VALUE), block, sim)

    notional, gross = (
        "Derivative Liability, Notional Amount",
        "Derivative Liability, Fair Value, Gross Liability",
    )
    assert score(notional, nominal) > score(notional, fair_value) + 1.0
    assert score(gross, fair_value) > score(gross, nominal) + 1.0


def test_a_quotients_formula_is_a_ratio_and_carrying_amounts_are_amounts() -> None:
    page = single_column_page(
        "Gizmo Credit Line (Details)",
        "Jun. 30, 2026",
        [("Cash pledged as collateral", "$ 150"), ("Adjusted quick ratio", "75.00%")],
        [
            "(Cash + accounts receivable) / (current liabilities - deferred revenue)",
            "The carrying amounts of cash and cash equivalent items which are restricted as to withdrawal or "
            "usage.",
        ],
    )
    assert blocks_of(page) == {"Cash pledged as collateral": 1, "Adjusted quick ratio": 0}


def test_a_balance_is_no_outflow_and_a_delivery_is_a_movement() -> None:
    """ "Deferred revenue balance" says it is a balance: refund payments (an outflow) are not; the
    deferred income and obligation to transfer product and service is what statements call
    deferred revenue."""
    page = single_column_page(
        "Gizmo Deferred Revenue (Details)",
        "Mar. 31, 2026",
        [("Deferred revenue delivery", "$ 61,200"), ("Deferred revenue balance", "$ 390,410")],
        [
            "Amount of deferred income and obligation to transfer product and service to customer for which "
            "consideration has been received or is receivable.",
            "Amount of cash outflow to customers for refund payments of revenue that was previously reported "
            "as deferred or unearned revenue.",
        ],
    )
    assert blocks_of(page) == {"Deferred revenue delivery": 1, "Deferred revenue balance": 0}


def test_a_whole_that_may_include_kinds_the_rows_name_is_no_kind() -> None:
    """ "... may include demand deposits, saving deposits, negotiable order of withdrawal (NOW) and
    time deposits" lists the kinds of all deposits (after another list, of what deposits are):
    the row naming one of them (NOW) takes the filer's NOW block, and the total takes the whole."""
    page = GIZMO_BANK_DEPOSITS
    got = blocks_of(page)
    assert (got["NOW"], got["Deposits"]) == (5, 1)


def test_an_amount_net_of_a_thing_is_no_amount_that_includes_it() -> None:
    """ "Interest and debt expense, net of capitalized interest" is no "Total interest costs
    incurred ... either capitalized or charged against earnings", which names the capitalized part
    without taking it out: that is the gross row's."""
    page = GIZMO_INTEREST_INCURRED
    assert [r.definition for r in parse_text_page(page).rows] == [2, 1, 0, 3]


GIZMO_SECURITIES_NARRATIVE = """|
Gizmo Investment Securities (Details Narrative) (USD $)
In Thousands, unless otherwise specified
|
Sep. 30, 2014
|
Dec. 31, 2013
|Amortized Cost
|$ 98,412
|$ 93,760
|Fair Value
|97,988
|$ 94,105
""" + definition_blocks(
    [
        "Amount of available-for-sale debt securities at cost, net of adjustments, which include "
        "accretion, amortization, collection of cash, previous other-than-temporary impairments "
        "recognized in earnings and fair value hedge accounting adjustments.",
        AFS_DOC,
    ]
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (GIZMO_SECURITIES_BY_CLASS, [2, 4, 1, 5, 2, 4]),
        (GIZMO_SECURITIES_NARRATIVE, [0, 1]),
    ],
    ids=["by-class", "narrative"],
)
def test_a_securitys_cost_and_its_fair_value_are_told_apart(text: str, want: list[int]) -> None:
    """A "Fair Value" row is no element documented "at cost" (its "fair value hedge accounting
    adjustments" are a cost's adjustments), an "Amortized Cost" row none documented as an "aggregate
    fair value"; debt securities "categorized neither as held-to-maturity nor trading" are the ones
    available for sale."""
    page = parse_text_page(text)
    assert [r.definition for r in page.rows if r.cells] == want


def test_a_kind_of_cost_is_no_basis_of_measurement() -> None:
    """ "Cost of acquired entity" names what was paid, not a cost basis: documentation that mentions
    the fair values paid does not clash with it."""
    doc = (
        "the total cost of the acquired entity including the cash paid to shareholders of the acquired "
        "entity, the fair value of other assets distributed and the fair value of liabilities incurred."
    )
    assert not measure_clash("Business acquisition, cost of acquired entity, purchase price", doc)
    assert measure_clash(
        "Fair value", "amount of available-for-sale debt securities at cost, net of adjustments."
    )
    assert measure_clash("Amortized cost", "fair value portion of investment in debt security.")
    assert not measure_clash(
        "Amortized cost", "amortized cost of investment in debt security measured at fair value."
    )


GIZMO_BANK_LEVERAGE = """|
Gizmo Regulatory Matters (Details Textual)
|
Sep. 30, 2012
|Tier 1 leverage capital ratio
|8.00%
|Tier I leverage ratio
|9.94%
""" + definition_blocks(
    [
        WELL_CAPITALIZED_LEVERAGE_DOC,
        "Tier 1 Leverage Capital divided by average assets as defined in the regulations.",
    ]
)


@pytest.mark.parametrize(
    ("text", "want"),
    [(GIZMO_BANK_CAPITAL, [2, 3, 5, 4, 0]), (GIZMO_BANK_LEVERAGE, [0, 1])],
    ids=["ratios-and-requirements", "leverage"],
)
def test_a_banks_capital_ratios_by_tier_and_by_requirement(text: str, want: list[int]) -> None:
    """Tier 1 capital is never total capital (a "Tier 1" row takes no documentation that names no
    tier, a "Total ... capital" row none of Tier 1 capital that says no total); a risk-based ratio is
    capital to risk-weighted assets; and a ratio the bank measured (9.94%, off the quarter-point grid)
    is no ratio a regulation requires."""
    page = parse_text_page(text)
    assert [r.definition for r in page.rows if r.cells] == want


GIZMO_CAPITAL_HEADINGS = """|
Gizmo Regulatory Capital (Details Textual)
|
Dec. 31, 2012
|Loss Contingencies [Line Items]
|Tier-1 capital ratio
|12.25%
|Regulatory Capital (Textual) [Abstract]
|Total risk-based capital ratio
|13.46%
""" + definition_blocks(
    [
        None,
        "Total Capital divided by risk weighted assets as defined in the regulations.",
        None,
        "Tier 1 capital divided by risk weighted assets as defined by regulations.",
    ]
)


def test_a_filers_textual_abstract_sorts_before_the_standard_headings() -> None:
    """Of two headings holding blocks without text, the filer's own "(Textual)" abstract carries the
    filer's prefix, which sorts before "us-gaap": it takes the first block whatever its words."""
    page = parse_text_page(GIZMO_CAPITAL_HEADINGS)
    assert {r.label: r.definition for r in page.rows if not r.cells} == {
        "Loss Contingencies [Line Items]": 2,
        "Regulatory Capital (Textual) [Abstract]": 0,
    }


_VIE_DOCS = [
    "Amount of distribution received from equity method investee for return on investment, classified as "
    "operating activities.",
    "The amount of expense between the reporting entity and the Variable Interest Entity (VIE).",
    "The amount of activity, consisting of a transaction or a measure not described elsewhere in the "
    "taxonomy, occurring during the period between the reporting entity and the Variable Interest Entity "
    "(VIE).",
    "The amount of income between the reporting entity and the Variable Interest Entity (VIE).",
]


def test_cash_receipts_are_what_was_received() -> None:
    """ "Cash receipts" from an entity read as the documentation's distribution "received" from it."""
    rows = [("Revenue", "$ 23"), ("Expense", "4"), ("Cash receipts", "31"), ("Cash payments", "$ 9")]
    page = parse_text_page(
        single_column_page("Gizmo Financing Entities (Details)", "Jun. 30, 2026", rows, _VIE_DOCS)
    )
    got = {r.label: r.definition for r in page.rows}
    assert (got["Expense"], got["Cash receipts"]) == (1, 0)


def test_an_income_tax_row_is_no_amount_after_tax() -> None:
    """ "Income tax" names a tax; documentation of an amount "before tax" or "after tax" uses the
    word to qualify another amount, so the row takes the tax's own block ("tax expense (benefit)
    allocated to ...")."""
    page = parse_text_page(GIZMO_OCI_TAX)
    assert [r.definition for r in page.rows] == [0, 4, 1, 3, 2]


def test_a_member_shown_plainly_comes_before_its_groups_heading() -> None:
    """ "Gizmo Employee Trust" follows a row's values and opens a group of the rows shown above, under
    a heading of its own: the member is the first of the two texts, and the headings take the
    blocks whose text is the renderer's "No Definition Available"."""
    page = parse_text_page(GIZMO_TRUST_REPURCHASES)
    assert [(r.kind, r.definition) for r in page.rows[3:6]] == [
        (RowKind.VALUE, 0),
        (RowKind.MEMBER, None),
        (RowKind.EMPTY, 1),
    ]
    assert [r.definition for r in page.rows] == [2, 0, 3, 0, None, 1, 0, 3, 0]
    assert {m.label for r in page.rows[5:] for m in r.members} == {"Gizmo Employee Trust"}


GIZMO_LITIGATION_TWO_ELEMENTS = (
    """|
Gizmo Contingencies (Details) - USD ($)
|12 Months Ended
|
Dec. 31, 2025
|
Dec. 31, 2024
|Loss Contingencies [Line Items]
|Litigation costs
|$ 1,168
|$ 634
|Pending Litigation [Member]
|Litigation costs
|$ 935
|$ 188
|Litigation costs
|$ 1,168
|$ 634
|Damages sought
|$ 2,900
"""
    + definition_blocks(
        [
            "Amount of expense for legal costs incurred on litigation during the period.",
            "Carrying amount of the liability for litigation costs expected to be paid.",
            None,
            "The value (monetary amount) of the award the plaintiff seeks in the legal matter.",
        ]
    )
    + member_blocks(1)
)


def test_a_label_of_two_elements_joins_the_rows_showing_its_values_again() -> None:
    """ "Litigation costs" shows two elements under the member (other values in one context); the
    row above the member shows the values of the second one again, so it takes that one's block."""
    page = parse_text_page(GIZMO_LITIGATION_TWO_ELEMENTS)
    got = {r.index: r.definition for r in page.rows if r.label == "Litigation costs"}
    assert got[1] == got[4] != got[3]
    assert (got[1], got[3]) == (1, 0)


def test_a_marked_abstract_takes_no_documented_amount() -> None:
    """ "Short-Term Investments [Abstract]" reads like the investments' documentation, but a marked
    abstract measures no amount: the balance rows take that block, the abstract the one without
    documentation."""
    page = parse_text_page(GIZMO_INVESTMENTS_ABSTRACT)
    assert [r.definition for r in page.rows] == [5, 4, 0, 2, 1, 3, 4]


def test_a_line_items_marker_takes_no_documented_measure() -> None:
    """The filer's "[Line Items]" element has no documentation; the carrying amount's documentation
    is a value's, so "Principal amount" takes it even though a debt's principal is usually its face
    amount."""
    page = parse_text_page(GIZMO_LOAN_LINE_ITEMS)
    assert [r.definition for r in page.rows] == [1, 0, 3, 2]


def test_a_flow_filling_every_column_types_no_row_as_a_balance() -> None:
    """The header reads the last two half-years as instants, but "Acquisition of own shares" fills
    them: they are periods, so no full row is a balance for that, and the purchase keeps the
    purchase's block (the heading takes the block without documentation)."""
    page = parse_text_page(GIZMO_HALF_YEAR_BUYBACKS)
    assert [r.definition for r in page.rows] == [2, 0, 1, 0]


def test_a_difference_between_the_price_paid_and_the_carrying_amount_is_a_gain_or_loss() -> None:
    """A gain or loss on debt paid off early is documented as the difference between the fair value
    of the payments and the carrying amount extinguished, without the word "loss"; the amount paid
    off is the gross amount extinguished. Both texts say "extinguished": the label's "Loss" decides."""
    assert blocks_of(GIZMO_NOTES_REPURCHASED) == {
        "Gizmo notes repurchased": 0,
        "Loss on early retirement of Gizmo notes": 1,
    }


def test_a_receivable_under_a_credit_loss_heading_is_no_allowance() -> None:
    """The heading's "Credit Loss" names the note, not the row: "Accounts receivable" names all of
    what the allowance is on, so it is the receivable, not the allowance."""
    assert blocks_of(GIZMO_RECEIVABLES_CREDIT_LOSS) == {
        "Credit Loss [Abstract]": 3,
        "Accounts receivable": 0,
        "Less: Allowance for doubtful accounts": 2,
        "Accounts receivable, net": 1,
    }


def test_an_undocumented_block_between_standard_ones_is_the_headings() -> None:
    """Blocks sort by element id: an undocumented one between two standard ones is a standard
    element without documentation, an abstract, so the heading takes it and the filer's total
    takes the other undocumented block, though the labels' order says otherwise."""
    assert blocks_of(GIZMO_NOTES_STANDARD_ABSTRACT) == {
        "Convertible Notes Payable and Exchange Offer": 2,
        "Convertible notes payable, bearing interest at 9%": 1,
        "Unamortized debt discount": 3,
        "Total": 0,
    }


def test_a_bare_balance_takes_the_block_that_documents_what_is_outstanding() -> None:
    """ "Beginning balance" names nothing but its edge: as a roll forward's balance it is a stock, so
    the block documenting the value outstanding is its, not the one of a movement whose label
    shares a word with that documentation ("members' equity" against "(usually equity)")."""
    assert blocks_of(GIZMO_OLD_WARRANT_CLASSES) == {
        "Beginning balance": 2,
        "Issued with gizmo notes": 0,
        "Recorded in members' equity": 1,
        "Ending balance": 2,
    }


def test_securities_not_included_in_diluted_eps_are_the_ones_excluded_from_it() -> None:
    """An option "excluded from diluted weighted average number of ordinary shares" is one of the
    securities "not included in the computation of diluted EPS", not the weighted average whose
    words the label repeats."""
    got = {label[:16]: block for label, block in blocks_of(GIZMO_SHARES_EXCLUDED).items()}
    assert (got["Options excluded"], got["Weighted-average"]) == (0, 5)


def test_opening_and_closing_balances_of_their_own_elements_split() -> None:
    """One block documents the opening balance ("... Beginning Balance"), another the closing one:
    the filer gave each edge its own element, so the two rows take one each and the change takes
    the flow's block, though their labels differ only in the edge."""
    assert blocks_of(GIZMO_OLD_OCI_EDGES) == {
        "Beginning Balance": 0,
        "Current Period Change": 2,
        "Ending Balance": 1,
    }


def test_what_documentation_includes_or_is_other_than_is_another_element() -> None:
    """ "Liabilities of uncertain timing or amount, including provisions for employee benefits" is
    the total, and "provisions other than provisions for employee benefits" the other provisions:
    the part named after "including" or "other than" is another element, so the employee
    benefits row takes the block that is only about them."""
    got = blocks_of(GIZMO_IFRS_PROVISIONS)
    assert (got["Provisions for employee benefits"], got["Other provisions"], got["Provisions"]) == (6, 4, 5)


def test_an_expense_adds_to_the_allowance_and_what_was_written_off_takes_from_it() -> None:
    """Between an allowance's balances, "Amount of expense ..." is a movement that adds to the
    allowance and an amount that "has been written off" one that takes from it: the row shown
    negative is the write-off, though its words fit the expense's "write-down" as well."""
    got = blocks_of(GIZMO_ALLOWANCE_SIGNED_MOVEMENTS)
    assert got["Allowance for doubtful gizmo accounts receivable"] == 2
    assert got["Doubtful gizmo accounts receivable write-offs"] == 1


def test_a_movement_table_is_the_reconciliation() -> None:
    """A filer's "movement" of provisions is what the documentation calls a reconciliation: the
    movement table takes the filer's reconciliation block, and the table of one kind of provision
    the standard other-provisions one."""
    got = blocks_of(GIZMO_PROVISION_TABLES)
    assert got["Schedule of gizmo provision movement"] == 0
    assert got["Schedule of gizmo claims provision with probable losses"] == 2


def test_a_discount_to_be_amortized_is_the_unamortized_discount() -> None:
    """A debt discount "to be amortized" is what the page calls unamortized: the discount row takes
    that block, and the issuance costs the one that names them beside the discount."""
    got = blocks_of(GIZMO_NOTES_DISCOUNT_AND_COSTS)
    assert (got["Unamortized debt discount"], got["Unamortized deferred debt issuance cost"]) == (3, 4)


def test_a_dates_documentation_names_the_event_its_clause_ends_on() -> None:
    """ "Date the declared dividend will be paid" is the payment date and "Date the dividend to be
    paid was declared" the declaration date, though each names both events; dividends "for each
    share" are an amount per share."""
    got = blocks_of(GIZMO_DIVIDEND_DATES)
    assert (got["Declaration date"], got["Record date"], got["Payment date"]) == (3, 4, 2)
    assert (got["Cash dividends per share"], got["Total payment"]) == (1, 5)
    assert (
        _doc_measure("aggregate dividends paid during the period for each share of common stock.")
        == "per_share"
    )


def test_shares_purchased_back_are_the_ones_repurchased() -> None:
    """The cost of shares a company "purchased" is the taxonomy's cost of stock "repurchased", not
    the cost of issuing equity that only shares the word "cost" with it."""
    got = blocks_of(GIZMO_SHARE_BUYBACK)
    assert (got["Cost of share purchased"], got["Associated fees and taxes"]) == (4, 1)


def test_recognition_of_revenue_included_in_the_opening_balance_is_a_movement() -> None:
    """ "Recognition of revenue included in balance at beginning of the period" names the opening
    balance only as where the revenue came from: a movement, which takes the block of revenue
    recognized out of that balance, and leaves the acquisitions' block to the acquired revenue."""
    got = blocks_of(GIZMO_DEFERRED_REVENUE_RECOGNITION)
    recognition = "Recognition of revenue included in balance at beginning of the period"
    assert (got[recognition], got["Deferred revenue acquired, net of revenue recognized"]) == (4, 0)
