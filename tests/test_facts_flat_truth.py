"""Load the 27 real pages with `load_directory` and compare `facts_flat` with their HTML truth.

Prints the figures the parser issue asks for: cell recall (raw value at the right row and column),
precision of the facts marked certain, share of gap-row values placed right, and definition
attachment accuracy, measured through the database on both backends.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.conftest import DATA
from tests.support.db import query_rows
from tests.support.pages import (
    ECHOED_MEMBER_VALUE,
    GIZMO_2011_MAJOR_CUSTOMERS,
    GIZMO_2011_NOTE,
    GIZMO_2011_USEFUL_LIVES,
    GIZMO_AFTER_ALLOWANCE_FOR,
    GIZMO_AGING_BANDS_IN_WORDS,
    GIZMO_ALLOWANCE_ABSTRACT_DOC,
    GIZMO_ALLOWANCE_AND_RESERVE,
    GIZMO_ALLOWANCE_BARE_BALANCES,
    GIZMO_ALLOWANCE_CHARGES,
    GIZMO_ALLOWANCE_PERIOD_EDGES,
    GIZMO_ALLOWANCE_SIGNED_MOVEMENTS,
    GIZMO_ASSUMPTION_RANGES,
    GIZMO_BALANCE_UNDER_EVERY_PERIOD,
    GIZMO_BANK_ADVANCES,
    GIZMO_BANK_CAPITAL,
    GIZMO_BANK_DEPOSITS,
    GIZMO_BENEFIT_COST,
    GIZMO_BUYBACK_PLAN,
    GIZMO_CAPITAL_ADEQUACY_HEADING,
    GIZMO_CHARGE_OFFS,
    GIZMO_COMMERCIAL_PAPER,
    GIZMO_COMMITMENT_BUCKETS,
    GIZMO_COMMITMENT_FEE,
    GIZMO_COUNT_VS_PERCENT,
    GIZMO_CREDIT_LINE_DATES,
    GIZMO_CREDIT_LOSS_ONE_PERIOD,
    GIZMO_CUSTOMER_CONCENTRATION,
    GIZMO_CUSTOMERS_TITLE,
    GIZMO_DEBT_AND_CAPITAL_RATIO,
    GIZMO_DEBT_BY_MEMBER,
    GIZMO_DEFERRED_REVENUE_CHANGES,
    GIZMO_DEFERRED_REVENUE_RECOGNITION,
    GIZMO_DEPOSITS_CURRENT_PORTION,
    GIZMO_DEPOSITS_TO_VENDORS,
    GIZMO_DERIVATIVE_LIABILITIES,
    GIZMO_DERIVATIVE_LIABILITY_ROLL,
    GIZMO_DERIVATIVE_ROLL_BEGINING,
    GIZMO_DISTRIBUTION_TABLES,
    GIZMO_DIVIDEND_DATES,
    GIZMO_DIVIDENDS_PER_SHARE_TITLE,
    GIZMO_EPS_AFTER_PREFERRED,
    GIZMO_EVENT_MONTHS_AND_BALANCES,
    GIZMO_EXCHANGE_RATES,
    GIZMO_FAIR_VALUE_ASSETS,
    GIZMO_FILER_LINE_ITEMS,
    GIZMO_FISCAL_YEAR_TEXT,
    GIZMO_FUTURES_FAIR_AND_NOTIONAL,
    GIZMO_GAIN_IN_EVERY_YEAR,
    GIZMO_HALF_YEAR_BUYBACKS,
    GIZMO_HEDGE_GAINS_BY_INSTRUMENT,
    GIZMO_IFRS_IMPAIRMENT,
    GIZMO_IFRS_PROVISIONS,
    GIZMO_IFRS_SENSITIVITY,
    GIZMO_INSIDER_LOANS_ROLL,
    GIZMO_INTEREST_INCURRED,
    GIZMO_INTERIM_BALANCES,
    GIZMO_INTERIM_BALANCES_TWICE,
    GIZMO_INTERIM_CASH_BALANCE,
    GIZMO_INVESTMENTS_ABSTRACT,
    GIZMO_ISO_CODE_TITLE,
    GIZMO_LEASE_NET_OF_CURRENT,
    GIZMO_LEVEL3_WARRANTS,
    GIZMO_LICENSES_NARRATIVE,
    GIZMO_LOAN_LINE_ITEMS,
    GIZMO_LOSS_CARRYFORWARD_RATES,
    GIZMO_NET_INTEREST,
    GIZMO_NOTE_DISCOUNT_YEARS,
    GIZMO_NOTE_MATURITIES,
    GIZMO_NOTE_RECEIVABLE,
    GIZMO_NOTES_BY_RATE,
    GIZMO_NOTES_DISCOUNT_AND_COSTS,
    GIZMO_NOTES_REPURCHASED,
    GIZMO_NOTES_STANDARD_ABSTRACT,
    GIZMO_OCI_TAX,
    GIZMO_OLD_ACCRUED_EXPENSES,
    GIZMO_OLD_ACQUIRED_INTANGIBLES,
    GIZMO_OLD_AFS_IMPAIRMENT,
    GIZMO_OLD_BUYER_SHARES,
    GIZMO_OLD_CODE_TITLE,
    GIZMO_OLD_CREDIT_CAPACITIES,
    GIZMO_OLD_CREDIT_LINE_RANGE,
    GIZMO_OLD_CUSTOMER_COUNTS,
    GIZMO_OLD_DIVIDENDS_BY_QUARTER,
    GIZMO_OLD_FACILITY_BALANCES,
    GIZMO_OLD_GOODWILL_SEGMENTS,
    GIZMO_OLD_HEADING_AND_TOTAL,
    GIZMO_OLD_INSIDER_LOANS,
    GIZMO_OLD_INTANGIBLES_ACQUIRED,
    GIZMO_OLD_KRW_COLUMNS,
    GIZMO_OLD_LOANS_BY_MEMBER,
    GIZMO_OLD_OCI_EDGES,
    GIZMO_OLD_POLICY_PROSE,
    GIZMO_OLD_PROVISION_AND_PROPERTIES,
    GIZMO_OLD_SALARY_ESCALATION,
    GIZMO_OLD_SHARE_DATA_SCALE,
    GIZMO_OLD_STORE_COUNTS,
    GIZMO_OLD_STYLE_FEW_BLOCKS,
    GIZMO_OLD_UNLABELLED_TOTAL,
    GIZMO_OLD_WARRANT_CLASSES,
    GIZMO_OPTION_RANGES,
    GIZMO_OPTIONS_PRICE_AND_VALUE,
    GIZMO_OPTIONS_SHARES_HINTS,
    GIZMO_PENSION_ASSUMPTIONS,
    GIZMO_PENSION_RATES_BY_HEADING,
    GIZMO_PENSION_TEXT_BREAK,
    GIZMO_PROVISION_TABLES,
    GIZMO_PURCHASE_COMMITMENTS,
    GIZMO_RATE_HINTS,
    GIZMO_RECEIVABLES_CREDIT_LOSS,
    GIZMO_RECEIVABLES_FACTORING,
    GIZMO_REFUND_ALLOWANCES,
    GIZMO_RENTAL_INCOME,
    GIZMO_RESERVE_FIVE_UNSIGNED,
    GIZMO_RESERVE_TABLES,
    GIZMO_RESERVE_ZERO_TRANSFER,
    GIZMO_RETURNS_RESERVE_CHARGES,
    GIZMO_REVENUE_BY_REGION,
    GIZMO_RIGHTS_FAIR_VALUE,
    GIZMO_RMB_CODE_TITLE,
    GIZMO_RPO_TIMING_BANDS,
    GIZMO_SALE_LEASEBACK_TERMS,
    GIZMO_SECURITIES_BY_CLASS,
    GIZMO_SECURITIES_IN_LOSS,
    GIZMO_SECURITIES_ONE_DATE,
    GIZMO_SHARE_BASED_EXPENSE_AND_CAPITALIZED,
    GIZMO_SHARE_BASED_NO_HYPHEN,
    GIZMO_SHARE_BUYBACK,
    GIZMO_SHARES_EXCLUDED,
    GIZMO_SINCE_ACQUISITION,
    GIZMO_STORE_LEASE_TERMS,
    GIZMO_TAX_PROVISION_BY_JURISDICTION,
    GIZMO_TIER_SPELLINGS,
    GIZMO_TITLE_PERIOD_UNITS,
    GIZMO_TOTAL_AFTER_MEMBERS,
    GIZMO_TRUST_REPURCHASES,
    GIZMO_UNIT_ID_LINE,
    GIZMO_UNMARKED_MEMBER,
    GIZMO_UNMARKED_MEMBER_OVER_TEXT,
    GIZMO_USEFUL_LIFE_RANGE,
    GIZMO_UTILITY_AFUDC,
    GIZMO_VOLATILITY_AND_STOCK_PRICE,
    GIZMO_WARRANT_BARE_EDGES,
    GIZMO_WARRANT_CLOSING_TWICE,
    GIZMO_WARRANTS_AND_OPTIONS,
    GIZMO_WARRANTY_NARRATIVE,
    GIZMO_WEIGHTED_SHARES_TITLE,
    definition_blocks,
)
from warehouse.load.runner import load_directory

RPAGES = DATA / "rpages"
_STANDARD = {"us-gaap", "dei", "srt", "ifrs-full", "ffd", "ecd"}
FLAT_COLUMNS = [
    "source_path",
    "report_title",
    "row_index",
    "column_index",
    "column_certain",
    "row_label",
    "member_labels",
    "period_type",
    "period_start",
    "period_end",
    "unit",
    "raw_value",
    "value",
    "value_text",
    "definition",
    "concept_name",
    "concept_key",
]


def _load_pages(engine: Engine, folder: Path, pages: dict[str, str]) -> None:
    """Write pages (file name -> text) into a folder and load it: every file must land."""
    for name, text in pages.items():
        (folder / name).write_text(text)
    summary = load_directory(engine, folder, workers=1)
    assert summary.files_failed == 0


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def test_facts_flat_from_html_pages_is_exact(engine: Engine) -> None:
    """The same 27 pages as R.htm: every cell at its exact row and column, certain, with its element."""
    summary = load_directory(engine, DATA / "html", workers=1)
    assert summary.files_failed == 0 and summary.files_loaded == 27
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.text("SELECT * FROM facts_flat"))]
    facts = {(r["source_path"], r["row_index"], r["column_index"]): r for r in rows}
    cells = found = 0
    for truth_path in sorted((RPAGES / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text())
        for row in truth["rows"]:
            for cell in row["cells"]:
                cells += 1
                got = facts.get((f"{truth_path.stem}.htm", row["index"], cell["column"]))
                if (
                    got is not None
                    and _norm(got["raw_value"]) == _norm(cell["text"])
                    and got["column_certain"]
                ):
                    found += 1
                    assert got["concept_name"] == row["element"].replace("_", ":", 1)
    print(f"\nfacts_flat from R.htm [{engine.dialect.name}]: {found}/{cells} cells exact")
    assert found == cells == 838 and len(facts) == cells


def test_facts_flat_against_truth(engine: Engine) -> None:
    summary = load_directory(engine, RPAGES / "text", workers=1)
    assert summary.files_failed == 0
    with engine.connect() as conn:
        result = conn.execute(sa.text("SELECT * FROM facts_flat"))
        assert list(result.keys()) == FLAT_COLUMNS
        rows = [dict(r._mapping) for r in result]
    facts = {(r["source_path"], r["row_index"], r["column_index"]): r for r in rows}
    cells = found = certain = certain_right = gap = gap_right = defs = defs_right = 0
    keys_of: dict[str, Counter[str]] = defaultdict(Counter)  # standard element -> concept keys of its facts
    elements_of: dict[str, Counter[str]] = defaultdict(Counter)
    for truth_path in sorted((RPAGES / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text())
        source = f"{truth_path.stem}.txt"
        n_cols = len(truth["columns"])
        definitions = {d["element"]: d for d in truth["definitions"]}
        truth_cells = {}
        for row in truth["rows"]:
            for cell in row["cells"]:
                truth_cells[(row["index"], cell["column"])] = cell["text"]
                cells += 1
                got = facts.get((source, row["index"], cell["column"]))
                ok = got is not None and _norm(got["raw_value"]) == _norm(cell["text"])
                found += ok
                if 0 < len(row["cells"]) < n_cols:
                    gap += 1
                    gap_right += ok
                if got is not None and str(row["element"]).split("_")[0] in _STANDARD:
                    keys_of[row["element"]][got["concept_key"]] += 1
                    elements_of[got["concept_key"]][row["element"]] += 1
                if got is not None and row["element"] in definitions:
                    defs += 1
                    defs_right += _norm(got["definition"]) == _norm(definitions[row["element"]]["definition"])
        for (path, ri, ci), fact in facts.items():
            if path == source and fact["column_certain"]:
                certain += 1
                certain_right += _norm(truth_cells.get((ri, ci))) == _norm(fact["raw_value"])
    print(
        f"\nfacts_flat vs truth [{engine.dialect.name}]: cell recall {found}/{cells} = {found / cells:.1%}; "
        f"certain precision {certain_right}/{certain} = {certain_right / certain:.1%}; "
        f"gap values placed right {gap_right}/{gap}; definitions attached right {defs_right}/{defs} "
        f"= {defs_right / defs:.1%} (of value cells)"
    )
    n = sum(sum(c.values()) for c in keys_of.values())
    complete = sum(c.most_common(1)[0][1] for c in keys_of.values())
    pure = sum(c.most_common(1)[0][1] for c in elements_of.values())
    print(
        f"concept identity of {n} standard-element facts: pure {pure / n:.1%}, complete {complete / n:.1%}"
        " (R&D's documentation was reworded between the 2019 and 2024 taxonomies: two keys)"
    )
    assert pure / n >= 0.999
    assert complete / n >= 0.995
    assert found / cells >= 0.984
    assert certain - certain_right <= 1  # the text block whose inner table the text lost
    assert gap_right == gap
    assert defs_right / defs >= 0.995  # near twins are the risk: see docs/text-parser.md


def test_facts_flat_types_are_the_same_on_both_backends(engine: Engine) -> None:
    load_directory(engine, DATA / "seeds", workers=1)
    with engine.connect() as conn:
        row = (
            conn.execute(
                sa.text(
                    "SELECT * FROM facts_flat "
                    "WHERE row_label = 'Operating loss carry forwards' AND column_index = 0"
                )
            )
            .one()
            ._mapping
        )
    assert row["column_certain"] in (True, 1)
    assert str(row["period_end"]) == "2023-12-31" and row["period_start"] is None
    assert row["unit"] == "USD" and int(row["value"]) == 9387426
    assert row["definition"].startswith("Amount before allocation of valuation allowances")
    assert row["member_labels"] == "" and row["value_text"] is None and row["concept_name"] is None
    assert Path(row["source_path"]).name == row["source_path"]


def test_html_footnotes_loaded_and_linked(engine: Engine) -> None:
    """The footnote table of an R.htm page: texts stored, linked to the values (column notes too)."""
    load_directory(engine, DATA / "html" / "adi-10k-2019-R2.htm", workers=1)
    truth = json.loads((RPAGES / "truth" / "adi-10k-2019-R2.json").read_text())
    with engine.connect() as conn:
        notes = dict(conn.execute(sa.text("SELECT marker, text FROM footnotes")).all())
        links = dict(
            conn.execute(sa.text("SELECT marker, COUNT(*) FROM fact_footnotes GROUP BY marker")).all()
        )
    assert notes == {f["marker"]: f["text"] for f in truth["footnotes"]}
    assert set(links) == set(notes) and all(n > 0 for n in links.values())


GIZMO_RESERVE_10Q = """|
Gizmo Reserve (Details) - USD ($)
|9 Months Ended
|12 Months Ended
|
Sep. 30, 2026
|
Dec. 31, 2025
|
Dec. 31, 2024
|Gizmo Reserve [Abstract]
|Balance at beginning of period
|$ 29,001
|$ 14,001
|Provisions for losses
|15,000
|30,000
|Gizmos charged off
|15,999
|Balance at end of period
|$ 29,001
|$ 29,001
|$ 14,001
""" + definition_blocks(
    [
        None,
        "Amount of the gizmo reserve.",
        "Amount of gizmos written off against the reserve.",
        "Amount of expense for gizmo losses.",
    ]
)


def test_a_loose_roll_forward_reaches_facts_flat(engine: Engine, tmp_path: Path) -> None:
    """A 10-Q reserve roll forward whose deduction is written unsigned, over a trailing year-end
    column the header alone reads as an instant: the arithmetic places every value for sure and
    makes that column the 12 months of 2024, as facts_flat shows on both backends."""
    _load_pages(engine, tmp_path, {"reserve.txt": GIZMO_RESERVE_10Q})
    rows = query_rows(
        engine,
        "SELECT row_label, raw_value, column_index, column_certain, period_type, period_start,"
        " period_end FROM facts_flat ORDER BY row_index, column_index",
    )
    got = [(r[0], r[1], r[2], bool(r[3]), r[4], str(r[5]) if r[5] else None, str(r[6])) for r in rows]
    assert ("Gizmos charged off", "15,999", 2, True, "duration", "2024-01-01", "2024-12-31") in got
    provisions = [(g[1], g[2], g[3]) for g in got if g[0] == "Provisions for losses"]
    assert provisions == [("15,000", 1, True), ("30,000", 2, True)]
    opening = [(g[1], g[2], g[4], g[6]) for g in got if g[0] == "Balance at beginning of period"]
    assert opening == [("$ 29,001", 0, "instant", "2025-12-31"), ("$ 14,001", 1, "instant", "2024-12-31")]
    assert all(g[3] for g in got)


def test_the_dollar_rule_reads_text_and_row_currency_in_facts_flat(engine: Engine, tmp_path: Path) -> None:
    """A text value breaks a money run (the expected contributions stay in 2025), and the unsigned
    prior-year amounts of rows showing `$` are money, which makes each tax rate the current year's
    for sure. On both backends."""
    _load_pages(engine, tmp_path, {"p.txt": GIZMO_PENSION_TEXT_BREAK, "t.txt": GIZMO_LOSS_CARRYFORWARD_RATES})
    rows = query_rows(
        engine,
        "SELECT row_label, raw_value, column_index, column_certain, period_end FROM facts_flat"
        " WHERE row_label LIKE 'Expected%' OR row_label = 'Statutory tax rate'"
        " ORDER BY source_path, row_index",
    )
    got = [(r[0][:21], r[1], r[2], bool(r[3]), str(r[4])) for r in rows]
    assert got == [
        ("Expected contribution", "$ 3.2", 0, False, "2025-12-31"),
        ("Expected contribution", "$ 0.8", 0, False, "2025-12-31"),
        ("Statutory tax rate", "21.00%", 0, True, "2025-12-31"),
        ("Statutory tax rate", "7.00%", 0, True, "2025-12-31"),
    ]


def test_a_sum_that_holds_keeps_its_column_in_facts_flat(engine: Engine, tmp_path: Path) -> None:
    """The fair values that add up to the total (two equal ones too) stay at Sep. 30, 2026 with it,
    although the second date's column shows nothing. On both backends."""
    equal_parts = GIZMO_SECURITIES_ONE_DATE.replace("$ 14,250,300", "$ 10,185,500").replace(
        "6,120,700", "10,185,500"
    )
    _load_pages(engine, tmp_path, {"s.txt": GIZMO_SECURITIES_ONE_DATE, "e.txt": equal_parts})
    rows = query_rows(engine, "SELECT DISTINCT source_path, column_index, period_end FROM facts_flat")
    assert sorted((r[0], r[1], str(r[2])) for r in rows) == [
        ("e.txt", 0, "2026-09-30"),
        ("s.txt", 0, "2026-09-30"),
    ]


