"""Resolution against a loaded taxonomy: elements named, definitions attached, units and periods."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from tests.conftest import DATA
from tests.support.taxonomy_copies import taxonomy_copy
from tests.support.truth import Score, load_truth, score_page
from warehouse.cli.app import app
from warehouse.db.engine import make_engine
from warehouse.db.migrate import ensure_current
from warehouse.identity import ElementIndex, ElementInfo, UndocumentedIndex, name_words_key, words_key
from warehouse.load.runner import load_directory
from warehouse.parse.model import BlockKind, DefinitionBlock, Page, Period, Row, RowKind
from warehouse.parse.text.calculations import repair_by_calculation, swap_blocks
from warehouse.parse.text.match import pair_score
from warehouse.parse.text.page import parse_text_page
from warehouse.parse.text.twins import repair_twins
from warehouse.resolve.elements import element_index
from warehouse.resolve.page import fact_period
from warehouse.taxonomy.load import load_taxonomy

# The standard elements of the 27 truth pages, written as a taxonomy package (see tests/support).
TAXONOMY = DATA / "taxonomy" / "rpages-2024"
RPAGES = DATA / "rpages"


def _q(engine: Engine, sql: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text(sql))]


def test_taxonomy_raises_definition_attachment(tmp_path: Path) -> None:
    index = _truth_index(tmp_path)
    # 111 documented elements; the two "[Line Items]" elements share the generic documentation of
    # all line items, which names neither.
    assert len(index) == 109
    with_tax, without = Score(), Score()
    for text in sorted((RPAGES / "text").glob("*.txt")):
        truth = load_truth(RPAGES / "truth" / f"{text.stem}.json")
        with_tax.add(score_page(parse_text_page(text.read_text(), index), truth, text.stem))
        without.add(score_page(parse_text_page(text.read_text()), truth, text.stem))
    print(f"\nwithout a taxonomy: {without.summary()}\nwith the taxonomy:  {with_tax.summary()}")
    # The text alone attaches every row right (550); the taxonomy's element names settle some
    # near-twins (comprehensive income, preferred dividends) and confuse others that only numbers
    # settle (the net income and equity pairs: see the calculation tests).
    assert with_tax.defs_right / with_tax.defs_truth >= 0.99
    assert without.defs_right / without.defs_truth >= 0.995
    assert with_tax.certain - with_tax.certain_right <= 1  # the text block whose inner table was lost
    assert with_tax.cells_found == without.cells_found


def test_resolve_names_concepts_and_reparses(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(RPAGES / "text" / "aapl-10k-2024-R3.txt", folder / "R3.txt")
    load_directory(engine, folder, workers=1)
    before = _q(engine, "SELECT COUNT(*) AS n FROM concepts WHERE concept_name LIKE 'us-gaap:%'")[0]["n"]
    load_taxonomy(engine, TAXONOMY)
    result = CliRunner().invoke(
        app, ["resolve", "--db", engine.url.render_as_string(hide_password=False), "--json"]
    )
    assert result.exit_code == 0, result.stdout + result.stderr
    after = _q(engine, "SELECT COUNT(*) AS n FROM concepts WHERE concept_name LIKE 'us-gaap:%'")[0]["n"]
    assert before == 0 and after >= 15
    rows = _q(
        engine,
        "SELECT row_label, concept_name, unit FROM facts_flat WHERE column_index = 0 "
        "AND row_label IN ('Gross margin', 'Diluted (in dollars per share)', 'Diluted (in shares)')",
    )
    got = {(r["row_label"], r["concept_name"], r["unit"]) for r in rows}
    assert got == {
        ("Gross margin", "us-gaap:GrossProfit", "USD"),
        ("Diluted (in dollars per share)", "us-gaap:EarningsPerShareDiluted", "USD/shares"),
        ("Diluted (in shares)", "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "shares"),
    }
    # Headings have no documentation and keys private to the filer: the files parsed again name
    # them (by their words, or by the order of the ids), and say how.
    named = _q(
        engine,
        "SELECT label, concept_name, name_rule, name_confidence FROM concepts "
        "WHERE label IN ('Operating expenses:', 'Shares used in computing earnings per share:', "
        "'Gross margin')",
    )
    assert {(r["label"], r["concept_name"], r["name_rule"], r["name_confidence"]) for r in named} == {
        ("Operating expenses:", "us-gaap:OperatingExpensesAbstract", "label", 0.95),
        (
            "Shares used in computing earnings per share:",
            "us-gaap:WeightedAverageNumberOfSharesOutstandingAbstract",
            "order",
            0.9,
        ),
        ("Gross margin", "us-gaap:GrossProfit", "documentation", 0.9),
    }
    # A page loaded after the taxonomy: a sure match named by its documentation says so.
    shutil.copy(RPAGES / "text" / "aapl-10k-2024-R4.txt", folder / "R4.txt")
    load_directory(engine, folder, workers=1)
    (fx,) = _q(
        engine,
        "SELECT concept_name, name_rule, name_confidence FROM concepts "
        "WHERE label = 'Change in foreign currency translation, net of tax'",
    )
    assert fx == {
        "concept_name": "us-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjust"
        "mentNetOfTax",
        "name_rule": "documentation",
        "name_confidence": 0.99,
    }


DOC_TYPE = (
    "The type of document being provided (such as 10-K, 10-Q, 485BPOS, etc). The document type is limited"
    " to the same value as the supporting SEC submission type, or the word 'Other'."
)


REGISTRANT_PARAPHRASE = "Exact name of the registrant as specified in its charter."
REGISTRANT = (
    "The exact name of the entity filing the report as specified in its charter, which is required by forms"
    " filed with the SEC."
)


def test_cover_gaps_placed_by_period_type(engine: Engine, tmp_path: Path) -> None:
    """A 10-K cover: with element period types, text facts go to the one duration column, certainly."""
    text = (DATA / "handmade" / "cover_10k_float_and_shares.txt").read_text()
    # The hand-made cover paraphrases the documentation; give two rows the real dei texts.
    text = text.replace("Type of document submitted, for example 10-K or 10-Q.", DOC_TYPE)
    text = text.replace(REGISTRANT_PARAPHRASE, REGISTRANT)
    (tmp_path / "cover.txt").write_text(text)
    load_taxonomy(engine, TAXONOMY)
    load_directory(engine, tmp_path / "cover.txt", workers=1)
    rows = _q(
        engine,
        "SELECT row_label, column_index, column_certain FROM facts_flat "
        "WHERE row_label IN ('Document Type', 'Entity Registrant Name')",
    )
    assert {(r["row_label"], r["column_index"], bool(r["column_certain"])) for r in rows} == {
        ("Document Type", 0, True),
        ("Entity Registrant Name", 0, True),
    }


CASH_DOC = "Amount of currency on hand as well as demand deposits with banks or financial institutions."
# A balance sheet cut to one row: Cash, with the standard documentation of tst:Cash.
ONE_ROW_PAGE = """|
BALANCE SHEETS - USD ($)
$ in Thousands
|
Dec. 31, {year}
|
Dec. 31, {prior}
|Cash
|$ 1,200
|$ 950
|X
- Definition
+ References
{doc}
+ Details
Reference 1: http://www.xbrl.org/2003/role/disclosureRef
"""


def _older_version(tmp_path: Path) -> Path:
    """The test taxonomy as its 2021 version, whose Cash carried another standard label."""
    relabel = ('"en-US">Cash</link:label>', '"en-US">Cash on hand</link:label>')
    return taxonomy_copy(tmp_path / "tst-2021", "2021", {"tst-lab-2024.xml": relabel})


def test_pages_are_named_from_the_taxonomy_of_their_time(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    ensure_current(engine)
    load_taxonomy(engine, DATA / "taxonomy" / "tst-2024")
    load_taxonomy(engine, _older_version(tmp_path))
    with engine.connect() as conn:
        index = element_index(conn)
    # Only Cash differs between the two versions; plain lookups give the newest.
    assert [[(y, e.labels[:1]) for y, e in v] for v in index.versions.values()] == [
        [(2024, ("Cash",)), (2021, ("Cash on hand",))]
    ]
    for year, label in ((2019, "Cash on hand"), (2022, "Cash on hand"), (2023, "Cash"), (2026, "Cash")):
        page = parse_text_page(ONE_ROW_PAGE.format(year=year, prior=year - 1, doc=CASH_DOC), index)
        (block,) = page.definitions
        assert (block.element, block.element_labels[:1]) == ("tst:Cash", (label,)), year


def test_a_version_counts_from_the_earliest_year_that_says_the_same() -> None:
    new = ElementInfo("tst:Cash", "instant", "xbrli:monetaryItemType", "debit", False, ("Cash",))
    old = ElementInfo("tst:Cash", "instant", "xbrli:monetaryItemType", "debit", False, ("Cash on hand",))
    index = ElementIndex()
    for year, info in ((2025, new), (2024, new), (2022, old), (2020, old)):
        index.add("k", year, info)
    assert index.versions["k"] == ((2024, new), (2020, old))
    picked = {year: index.for_year(year)["k"].labels[0] for year in (2018, 2020, 2022, 2023, 2030)}
    older = "Cash on hand"
    assert picked == {2018: older, 2020: older, 2022: older, 2023: "Cash", 2030: "Cash"}
    assert index["k"] is new and index.for_year(None) is index


def test_calculation_arcs_undo_a_swap_of_sibling_definitions(tmp_path: Path) -> None:
    # Sibling elements whose labels read alike get swapped by the text matcher on real pages
    # (AT&T's net income pair, Oracle's equity pair). Here the swap is made by hand on a page of the
    # test taxonomy; the taxonomy's arc "receivables net = gross - allowance" only balances the
    # right way round, so the repair undoes it.
    page = (DATA / "fixtures" / "balance_sheet_receivables.txt").read_text()
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    ensure_current(engine)
    load_taxonomy(engine, DATA / "taxonomy" / "tst-2024")
    with engine.connect() as conn:
        index = element_index(conn)
    names_only = ElementIndex()
    for key, info in index.items():
        names_only.add(key, 2024, info)

    def named(parsed: Any) -> dict[str, tuple[str | None, str | None]]:
        blocks = [parsed.definitions[row.definition] for row in parsed.rows]
        return {row.label: (b.element, b.match_rule) for row, b in zip(parsed.rows, blocks, strict=True)}

    parsed = parse_text_page(page, names_only)
    gross = "Accounts receivable, before allowance for credit loss"
    allowance = "Less allowance for credit loss on accounts receivable"
    rows = {row.label: row for row in parsed.rows}
    a, b = parsed.definitions[rows[gross].definition], parsed.definitions[rows[allowance].definition]
    rows[gross].definition, rows[allowance].definition = b.index, a.index
    a.rows, b.rows = b.rows, a.rows
    a.match_rule = b.match_rule = "elimination"
    assert named(parsed)[gross][0] == "tst:AllowanceForDoubtfulAccountsReceivableCurrent"
    assert repair_by_calculation(parsed, index.calculations) == 1
    assert named(parsed) == {
        "Cash": ("tst:Cash", "text_match"),
        gross: ("tst:AccountsReceivableGrossCurrent", "calculation"),
        allowance: ("tst:AllowanceForDoubtfulAccountsReceivableCurrent", "calculation"),
        # "Right to consideration from customer" reads as a receivable: matched by its words already.
        "Accounts receivable, net of allowance": ("tst:AccountsReceivableNetCurrent", "text_match"),
        "Total current assets": ("tst:AssetsCurrent", "text_match"),
    }
    assert any("swapped" in note for note in parsed.notes)
    # Parsed with the arcs, the page comes out right.
    direct = named(parse_text_page(page, index))
    assert {label: el for label, (el, _) in direct.items()} == {
        label: el for label, (el, _) in named(parsed).items()
    }


def test_near_twins_are_told_apart_by_total_rows_and_parent_qualifiers(tmp_path: Path) -> None:
    # Near twins on real pages, left to their rows by elimination or swapped by a word of an
    # element's name; each pair is put the wrong way round by hand and repaired.
    # Autodesk's "Total cost of revenue" is CostOfRevenue, which sums CostOfGoodsAndServicesSold;
    # Apple's "Total change in unrealized gains/losses" is the adjustment, which sums the
    # reclassification shown above it (the holding gain sums nothing on the page). Without arcs the
    # documentation tells: "excludes ..." and "before adjustment" read as items. Arcs as published in
    # US-GAAP 2025 (only the ones the test needs). AT&T's and Oracle's pairs: the parent's share is
    # the row whose label qualifies its twin's.
    index = _truth_index(tmp_path)
    one, minus = Decimal(1), Decimal(-1)
    g = "us-gaap:"
    arcs = {
        f"{g}CostOfRevenue": (
            ((f"{g}CostOfGoodsAndServicesSold", one), (f"{g}OtherCostOfOperatingRevenue", one)),
        ),
        f"{g}CostOfGoodsAndServicesSold": (
            (
                (f"{g}CostDepreciationAmortizationAndDepletion", one),
                (f"{g}CostOfGoodsAndServiceExcludingDepreciationDepletionAndAmortization", one),
            ),
        ),
        f"{g}OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax": (
            (
                (
                    f"{g}OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentBeforeReclassificationAdjustmentsNetOfTax",
                    one,
                ),
                (
                    f"{g}OtherComprehensiveIncomeLossReclassificationAdjustmentFromAOCIForSaleOfSecuritiesNetOfTax",
                    minus,
                ),
            ),
        ),
    }
    cases = {
        "adsk-10k-2019-R2": {
            "Total cost of revenue": f"{g}CostOfRevenue",
            "Cost of revenue": f"{g}CostOfGoodsAndServicesSold",
        },
        "aapl-10k-2024-R4": {
            "Total change in unrealized gains/losses on marketable debt securities": (
                f"{g}OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax"
            ),
            "Change in fair value of marketable debt securities": (
                f"{g}OtherComprehensiveIncomeUnrealizedHoldingGainLossOnSecuritiesArisingDuringPeriodNetOfTax"
            ),
        },
        # The parent's share is the row that qualifies the other's label (the element names alone
        # swap these two pairs).
        "att-10k-2023-R3": {
            "Net Income (Loss) Attributable to AT&T": f"{g}NetIncomeLoss",
            "Net Income (Loss)": f"{g}ProfitLoss",
        },
        "orcl-10k-2024-R2": {
            "Total Oracle Corporation stockholders' equity": f"{g}StockholdersEquity",
            "Total stockholders' equity": f"{g}StockholdersEquity"
            + "IncludingPortionAttributableToNoncontrollingInterest",
        },
    }
    reasons = {
        "adsk-10k-2019-R2": ("calculation arcs", "documentation reads as an item"),
        "aapl-10k-2024-R4": ("calculation arcs", "documentation reads as an item"),
        "att-10k-2023-R3": ("the parent's share",) * 2,
        "orcl-10k-2024-R2": ("the parent's share",) * 2,
    }

    def named(parsed: Page, stem: str) -> dict[str, tuple[str | None, str | None]]:
        blocks = {
            row.label: parsed.definitions[row.definition] for row in parsed.rows if row.definition is not None
        }
        return {label: (blocks[label].element, blocks[label].match_rule) for label in cases[stem]}

    for stem, want in cases.items():
        text = (RPAGES / "text" / f"{stem}.txt").read_text()
        # Parsed, the page comes out right: the arcs are not loaded, the wording decides.
        assert {label: el for label, (el, _) in named(parse_text_page(text, index), stem).items()} == want
        for arcs_given, why in zip((arcs, {}), reasons[stem], strict=True):
            parsed = parse_text_page(text, index)
            total, item = (parsed.definitions[_row(parsed, label).definition or 0] for label in want)
            swap_blocks(parsed, total, item, "elimination")
            assert {label: el for label, (el, _) in named(parsed, stem).items()} != want
            assert repair_twins(parsed, arcs_given) == 1
            assert named(parsed, stem) == {label: (el, "twins") for label, el in want.items()}
            assert why in parsed.notes[-1]
            assert repair_twins(parsed, arcs_given) == 0  # settled
    # Loaded, arcs this partial judge only the elements they mention: "Total comprehensive income"
    # is not taken for an item because no network sums it here.
    index.calculations = arcs
    for stem in cases:
        truth = load_truth(RPAGES / "truth" / f"{stem}.json")
        score = score_page(parse_text_page((RPAGES / "text" / f"{stem}.txt").read_text(), index), truth, stem)
        assert score.defs_right == score.defs_truth, score.problems


def _row(page: Page, label: str) -> Row:
    return next(row for row in page.rows if row.label == label)


def test_a_total_row_prefers_elements_that_total_a_network() -> None:
    doc = "Amount of asset recognized for present right to economic benefit, classified as current."

    def score(label: str, is_total: bool | None) -> float:
        block = DefinitionBlock(0, BlockKind.DEFINITION, doc, element="tst:AssetsCurrent", is_total=is_total)
        return pair_score(Row(0, label, RowKind.VALUE), block)

    unknown = score("Total current assets", None)
    assert score("Total current assets", True) == unknown + 1.5
    assert score("Total current assets", False) == unknown - 1.5
    assert score("Current assets", False) == score("Current assets", None)  # only "Total ..." labels


def _truth_index(tmp_path: Path) -> ElementIndex:
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    ensure_current(engine)
    load_taxonomy(engine, TAXONOMY)
    with engine.connect() as conn:
        return element_index(conn)


def _named(page_name: str, index: ElementIndex) -> dict[str, tuple[str | None, str | None, bool]]:
    """label -> (element, how it was named, whether its block is the one of its element's id)."""
    truth = load_truth(RPAGES / "truth" / f"{page_name}.json")
    order = [d["element"] for d in truth["definitions"]]
    page = parse_text_page((RPAGES / "text" / f"{page_name}.txt").read_text(), index)
    out = {}
    for trow, row in zip(truth["rows"], page.rows, strict=True):
        if row.definition is None or row.kind is RowKind.MEMBER:
            continue
        block = page.definitions[row.definition]
        out[row.label] = (block.element, block.element_rule, order.index(trow["element"]) == row.definition)
    return out


def test_undocumented_blocks_are_named_by_words_and_by_the_order_of_ids(tmp_path: Path) -> None:
    index = _truth_index(tmp_path)
    # Apple's three headings: two read as their elements' names, the third is the only
    # undocumented abstract that sorts between the named blocks around its block.
    apple = _named("aapl-10k-2024-R3", index)
    assert apple["Operating expenses:"] == ("us-gaap:OperatingExpensesAbstract", "label", True)
    assert apple["Earnings per share:"] == ("us-gaap:EarningsPerShareAbstract", "label", True)
    assert apple["Shares used in computing earnings per share:"] == (
        "us-gaap:WeightedAverageNumberOfSharesOutstandingAbstract",
        "order",
        True,
    )
    assert apple["Net sales"][:2] == (
        "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
        "documentation",
    )
    # AT&T's "Operating Revenues" heading shares a word with the one abstract of its gap; "Other
    # Income (Expense)", the last unnamed heading, sits where two abstracts sort and shares more
    # words with Nonoperating... than with OperatingExpenses...
    att = _named("att-10k-2023-R3", index)
    assert att["Operating Revenues"] == ("us-gaap:RevenuesAbstract", "order", True)
    assert att["Other Income (Expense)"] == ("us-gaap:NonoperatingIncomeExpenseAbstract", "gap_words", True)
    # Autodesk's "Net revenue:" heading (five rows, one element) shares "net" with one of the two.
    autodesk = _named("adsk-10k-2019-R2", index)
    assert autodesk["Net revenue:"] == ("us-gaap:NetIncomeLossAbstract", "gap_words", True)
    # ADI's four undocumented blocks between CostOfGoodsAndServicesSold and GrossProfit are the four
    # abstracts of the taxonomy that sort there; the matcher had put "Costs and Expenses" on the
    # block of NetIncomeLossAbstract and "Earnings" here: the words move it onto its own block.
    adi = _named("adi-10k-2019-R2", index)
    assert adi["Costs and Expenses"] == ("us-gaap:CostOfRevenueAbstract", "order", True)
    assert adi["Earnings per share - Basic (in dollars per share)"] == (
        "us-gaap:EarningsPerShareBasicAbstract",
        "label",
        True,
    )
    # "[Line Items]" elements share one documentation text: named by their words.
    cover = _named("edgar-0000019617-26-000241_R1", index)
    assert cover["Entity Information [Line Items]"][:2] == ("dei:EntityInformationLineItems", "label")


def test_elements_recovered_on_standard_rows(tmp_path: Path) -> None:
    index = _truth_index(tmp_path)
    right = wrong = rows = 0
    for text in sorted((RPAGES / "text").glob("*.txt")):
        truth = load_truth(RPAGES / "truth" / f"{text.stem}.json")
        page = parse_text_page(text.read_text(), index)
        for trow, row in zip(truth["rows"], page.rows, strict=True):
            element = str(trow.get("element")).replace("_", ":", 1)
            if trow["kind"] == "member" or element.split(":")[0] not in ("us-gaap", "dei", "srt"):
                continue
            rows += 1
            got = page.definitions[row.definition].element if row.definition is not None else None
            right += got == element
            wrong += got is not None and got != element
    print(f"\nelements of {rows} standard rows: right {right} ({right / rows:.1%}), wrong {wrong}")
    # Wrong: AT&T's net income and Oracle's equity pairs, which the element names swap and the
    # calculation arcs settle when loaded (see above). Missing: abstracts, and R&D (reworded).
    assert right / rows >= 0.98
    assert wrong <= 4


def test_words_keys_of_labels_and_element_names() -> None:
    assert (
        words_key("Non-current assets:") == name_words_key("AssetsNoncurrentAbstract") == "asset noncurrent"
    )
    assert words_key("Entity Information [Line Items]") == name_words_key("EntityInformationLineItems")
    assert words_key("Earnings per share - Basic (in dollars per share)") == name_words_key(
        "EarningsPerShareBasicAbstract"
    )
    assert words_key("Cost of revenues") == words_key("Cost of Revenue [Abstract]") == "cost revenue"
    assert words_key("Total") != words_key("Total assets")


def test_undocumented_index_by_words_and_by_id() -> None:
    index = UndocumentedIndex()
    equity = ElementInfo(
        "us-gaap:StockholdersEquityAbstract", "duration", None, None, True, ("Equity [Abstract]",)
    )
    index.add(None, equity)
    index.add(None, ElementInfo("us-gaap:AssetsAbstract", "duration", None, None, True))
    index.add(None, replace(equity, labels=("Older label",)))  # an older version: the newest stays
    assert [i.qname for _, i in index.by_words["equity"]] == ["us-gaap:StockholdersEquityAbstract"]
    assert [i.qname for _, i in index.by_words["equity stockholder"]] == [
        "us-gaap:StockholdersEquityAbstract"
    ]
    assert "older label" not in index.by_words
    assert [i.qname for _, i in index.between("us-gaap_Assets", "us-gaap_StockholdersEquity")] == [
        "us-gaap:AssetsAbstract"
    ]
    assert [i.qname for _, i in index.between("us-gaap_Assets", "us-gaap_Z")] == [
        "us-gaap:AssetsAbstract",
        "us-gaap:StockholdersEquityAbstract",
    ]


def test_fact_periods_of_roll_forward_edges_in_duration_columns() -> None:
    """The parsers and the resolver read one opening-balance wording: an opening balance in a
    duration column is the instant the day before the period starts, a closing one its last day,
    and documentation "as of the balance sheet date" makes an instant at the column's end."""
    year = Period.duration(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    opening = Period.instant(dt.date(2024, 12, 31))
    closing = Period.instant(dt.date(2025, 12, 31))
    for label in ("Beginning balance", "Debt discount, beg.", "Benefit obligations at January 1"):
        assert fact_period(year, None, label) == opening, label
    assert fact_period(year, None, "Balance at end of year") == closing
    assert (
        fact_period(year, "Amount of gizmo reserve as of the balance sheet date.", "Gizmo reserve") == closing
    )
    assert fact_period(year, "Amount of gizmo expense.", "Gizmo expense") == year
    assert fact_period(year, None, "Gizmo reserve", period_type="duration") == year