def test_a_label_repeated_word_for_word_reaches_facts_flat_defined(engine: Engine, tmp_path: Path) -> None:
    """The net row carries the company definition that repeats its label. On both backends."""
    _load_pages(engine, tmp_path, {"d.txt": GIZMO_DEPOSITS_TO_VENDORS})
    rows = query_rows(engine, "SELECT DISTINCT row_label, definition FROM facts_flat ORDER BY row_label")
    got = {r[0]: (r[1] or "")[:27] for r in rows}
    assert got["Deposits To Vendors Current"] == "Deposits to Vendors Current"
    assert got["Deposits to vendors - current"] == "Carrying value of capitaliz"


def test_bare_balances_reach_facts_flat_as_the_allowance(engine: Engine, tmp_path: Path) -> None:
    """The allowance's balances carry its definition. On both backends."""
    _load_pages(engine, tmp_path, {"a.txt": GIZMO_ALLOWANCE_BARE_BALANCES})
    rows = query_rows(
        engine, "SELECT DISTINCT row_label, definition FROM facts_flat WHERE row_label LIKE 'Balance%'"
    )
    assert {(r[0][:20], (r[1] or "")[:30]) for r in rows} == {
        ("Balance at the begin", "Amount of allowance for credit"),
        ("Balance at the end o", "Amount of allowance for credit"),
    }


def test_share_balances_and_share_movements_roll_forward_in_facts_flat(
    engine: Engine, tmp_path: Path
) -> None:
    """The exchange lands in the 2024 periods. On both backends."""
    _load_pages(engine, tmp_path, {"o.txt": GIZMO_OPTIONS_SHARES_HINTS})
    rows = query_rows(
        engine,
        "SELECT column_index, period_start, period_end FROM facts_flat"
        " WHERE row_label LIKE 'Exchanged%' ORDER BY column_index",
    )
    assert [(r[0], str(r[1]), str(r[2])) for r in rows] == [
        (1, "2024-01-01", "2024-09-30"),
        (2, "2024-01-01", "2024-12-31"),
    ]


def test_units_named_by_the_title_reach_the_values_that_show_none(engine: Engine, tmp_path: Path) -> None:
    """A title's unit that is no currency names the unit of every value shown without a hint (per share,
    shares scaled by their own line, a filer's unit); a bare ISO code is the page's currency, scaled by
    its line; a row's plain number is of the currency the row shows; an exchange rate is one currency
    per another where each sign names one currency. On both backends."""
    pages = {
        "dividends.txt": GIZMO_DIVIDENDS_PER_SHARE_TITLE,
        "shares.txt": GIZMO_WEIGHTED_SHARES_TITLE,
        "customers.txt": GIZMO_CUSTOMERS_TITLE,
        "interest.txt": GIZMO_ISO_CODE_TITLE,
        "rates.txt": GIZMO_RATE_HINTS,
    }
    _load_pages(engine, tmp_path, pages)
    rows = query_rows(
        engine,
        "SELECT source_path, row_label, raw_value, unit, value, definition FROM facts_flat"
        " WHERE column_index = 0 ORDER BY source_path, row_index",
    )
    got = [(r[0], r[1], r[2], r[3], float(r[4]) if r[4] is not None else None) for r in rows]
    assert got == [
        ("customers.txt", "Number of customers over 10% of revenue", "2", "customer", 2.0),
        ("customers.txt", "Revenue share of largest customer", "18.00%", "pure", 0.18),
        ("dividends.txt", "Amount", "$ 0.42", "USD/shares", 0.42),
        ("dividends.txt", "Record Date", "Feb. 5, 2026", None, None),
        ("dividends.txt", "Date Paid", "Feb. 19, 2026", None, None),
        ("dividends.txt", "Declared", "Apr. 15, 2026", None, None),
        ("dividends.txt", "Amount", "$ 0.45", "USD/shares", 0.45),
        ("dividends.txt", "Record Date", "May 6, 2026", None, None),
        ("dividends.txt", "Date Paid", "May 20, 2026", None, None),
        ("interest.txt", "Interest on revolving facility", "CAD 812", "CAD", 812000.0),
        ("interest.txt", "Interest on senior notes", "4,120", "CAD", 4120000.0),
        ("interest.txt", "Purchase of own shares", "CAD 310", "CAD", 310000.0),
        ("rates.txt", "Euro closing rate | € / SFr", "0.9412", "EUR/CHF", 0.9412),
        ("rates.txt", "Peso closing rate | $ / $", "17.2", "pure", 17.2),
        ("shares.txt", "Weighted average shares outstanding, basic", "48,210", "shares", 48210000.0),
        ("shares.txt", "Effect of dilutive stock awards", "612", "shares", 612000.0),
        ("shares.txt", "Weighted average shares outstanding, diluted", "48,822", "shares", 48822000.0),
    ]
    own_shares = query_rows(
        engine,
        "SELECT unit, value FROM facts_flat WHERE row_label = 'Purchase of own shares' AND raw_value = '0'",
    )
    assert [(u, float(v)) for u, v in own_shares] == [("CAD", 0.0)]
    defs = query_rows(
        engine,
        "SELECT row_label, raw_value, definition FROM facts_flat WHERE source_path = 'dividends.txt'"
        " AND row_label IN ('Declared', 'Amount') ORDER BY row_index",
    )
    per_share = "Aggregate dividends declared during the period for each share of common stock outstanding."
    declared = "Date the dividend to be paid was declared, in YYYY-MM-DD format."
    assert [(r[0], r[2]) for r in defs] == [("Declared", declared), ("Amount", per_share)] * 2


def test_a_current_portion_reaches_the_balances(engine: Engine, tmp_path: Path) -> None:
    """The dated balances carry the "current portion" documentation; the flows do not. On both backends."""
    _load_pages(engine, tmp_path, {"advances.txt": GIZMO_DEPOSITS_CURRENT_PORTION})
    rows = query_rows(engine, "SELECT raw_value, definition FROM facts_flat ORDER BY row_index")
    current = [raw for raw, d in rows if (d or "").startswith("The current portion")]
    assert current == ["$ 412,880", "$ 206,775"]


def test_definitions_by_value_kind_and_filer_marker_texts_reach_the_warehouse(
    engine: Engine, tmp_path: Path
) -> None:
    """A percentage takes no "Number of ..." text, a filer's "Line item represents ..." text stays
    with its marker, and a per-share amount takes "Share based ... exercise price". On both backends."""
    pages = {
        "credit.txt": GIZMO_COUNT_VS_PERCENT,
        "market.txt": GIZMO_FILER_LINE_ITEMS,
        "warrants.txt": GIZMO_SHARE_BASED_NO_HYPHEN,
    }
    _load_pages(engine, tmp_path, pages)
    rows = query_rows(
        engine,
        "SELECT row_label, raw_value, definition FROM facts_flat WHERE row_label IN"
        " ('Percentage of total receivables', 'Number of customers over 10% of receivables',"
        " 'Value at risk', 'Estimated fair value per share') ORDER BY source_path, row_index, column_index",
    )
    assert [(r[0], r[1], (r[2] or "")[:40]) for r in rows] == [
        ("Number of customers over 10% of receivables", "0", "Number of customers accounted for percen"),
        ("Percentage of total receivables", "10.00%", ""),
        ("Value at risk", "$ 12,310", "The measure of a potential loss exposure"),
        ("Value at risk", "$ 9,870", "The measure of a potential loss exposure"),
        ("Estimated fair value per share", "$ 0.04", "Share based compensation arrangement by "),
    ]


def test_the_asset_definition_reaches_the_total_assets(engine: Engine, tmp_path: Path) -> None:
    """Every total-assets fact carries the asset definition, every derivative fact the derivative's.
    On both backends."""
    _load_pages(engine, tmp_path, {"fair_value.txt": GIZMO_FAIR_VALUE_ASSETS})
    rows = query_rows(engine, "SELECT row_label, raw_value, definition FROM facts_flat ORDER BY row_index")
    assert [(r[0], r[1], r[2][:30]) for r in rows] == [
        ("Total assets", "$ 512,300", "Fair value portion of probable"),
        ("Derivatives", "530,900", "Fair value, after the effects "),
        ("Derivatives", "(18,600)", "Fair value, after the effects "),
        ("Total assets", "$ 512,300", "Fair value portion of probable"),
    ]


def test_this_stops_definition_rules_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """An abstract documented "... [Abstract]" stays with its heading (no fact carries it), the
    plan's remaining shares and the drawn advances keep their texts, and the pension rates under
    two headings carry each heading's text. On both backends."""
    pages = {
        "allowance.txt": GIZMO_ALLOWANCE_ABSTRACT_DOC,
        "buyback.txt": GIZMO_BUYBACK_PLAN,
        "bank.txt": GIZMO_BANK_ADVANCES,
        "pension.txt": GIZMO_PENSION_RATES_BY_HEADING,
    }
    _load_pages(engine, tmp_path, pages)
    rows = query_rows(
        engine,
        "SELECT source_path, row_label, raw_value, definition FROM facts_flat"
        " WHERE column_index = 0 ORDER BY source_path, row_index",
    )
    got = [(r[0], r[1], r[2], (r[3] or "")[:36]) for r in rows]
    assert (
        "allowance.txt",
        "Balance, beginning of year",
        "$ 610",
        "Allowance for returns and credits.",
    ) in got
    assert not any("[Abstract]" in d for *_, d in got)
    assert (
        "bank.txt",
        "Advances from the Federal Home Loan Bank",
        "$ 12,500,000",
        "Amount of borrowings as of the balan",
    ) in got
    assert (
        "buyback.txt",
        "Maximum Number of Shares that May Yet Be Purchased Under the Plans",
        "69,150",
        "The remaining number of shares autho",
    ) in got
    pension = [(label, d) for path, label, _, d in got if path == "pension.txt"]
    assert pension == [
        ("Expected long-term rate of return on plan assets", "An assumption as to the rate of retu"),
        ("Expected long-term rate of return on plan assets", "Weighted average rate of return on p"),
        ("Discount rate", "Weighted average rate for present va"),
        ("Discount rate", "Weighted average rate for present va"),
        ("Discount rate", "Weighted average rate for present va"),
        ("Discount rate", "Weighted average rate for present va"),
    ]


def test_a_zero_movement_of_a_member_reaches_the_warehouse_flagged(engine: Engine, tmp_path: Path) -> None:
    """The member's "0" transfer balances in either year-end, so it lands flagged, among the
    year-end columns. On both backends."""
    _load_pages(engine, tmp_path, {"equity.txt": GIZMO_RESERVE_ZERO_TRANSFER})
    rows = query_rows(
        engine,
        "SELECT raw_value, column_index, column_certain, period_end FROM facts_flat"
        " WHERE row_label = 'Legal reserve used to offset losses' ORDER BY column_index",
    )
    assert [(r[0], r[1], bool(r[2]), str(r[3])) for r in rows] == [
        ("0", 1, False, "2026-12-31"),
        ("(1,204,550)", 2, False, "2025-12-31"),
    ]


def test_an_iso_coded_column_reaches_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """ "KRW" under a date is the column's currency: the amounts land flagged in those columns, in
    KRW and scaled by the millions line, and no fact carries "KRW" as a member. On both backends."""
    _load_pages(engine, tmp_path, {"deposits.txt": GIZMO_OLD_KRW_COLUMNS})
    rows = query_rows(
        engine,
        "SELECT raw_value, column_index, column_certain, unit, value, member_labels FROM facts_flat"
        " ORDER BY row_index, column_index",
    )
    assert [(r[0], r[1], bool(r[2]), r[3], r[4] is not None and int(r[4]), r[5]) for r in rows] == [
        ("7.00%", 0, False, "pure", 0, ""),
        ("0.15%", 0, False, "pure", 0, ""),
        ("184,306", 1, False, "KRW", 184306000000, ""),
        ("171,922", 2, False, "KRW", 171922000000, ""),
        ("160,485", 3, False, "KRW", 160485000000, ""),
    ]


def test_a_bare_currency_code_in_the_title_reaches_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """ "- RMB" names CNY: the plain amounts between the signed rows are CNY, scaled by the RMB line.
    On both backends."""
    _load_pages(engine, tmp_path, {"restricted.txt": GIZMO_RMB_CODE_TITLE})
    rows = query_rows(
        engine,
        "SELECT raw_value, unit, value FROM facts_flat WHERE row_label = 'Statutory reserves'"
        " ORDER BY column_index",
    )
    assert [(r[0], r[1], int(r[2])) for r in rows] == [
        ("20,110", "CNY", 20110000),
        ("15,840", "CNY", 15840000),
    ]


def test_an_old_style_bare_code_title_reaches_the_warehouse_as_the_pages_currency(
    engine: Engine, tmp_path: Path
) -> None:
    """ "(China, CNY)": the amounts are CNY in thousands (China is page context, not a row member), the rate a
    pure number. On both backends."""
    _load_pages(engine, tmp_path, {"grants.txt": GIZMO_OLD_CODE_TITLE})
    rows = query_rows(
        engine,
        "SELECT row_label, member_labels, unit, value FROM facts_flat WHERE column_index = 0"
        " ORDER BY row_index",
    )
    assert [(r[0][:14], r[1], r[2], str(r[3])) for r in rows] == [
        ("Receipt of gov", "", "CNY", "28400000"),
        ("Recognition of", "", "CNY", "12030000"),
        ("Exchange rate ", "", "pure", "6.2855"),
    ]


def test_definitions_told_apart_by_kind_and_taxonomy_wording_reach_the_warehouse(
    engine: Engine, tmp_path: Path
) -> None:
    """Flows against balances, rates against money, and the taxonomy's own words for commercial
    paper, notional and fair values: each row's definition as the parser attached it. And an old-style
    page with few blocks loads whole. On both backends."""
    pages = {
        "impairment.txt": GIZMO_IFRS_IMPAIRMENT,
        "interest.txt": GIZMO_NET_INTEREST,
        "paper.txt": GIZMO_COMMERCIAL_PAPER,
        "chargeoffs.txt": GIZMO_CHARGE_OFFS,
        "leaseback.txt": GIZMO_SALE_LEASEBACK_TERMS,
        "allowance.txt": GIZMO_AFTER_ALLOWANCE_FOR,
        "fee.txt": GIZMO_COMMITMENT_FEE,
        "futures.txt": GIZMO_FUTURES_FAIR_AND_NOTIONAL,
        "hedges.txt": GIZMO_OLD_STYLE_FEW_BLOCKS,
    }
    _load_pages(engine, tmp_path, pages)
    rows = query_rows(
        engine,
        "SELECT DISTINCT source_path, row_label, definition FROM facts_flat WHERE row_label IN"
        " ('Impairment loss', 'Total', 'Short-term borrowings', 'Charge-offs',"
        " 'Sale-leaseback contractual terms (in years)', 'Allowance for credit losses',"
        " 'Unused commitment fee under revolving credit', 'Notional Value',"
        " 'Less: Gains transferred to the segments')"
        " ORDER BY source_path",
    )
    assert [(r[0], (r[2] or "")[:32]) for r in rows] == [
        ("allowance.txt", "Amount of allowance for credit l"),
        ("chargeoffs.txt", "Reduction to the allowance for d"),
        ("fee.txt", "The fee, expressed as a percenta"),
        ("futures.txt", "Total monetary amount specified "),
        ("hedges.txt", "Hedge gains transferred to the s"),
        ("impairment.txt", "The amount recognised as a reduc"),
        ("interest.txt", "The net amount of operating inte"),
        ("leaseback.txt", "A description of the terms of th"),
        ("paper.txt", "Reflects the total carrying amou"),
    ]


def test_text_values_told_apart_from_labels_and_amounts_reach_the_warehouse(
    engine: Engine, tmp_path: Path
) -> None:
    """A free-text value under a label also shown with percentages is that row's value (a string
    element), and a text value that names a per-share amount takes the block its words describe.
    On both backends."""
    _load_pages(
        engine,
        tmp_path,
        {"gratuity.txt": GIZMO_OLD_SALARY_ESCALATION, "distributions.txt": GIZMO_DISTRIBUTION_TABLES},
    )
    rows = query_rows(
        engine,
        "SELECT source_path, row_index, row_label, raw_value, value, value_text, definition FROM facts_flat"
        " WHERE row_label IN ('Salary escalation rate', 'Schedule of federal income tax character of"
        " distributions') ORDER BY source_path, row_index, column_index",
    )
    assert [(r[0], r[1], r[3], r[4] and float(r[4]), r[5], (r[6] or "")[:30]) for r in rows] == [
        ("distributions.txt", 2, rows[0][3], None, rows[0][3], "Tabular disclosure of an entit"),
        ("gratuity.txt", 2, "6.00%", 0.06, None, "Expected rate of compensation "),
        ("gratuity.txt", 2, "6.00%", 0.06, None, "Expected rate of compensation "),
        (
            "gratuity.txt",
            3,
            "12% for the first two years and 6% thereafter",
            None,
            "12% for the first two years and 6% thereafter",
            "Description and explanation of",
        ),
    ]
    assert rows[0][3].startswith("The following table shows the federal income tax character")


def test_concentration_shares_and_duration_ranges_reach_their_member_columns(
    engine: Engine, tmp_path: Path
) -> None:
    """A concentration percentage lands under its benchmark's members and a range of useful lives
    under Minimum and Maximum, flagged as guesses, with their members in the warehouse. On both
    backends."""
    _load_pages(
        engine,
        tmp_path,
        {"concentration.txt": GIZMO_CUSTOMER_CONCENTRATION, "lives.txt": GIZMO_USEFUL_LIFE_RANGE},
    )
    rows = query_rows(
        engine,
        "SELECT source_path, raw_value, column_index, column_certain, value, value_text, unit, n_members"
        " FROM fact_lines WHERE row_label IN ('Percentage of revenues',"
        " 'Property, plant and equipment, useful life') ORDER BY source_path, column_index",
    )
    got = [(r[0], r[1], r[2], bool(r[3]), r[4] and float(r[4]), r[5], r[6], r[7]) for r in rows]
    assert got == [
        ("concentration.txt", "14.00%", 2, False, 0.14, None, "pure", 3),
        ("concentration.txt", "12.00%", 3, False, 0.12, None, "pure", 3),
        ("lives.txt", "3 years", 1, False, None, "P3Y", None, 1),
        ("lives.txt", "10 years", 2, False, None, "P10Y", None, 1),
    ]


def test_twin_texts_flows_and_timing_bands_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Twin texts told apart where they differ, the change in fair value taken to operations, a
    period label, amounts capitalized, a loss on sale, and an RPO timing band under the column that
    ends the day before it opens: each as the warehouse holds it. On both backends."""
    _load_pages(
        engine,
        tmp_path,
        {
            "afudc.txt": GIZMO_UTILITY_AFUDC,
            "derivative.txt": GIZMO_DERIVATIVE_LIABILITY_ROLL,
            "factoring.txt": GIZMO_RECEIVABLES_FACTORING,
            "leases.txt": GIZMO_STORE_LEASE_TERMS,
            "rpo.txt": GIZMO_RPO_TIMING_BANDS,
            "sensitivity.txt": GIZMO_IFRS_SENSITIVITY,
        },
    )
    rows = query_rows(
        engine,
        "SELECT DISTINCT source_path, row_label, definition FROM facts_flat WHERE row_label IN"
        " ('AFUDC equity amounts capitalized', 'Change in fair value recognized in operations',"
        " 'Loss on sale of financial assets in securitizations',"
        " 'Period to apply cancellation provisions if mall occupancy targets are not met',"
        " 'Decrease in assumption') ORDER BY source_path",
    )
    assert [(r[0], (r[2] or "")[:40]) for r in rows] == [
        ("afudc.txt", "The component of the allowance for funds"),
        ("derivative.txt", "Amount of realized and unrealized gain ("),
        ("factoring.txt", "Difference between the sale price and th"),
        ("leases.txt", "Operating lease cancellation period."),
        ("sensitivity.txt", "The increase (decrease) in a defined ben"),
    ]
    decrease = query_rows(
        engine, "SELECT definition FROM facts_flat WHERE row_label = 'Decrease in assumption' LIMIT 1"
    )
    assert "caused by a decrease" in decrease[0][0]
    bands = query_rows(
        engine,
        "SELECT raw_value, value_text, period_end, column_index, column_certain FROM facts_flat"
        " WHERE source_path = 'rpo.txt' ORDER BY row_index",
    )
    assert [(r[0], r[1], str(r[2]), r[3], bool(r[4])) for r in bands] == [
        ("18 months", "P18M", "2024-12-31", 2, False),
        ("30 months", "P30M", "2025-12-31", 1, False),
        ("24 months", "P24M", "2026-12-31", 0, False),
    ]


# Pages of the placement, row and definition rules of stop 32, by file name.
STOP_32_PAGES = {
    "adequacy.txt": GIZMO_CAPITAL_ADEQUACY_HEADING,
    "afs.txt": GIZMO_OLD_AFS_IMPAIRMENT,
    "allowances.txt": GIZMO_BALANCE_UNDER_EVERY_PERIOD,
    "cash.txt": GIZMO_INTERIM_CASH_BALANCE,
    "cloud.txt": GIZMO_INTERIM_BALANCES_TWICE,
    "commitments.txt": GIZMO_PURCHASE_COMMITMENTS,
    "capacities.txt": GIZMO_OLD_CREDIT_CAPACITIES,
    "counts.txt": GIZMO_OLD_CUSTOMER_COUNTS,
    "credit.txt": GIZMO_CREDIT_LINE_DATES,
    "debt.txt": GIZMO_DEBT_AND_CAPITAL_RATIO,
    "dividends.txt": GIZMO_OLD_DIVIDENDS_BY_QUARTER,
    "events.txt": GIZMO_EVENT_MONTHS_AND_BALANCES,
    "fiscal.txt": GIZMO_FISCAL_YEAR_TEXT,
    "insiders.txt": GIZMO_OLD_INSIDER_LOANS,
    "intangibles.txt": GIZMO_OLD_INTANGIBLES_ACQUIRED,
    "interest.txt": GIZMO_OLD_HEADING_AND_TOTAL,
    "lines.txt": GIZMO_OLD_CREDIT_LINE_RANGE,
    "loans.txt": GIZMO_OLD_LOANS_BY_MEMBER,
    "method.txt": GIZMO_UNMARKED_MEMBER_OVER_TEXT,
    "options.txt": GIZMO_OPTIONS_PRICE_AND_VALUE,
    "provision.txt": GIZMO_OLD_PROVISION_AND_PROPERTIES,
    "reserve.txt": GIZMO_ALLOWANCE_AND_RESERVE,
    "sbc.txt": GIZMO_SHARE_BASED_EXPENSE_AND_CAPITALIZED,
    "shares.txt": GIZMO_OLD_SHARE_DATA_SCALE,
    "tiers.txt": GIZMO_TIER_SPELLINGS,
    "total.txt": GIZMO_TOTAL_AFTER_MEMBERS,
    "volatility.txt": GIZMO_VOLATILITY_AND_STOCK_PRICE,
}


def _flat(engine: Engine, columns: str, path: str, label: str = "%") -> list[tuple[object, ...]]:
    """facts_flat's ``columns`` for one page's rows whose label is like ``label``, in column order;
    dates as ISO text and numbers as floats, alike on both backends."""
    rows = query_rows(
        engine,
        f"SELECT {columns} FROM facts_flat WHERE source_path = :path AND row_label LIKE :label"
        " ORDER BY column_index, period_end, row_index",
        path=path,
        label=label,
    )
    return [
        tuple(
            v.isoformat() if hasattr(v, "isoformat") else float(v) if isinstance(v, Decimal) else v for v in r
        )
        for r in rows
    ]


def test_member_spans_balances_and_member_rows_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Stop 32's placements and rows, each as the warehouse holds it, on both backends: a row as long as
    one member's columns, cash and other balances at an interim page's balance dates, one-value
    siblings in their year, an empty range pair, a movement kept out of a date column, balances after
    a roll forward's closing, a shares-only scale, counts in their unit's columns, an unmarked member
    over a label and its text, a text over the first line items, and a total after the members."""
    _load_pages(engine, tmp_path, STOP_32_PAGES)
    assert _flat(
        engine, "raw_value, period_end, column_index, column_certain", "loans.txt", "Interest expense"
    ) == [
        ("$ 3,120", "2014-12-31", 2, False),
        ("$ 2,870", "2013-12-31", 3, False),
        ("$ 2,455", "2012-12-31", 4, False),
    ]
    members = query_rows(
        engine,
        "SELECT DISTINCT n_members FROM fact_lines WHERE source_path = 'loans.txt'"
        " AND row_label = 'Interest expense'",
    )
    assert [r[0] for r in members] == [1]
    assert _flat(engine, "value, column_index, period_end", "cash.txt", "Cash and cash equivalents") == [
        (59324000.0, 0, "2026-06-30"),
        (52913000.0, 2, "2025-12-31"),
    ]
    assert _flat(engine, "column_index, period_type, period_end", "events.txt", "Regulatory Assets") == [
        (2, "instant", "2027-06-30"),
        (3, "instant", "2026-09-30"),
    ]
    assert _flat(engine, "column_index, period_end", "cloud.txt", "Cloud computing assets") == [
        (0, "2026-06-30"),
        (2, "2026-06-30"),
        (4, "2025-12-31"),
    ]
    returns = _flat(engine, "period_end", "allowances.txt", "Allowance for sales returns")
    assert sorted(set(returns)) == [("2025-04-30",), ("2026-04-30",)]
    quarters = query_rows(
        engine,
        "SELECT DISTINCT period_start, period_end, column_certain FROM facts_flat"
        " WHERE source_path = 'dividends.txt' AND member_labels IS NOT NULL AND member_labels <> ''",
    )
    assert [(str(r[0]), str(r[1]), bool(r[2])) for r in quarters] == [("2012-01-01", "2012-12-31", False)]
    assert _flat(engine, "raw_value, column_index, period_end", "lines.txt", "Period of availability%") == [
        ("1 day", 2, "2013-12-31"),
        ("20 days", 3, "2013-12-31"),
    ]
    provision = _flat(
        engine, "period_type, period_end", "provision.txt", "Provision for Loan Losses Expensed"
    )
    assert provision == [("duration", "2014-03-31"), ("duration", "2013-03-31")]
    assert _flat(engine, "raw_value, period_end", "reserve.txt", "Revenue reserve") == [
        ("2,100", "2026-12-31"),
        ("3,900", "2025-12-31"),
    ]
    assert _flat(engine, "raw_value, value, unit", "shares.txt") == [
        ("8", 8000000.0, "shares"),
        ("$ 1,250", 1250.0, "USD"),
    ]
    assert _flat(engine, "raw_value, column_index, unit", "counts.txt", "%Count") == [
        ("2", 2, "customers"),
        ("3", 3, "customers"),
    ]
    method = _flat(engine, "member_labels, value_text", "method.txt", "Share-based Compensation%")
    assert method == [("Convertible Promissory Notes", "Black-Scholes model")]
    assert [
        (v, m or "") for v, m in _flat(engine, "value_text, member_labels", "fiscal.txt", "Fiscal year")
    ] == [("52 or 53-week fiscal year", "")]
    total = query_rows(
        engine,
        "SELECT SUM(value) FROM facts_flat WHERE source_path = 'total.txt'"
        " AND (member_labels IS NULL OR member_labels = '')",
    )
    assert float(total[0][0]) == 2972000.0


def test_tier_words_facility_dates_and_exclusions_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Stop 32's definitions, each as the warehouse holds it, on both backends: a capital tier in any
    spelling, a facility's dates, a definition that says there is none, what a block's text leaves
    out, and an other-than-temporary impairment."""
    _load_pages(engine, tmp_path, STOP_32_PAGES)
    defs = query_rows(
        engine,
        "SELECT DISTINCT source_path, row_label, definition FROM facts_flat",
    )
    got = {(r[0], r[1]): (r[2] or "")[:45] for r in defs}
    otti = "Other than Temporary Impairment Losses, Investments, Available-for-sale Securities"
    expected = {
        ("tiers.txt", "Tier1 capital ratio requirement"): "The minimum ratio of tier one capital to risk",
        ("credit.txt", "Line of credit maturity date"): "Date the credit facility terminates, in CCYY-",
        ("adequacy.txt", "Minimum requirement of Common Equity Tier 1 (CET1)"): (
            "The minimum Common Equity Tier One Capital Ra"
        ),
        ("commitments.txt", "Purchase Obligation"): "Minimum amount of purchase arrangement in whi",
        ("afs.txt", otti): "The amount by which the fair value of an inve",
        ("afs.txt", "Available-for-sale Securities"): "Amount of investment in debt and equity secur",
        ("volatility.txt", "Volatility"): "Measure of dispersion, in percentage terms (f",
        ("volatility.txt", "Stock Price"): "",
        ("sbc.txt", "Share-based compensation expense"): "Amount of expense for award under share-based",
        ("interest.txt", "Accrued interest receivable"): "Carrying amount as of the balance sheet date ",
        ("insiders.txt", "Repayments"): "The cash outflow for the payment of a long-te",
        ("debt.txt", "Total debt"): "The amount of outstanding funds that the enti",
        ("capacities.txt", "Credit outstanding"): "Amount borrowed under the credit facility as ",
        (
            "options.txt",
            "Exercisable, July 31, 2026 (in Dollars)",
        ): "Amount of difference between fair value of th",
        (
            "intangibles.txt",
            "Intangible assets ending balance",
        ): "Amount after amortization of assets, excludin",
    }
    assert {key: got[key] for key in expected} == expected


GIZMO_INR_PARENTHETICAL = """|
Gizmo Taxes - Deferred Tax Credit (Parenthetical) (Detail) - 12 months ended Mar. 31, 2026
₨ in Millions, $ in Millions
|
INR (₨)
|
USD ($)
|Gizmo tax reconciliation [abstract]
|Deferred tax credit
|₨ 16,512
|$ 219
""" + definition_blocks(
    [
        None,
        "The amount of benefit arising from a previously unrecognised gizmo tax loss.",
    ]
)


def test_a_title_period_and_an_echoed_amount_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """The period a title names for every column gives both currency columns the fiscal year, in
    their own units, for sure; a member's lone amount shown again in one column of its element's full
    row lands there as a flagged guess with its rule. On both backends."""
    _load_pages(engine, tmp_path, {"inr.txt": GIZMO_INR_PARENTHETICAL, "plan.txt": ECHOED_MEMBER_VALUE})
    rows = query_rows(
        engine,
        "SELECT raw_value, column_index, column_certain, period_type, period_start, period_end, unit,"
        " member_labels FROM facts_flat WHERE source_path = 'inr.txt' ORDER BY column_index",
    )
    got = [(r[0], r[1], bool(r[2]), r[3], str(r[4]), str(r[5]), r[6], r[7]) for r in rows]
    assert got == [
        ("₨ 16,512", 0, True, "duration", "2025-04-01", "2026-03-31", "INR", ""),
        ("$ 219", 1, True, "duration", "2025-04-01", "2026-03-31", "USD", ""),
    ]
    fund = query_rows(
        engine,
        "SELECT f.raw_value, f.column_index, f.column_certain, f.placement_rule FROM facts f"
        " JOIN reports r ON r.id = f.report_id JOIN source_files sf ON sf.id = r.source_file_id"
        " WHERE sf.source_path = 'plan.txt' AND f.raw_value = '4,815'",
    )
    assert [(r[0], r[1], bool(r[2]), r[3]) for r in fund] == [("4,815", 1, False, "same_value_elsewhere")]


def test_an_old_style_first_member_row_reaches_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """The first group of an old-style page whose tree comes back under each member keeps its
    members in facts_flat, like the groups after it. On both backends."""
    _load_pages(engine, tmp_path, {"buyers.txt": GIZMO_OLD_BUYER_SHARES})
    rows = query_rows(
        engine,
        "SELECT raw_value, column_index, member_labels, value, unit FROM facts_flat"
        " WHERE source_path = 'buyers.txt' ORDER BY row_index, column_index",
    )
    got = [(r[0], r[1], r[2], float(r[3]), r[4]) for r in rows]
    assert got[:3] == [
        ("37.00%", 0, "Gizmo Sales | Buyer North", 0.37, "pure"),
        ("21.00%", 1, "Gizmo Sales | Buyer North", 0.21, "pure"),
        ("18.00%", 0, "Gizmo Sales | Buyer South", 0.18, "pure"),
    ]


def test_old_style_prose_under_each_member_reaches_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Each member group's policy prose and useful life land under that group's member, the second
    group's prose as a text value, not as a member of the useful life. On both backends."""
    _load_pages(engine, tmp_path, {"lives.txt": GIZMO_OLD_POLICY_PROSE})
    rows = query_rows(
        engine,
        "SELECT row_index, member_labels, raw_value, value_text, unit FROM facts_flat"
        " WHERE source_path = 'lives.txt' ORDER BY row_index",
    )
    got = [(r[0], r[1], r[2][:14], (r[3] or "")[:14], r[4]) for r in rows]
    assert got == [
        (1, "Gizmo Presses", "Gizmo equipmen", "Gizmo equipmen", None),
        (2, "Gizmo Presses", "7 years", "P7Y", None),
        (4, "Gizmo Lathes", "Gizmo equipmen", "Gizmo equipmen", None),
        (5, "Gizmo Lathes", "12 years", "P12Y", None),
    ]


def test_a_total_whose_label_the_text_lost_reaches_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """The unlabelled total is a row of its own in facts_flat (row_label ''), with its definition,
    and the rows above it sit in the columns the sums prove. On both backends."""
    _load_pages(engine, tmp_path, {"reserves.txt": GIZMO_OLD_UNLABELLED_TOTAL})
    rows = query_rows(
        engine,
        "SELECT row_index, row_label, column_index, column_certain, value, period_end, definition"
        " FROM facts_flat WHERE source_path = 'reserves.txt' ORDER BY row_index, column_index",
    )
    got = [(r[0], r[1], r[2], bool(r[3]), float(r[4]), str(r[5])[:10], r[6]) for r in rows]
    total = "Carrying value of the gizmo warranty reserve."
    long_term = "Amount of the gizmo warranty reserve expected to be paid after one year."
    assert got[2:] == [
        (2, "Long-term gizmo warranty reserve", 0, True, 3517.0, "2026-06-30", long_term),
        (2, "Long-term gizmo warranty reserve", 2, True, 4123.0, "2025-12-31", long_term),
        (3, "", 0, True, 44717.0, "2026-06-30", total),
        (3, "", 1, True, 43009.0, "2026-03-31", total),
        (3, "", 2, True, 42923.0, "2025-12-31", total),
        (3, "", 3, True, 40155.0, "2025-09-30", total),
    ]


def test_interim_balances_reach_the_warehouse_at_the_period_end_and_the_year_end(
    engine: Engine, tmp_path: Path
) -> None:
    """A balance row's two values of a quarter's page land at the quarter's end and the year-end
    instant, flagged uncertain with their rule; the flow takes the two quarters. On both backends."""
    _load_pages(engine, tmp_path, {"contracts.txt": GIZMO_INTERIM_BALANCES.format(year_group="")})
    rows = query_rows(
        engine,
        "SELECT row_label, column_index, column_certain, period_type, period_end FROM facts_flat"
        " WHERE source_path = 'contracts.txt' AND row_index < 2 ORDER BY row_index, column_index",
    )
    got = [(r[0], r[1], bool(r[2]), r[3], str(r[4])[:10]) for r in rows]
    assert got == [
        ("Gizmo revenue recognized", 0, False, "duration", "2026-03-31"),
        ("Gizmo revenue recognized", 1, False, "duration", "2025-03-31"),
        ("Deferred gizmo revenue", 0, False, "duration", "2026-03-31"),
        ("Deferred gizmo revenue", 2, False, "instant", "2025-12-31"),
    ]


def test_definitions_told_by_page_structure_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """The total of a whole whose documentation lists the kinds the rows name apart gets the
    whole's definition; balances named by the period's start and end share their element's, and
    the roll forward they bracket places the lone write-off in the year. On both backends."""
    _load_pages(
        engine, tmp_path, {"rentals.txt": GIZMO_RENTAL_INCOME, "allowance.txt": GIZMO_ALLOWANCE_PERIOD_EDGES}
    )
    rows = query_rows(
        engine,
        "SELECT source_path, row_label, column_index, column_certain, definition FROM facts_flat"
        " WHERE row_label IN ('Total rental revenue', 'Long-term rental revenue', 'Balance, Period Start',"
        " 'Deductions for gizmo receivables written off') AND column_index < 1 OR raw_value = '(570)'"
        " ORDER BY source_path, row_index, column_index",
    )
    got = [(r[0], r[1], r[2], bool(r[3]), (r[4] or "")[:40]) for r in rows]
    assert got == [
        ("allowance.txt", "Balance, Period Start", 0, True, "For an unclassified balance sheet, a val"),
        (
            "allowance.txt",
            "Deductions for gizmo receivables written off",
            2,
            True,
            "Amount of direct write-downs of accounts",
        ),
        ("rentals.txt", "Long-term rental revenue", 0, True, "Amount of gizmo rental income from depos"),
        ("rentals.txt", "Total rental revenue", 0, True, "Amount of gizmo rental income from short"),
    ]


NPBC_DISCOUNT_DOC = "The interest rate used to adjust for the time value of money."
GIZMO_PENSION_COST_DOC = (
    "Amount of cost (reversal of cost) for pension benefits. Excludes other postretirement benefits."
)


def test_definitions_told_by_sums_and_headings_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """A total that adds up what one element excludes takes the other element's definition; short
    labels repeated under two headings take the definitions the headings' order gives. On both
    backends."""
    _load_pages(
        engine, tmp_path, {"cost.txt": GIZMO_BENEFIT_COST, "assumptions.txt": GIZMO_PENSION_ASSUMPTIONS}
    )
    rows = query_rows(
        engine,
        "SELECT source_path, row_index, row_label, definition FROM facts_flat"
        " WHERE column_index = 0 AND (row_label IN ('Net periodic pension benefit cost', 'Discount rate'))"
        " ORDER BY source_path, row_index",
    )
    got = [(r[0], r[1], r[2], r[3]) for r in rows]
    assert got == [
        ("assumptions.txt", 2, "Discount rate", NPBC_DISCOUNT_DOC),
        ("assumptions.txt", 6, "Discount rate", f"{NPBC_DISCOUNT_DOC[:-1]} for the plan."),
        ("cost.txt", 5, "Net periodic pension benefit cost", GIZMO_PENSION_COST_DOC),
    ]


def test_placements_guessed_from_sums_and_siblings_reach_the_warehouse(
    engine: Engine, tmp_path: Path
) -> None:
    """Gross amounts that sums narrow to the classes' columns, and a total's movement that a
    segment's placed twin places, reach facts_flat in those columns, flagged. On both backends."""
    pages = {"intangibles.txt": GIZMO_OLD_ACQUIRED_INTANGIBLES, "goodwill.txt": GIZMO_OLD_GOODWILL_SEGMENTS}
    _load_pages(engine, tmp_path, pages)
    rows = query_rows(
        engine,
        "SELECT source_path, row_label, raw_value, column_index, column_certain FROM facts_flat"
        " WHERE (source_path = 'intangibles.txt' AND row_label = 'Gross Amount' AND raw_value <> '$ 955')"
        " OR (source_path = 'goodwill.txt' AND row_label = 'Acquisitions')"
        " ORDER BY source_path, row_index, column_index",
    )
    got = [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]
    assert got == [
        ("goodwill.txt", "Acquisitions", "515", 1, False),
        ("goodwill.txt", "Acquisitions", "515", 1, True),
        ("intangibles.txt", "Gross Amount", "$ 610", 3, False),
        ("intangibles.txt", "Gross Amount", "$ 345", 4, False),
    ]


def test_maturity_definitions_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Rows named by the years they cover carry the definitions of those years. On both backends."""
    _load_pages(engine, tmp_path, {"commitments.txt": GIZMO_COMMITMENT_BUCKETS})
    rows = query_rows(
        engine,
        "SELECT row_label, definition FROM facts_flat WHERE source_path = 'commitments.txt'"
        " ORDER BY row_index",
    )
    got = [(r[0], (r[1] or "").removeprefix("Amount of gizmo contractual obligation")) for r in rows]
    assert got == [
        ("Total", ", including purchase obligations and other commitments."),
        ("Less than one year", " due in the next fiscal year following the latest fiscal year."),
        ("One to three years", " due in the second and third fiscal years following the latest fiscal year."),
        (
            "Three to five years",
            " due in the fourth and fifth fiscal years following the latest fiscal year.",
        ),
        ("More than five years", " due after the fifth fiscal year following the latest fiscal year."),
    ]


def test_accrued_expenses_reach_the_warehouse_at_the_balance_dates(engine: Engine, tmp_path: Path) -> None:
    """Accrued expenses on a nine months' page sit at the period's end and at the year-end (flagged
    guesses, instants at those dates). On both backends."""
    _load_pages(engine, tmp_path, {"accrued.txt": GIZMO_OLD_ACCRUED_EXPENSES})
    rows = query_rows(
        engine,
        "SELECT raw_value, column_index, column_certain, period_type, period_end FROM facts_flat"
        " WHERE row_label = 'Other accrued expenses' ORDER BY column_index",
    )
    got = [(r[0], r[1], bool(r[2]), r[3], str(r[4])) for r in rows]
    assert got == [
        ("$ 410", 0, False, "instant", "2014-09-30"),
        ("$ 12,660", 2, False, "instant", "2013-12-31"),
    ]


def test_a_member_combination_placed_by_its_parent_reaches_the_warehouse(
    engine: Engine, tmp_path: Path
) -> None:
    """The combination's values sit where they add up with their sibling to the parent, flagged,
    with the combination's members. On both backends."""
    _load_pages(engine, tmp_path, {"regions.txt": GIZMO_REVENUE_BY_REGION})
    rows = query_rows(
        engine,
        "SELECT raw_value, column_index, column_certain, member_labels FROM facts_flat"
        " WHERE member_labels = 'North Gizmos | Europe' ORDER BY column_index",
    )
    got = [(r[0], r[1], bool(r[2]), r[3]) for r in rows]
    assert got == [(v, j, False, "North Gizmos | Europe") for v, j in (("3", 1), ("9", 2), ("5", 3))]


def test_unit_lines_reach_the_warehouse_as_units_not_members(engine: Engine, tmp_path: Path) -> None:
    """A title-period page's unit lines give no member to its facts, and counts sit in the columns
    listing what they count (flagged). On both backends."""
    _load_pages(engine, tmp_path, {"org.txt": GIZMO_TITLE_PERIOD_UNITS, "stores.txt": GIZMO_OLD_STORE_COUNTS})
    rows = query_rows(
        engine,
        "SELECT source_path, row_label, member_labels, column_index, column_certain FROM facts_flat"
        " WHERE row_label IN ('Number of gizmo stores',"
        " 'Share of taxable income to be distributed (in hundredths)')"
        " ORDER BY source_path, row_index, column_index",
    )
    got = [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]
    assert got == [
        ("org.txt", "Share of taxable income to be distributed (in hundredths)", "", 0, True),
        ("org.txt", "Number of gizmo stores", "Gizmo Outlets [Member]", 0, True),
        ("stores.txt", "Number of gizmo stores", "", 1, False),
        ("stores.txt", "Number of gizmo stores", "", 3, False),
    ]


def test_definitions_of_wholes_and_net_amounts_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """A whole whose kinds the rows name apart, and an amount net of a part, carry their own
    definitions. On both backends."""
    pages = {"deposits.txt": GIZMO_BANK_DEPOSITS, "interest.txt": GIZMO_INTEREST_INCURRED}
    _load_pages(engine, tmp_path, pages)
    net = "Interest and debt expense, net of capitalized interest"
    rows = query_rows(
        engine,
        "SELECT row_label, definition FROM facts_flat WHERE row_label IN"
        f" ('NOW', 'Deposits', 'Interest and debt expense', '{net}') ORDER BY source_path, row_index",
    )
    got = [(r[0], (r[1] or "")[:40]) for r in rows]
    assert got == [
        ("NOW", "Deposits, Negotiable Order of Withdrawal"),
        ("Deposits", "The aggregate of all deposit liabilities"),
        ("Interest and debt expense", "Total interest costs incurred during the"),
        (net, "Amount of the cost of borrowed funds acc"),
    ]


def test_a_member_counted_by_the_blocks_reaches_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """The unmarked member's row carries it; no name is stored as a value. On both backends."""
    _load_pages(engine, tmp_path, {"nci.txt": GIZMO_UNMARKED_MEMBER})
    rows = query_rows(
        engine,
        "SELECT raw_value, member_labels, column_certain FROM facts_flat ORDER BY row_index, column_index",
    )
    got = [(r[0], r[1], bool(r[2])) for r in rows]
    assert [v for v, _, _ in got] == ["¥ (41,000)", "75.00%", "60.00%", "15.00%"]
    assert got[-1] == ("15.00%", "Gizmo Interest Sale", False)


def test_a_securitys_cost_and_fair_value_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Amortized cost and fair value of securities available for sale and held to maturity carry
    their own definitions. On both backends."""
    _load_pages(engine, tmp_path, {"securities.txt": GIZMO_SECURITIES_BY_CLASS})
    rows = query_rows(
        engine,
        "SELECT row_label, raw_value, definition FROM facts_flat"
        " WHERE member_labels = '' AND column_index = 0 ORDER BY row_index",
    )
    got = [(r[0], r[1], (r[2] or "")[:50]) for r in rows]
    assert got == [
        ("Amortized Cost", "$ 181,240", "This item represents the cost of debt securities, "),
        ("Fair Value", "182,016", "Amount of debt securities categorized neither as h"),
        ("Amortized Cost", "41,870", "Held to maturity gizmo securities, amortized cost "),
        ("Fair Value", "42,655", "This item represents the aggregate fair value of i"),
    ]


def test_a_banks_measured_and_required_ratios_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Tier 1 and total capital ratios, measured and required, carry their own definitions and are
    stored as fractions. On both backends."""
    _load_pages(engine, tmp_path, {"capital.txt": GIZMO_BANK_CAPITAL})
    rows = query_rows(
        engine,
        "SELECT raw_value, value, unit, definition FROM facts_flat WHERE column_index = 0 ORDER BY row_index",
    )
    got = [(r[0], float(r[1]), r[2], (r[3] or "")[:40]) for r in rows]
    assert got == [
        ("12.41%", 0.1241, "pure", "Tier 1 capital divided by risk weighted "),
        ("8.72%", 0.0872, "pure", "Tier 1 capital divided by average assets"),
        ("8.00%", 0.08, "pure", "The amount of Tier 1 Leverage Capital re"),
        ("10.00%", 0.1, "pure", "The Total risk based capital ratio (tota"),
        ("14.83%", 0.1483, "pure", "Net risk-based capital ratio."),
    ]


def test_balances_placed_by_their_dates_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """A roll forward's closing balances shown in three of five columns land at the dates that show
    one balance twice (instants: the half year closes where its second quarter does), flagged as
    guesses with their rule. On both backends."""
    _load_pages(engine, tmp_path, {"warrants.txt": GIZMO_LEVEL3_WARRANTS})
    rows = query_rows(
        engine,
        "SELECT raw_value, period_start, period_end, column_certain FROM facts_flat"
        " WHERE row_label = 'Fair value at ending' ORDER BY column_index",
    )
    got = [(r[0], str(r[1]), str(r[2]), bool(r[3])) for r in rows]
    assert got == [
        ("$ 2,290,500", "None", "2025-06-30", False),
        ("$ 2,410,500", "None", "2025-03-31", False),
        ("$ 2,290,500", "None", "2025-06-30", False),
    ]
    rules = query_rows(engine, "SELECT DISTINCT placement_rule FROM facts WHERE NOT column_certain")
    assert [r[0] for r in rules] == ["roll_forward_fit"]


def test_members_columns_summing_to_the_whole_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """The whole's value at a date and its members' at that date land in those columns, flagged as
    guesses. On both backends."""
    _load_pages(engine, tmp_path, {"debt.txt": GIZMO_DEBT_BY_MEMBER})
    sql = "SELECT raw_value, period_end, column_index, column_certain FROM facts_flat ORDER BY column_index"
    got = [(r[0], str(r[1]), r[2], bool(r[3])) for r in query_rows(engine, sql)]
    assert got == [
        ("126,410", "2014-09-30", 0, False),
        ("61,000", "2013-12-31", 1, False),
        ("52,300", "2014-09-30", 2, False),
        ("74,110", "2014-09-30", 5, False),
    ]


def test_an_income_tax_row_reaches_the_warehouse_with_the_taxs_definition(
    engine: Engine, tmp_path: Path
) -> None:
    """The tax row carries the tax's definition, the net row the after-tax one. On both backends."""
    _load_pages(engine, tmp_path, {"oci.txt": GIZMO_OCI_TAX})
    sql = "SELECT row_label, definition FROM facts_flat WHERE row_index >= 3 ORDER BY row_index"
    got = [(r[0], (r[1] or "")[:30]) for r in query_rows(engine, sql)]
    assert got == [
        ("Income tax", "Amount of tax expense (benefit"),
        ("Other comprehensive loss, net of income taxes", "Amount after tax and reclassif"),
    ]


def test_a_movement_placed_by_the_balancing_columns_reaches_the_warehouse(
    engine: Engine, tmp_path: Path
) -> None:
    """The change shown in two of three columns lands in the second quarter and the half year, whose
    balances it closes, flagged. On both backends."""
    _load_pages(engine, tmp_path, {"derivatives.txt": GIZMO_DERIVATIVE_LIABILITIES})
    sql = (
        "SELECT raw_value, period_start, period_end, column_certain FROM facts_flat"
        " WHERE row_label = 'Change in fair value' ORDER BY column_index"
    )
    got = [(r[0], str(r[1]), str(r[2]), bool(r[3])) for r in query_rows(engine, sql)]
    assert got == [
        ("(144,600)", "2025-04-01", "2025-06-30", False),
        ("(251,000)", "2025-01-01", "2025-06-30", False),
    ]


def test_allowances_reach_the_warehouse_at_the_balance_dates(engine: Engine, tmp_path: Path) -> None:
    """A plural "allowances" row is a balance: its facts are instants at the two balance dates. On
    both backends."""
    _load_pages(engine, tmp_path, {"allowances.txt": GIZMO_REFUND_ALLOWANCES})
    sql = (
        "SELECT raw_value, period_type, period_end FROM facts_flat WHERE row_index = 1 ORDER BY column_index"
    )
    got = [(r[0], r[1], str(r[2])) for r in query_rows(engine, sql)]
    assert got == [("$ 500", "instant", "2026-06-30"), ("$ 480", "instant", "2025-12-31")]


def test_a_units_id_reaches_the_warehouse_as_the_unit(engine: Engine, tmp_path: Path) -> None:
    """The count carries the unit named by its id and no member. On both backends."""
    _load_pages(engine, tmp_path, {"policies.txt": GIZMO_UNIT_ID_LINE})
    rows = query_rows(engine, "SELECT raw_value, unit, member_labels FROM facts_flat")
    assert [tuple(r) for r in rows] == [("2", "gizmo_obligation", "")]
    assert query_rows(engine, "SELECT COUNT(*) FROM context_members")[0][0] == 0


def test_a_movement_balanced_by_five_unsigned_ones_reaches_the_warehouse(
    engine: Engine, tmp_path: Path
) -> None:
    """The change lands in the second quarter and the half year, which balance with all five unsigned
    movements counted. On both backends."""
    _load_pages(engine, tmp_path, {"reserve.txt": GIZMO_RESERVE_FIVE_UNSIGNED})
    sql = "SELECT raw_value, period_start, period_end FROM facts_flat WHERE row_index = 7"
    got = sorted((r[0], str(r[1]), str(r[2])) for r in query_rows(engine, sql))
    assert got == [("(164)", "2025-01-01", "2025-06-30"), ("(50)", "2025-04-01", "2025-06-30")]


def test_a_plainly_shown_members_group_reaches_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """The trust's rows carry its member and the definitions of the rows above. On both backends."""
    _load_pages(engine, tmp_path, {"repurchases.txt": GIZMO_TRUST_REPURCHASES})
    sql = (
        "SELECT row_index, raw_value, member_labels, definition FROM facts_flat"
        " WHERE column_index = 0 ORDER BY row_index"
    )
    got = [(r[0], r[1], r[2], (r[3] or "")[:20]) for r in query_rows(engine, sql)]
    assert got == [
        (1, "$ 500", "", "The amount of repurc"),
        (2, "(40)", "", "The decrease in equi"),
        (3, "$ 460", "", "The amount of repurc"),
        (6, "$ 50", "Gizmo Employee Trust", "The amount of repurc"),
        (7, "(4)", "Gizmo Employee Trust", "The decrease in equi"),
        (8, "$ 46", "Gizmo Employee Trust", "The amount of repurc"),
    ]


def test_one_balance_shown_twice_reaches_the_warehouse_at_one_date(engine: Engine, tmp_path: Path) -> None:
    """Both closing facts are the balance at Sep. 30, 2026, flagged as guesses. On both backends."""
    _load_pages(engine, tmp_path, {"warrants.txt": GIZMO_WARRANT_CLOSING_TWICE})
    sql = (
        "SELECT raw_value, period_type, period_end, column_index, column_certain FROM facts_flat"
        " WHERE row_index = 1 ORDER BY column_index"
    )
    got = [(r[0], r[1], str(r[2]), r[3], bool(r[4])) for r in query_rows(engine, sql)]
    assert got == [
        ("$ 10,836", "instant", "2026-09-30", 0, False),
        ("10,836", "instant", "2026-09-30", 2, False),
    ]


def test_a_members_row_summing_to_the_total_reaches_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """The swaps' gain lands in 2023 with its member, flagged. On both backends."""
    _load_pages(engine, tmp_path, {"hedges.txt": GIZMO_HEDGE_GAINS_BY_INSTRUMENT})
    sql = (
        "SELECT raw_value, member_labels, period_start, period_end, column_certain FROM facts_flat"
        " WHERE row_index = 7"
    )
    got = [(r[0], r[1], str(r[2]), str(r[3]), bool(r[4])) for r in query_rows(engine, sql)]
    assert got == [("$ 901,200", "Commodity swaps", "2023-01-01", "2023-12-31", False)]


def test_a_balance_under_a_marked_abstract_reaches_the_warehouse_with_its_definition(
    engine: Engine, tmp_path: Path
) -> None:
    """The closing balance carries the investments' definition. On both backends."""
    _load_pages(engine, tmp_path, {"investments.txt": GIZMO_INVESTMENTS_ABSTRACT})
    sql = "SELECT DISTINCT definition FROM facts_flat WHERE row_index = 6"
    assert [(r[0] or "")[:25] for r in query_rows(engine, sql)] == ["Amount of investments inc"]


def test_a_value_beside_a_line_items_marker_reaches_the_warehouse_with_its_definition(
    engine: Engine, tmp_path: Path
) -> None:
    """The principal carries the carrying amount's definition. On both backends."""
    _load_pages(engine, tmp_path, {"loans.txt": GIZMO_LOAN_LINE_ITEMS})
    sql = "SELECT raw_value, definition FROM facts_flat WHERE row_label = 'Principal amount'"
    assert [(r[0], (r[1] or "")[:20]) for r in query_rows(engine, sql)] == [("217", "The carrying amount ")]


def test_a_notes_rate_reaches_the_warehouse_under_its_note(engine: Engine, tmp_path: Path) -> None:
    """Each stated rate lands in its note's column, as a fraction, flagged. On both backends."""
    _load_pages(engine, tmp_path, {"notes.txt": GIZMO_NOTES_BY_RATE})
    rows = query_rows(
        engine,
        "SELECT raw_value, value, unit, column_index, column_certain FROM facts_flat"
        " WHERE row_index = 2 ORDER BY column_index",
    )
    got = [(r[0], float(r[1]), r[2], r[3], bool(r[4])) for r in rows]
    assert got == [
        ("5.25%", 0.0525, "pure", 2, False),
        ("7.125%", 0.07125, "pure", 3, False),
        ("9.00%", 0.09, "pure", 4, False),
    ]


def test_a_purchase_filling_every_column_reaches_the_warehouse_with_its_definition(
    engine: Engine, tmp_path: Path
) -> None:
    """The purchase carries the purchase's definition in every column. On both backends."""
    _load_pages(engine, tmp_path, {"buybacks.txt": GIZMO_HALF_YEAR_BUYBACKS})
    sql = "SELECT DISTINCT definition FROM facts_flat WHERE row_label = 'Acquisition of own shares'"
    assert [(r[0] or "")[:30] for r in query_rows(engine, sql)] == ["The decrease in equity resulti"]


def test_a_loss_on_retired_debt_reaches_the_warehouse_with_the_losss_definition(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"repurchases.txt": GIZMO_NOTES_REPURCHASED})
    sql = "SELECT row_label, raw_value, definition FROM facts_flat ORDER BY row_index"
    got = [(r[0], r[1], (r[2] or "")[:24]) for r in query_rows(engine, sql)]
    assert got == [
        ("Gizmo notes repurchased", "412", "Gross amount of debt ext"),
        ("Loss on early retirement of Gizmo notes", "$ 23", "Difference between the f"),
    ]


def test_a_range_reaches_the_warehouse_under_its_minimum_and_maximum(engine: Engine, tmp_path: Path) -> None:
    """The range's ends land in the Minimum and Maximum columns, flagged. On both backends."""
    _load_pages(engine, tmp_path, {"options.txt": GIZMO_OPTION_RANGES})
    rows = query_rows(
        engine,
        "SELECT raw_value, value, column_index, period_end, column_certain FROM facts_flat"
        " WHERE row_label = 'Risk-free interest rate' ORDER BY column_index",
    )
    got = [(r[0], float(r[1]), r[2], str(r[3]), bool(r[4])) for r in rows]
    assert got == [
        ("1.10%", 0.011, 0, "2013-12-31", False),
        ("0.85%", 0.0085, 2, "2014-12-31", False),
        ("2.05%", 0.0205, 3, "2014-12-31", False),
    ]


def test_a_receivable_reaches_the_warehouse_with_the_receivables_definition(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"receivables.txt": GIZMO_RECEIVABLES_CREDIT_LOSS})
    sql = "SELECT row_label, definition FROM facts_flat WHERE column_index = 0 ORDER BY row_index"
    got = [(r[0], (r[1] or "")[:26]) for r in query_rows(engine, sql)]
    assert got == [
        ("Accounts receivable", "Amount, before allowance f"),
        ("Less: Allowance for doubtful accounts", "Amount of allowance for cr"),
        ("Accounts receivable, net", "Amount, after allowance fo"),
    ]


def test_a_facilitys_balances_reach_the_warehouse_in_the_facilitys_columns(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"facility.txt": GIZMO_OLD_FACILITY_BALANCES})
    sql = (
        "SELECT raw_value, column_index, period_end, column_certain FROM facts_flat"
        " WHERE row_index = 0 ORDER BY column_index"
    )
    got = [(r[0], r[1], str(r[2]), bool(r[3])) for r in query_rows(engine, sql)]
    assert got == [("$ 2,410,000", 1, "2014-06-30", False), ("$ 1,875,000", 2, "2013-12-31", False)]


def test_a_total_beside_a_standard_abstract_reaches_the_warehouse_as_the_filers(
    engine: Engine, tmp_path: Path
) -> None:
    """The heading's concept holds the undocumented block between the standard ones; the total's,
    the filer's first. On both backends."""
    _load_pages(engine, tmp_path, {"notes.txt": GIZMO_NOTES_STANDARD_ABSTRACT})
    sql = (
        "SELECT d.block_index, c.label FROM definitions d JOIN concepts c ON c.id = d.concept_id"
        " ORDER BY d.block_index"
    )
    got = [(r[0], r[1]) for r in query_rows(engine, sql)]
    assert got == [
        (0, "Total"),
        (1, "Convertible notes payable, bearing interest at 9%"),
        (2, "Convertible Notes Payable and Exchange Offer"),
        (3, "Unamortized debt discount"),
    ]


def test_a_closing_balance_with_a_bare_edge_reaches_the_warehouse_with_the_balances_definition(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"warrants.txt": GIZMO_WARRANT_BARE_EDGES})
    sql = "SELECT row_label, definition FROM facts_flat ORDER BY row_index"
    got = [(r[0], (r[1] or "")[:24]) for r in query_rows(engine, sql)]
    assert got == [
        ("Gizmo warrant liabilities at the beginning", "Fair value of financial "),
        ("Change in fair value", "Amount of gain (loss) re"),
        ("Gizmo warrant liabilities at end", "Fair value of financial "),
    ]


def test_a_cumulative_label_reaches_the_warehouse_in_the_longest_period(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"acquisition.txt": GIZMO_SINCE_ACQUISITION})
    sql = "SELECT raw_value, period_start, period_end, column_certain FROM facts_flat ORDER BY row_index"
    got = [(r[0], str(r[1]), str(r[2]), bool(r[3])) for r in query_rows(engine, sql)]
    assert got == [("$ 9", "2026-01-01", "2026-03-31", False), ("64.00%", "2024-04-01", "2026-03-31", False)]


def test_a_warrant_roll_forward_by_class_reaches_the_warehouse_in_dollars(
    engine: Engine, tmp_path: Path
) -> None:
    """The classes under the dates are members, not units: every value is in USD; the balances
    carry the documentation of the warrants outstanding, the movements the filer's."""
    _load_pages(engine, tmp_path, {"warrants.txt": GIZMO_OLD_WARRANT_CLASSES})
    sql = (
        "SELECT row_label, column_index, unit, value, definition FROM facts_flat"
        " WHERE column_index = 1 ORDER BY row_index"
    )
    got = [(r[0], r[1], r[2], float(r[3]), (r[4] or "")[:20]) for r in query_rows(engine, sql)]
    assert got == [
        ("Beginning balance", 1, "USD", 150000.0, "Value of outstanding"),
        ("Issued with gizmo notes", 1, "USD", 10000.0, "No authoritative ref"),
        ("Recorded in members' equity", 1, "USD", -20000.0, "No authoritative ref"),
        ("Ending balance", 1, "USD", 140000.0, "Value of outstanding"),
    ]
    members = (
        "SELECT DISTINCT d.label FROM dimensions d JOIN context_members cm ON cm.dimension_id = d.id"
        " ORDER BY d.label"
    )
    assert [r[0] for r in query_rows(engine, members)] == ["Gizmos", "Sprockets"]


def test_options_excluded_from_diluted_eps_reach_the_warehouse_with_their_definition(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"capital.txt": GIZMO_SHARES_EXCLUDED})
    sql = (
        "SELECT DISTINCT row_label, definition FROM facts_flat"
        " WHERE row_label LIKE 'Options%' OR row_label LIKE 'Weighted%' ORDER BY row_label"
    )
    got = [(r[0][:16], (r[1] or "")[:20]) for r in query_rows(engine, sql)]
    assert got == [("Options excluded", "Securities (includin"), ("Weighted-average", "The number of ordina")]


def test_balances_of_their_own_elements_reach_the_warehouse_in_the_balancing_column(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"aoci.txt": GIZMO_OLD_OCI_EDGES})
    sql = (
        "SELECT row_label, period_end, column_certain, value, definition FROM facts_flat"
        " WHERE row_label LIKE '%Balance' ORDER BY row_index"
    )
    got = [(r[0], str(r[1]), bool(r[2]), float(r[3]), (r[4] or "")[-17:]) for r in query_rows(engine, sql)]
    assert got == [
        ("Beginning Balance", "2013-12-31", True, -3120000.0, "Beginning Balance"),
        ("Ending Balance", "2014-06-30", True, -845000.0, "ss Ending Balance"),
    ]


def test_provisions_reach_the_warehouse_with_their_own_definitions(engine: Engine, tmp_path: Path) -> None:
    _load_pages(engine, tmp_path, {"provisions.txt": GIZMO_IFRS_PROVISIONS})
    sql = (
        "SELECT DISTINCT row_label, definition FROM facts_flat"
        " WHERE row_label IN ('Provisions', 'Provisions for employee benefits') ORDER BY row_label"
    )
    got = [(r[0], (r[1] or "")[:40]) for r in query_rows(engine, sql)]
    assert got == [
        ("Provisions", "The amount of liabilities of uncertain t"),
        ("Provisions for employee benefits", "The amount of provisions for employee be"),
    ]


def test_a_maturity_described_in_words_reaches_the_warehouse_as_its_rows_text(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"notes.txt": GIZMO_NOTE_MATURITIES})
    sql = (
        "SELECT DISTINCT row_label, member_labels, value_text, definition FROM facts_flat"
        " WHERE row_label LIKE 'Debt instrument%' ORDER BY member_labels"
    )
    got = [(r[1], r[2], (r[3] or "")[:16]) for r in query_rows(engine, sql)]
    assert got == [
        ("Gizmo Note A [Member]", "March 2026 to June 2026", "Description of t"),
        ("Gizmo Note B [Member]", "2027-12-31", "Date when the de"),
    ]


def test_an_allowances_provision_and_write_offs_reach_the_warehouse_with_their_definitions(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"allowance.txt": GIZMO_ALLOWANCE_SIGNED_MOVEMENTS})
    sql = (
        "SELECT row_label, period_start, value, definition FROM facts_flat"
        " WHERE row_label LIKE 'Doubtful%' OR row_label LIKE 'Allowance%' ORDER BY row_index, column_index"
    )
    got = [(r[0][:9], str(r[1]), float(r[2]), (r[3] or "")[:24]) for r in query_rows(engine, sql)]
    assert got == [
        ("Allowance", "2026-01-01", 96000.0, "Amount of expense relate"),
        ("Allowance", "2025-01-01", -31000.0, "Amount of expense relate"),
        ("Doubtful ", "2026-01-01", -175000.0, "Amount of loans and leas"),
        ("Doubtful ", "2025-01-01", -64000.0, "Amount of loans and leas"),
    ]


def test_a_movement_table_reaches_the_warehouse_with_the_reconciliations_definition(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"tables.txt": GIZMO_PROVISION_TABLES})
    sql = "SELECT row_label, value_text, definition FROM facts_flat WHERE value_text IS NOT NULL"
    got = [(r[0], r[1][:13], r[2]) for r in query_rows(engine, sql)]
    assert got == [
        (
            "Schedule of gizmo provision movement",
            "(1) Reversals",
            "Tabular disclosure of reconciliation of provisions.",
        )
    ]


def test_a_discount_to_be_amortized_reaches_the_warehouse_with_the_unamortized_discount(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"notes.txt": GIZMO_NOTES_DISCOUNT_AND_COSTS})
    sql = (
        "SELECT row_label, period_end, value, definition FROM facts_flat"
        " WHERE row_label LIKE 'Unamortized%' ORDER BY row_index, column_index"
    )
    got = [(r[0][12:20], str(r[1]), float(r[2]), (r[3] or "")[:30]) for r in query_rows(engine, sql)]
    assert got == [
        ("debt dis", "2026-12-31", -51300.0, "Amount of debt discount to be "),
        ("debt dis", "2025-12-31", -1107450.0, "Amount of debt discount to be "),
        ("deferred", "2026-12-31", 0.0, "Amount of unamortized debt dis"),
        ("deferred", "2025-12-31", -7280.0, "Amount of unamortized debt dis"),
    ]


def test_flows_of_the_years_reach_the_warehouse_in_the_years_columns(engine: Engine, tmp_path: Path) -> None:
    _load_pages(engine, tmp_path, {"discount.txt": GIZMO_NOTE_DISCOUNT_YEARS})
    sql = (
        "SELECT row_label, period_type, period_start, period_end, column_certain, value FROM facts_flat"
        " WHERE row_label LIKE 'Amortization%' OR row_label LIKE 'Relative%' ORDER BY row_index, column_index"
    )
    got = [(r[0][:9], r[1], str(r[2]), str(r[3]), bool(r[4]), float(r[5])) for r in query_rows(engine, sql)]
    assert got == [
        ("Relative ", "instant", "None", "2025-08-15", False, -2140000.0),
        ("Amortizat", "duration", "2026-01-01", "2026-12-31", False, 713300.0),
        ("Amortizat", "duration", "2025-01-01", "2025-12-31", False, 267500.0),
    ]


def test_pages_of_the_2011_renderer_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    _load_pages(engine, tmp_path, {"customers.txt": GIZMO_2011_MAJOR_CUSTOMERS, "note.txt": GIZMO_2011_NOTE})
    sql = (
        "SELECT source_path, member_labels, unit, value, value_text, definition FROM facts_flat"
        " WHERE column_index = 0 ORDER BY source_path, row_index"
    )
    got = [
        (r[0], r[1], r[2], None if r[3] is None else float(r[3]), (r[4] or "")[:16], (r[5] or "")[:28])
        for r in query_rows(engine, sql)
    ]
    assert got == [
        ("customers.txt", "", "customers", 1.0, "", "Number of gizmo customers wh"),
        ("customers.txt", "Gizmo Americas [Member]", "customers", 4.0, "", "Number of gizmo customers wh"),
        ("note.txt", "", None, None, "NOTE 6 - GIZMO R", "The entire disclosure for th"),
    ]


def test_values_of_a_page_that_lost_its_bars_reach_the_warehouse_under_their_members(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"lives.txt": GIZMO_2011_USEFUL_LIVES})
    sql = "SELECT member_labels, raw_value, value_text FROM facts_flat ORDER BY row_index"
    got = [(r[0], r[1][:9], (r[2] or "")[:4]) for r in query_rows(engine, sql)]
    assert got == [
        ("", "3 years", "P3Y"),
        ("Gizmo Furniture [Member]", "Lesser of", "Less"),
        ("Gizmo Leasehold Improvements [Member]", "7 years", "P7Y"),
    ]


def test_dividend_dates_reach_the_warehouse_with_their_events_definitions(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"dividends.txt": GIZMO_DIVIDEND_DATES})
    sql = (
        "SELECT row_label, value_text, definition FROM facts_flat"
        " WHERE row_label LIKE '%date' AND column_index = 0 ORDER BY row_index"
    )
    got = [(r[0], r[1], (r[2] or "")[:42]) for r in query_rows(engine, sql)]
    assert got == [
        ("Declaration date", "2026-04-21", "Date the dividend to be paid was declared,"),
        ("Record date", "2026-06-12", "Date the holder must own the stock to be e"),
        ("Payment date", "2026-06-26", "Date the declared dividend will be paid, i"),
    ]


def test_a_buybacks_cost_reaches_the_warehouse_with_the_repurchases_definition(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"buyback.txt": GIZMO_SHARE_BUYBACK})
    sql = (
        "SELECT row_label, value, definition FROM facts_flat"
        " WHERE row_label LIKE 'Cost%' OR row_label LIKE 'Associated%' ORDER BY row_index, column_index"
    )
    got = [(r[0][:4], float(r[1]), (r[2] or "")[:22]) for r in query_rows(engine, sql)]
    assert got == [
        ("Cost", 12000000.0, "Equity impact of the c"),
        ("Cost", 9000000.0, "Equity impact of the c"),
        ("Asso", 1000000.0, "The cash outflow for c"),
        ("Asso", 1000000.0, "The cash outflow for c"),
    ]


def test_revenue_recognized_out_of_the_opening_balance_reaches_the_warehouse_as_a_flow(
    engine: Engine, tmp_path: Path
) -> None:
    _load_pages(engine, tmp_path, {"deferred.txt": GIZMO_DEFERRED_REVENUE_RECOGNITION})
    sql = (
        "SELECT row_label, period_type, value, definition FROM facts_flat"
        " WHERE row_label LIKE 'Recognition%' OR row_label LIKE 'Deferred%' ORDER BY row_index, column_index"
    )
    got = [(r[0][:11], r[1], float(r[2]), (r[3] or "")[:26]) for r in query_rows(engine, sql)]
    assert got == [
        ("Recognition", "duration", -2306000.0, "Amount of revenue recogniz"),
        ("Recognition", "duration", -1988000.0, "Amount of revenue recogniz"),
        ("Deferred re", "duration", 1150000.0, "Portion of gizmo revenue d"),
    ]


def test_column_headers_reach_the_warehouse_as_shown_after_the_body_settles_them(
    engine: Engine, tmp_path: Path
) -> None:
    """A column the body leaves in its group shows the group once; one the header moved out of a
    group shows none."""
    taxes = (
        "|\nGizmo Income Taxes (Details Narrative) - USD ($)\n|3 Months Ended\n"
        "|\nMar. 31, 2026\n|\nDec. 31, 2025\n"
        "|Net operating loss carryforward\n|$ 5,120,400\n|$ 4,870,250\n"
        + definition_blocks(
            [
                "Amount of operating loss carryforward, before tax effects, available to reduce future "
                "taxable income under enacted tax laws."
            ]
        )
    )
    _load_pages(engine, tmp_path, {"discount.txt": GIZMO_NOTE_DISCOUNT_YEARS, "taxes.txt": taxes})
    sql = (
        "SELECT r.title, c.column_index, c.header FROM report_columns c JOIN reports r ON r.id = c.report_id"
        " ORDER BY r.title, c.column_index"
    )
    got = [(r[0][6:12], r[1], r[2]) for r in query_rows(engine, sql)]
    assert got == [
        ("Income", 0, "3 Months Ended | Mar. 31, 2026"),
        ("Income", 1, "3 Months Ended | Dec. 31, 2025"),
        ("Notes ", 0, "Aug. 15, 2025"),
        ("Notes ", 1, "12 Months Ended | Dec. 31, 2026"),
        ("Notes ", 2, "12 Months Ended | Dec. 31, 2025"),
    ]


def test_deferred_taxes_by_jurisdiction_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Each jurisdiction's deferred tax carries its member and the deferred tax definition. On both
    backends."""
    _load_pages(engine, tmp_path, {"tax.txt": GIZMO_TAX_PROVISION_BY_JURISDICTION})
    rows = query_rows(
        engine,
        "SELECT member_labels, value, definition FROM facts_flat"
        " WHERE row_label = 'Total' AND column_index = 1 ORDER BY row_index",
    )
    got = [(r[0], int(r[1]), (r[2] or "")[:30]) for r in rows]
    current, deferred = "Amount of current income tax e", "Amount of deferred income tax "
    assert got == [
        ("", 12_000_000, current),
        ("", -20_000_000, deferred),
        ("Federal", 7_000_000, current),
        ("Federal", -14_000_000, deferred),
        ("State", 2_000_000, current),
        ("State", -2_000_000, deferred),
        ("Foreign", 3_000_000, current),
        ("Foreign", -4_000_000, deferred),
    ]


def test_a_net_balance_reaches_the_warehouse_as_the_amount_after_amortization(
    engine: Engine, tmp_path: Path
) -> None:
    """The net licenses carry the net intangible assets' definition. On both backends."""
    _load_pages(engine, tmp_path, {"licenses.txt": GIZMO_LICENSES_NARRATIVE})
    rows = query_rows(
        engine, "SELECT DISTINCT definition FROM facts_flat WHERE row_label = 'Net patents and trademarks'"
    )
    assert [(r[0] or "")[:40] for r in rows] == ["Amount after amortization of assets, exc"]


def test_exchange_rates_reach_the_warehouse_with_their_definitions(engine: Engine, tmp_path: Path) -> None:
    """The average rate and the translation rate carry their own definitions. On both backends."""
    _load_pages(engine, tmp_path, {"fx.txt": GIZMO_EXCHANGE_RATES})
    rows = query_rows(
        engine, "SELECT raw_value, definition FROM facts_flat WHERE column_index = 0 ORDER BY row_index"
    )
    assert [(r[0], (r[1] or "")[:30]) for r in rows] == [
        ("7.1204", "Foreign exchange rate used to "),
        ("7.0925", "Represents the foreign currenc"),
    ]


def test_securities_in_a_loss_position_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """The fair value and the unrealized loss carry their own definitions. On both backends."""
    _load_pages(engine, tmp_path, {"afs.txt": GIZMO_SECURITIES_IN_LOSS})
    rows = query_rows(engine, "SELECT row_label, definition FROM facts_flat ORDER BY row_index")
    assert [(r[0], (r[1] or "")[:30]) for r in rows][1:] == [
        ("Fair Value", "This item represents the aggre"),
        ("Unrealized Losses", "Amount of the excess of amorti"),
    ]


def test_guesses_read_together_reach_the_warehouse_flagged(engine: Engine, tmp_path: Path) -> None:
    """The total lands at Dec. 31, 2025, flagged as a guess. On both backends."""
    _load_pages(engine, tmp_path, {"note.txt": GIZMO_NOTE_RECEIVABLE})
    rows = query_rows(
        engine,
        "SELECT column_index, column_certain, period_end FROM facts_flat"
        " WHERE row_label = 'Total note receivable'",
    )
    assert [(r[0], bool(r[1]), str(r[2])) for r in rows] == [(1, False, "2025-12-31")]


def test_allowance_warranty_eps_and_deferred_revenue_definitions_reach_the_warehouse(
    engine: Engine, tmp_path: Path
) -> None:
    """Four pages whose near-twin blocks each go to their own rows. On both backends."""
    pages = {
        "a.txt": GIZMO_ALLOWANCE_CHARGES,
        "b.txt": GIZMO_WARRANTY_NARRATIVE,
        "c.txt": GIZMO_EPS_AFTER_PREFERRED,
        "d.txt": GIZMO_DEFERRED_REVENUE_CHANGES,
    }
    _load_pages(engine, tmp_path, pages)
    rows = query_rows(
        engine,
        "SELECT DISTINCT source_path, row_label, definition FROM facts_flat WHERE row_label IN"
        " ('Charged to operating expenses', 'Product warranty accrual', 'Accrued preferred stock dividends',"
        " 'Deferred revenue recognized') ORDER BY source_path",
    )
    assert [(r[1], (r[2] or "")[:30]) for r in rows] == [
        ("Charged to operating expenses", "Amount of expense (reversal of"),
        ("Product warranty accrual", "Carrying value as of the balan"),
        ("Accrued preferred stock dividends", "The aggregate value of preferr"),
        ("Deferred revenue recognized", "Amount of revenue recognized t"),
    ]


def test_a_movement_that_names_its_reverse_reaches_the_warehouse_defined(
    engine: Engine, tmp_path: Path
) -> None:
    """The negative `Charged to (reversal of) expense` carries the expense charge's definition and
    the revenue charge the revenue one. On both backends."""
    _load_pages(engine, tmp_path, {"r.txt": GIZMO_RETURNS_RESERVE_CHARGES})
    rows = query_rows(
        engine,
        "SELECT DISTINCT row_label, definition FROM facts_flat"
        " WHERE row_label LIKE 'Charged%' ORDER BY row_label",
    )
    assert [tuple(r) for r in rows] == [
        ("Charged to (reversal of) expense", "Reserve For Sales Returns And Bad Debts, Charged to Expense"),
        ("Charged to revenue", "Reserve For Sales Returns And Bad Debts, Charged to Revenue"),
    ]


def test_a_closing_balance_of_one_period_reaches_the_warehouse_defined(
    engine: Engine, tmp_path: Path
) -> None:
    """The closing balances carry the allowance's definition. On both backends."""
    _load_pages(engine, tmp_path, {"cl.txt": GIZMO_CREDIT_LOSS_ONE_PERIOD})
    rows = query_rows(
        engine,
        "SELECT member_labels, definition FROM facts_flat"
        " WHERE row_label = 'Total ending allowance balance' ORDER BY row_index",
    )
    assert [(r[0], (r[1] or "")[:30]) for r in rows] == [
        ("Unbilled Receivables", "Amount of allowance for credit"),
        ("Trade Receivables", "Amount of allowance for credit"),
    ]


# Pages of the placement, row and definition rules of stop 33, by file name.
STOP_33_PAGES = {
    "aging.txt": GIZMO_AGING_BANDS_IN_WORDS,
    "insiders.txt": GIZMO_INSIDER_LOANS_ROLL,
    "ranges.txt": GIZMO_ASSUMPTION_RANGES,
    "leases.txt": GIZMO_LEASE_NET_OF_CURRENT,
    "rights.txt": GIZMO_RIGHTS_FAIR_VALUE,
    "derivative.txt": GIZMO_DERIVATIVE_ROLL_BEGINING,
    "reserve.txt": GIZMO_RESERVE_TABLES,
    "warrants.txt": GIZMO_WARRANTS_AND_OPTIONS,
    "gain.txt": GIZMO_GAIN_IN_EVERY_YEAR,
}


def test_stop_33_rows_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Stop 33's rows, as the warehouse holds them, on both backends: a range of rates is a text
    value under its member, not a member of its own; a misspelled opening balance is a row of its
    own, at the instant before the year; a member shown like the concept it holds opens the second
    group, and the first member the first; a gain in every column keeps the last one a year."""
    _load_pages(engine, tmp_path, STOP_33_PAGES)
    rows = query_rows(
        engine,
        "SELECT member_labels, raw_value, value_text, column_index, period_end FROM facts_flat"
        " WHERE source_path = 'ranges.txt' AND row_label = 'Stock price volatility'"
        " ORDER BY row_index, column_index",
    )
    assert [(r[0], r[1], r[2], r[3], str(r[4])) for r in rows] == [
        ("Warrants", "110.50% - 245.00%", "110.50% - 245.00%", 0, "2026-09-30"),
        ("Notes", "98.10% - 180.40%", "98.10% - 180.40%", 0, "2026-09-30"),
        ("Notes", "N/A", "N/A", 1, "2025-09-30"),
    ]
    opening = query_rows(
        engine,
        "SELECT row_index, raw_value, value, period_type, period_end, column_certain FROM facts_flat"
        " WHERE source_path = 'derivative.txt' AND row_label = 'Derivative liability begining balances'",
    )
    assert [(r[0], r[1], Decimal(r[2]), r[3], str(r[4]), bool(r[5])) for r in opening] == [
        (1, "$ 1,204,500", Decimal(1204500), "instant", "2025-05-31", True)
    ]
    members = query_rows(
        engine,
        "SELECT DISTINCT row_label, member_labels FROM facts_flat WHERE source_path = 'warrants.txt'"
        " ORDER BY member_labels, row_label",
    )
    assert [tuple(r) for r in members] == [
        ("Granted", "Options"),
        ("Options", "Options"),
        ("Exercised", "Warrants"),
        ("Granted", "Warrants"),
        ("Options", "Warrants"),
    ]
    gain = query_rows(
        engine,
        "SELECT raw_value, period_type, period_start, period_end FROM facts_flat"
        " WHERE source_path = 'gain.txt' AND column_index = 2",
    )
    assert [(r[0], r[1], str(r[2]), str(r[3])) for r in gain] == [
        ("$ 0", "duration", "2023-07-01", "2024-06-30")
    ]


def test_stop_33_definitions_reach_the_warehouse(engine: Engine, tmp_path: Path) -> None:
    """Stop 33's definitions, each as the warehouse holds it, on both backends: number words read as
    the figures a label shows; a roll forward heading's block after its movements'."""
    _load_pages(engine, tmp_path, STOP_33_PAGES)
    defs = query_rows(engine, "SELECT DISTINCT source_path, row_label, definition FROM facts_flat")
    got = {(r[0], r[1]): (r[2] or "")[:45] for r in defs}
    expected = {
        ("aging.txt", "1 to 30 days"): "Receivables one to thirty days past due.",
        ("aging.txt", "31 to 90 days"): "Receivables thirty-one to ninety days past du",
        ("aging.txt", "91 to 180 days"): "Receivables ninety one to one eighty days pas",
        (
            "rights.txt",
            "Fair value at grant date (weighted average)",
        ): "Weighted Average Fair Value Price At Measurem",
        (
            "rights.txt",
            "Expected volatility (weighted average)",
        ): "Expected Volatility, Other Equity Instruments",
        ("rights.txt", "Vesting hurdle (20-day VWAP) (in dollars per share)"): "",
        (
            "reserve.txt",
            "NET PRIOR YEAR RESERVE DEVELOPMENT BY SEGMENT",
        ): "Schedule showing, by segment, the provision i",
        ("derivative.txt", "Gain on change in fair value of derivative liability"): (
            "Amount of increase in the fair value of deriv"
        ),
    }
    assert {key: got[key] for key in expected} == expected
    leases = query_rows(
        engine,
        "SELECT DISTINCT row_label, definition FROM facts_flat WHERE source_path = 'leases.txt'",
    )
    tails = {r[0]: r[1][-30:] for r in leases}
    assert tails["Operating lease, net of current portion"] == "lease, classified as noncurrent."[-30:]
    assert tails["Total operating lease liabilities"] == "ase payments from operating lease."[-30:]
    headings = query_rows(
        engine,
        "SELECT rr.label, rr.block_index FROM report_rows rr JOIN reports r ON r.id = rr.report_id"
        " JOIN source_files s ON s.id = r.source_file_id"
        " WHERE rr.kind IN ('abstract', 'roll_forward') AND s.source_path = 'insiders.txt'"
        " ORDER BY rr.row_index",
    )
    assert [tuple(r) for r in headings] == [
        ("Related Party Transactions [Abstract]", 6),
        ("Summary of insider loans [Roll Forward]", 4),
    ]
