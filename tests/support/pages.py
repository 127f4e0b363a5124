"""Pieces of R pages in the text format, for fixtures written by hand."""

from __future__ import annotations

from warehouse.parse.text.page import parse_text_page


def blocks_of(text: str) -> dict[str, int | None]:
    """Each row label of a parsed page and the concept block its row took (the last row's, for a
    label shown more than once)."""
    return {r.label: r.definition for r in parse_text_page(text).rows}


def definition_blocks(definitions: list[str | None]) -> str:
    """New-style concept blocks in the given (element id) order: one per definition text, and for None
    a block without documentation (a heading's, or an extension's that has none)."""
    return "".join(
        f"|X\n- Definition\n+ References\n{d}\n+ Details\nNo definition available.\n"
        if d is not None
        else "|X\n- References\n+ Details\nNo definition available.\n"
        for d in definitions
    )


def standard_block(definition: str) -> str:
    """A new-style concept block of a standard element: its documentation and a reference."""
    return f"|X\n- Definition\n+ References\n{definition}\n+ Details\nReference 1: http://fasb.org/us-gaap/role/ref/legacyRef\n"


def old_style_blocks(definitions: list[str | None]) -> str:
    """Old-style concept blocks in the given (element id) order: a bare bar after the head, then the
    definition and its one reference line; for None a block without documentation (a heading's)."""
    return "".join(
        f"|X\n|\n- Definition\n{d}\nReference 1: http://www.xbrl.org/2003/role/presentationRef\n"
        if d is not None
        else "|X\n|\n- Details\n"
        for d in definitions
    )


def member_blocks(n: int) -> str:
    """New-style member blocks (after the concept blocks, one per member): a head and no text."""
    return "|X\n- Details\n" * n


# Old style whose first row is already a member row: the tree it opens comes back under each later one.
GIZMO_OLD_BUYER_SHARES = """|
Gizmo Policies - Buyer Shares (Details) (Gizmo buyer share)
|6 Months Ended
|
Jun. 30, 2014
|
Jun. 30, 2013
|Gizmo Sales | Buyer North
|Gizmo Buyer Shares
|Gizmo buyer share
|37.00%
|21.00%
|Gizmo Sales | Buyer South
|Gizmo Buyer Shares
|Gizmo buyer share
|18.00%
|Gizmo Receivables | Buyer North
|Gizmo Buyer Shares
|Gizmo buyer share
|44.00%
|52.00%
""" + old_style_blocks(
    [
        None,
        "The share of gizmo sales or receivables one buyer accounts for.",
        None,
    ]
)

# Old style (2014) with member blocks: each member's group holds a policy's prose, written as a bare
# bar and several lines, then a useful life.
GIZMO_OLD_POLICY_PROSE = """|
Gizmo Policies (Gizmo Useful Lives) (Narrative) (Details)
|12 Months Ended
|
Dec. 31, 2014
|Gizmo Presses
|Gizmo Depreciation Policy
|
Gizmo equipment is stated at cost and depreciated on a straight-line basis over the lives below:
Gizmo Presses: 7 Years
Repairs that do not extend a gizmo's life are charged to expense when the work is done, and the cost of
gizmos sold or scrapped leaves the accounts together with their accumulated depreciation.
|Gizmo Equipment, Useful Life
|7 years
|Gizmo Lathes
|Gizmo Depreciation Policy
|
Gizmo equipment is stated at cost and depreciated on a straight-line basis over the lives below:
Gizmo Lathes: 12 Years
Repairs that do not extend a gizmo's life are charged to expense when the work is done, and the cost of
gizmos sold or scrapped leaves the accounts together with their accumulated depreciation.
|Gizmo Equipment, Useful Life
|12 years
""" + old_style_blocks(
    [
        "How the gizmo maker depreciates each class of its equipment.",
        "The period over which a class of gizmo equipment is depreciated.",
        None,
        None,
    ]
)

# Old style whose total row has an empty label: the text drops the empty cell, so the total's values
# follow the last labelled row's (six values under four columns).
GIZMO_OLD_UNLABELLED_TOTAL = """|
Note 6 - Gizmo Warranty Reserves (Details) (USD $)
|
Jun. 30, 2026
|
Mar. 31, 2026
|
Dec. 31, 2025
|
Sep. 30, 2025
|Gizmo Warranty Reserves [Abstract]
|Short-term gizmo warranty reserve
|$ 41,200
|$ 38,800
|Long-term gizmo warranty reserve
|3,517
|4,123
|$ 44,717
|$ 43,009
|$ 42,923
|$ 40,155
""" + old_style_blocks(
    [
        None,
        "Amount of the gizmo warranty reserve expected to be paid after one year.",
        "Carrying value of the gizmo warranty reserve.",
        "Carrying value of the gizmo warranty reserve expected to be paid within one year.",
    ]
)

# A member's lone amount that a full row of its element shows again in one column.
ECHOED_MEMBER_VALUE = """|
GIZMO PLAN (Fair Value of Plan Assets) (Details) (USD $)
In Thousands, unless otherwise specified
|
Dec. 31, 2013
|
Dec. 31, 2012
|
Dec. 31, 2011
|Fair value of gizmo plan assets
|$ 0
|$ 4,815
|$ 4,102
|
Gizmo money market fund
|Fair value of gizmo plan assets
|4,815
""" + old_style_blocks(
    [
        "Gizmo plan assets at their fair value as of the measurement date.",
    ]
)


# A quarter's two periods beside the last year-end ({year_group}: "", or a year's group of one column).
GIZMO_INTERIM_BALANCES = (
    "|\nGizmo Contracts (Details) - USD ($)\n$ in Thousands\n|3 Months Ended\n{year_group}"
    "|\nMar. 31, 2026\n|\nMar. 31, 2025\n|\nDec. 31, 2025\n"
    "|Gizmo revenue recognized\n|$ 40\n|$ 35\n"
    "|Deferred gizmo revenue\n|162,584\n|165,699\n"
    "|Gizmo concentration, percentage\n|61.00%\n|58.00%\n"
    "|Gizmo Customer A | Accounts Receivable\n|Gizmo concentration, percentage\n|45.00%\n|39.00%\n"
    + definition_blocks(
        [
            "Amount of gizmo revenue recognized in the period.",
            "Amount of the obligation to deliver gizmos for which consideration was received.",
            "The share of gizmo revenue or receivables one customer accounts for.",
        ]
    )
    + member_blocks(2)
)


# Lease-like income whose total's documentation lists the kinds the rows name apart.
GIZMO_RENTAL_INCOME = """|
Gizmo Rentals - Rental income (Details) - USD ($)
$ in Thousands
|12 Months Ended
|
Dec. 31, 2026
|Long-term rental revenue
|$ 214
|Short-term rental revenue
|277
|Seasonal rental revenue
|27
|Total rental revenue
|$ 518
""" + definition_blocks(
    [
        "Amount of gizmo rental income from deposits kept, interest earned, and gains at handover.",
        "Amount of gizmo rental income from short-term, long-term, and seasonal rentals.",
        "Amount of gizmo rental income from short-term rentals paid and payable to the gizmo maker.",
        "Amount of gizmo rental income from seasonal rentals paid and payable to the gizmo maker.",
    ]
)


# A roll forward whose balances are named by the period's start and end.
GIZMO_ALLOWANCE_PERIOD_EDGES = """|
Gizmo Receivables - Allowance (Details) - USD ($)
|3 Months Ended
|12 Months Ended
|
Mar. 31, 2026
|
Mar. 31, 2025
|
Dec. 31, 2025
|Allowance for Gizmo Receivables [Roll Forward]
|Balance, Period Start
|$ 5,300
|$ 3,900
|$ 3,900
|Additions charged to expense
|(40)
|$ 23
|1,970
|Deductions for gizmo receivables written off
|(570)
|Balance, Period End
|$ 5,260
|$ 5,300
""" + definition_blocks(
    [
        "For an unclassified balance sheet, a valuation allowance for gizmo receivables expected to be "
        "uncollectible.",
        "A roll forward is a reconciliation of a concept from the beginning of a period to the end of a "
        "period.",
        "Amount of direct write-downs of accounts receivable charged against the allowance.",
        "Amount of expense related to write-down of receivables to the amount expected to be collected.",
    ]
)


# A net periodic cost whose total adds up the service cost that one documented element excludes.
GIZMO_BENEFIT_COST = """|
Gizmo Net Periodic Benefit Cost (Details)
|12 Months Ended
|
Dec. 31, 2026
USD ($)
|Gizmo Retirement Plans
|Service cost
|$ 41,200
|Interest cost
|18,350
|Expected return on plan assets
|(22,915)
|Amortization of prior service cost (credit)
|(1,040)
|Net periodic pension benefit cost
|$ 35,595
""" + definition_blocks(
    [
        "Defined benefit plan amortization of prior service costs credit.",
        "Defined benefit plan interest costs.",
        "Defined benefit plan net periodic benefit cost credit excluding service cost statement of income or "
        "comprehensive income.",
        None,
        "Amount of cost for actuarial present value of benefits attributed to service rendered by employee "
        "for defined benefit plan.",
        "Amount of cost (reversal of cost) for pension benefits. Excludes other postretirement benefits.",
    ]
)


# Short labels repeated under two headings (the assumptions of the net periodic cost and of the
# benefit obligation), the blocks sorted by element id: the benefit obligation's before the cost's.
GIZMO_PENSION_ASSUMPTIONS = (
    """|
Gizmo Benefit Plans (Assumptions) (Details)
|12 Months Ended
|
Dec. 31, 2026
|
Dec. 31, 2025
|
Dec. 31, 2024
|Gizmo Pension Plan [Member]
|Weighted average assumptions used in net periodic benefit cost:
|Discount rate
|5.10%
|4.85%
|4.40%
|Rate of compensation increase
|3.20%
|3.10%
|3.05%
|Long-term rate of return on assets
|6.50%
|6.75%
|7.00%
|Weighted average assumptions used in benefit obligations:
|Discount rate
|5.35%
|5.10%
|Rate of compensation increase
|3.25%
|3.20%
"""
    + definition_blocks(
        [
            "The interest rate used to adjust for the time value of money for the plan.",
            "Expected rate of compensation increases (for pay-related plans).",
            "The interest rate used to adjust for the time value of money.",
            "An assumption as to the rate of return on plan assets reflecting the average rate of earnings "
            "expected on the funds invested to provide for the benefits included in the benefit obligation.",
            "Expected rate of compensation increases (for pay-related plans).",
            None,
            None,
        ]
    )
    + member_blocks(1)
)


# Old style, members in the columns: a gross amount and its accumulated amortization (shown
# unsigned) over a net amount shown whole, whose total is shown twice (the company, the acquiree).
GIZMO_OLD_ACQUIRED_INTANGIBLES = """|
Acquisition (Gizmo Intangible Assets Acquired) (Details) (USD $)
In Thousands, unless otherwise specified
|12 Months Ended
|
Dec. 31, 2014
|
Dec. 31, 2013
|
Dec. 31, 2014
Gizmo Labs [Member]
|
Dec. 31, 2014
Gizmo Labs [Member]
Software [Member]
|
Dec. 31, 2014
Gizmo Labs [Member]
Customer Lists [Member]
|Gross Amount
|$ 955
|$ 610
|$ 345
|Accumulated Amortization
|23
|14
|9
|Net Carrying Amount
|$ 932
|$ 318
|$ 932
|$ 596
|$ 336
""" + definition_blocks(
    [
        "Accumulated amount of amortization of assets, excluding financial assets and goodwill, lacking "
        "physical substance with a finite life.",
        "Amount before amortization of assets, excluding financial assets and goodwill, lacking physical "
        "substance with a finite life.",
        "Amount after amortization of assets, excluding financial assets and goodwill, lacking physical "
        "substance with a finite life.",
    ]
)


# Old style: a roll forward of the total and of its segments; the total's 2013 movements balance only
# within rounding (and one is too small for rounding to be told from it), the one segment holding all
# of them balances exactly.
GIZMO_OLD_GOODWILL_SEGMENTS = """|
Goodwill (Details) (USD $)
In Millions, unless otherwise specified
|12 Months Ended
|
Dec. 31, 2014
|
Dec. 31, 2013
|Goodwill roll forward
|Goodwill, beginning
|$ 3,120
|$ 2,610
|Acquisitions
|515
|Disposals
|(4)
|Adjustment
|(22)
|Goodwill, ending
|3,098
|3,120
|
Gizmo Retail [Member]
|Goodwill roll forward
|Goodwill, beginning
|3,032
|2,521
|Acquisitions
|515
|Disposals
|(4)
|Adjustment
|(22)
|Goodwill, ending
|3,010
|3,032
|
Gizmo Services [Member]
|Goodwill roll forward
|Goodwill, beginning
|89
|89
|Goodwill, ending
|$ 89
|$ 89
""" + definition_blocks(
    [
        None,
        "Amount after accumulated impairment loss of an asset representing future economic benefits "
        "arising from other assets acquired in a business combination.",
        "Amount of increase in an asset representing future economic benefits arising from other assets "
        "acquired in a business combination.",
        "Amount of increase (decrease) from adjustments after acquisition date under purchase accounting of "
        "the assets acquired and liabilities assumed in a business combination.",
        "Amount of decrease in an asset representing future economic benefits arising from other assets "
        "acquired in a business combination, resulting from the sale of a reporting unit.",
    ]
)


def single_column_page(title: str, date: str, rows: list[tuple[str, str]], docs: list[str | None]) -> str:
    """A one-column page in millions: (label, value) rows, "" for a row without a value."""
    body = "".join(f"|{label}\n" + (f"|{value}\n" if value else "") for label, value in rows)
    return (
        f"|\n{title}\n$ in Millions\n|12 Months Ended\n|\n{date}\nUSD ($)\n" + body + definition_blocks(docs)
    )


_PURCHASE_DOC = (
    "The remaining amount of the unrecorded unconditional gizmo purchase obligation {} of the balance sheet "
    "date."
)
GIZMO_PURCHASE_OBLIGATIONS = single_column_page(
    "Gizmo Purchase Obligations (Details)",
    "Dec. 31, 2026",
    [
        ("Gizmo purchase obligations", ""),
        ("Gizmo purchase obligations for 2027", "$ 4,120"),
        ("Gizmo purchase obligations for 2028 and 2029", "6,310"),
        ("Gizmo purchase obligations for 2030 and 2031", "2,905"),
        ("Gizmo purchase obligations for years 2032 and thereafter", "$ 1,480"),
    ],
    [
        _PURCHASE_DOC.format("after the fifth anniversary"),
        _PURCHASE_DOC.format("on the first anniversary"),
        _PURCHASE_DOC.format("on the fourth and fifth anniversary"),
        _PURCHASE_DOC.format("on the second and third anniversary"),
        None,
    ],
)
_DUE_DOC = "Amount of gizmo contractual obligation due {} following the latest fiscal year."
GIZMO_COMMITMENT_BUCKETS = single_column_page(
    "Gizmo Commitments (Details)",
    "Dec. 31, 2026",
    [
        ("Total", "$ 812"),
        ("Less than one year", "604"),
        ("One to three years", "151"),
        ("Three to five years", "42"),
        ("More than five years", "15"),
    ],
    [
        "Amount of gizmo contractual obligation, including purchase obligations and other commitments.",
        _DUE_DOC.format("after the fifth fiscal year"),
        _DUE_DOC.format("in the fourth and fifth fiscal years"),
        _DUE_DOC.format("in the next fiscal year"),
        _DUE_DOC.format("in the second and third fiscal years"),
    ],
)


# Old style, nine months beside the last year-end: accrued expenses are balances, payments a flow.
GIZMO_OLD_ACCRUED_EXPENSES = (
    "|\nAccrued Expenses (Details) (USD $)\n|9 Months Ended\n|\nSep. 30, 2014\n|\nSep. 30, 2013\n"
    "|\nDec. 31, 2013\n|Accrued Expenses (Textual)\n|Payments made to gizmo partners\n|148,310\n|52,904\n"
    "|Accrued expenses for gizmo partner earnings\n|0\n|87,215\n"
    "|Other accrued expenses\n|$ 410\n|$ 12,660\n"
    + definition_blocks(
        [
            "Accrued expenses for gizmo partner earnings.",
            None,
            "Carrying value as of the balance sheet date of obligations incurred and payable, "
            "classified as other.",
            "Payments made to gizmo partners.",
        ]
    )
)


# Revenue by member combinations: one combination's row shows three values for four columns; with
# its sibling it adds up to its parent's row only in the last three.
GIZMO_REVENUE_BY_REGION = (
    """|
Segments - Gizmo Revenue by Region (Details) - USD ($)
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
|Revenue
|$ 940
|$ 905
|$ 1,822
|$ 1,760
|North Gizmos
|Revenue
|512
|498
|1,003
|961
|North Gizmos | Europe
|Revenue
|3
|9
|5
|North Gizmos | Americas
|Revenue
|512
|495
|994
|956
|South Gizmos
|Revenue
|$ 428
|$ 407
|$ 819
|$ 799
"""
    + definition_blocks(["The amount of revenue from contracts with customers."])
    + member_blocks(4)
)


# A page whose title names its one period: the column's lines are unit lines ("ft²", "Store",
# "Unit"), which rows name as their unit ("| Unit") or count ("Number of gizmo stores").
GIZMO_TITLE_PERIOD_UNITS = (
    """|
ORGANIZATION (Details) - Oct. 31, 2026
ft² in Millions
|
ft²
Store
Unit
|ORGANIZATION [Abstract]
|Share of taxable income to be distributed (in hundredths)
|90.00%
|Gizmo Outlets [Member]
|Gizmo Stores [Line Items]
|Number of gizmo stores
|64
|Number of gizmo units owned | Unit
|8,310
|Net selling area (in square feet) | ft²
|2.7
"""
    + definition_blocks(
        [
            "Gizmo Stores [Line Items]",
            "Number of gizmo stores.",
            "Number of gizmo units owned.",
            "Share of taxable income to be distributed.",
            "Organization [Abstract]",
            "Net selling area.",
        ]
    )
    + member_blocks(1)
)


# Old style, units in the columns: counts of stores and states and an area, each in the columns
# that list its unit; the purchase price in the one column without units.
GIZMO_OLD_STORE_COUNTS = """|
Investment in Gizmo Stores (Details) (USD $)
In Thousands, unless otherwise specified
|12 Months Ended
|
Dec. 31, 2014
|
Dec. 31, 2015
State
sqft
Store
|
Mar. 09, 2014
sqft
|
Dec. 31, 2013
Store
|Business Acquisition [Line Items]
|Number of gizmo stores
|31
|4
|Number of states in which gizmo stores are located
|6
|Area of gizmo stores (in square feet)
|2,150,000
|96,000
|Total Purchase Price
|$ 412,800
""" + definition_blocks(
    [
        "Area of gizmo stores.",
        "Business Acquisition [Line Items]",
        "Number of gizmo stores.",
        "Number of states in which gizmo stores are located.",
        "Total purchase price of gizmo stores.",
    ]
)


# Deposits by kind under a whole that lists the kinds it may include.
GIZMO_BANK_DEPOSITS = single_column_page(
    "Gizmo Bank Deposits (Details)",
    "Dec. 31, 2026",
    [
        ("Banking and Thrift [Abstract]", ""),
        ("Statement savings", "$ 4,310"),
        ("Money market plus", "2,905"),
        ("NOW", "6,118"),
        ("Certificates of deposit", "9,764"),
        ("Deposits", "$ 23,097"),
    ],
    [
        None,
        "The aggregate of all deposit liabilities held by the entity, including foreign and domestic, "
        "interest and noninterest bearing; may include demand deposits, saving deposits, Negotiable "
        "Order of Withdrawal (NOW) and time deposits among others.",
        "Amount of deposits in accounts that offer many of the same services as checking accounts, also "
        "known as money market accounts.",
        "Amount of interest bearing deposits with no stated maturity, which may include passbook and "
        "statement savings accounts.",
        "Amount of time deposit liabilities, including certificates of deposit.",
        "Deposits, Negotiable Order of Withdrawal (NOW), Including Noninterest-bearing Accounts",
    ],
)


# Interest incurred, capitalized, and net of capitalized.
GIZMO_INTEREST_INCURRED = single_column_page(
    "Gizmo Interest Incurred (Details)",
    "Jun. 30, 2026",
    [
        ("Interest and Debt Expense, Net of Capitalized Interest", ""),
        ("Interest and debt expense", "$ 212"),
        ("Less capitalized interest", "27"),
        ("Interest and debt expense, net of capitalized interest", "$ 185"),
    ],
    [
        "Amount of interest costs capitalized disclosed as an adjusting item to interest costs incurred.",
        "Total interest costs incurred during the period and either capitalized or charged against earnings.",
        None,
        "Amount of the cost of borrowed funds accounted for as interest expense.",
    ],
)


# A member named without "[Member]" after a row's values: the trailing blocks count it (the title's
# member and this one), so it is no text value ending a row of percentages.
GIZMO_UNMARKED_MEMBER = (
    """|
Transactions with non-controlling interests - Gizmo Shanghai (Details) - Gizmo Shanghai - CNY (¥)
|12 Months Ended
|
Mar. 08, 2026
|
Mar. 09, 2024
|
Dec. 31, 2024
|Gain on disposal within equity
|¥ (41,000)
|Proportion of ownership interest held
|75.00%
|60.00%
|Gizmo Interest Sale
|Equity interests disposed of (as a percent)
|15.00%
"""
    + definition_blocks(
        [
            "Gizmo equity interests disposed of.",
            "The amount of gain (loss) recognised within equity on disposal of ownership interests in "
            "subsidiaries that do not result in loss of control.",
            "The proportion of ownership interest in a subsidiary attributable to the entity.",
        ]
    )
    + member_blocks(2)
)


AFS_COST_DOC = (
    "This item represents the cost of debt securities, which are categorized neither as held-to-maturity "
    "nor trading, net of adjustments including accretion, amortization, collection of cash, previous "
    "other-than-temporary impairments recognized in earnings, and fair value hedge accounting adjustments, "
    "if any."
)
AFS_DOC = "Amount of debt securities categorized neither as held-to-maturity nor trading."
# Cost and fair value under two headings (available for sale, held to maturity), in two groups.
GIZMO_SECURITIES_BY_CLASS = (
    """|
Gizmo Investment Securities (Details 2) (USD $)
In Thousands, unless otherwise specified
|
Jun. 30, 2014
|
Dec. 31, 2013
|Available for Sale
|Amortized Cost
|$ 181,240
|$ 176,905
|Fair Value
|182,016
|175,330
|Held to Maturity
|Amortized Cost
|41,870
|44,215
|Fair Value
|42,655
|$ 44,090
|Gizmo agency bonds [Member]
|Available for Sale
|Amortized Cost
|30,110
|31,480
|Fair Value
|30,275
|31,102
"""
    + definition_blocks(
        [
            None,
            "Held to maturity gizmo securities, amortized cost basis.",
            AFS_COST_DOC,
            None,
            AFS_DOC,
            "This item represents the aggregate fair value of investments in debt securities as of the "
            "balance sheet date and which are categorized as held-to-maturity.",
        ]
    )
    + member_blocks(1)
)


WELL_CAPITALIZED_TOTAL_DOC = (
    "The Total risk based capital ratio (total capital divided by risk weighted assets) required to be "
    'categorized as "well capitalized", in the regulatory framework for prompt corrective action.'
)
WELL_CAPITALIZED_LEVERAGE_DOC = (
    "The amount of Tier 1 Leverage Capital required to be categorized as well capitalized divided by average "
    "assets as defined in the regulatory framework for prompt corrective action."
)
# A bank's measured ratios beside the ratios an order requires of it; the blocks: the filer's own
# (its prefix first), then the standard ones.
GIZMO_BANK_CAPITAL = """|
Gizmo Regulatory Matters (Details Textual)
|
Dec. 31, 2013
|
Dec. 31, 2012
|Gizmo Regulatory Matters (Textual)
|Tier 1 risk-based capital ratio
|12.41%
|10.87%
|Tier 1 capital ratio
|8.72%
|7.35%
|Tier 1 capital to meet requirement of consent order ratio (to average assets)
|8.00%
|8.00%
|Total risk-based capital to meet the requirements of the consent order ratio (to risk-weighted assets)
|10.00%
|10.00%
|Total risk-based capital ratio
|14.83%
""" + definition_blocks(
    [
        "Net risk-based capital ratio.",
        None,
        "Tier 1 capital divided by risk weighted assets as defined by regulations.",
        "Tier 1 capital divided by average assets as defined by regulations.",
        WELL_CAPITALIZED_TOTAL_DOC,
        WELL_CAPITALIZED_LEVERAGE_DOC,
    ]
)


# A Level 3 roll forward over three quarters and two half years: the balances are shown in three
# columns only (a quarter's opening is the half year's; a quarter's closing the next one's opening).
GIZMO_LEVEL3_WARRANTS = """|
Gizmo Fair Value - Level 3 Warrant Liabilities (Details) - USD ($)
|3 Months Ended
|6 Months Ended
|
Jun. 30, 2025
|
Mar. 31, 2025
|
Jun. 30, 2024
|
Jun. 30, 2025
|
Jun. 30, 2024
|Gizmo Warrant Liabilities, Level 3 [Roll Forward]
|Fair value at beginning
|$ 2,410,500
|$ 2,502,000
|$ 2,502,000
|Change in value of gizmo note
|(31,200)
|40,100
|$ (4,500)
|8,900
|$ (120,400)
|Change in fair value - gizmo warrants
|(88,800)
|(131,600)
|Fair value at ending
|$ 2,290,500
|$ 2,410,500
|$ 2,290,500
""" + definition_blocks(
    [
        "Amount of change in fair value of gizmo note.",
        "A roll forward is a reconciliation of a concept from the beginning of a period to the end of a "
        "period.",
        "Amount of gain (loss) recognized in income from liability measured at fair value on recurring basis "
        "using unobservable input (level 3).",
        "Fair value of financial instrument classified as a liability measured using unobservable inputs "
        "that reflect the entity's own assumption about the assumptions market participants would use in "
        "pricing.",
    ]
)


# A debt's whole at two dates, then its two members (bank notes, a line of credit) at the first date
# and at dates of their own: the whole's row shows four values in seven columns.
GIZMO_DEBT_BY_MEMBER = """|
Gizmo Notes Payable (Details) (USD $)
|
Sep. 30, 2014
|
Dec. 31, 2013
|
Sep. 30, 2014
Gizmo Bank Notes [Member]
|
Jun. 12, 2014
Gizmo Bank Notes [Member]
|
Mar. 3, 2014
Gizmo Bank Notes [Member]
|
Sep. 30, 2014
Gizmo Line of Credit [Member]
|
Mar. 3, 2014
Gizmo Line of Credit [Member]
|Gizmo Notes Payable (Details) [Line Items]
|Notes Payable, Current
|126,410
|61,000
|52,300
|74,110
|X
|
- Details
|X
|
- Definition
Carrying value of the portions of long-term gizmo notes payable due within one year.
|X
|
- Details
|X
|
- Details
"""


# Other comprehensive income before and after tax, and its tax: three documentations that all say "tax".
GIZMO_OCI_TAX = single_column_page(
    "Gizmo Other Comprehensive Loss (Details)",
    "Sep. 30, 2026",
    [
        ("Other comprehensive loss", ""),
        ("Unrealized loss on gizmo securities", "$ (1,240)"),
        ("Other comprehensive loss before taxes", "(1,240)"),
        ("Income tax", "(262)"),
        ("Other comprehensive loss, net of income taxes", "$ (978)"),
    ],
    [
        None,
        "Amount before tax, after reclassification adjustments of other comprehensive income (loss).",
        "Amount after tax and reclassification adjustments of other comprehensive income (loss).",
        "Amount of tax expense (benefit) allocated to other comprehensive income (loss).",
        "Amount before tax and reclassification adjustments of unrealized holding gain (loss) on "
        "available-for-sale securities.",
    ],
)


# A quarter's roll forward whose middle column's movement the filer left out: its balances are shown
# in every column, its change in two of three.
GIZMO_DERIVATIVE_LIABILITIES = """|
Gizmo Fair Value - Changes in Derivative Liabilities (Details) - USD ($)
|3 Months Ended
|6 Months Ended
|
Jun. 30, 2025
|
Mar. 31, 2025
|
Jun. 30, 2025
|Gizmo Liabilities Measured at Fair Value [Line Items]
|Fair value beginning balance
|$ 221,300
|$ 327,700
|$ 327,700
|Change in fair value
|(144,600)
|(251,000)
|Fair value ending balance
|76,700
|221,300
|76,700
""" + definition_blocks(
    [
        "Gizmo liabilities measured at fair value [Line Items].",
        "Amount of expense (income) related to adjustment to fair value of gizmo liability.",
        "Fair value of financial and nonfinancial obligations.",
    ]
)


# An interim page: an expense over the two periods, an allowance (plural) at the two balance dates.
GIZMO_REFUND_ALLOWANCES = (
    "|\nGizmo Allowances (Details) - USD ($)\n$ in Thousands\n|6 Months Ended\n"
    "|\nJun. 30, 2026\n|\nJun. 30, 2025\n|\nDec. 31, 2025\n"
    "|Gizmo bad debt expense\n|$ 213\n|$ 1,086\n"
    "|Gizmo chargeback and refund allowances\n|$ 500\n|$ 480\n"
    + definition_blocks(["Gizmo refund allowances at the balance sheet date.", "Gizmo bad debt expense."])
)


# A filer's unit without a label: the renderer shows its id under the column's date.
GIZMO_UNIT_ID_LINE = """|
Gizmo Revenue Policies (Details)
|9 Months Ended
|
Sep. 30, 2026
gizmo_obligation
|Number of gizmo performance obligations
|2
""" + definition_blocks(["Number of gizmo performance obligations."])


# A reserve's roll forward with five movements shown unsigned, and a change the filer left out of the
# first quarter: only with every one of the five counted do the other columns balance.
GIZMO_RESERVE_FIVE_UNSIGNED = (
    "|\nGizmo Reserve (Details) - USD ($)\n|3 Months Ended\n|6 Months Ended\n"
    "|\nJun. 30, 2025\n|\nMar. 31, 2025\n|\nJun. 30, 2025\n"
    "|Gizmo Reserve [Roll Forward]\n|Balance, beginning\n|$ 100\n|$ 200\n|$ 200\n"
    + "".join(f"|Gizmo costs {k}\n|1\n|1\n|2\n" for k in range(4))
    + "|Gizmo fees 4\n|10\n|10\n|20\n"
    + "|Change in gizmo reserve\n|(50)\n|(164)\n|Balance, ending\n|$ 64\n|$ 100\n|$ 64\n"
    + definition_blocks([f"Gizmo element {k}." for k in range(9)])
)

# A second group of the same rows under a member shown without "[Member]", whose first row is a new
# heading; the two headings' blocks carry the renderer's words "No Definition Available" as text.
GIZMO_TRUST_REPURCHASES = (
    "|\nGizmo Repurchased Shares (Details) - USD ($)\n$ in Thousands\n|6 Months Ended\n"
    "|\nJun. 30, 2026\n|\nJun. 30, 2025\n|Repurchased shares, Value\n"
    "|Balance at beginning of period\n|$ 500\n|$ 600\n|Repurchases\n|(40)\n|(100)\n"
    "|Balance at end of period\n|$ 460\n|$ 500\n"
    "|Gizmo Employee Trust\n|Repurchased shares held by the trust\n"
    "|Balance at beginning of period\n|$ 50\n|$ 60\n|Repurchases\n|(4)\n|(10)\n"
    "|Balance at end of period\n|$ 46\n|$ 50\n"
    + definition_blocks(
        [
            "The amount of repurchased shares held at the balance sheet date.",
            "No Definition Available",
            "No Definition Available",
            "The decrease in equity resulting from the repurchase of shares during the period.",
        ]
    )
    + member_blocks(1)
)

# A closing balance shown twice with one value under a quarter and a nine months' group: nothing but
# the dates tells its columns.
GIZMO_WARRANT_CLOSING_TWICE = (
    "|\nGizmo Warrant Liability (Details) - USD ($)\n$ in Thousands\n|3 Months Ended\n|9 Months Ended\n"
    "|\nSep. 30, 2026\n|\nSep. 30, 2025\n|\nSep. 30, 2026\n|\nSep. 30, 2025\n"
    "|Change in fair value of warrant liability\n|$ (1,250)\n|$ 310\n|$ (4,870)\n|$ 905\n"
    "|Warrant liability, end of period\n|$ 10,836\n|10,836\n"
    + definition_blocks(
        [
            "Amount of expense (income) related to adjustment to fair value of warrant liability.",
            "Value of outstanding warrants classified as liabilities.",
        ]
    )
)

# Gains by instrument (members without "[Member]") beside the total without members; the swaps show
# one value, which only the third year's total leaves room for.
GIZMO_HEDGE_GAINS_BY_INSTRUMENT = (
    "|\nGizmo Hedges - Gains in Profit or Loss (Details) - USD ($)\n|12 Months Ended\n"
    "|\nDec. 31, 2025\n|\nDec. 31, 2024\n|\nDec. 31, 2023\n"
    "|Gizmo hedging instruments\n|Unrealized gain on hedges\n|$ 51,200\n|$ 8,400\n|$ 913,700\n"
    "|Currency forwards\n|Gizmo hedging instruments\n|Unrealized gain on hedges\n|51,200\n|8,400\n|12,500\n"
    "|Commodity swaps\n|Gizmo hedging instruments\n|Unrealized gain on hedges\n|$ 901,200\n"
    + definition_blocks(
        [
            "Gains on change in fair value of hedging instruments, unrealised",
            "Line items represent concepts included in a table.",
        ]
    )
    + member_blocks(2)
)

# A roll forward of an "other" element under a marked abstract: the balance's label does not say "other",
# yet the abstract, not the balance, takes the block without documentation.
GIZMO_INVESTMENTS_ABSTRACT = (
    "|\nGizmo Investments (Details) - USD ($)\n|3 Months Ended\n|9 Months Ended\n"
    "|\nSep. 30, 2026\n|\nSep. 30, 2025\n|\nSep. 30, 2026\n|\nSep. 30, 2025\n"
    "|Short-Term Investments [Abstract]\n|Balance, beginning of period\n|$ 4,100\n"
    "|Additions\n|130\n|10,460\n|Sales of short-term debt securities\n|(1,140)\n|(1,890)\n"
    "|Net realized loss on the sale of short-term securities\n|(1)\n"
    "|Unrealized gain (loss)\n|$ 11\n|$ 2\n|1\n|(3)\n"
    "|Balance, end of period\n|$ 3,090\n|$ 8,570\n|$ 3,090\n|$ 8,570\n"
    + definition_blocks(
        [
            "Additions for equity securities.",
            "The amount of net realized loss on short-term securities.",
            "Sales of short-term debt securities at original cost.",
            "Amount, after tax and before adjustment, of unrealized holding gain (loss) on investment in "
            "debt security measured at fair value with change in fair value recognized in other "
            "comprehensive income.",
            "Amount of investments including trading securities, available-for-sale securities, "
            "held-to-maturity securities, and short-term investments classified as other and current.",
            None,
        ]
    )
)

# A filer's "[Line Items]" without documentation beside a carrying amount's documentation, which a row
# labelled "Principal amount" holds.
GIZMO_LOAN_LINE_ITEMS = single_column_page(
    "Gizmo Loans (Details)",
    "Dec. 31, 2026",
    [
        ("Gizmo Loans (Details) [Line Items]", ""),
        ("Gizmo loan agreements", "$ 3,500"),
        ("Principal amount", "217"),
        ("Interest expense", "$ 28"),
    ],
    [
        "Gizmo loan agreements.",
        None,
        "Amount of the cost of borrowed funds accounted for as interest expense for debt.",
        "The carrying amount as of the balance sheet date for the aggregate of other miscellaneous "
        "borrowings owed by the reporting entity.",
    ],
)

# Columns of notes named by their rates (old style): the stated rates row shows one rate per note.
GIZMO_NOTES_BY_RATE = """|
Gizmo Senior Notes (Details) (USD $)
In Millions, unless otherwise specified
|
Dec. 31, 2013
|
Dec. 31, 2012
|
Dec. 31, 2013
5 1/4% Gizmo senior notes due 2020
|
Dec. 31, 2013
7.125% Gizmo senior notes due 2023
|
Dec. 31, 2013
9% Gizmo senior notes due 2018
|Gizmo Senior Notes (Details) [Line Items]
|Senior notes
|$ 1,900
|$ 1,400
|$ 500
|$ 800
|$ 600
|Interest rate, stated percentage
|5.25%
|7.125%
|9.00%
""" + old_style_blocks(
    [
        None,
        "The carrying amount of the gizmo senior notes at the balance sheet date.",
        "Contractual interest rate for funds borrowed, under the debt agreement.",
    ]
)

# Three half-years under one group cell (read as a half-year and two instants): the purchase fills every
# column, so the columns are periods and the purchase is no balance at a date.
GIZMO_HALF_YEAR_BUYBACKS = (
    "|\nGizmo Own Shares (Details) - GBP (£)\n£ in Thousands\n|6 Months Ended\n"
    "|\nDec. 31, 2026\n|\nJun. 30, 2026\n|\nDec. 31, 2025\n"
    "|Own shares, Value\n|Balance at beginning of the period\n|£ 350\n|£ 460\n|£ 415\n"
    "|Acquisition of own shares\n|0\n|(110)\n|0\n"
    "|Balance at end of the period\n|£ 350\n|£ 350\n|£ 460\n"
    + definition_blocks(
        [
            "The amount of residual interest in the assets of the entity after deducting all its "
            "liabilities.",
            "The decrease in equity resulting from the purchase of own shares.",
            None,
        ]
    )
)


# A loss on debt paid off early is documented without the word "loss".
GIZMO_NOTES_REPURCHASED = single_column_page(
    "Gizmo Notes - Repurchases (Details)",
    "Dec. 31, 2026",
    [("Gizmo notes repurchased", "412"), ("Loss on early retirement of Gizmo notes", "$ 23")],
    [
        "Gross amount of debt extinguished.",
        "Difference between the fair value of payments made and the carrying amount of debt which is "
        "extinguished prior to maturity.",
    ],
)


# Old style, the members in the columns: this year's awards and the Minimum and Maximum of their range.
GIZMO_OPTION_RANGES = """|
Gizmo Stock Options (Details 2)
|12 Months Ended
|
Dec. 31, 2013
|
Dec. 31, 2014
Gizmo Awards
|
Dec. 31, 2014
Gizmo Awards
Minimum [Member]
|
Dec. 31, 2014
Gizmo Awards
Maximum [Member]
|Gizmo Stock Options (Details 2) [Line Items]
|Expected volatility
|52.10%
|48.30%
|Risk-free interest rate
|1.10%
|0.85%
|2.05%
|Dividend yield
|0.00%
""" + old_style_blocks(
    [
        None,
        "The estimated dividend rate used to value a gizmo award.",
        "The estimated volatility of the gizmo share price used to value a gizmo award.",
        "The risk-free interest rate used to value a gizmo award.",
    ]
)


# The taxonomy's current receivables, gross and net of the allowance, and the allowance (in id order).
RECEIVABLE_DOCS = [
    "Amount, before allowance for credit loss, of right to consideration from customer for product "
    "sold and service rendered in normal course of business, classified as current.",
    "Amount, after allowance for credit loss, of right to consideration from customer for product "
    "sold and service rendered in normal course of business, classified as current.",
    "Amount of allowance for credit loss on accounts receivable, classified as current.",
]

# Under the note's "Credit Loss [Abstract]", a receivable, its allowance and the net amount.
GIZMO_RECEIVABLES_CREDIT_LOSS = (
    "|\nGizmo Receivables (Details) - USD ($)\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Credit Loss [Abstract]\n|Accounts receivable\n|$ 52,300\n|$ 48,150\n"
    "|Less: Allowance for doubtful accounts\n|(2,100)\n|(1,950)\n"
    "|Accounts receivable, net\n|$ 50,200\n|$ 46,200\n" + definition_blocks([*RECEIVABLE_DOCS, None])
)


# Old style: the facility's own columns at the half-year's end and at the year-end; the first column
# (no members) is the company's half year.
GIZMO_OLD_FACILITY_BALANCES = """|
Gizmo Credit Facility (Details Narrative) (USD $)
|6 Months Ended
|
Jun. 30, 2014
|
Jun. 30, 2014
Gizmo Revolving Facility
|
Dec. 31, 2013
Gizmo Revolving Facility
|Amount outstanding under the Gizmo facility
|$ 2,410,000
|$ 1,875,000
|Gizmo facility expiration date
|Mar. 15, 2016
""" + old_style_blocks(
    [
        "Amount borrowed under the credit facility as of the balance sheet date.",
        "Date the credit facility terminates, in CCYY-MM-DD format.",
    ]
)


# An undocumented block between two standard ones (with references) is a standard abstract: the
# heading's, and the filer's undocumented total takes the first.
GIZMO_NOTES_STANDARD_ABSTRACT = (
    "|\nGizmo Notes Payable (Details) - USD ($)\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Convertible Notes Payable and Exchange Offer\n"
    "|Convertible notes payable, bearing interest at 9%\n|$ 1,200\n|$ 900\n"
    "|Unamortized debt discount\n|(150)\n|(210)\n|Total\n|1,050\n|690\n"
    + definition_blocks([None])
    + standard_block(
        "Carrying value as of the balance sheet date of long-term debt identified as Convertible Notes "
        "Payable, excluding current portion."
    )
    + definition_blocks([None])
    + standard_block("Amount of unamortized debt discount (premium) and debt issuance costs.")
)


# A roll forward whose edges are bare ("at the beginning", "at end"): one element, one block.
GIZMO_WARRANT_BARE_EDGES = single_column_page(
    "Gizmo Warrant Liabilities (Details)",
    "Dec. 31, 2026",
    [
        ("Gizmo warrant liabilities at the beginning", "$ 4,800"),
        ("Change in fair value", "(1,150)"),
        ("Gizmo warrant liabilities at end", "$ 3,650"),
    ],
    [
        "Fair value of financial instrument classified as a liability measured using unobservable inputs "
        "that reflect the entity's own assumptions.",
        "Amount of gain (loss) recognized in income from liability measured at fair value on recurring basis "
        "using unobservable input (level 3).",
    ],
)


# A quarter beside the 24 months since an acquisition; one row counts since the acquisition.
GIZMO_SINCE_ACQUISITION = (
    "|\nGizmo Acquisition - Narrative (Details) - USD ($)\n$ in Millions\n|3 Months Ended\n|24 Months Ended\n"
    "|\nMar. 31, 2026\n|\nMar. 31, 2026\n|Gizmo Acquisition [Abstract]\n|Gizmo contracts transferred\n|$ 9\n"
    "|Gizmo contracts transferred, since acquisition\n|64.00%\n"
    + definition_blocks(
        ["Gizmo Contracts Transferred", "Gizmo Contracts Transferred Since Acquisition, Percent", None]
    )
)

# Old style: a warrant liability rolled forward in total and by class (the classes are column member
# lines under the dates), the movements the filer's own elements, the balance the standard one.
_NO_DEFINITION_OLD = "|X\n|\n- Definition\nNo authoritative reference available.\nNo definition available.\n"
WARRANTS_OUTSTANDING_DOC = (
    "Value of outstanding derivative securities that permit the holder the right to purchase"
    " securities (usually equity) from the issuer at a specified price."
)
GIZMO_OLD_WARRANT_CLASSES = (
    """|
Gizmo Warrant Liability (Details) (USD $)
|6 Months Ended
|
Jun. 30, 2014
|
Jun. 30, 2014
Gizmos
|
Jun. 30, 2014
Sprockets
|Beginning balance
|$ 410,000
|$ 150,000
|$ 260,000
|Issued with gizmo notes
|25,000
|10,000
|15,000
|Recorded in members' equity
|(35,000)
|(20,000)
|(15,000)
|Ending balance
|$ 400,000
|$ 140,000
|$ 260,000
"""
    + _NO_DEFINITION_OLD * 2
    + old_style_blocks([WARRANTS_OUTSTANDING_DOC])
)

# The weighted shares of basic earnings per share beside the options kept out of the diluted ones,
# whose label shares more words with the weighted average's documentation than with its own.
GIZMO_SHARES_EXCLUDED = """|
Gizmo Capital and Reserves (Details) - EUR (€)
€ / shares in Units, € in Millions
|12 Months Ended
|
Dec. 31, 2026
|
Dec. 31, 2025
|
Dec. 31, 2024
|Disclosure of classes of share capital [abstract]
|Par value per share
|€ 0.01
|Authorized share capital
|€ 300
|€ 300
|€ 300
|Weighted-average number of shares used in the calculation of basic earnings per share (in shares)
|41,200,500
|40,950,100
|40,730,900
|Incremental shares
|234,700
|Options excluded from diluted weighted average number of ordinary shares
|1,150,000
|980,000
|1,020,000
""" + definition_blocks(
    [
        "Securities (including those issuable pursuant to contingent stock agreements) that could"
        " potentially dilute basic earnings per share (EPS) or earnings per unit (EPU) in the future that"
        " were not included in the computation of diluted EPS or EPU because to do so would increase EPS"
        " or EPU amounts or decrease loss per share or unit amounts for the period presented.",
        "Authorized share capital.",
        "Incremental shares.",
        None,
        "The nominal value per share.",
        "The number of ordinary shares outstanding at the beginning of the period, adjusted by the number"
        " of ordinary shares bought back or issued during the period multiplied by a time-weighting factor.",
    ]
)

# Old style: the filer gave a roll forward's opening and closing balances an element each (their
# documentation names the edge), the change is the standard flow. The balances are shown once, in
# the one column where the opening plus the change equals the closing (the half year's).
GIZMO_OLD_OCI_EDGES = """|
Summary of Gizmo Accumulated Other Comprehensive Income Balances (USD $)
In Thousands
|3 Months Ended
|6 Months Ended
|
Jun. 30, 2014
|
Jun. 30, 2013
|
Jun. 30, 2014
|
Jun. 30, 2013
|Beginning Balance
|$ (3,120)
|Current Period Change
|1,450
|(310)
|2,275
|(640)
|Ending Balance
|$ (845)
""" + old_style_blocks(
    [
        "Gizmo Accumulated Other Comprehensive Loss Beginning Balance",
        "Gizmo Accumulated Other Comprehensive Loss Ending Balance",
        "Amount after tax of other comprehensive income (loss) for the period.",
    ]
)

# IFRS provisions by kind: the total's documentation names a part it includes, the other
# provisions' documentation the part they are other than.
GIZMO_IFRS_PROVISIONS = (
    """|
Gizmo Provisions By Kind (Details) - EUR (\u20ac)
\u20ac in Millions
|
Dec. 31, 2026
|
Dec. 31, 2025
|Provisions by kind [Line Items]
|Provisions for employee benefits
|\u20ac 1,210
|\u20ac 1,340
|Non-current provisions for employee benefits
|240
|260
|Legal proceedings provision
|310
|295
|Provisions for commitments and gizmo risks
|160
|150
|Other provisions
|180
|205
|Provisions
|\u20ac 1,700
|\u20ac 1,840
"""
    + definition_blocks(["Provisions by kind", "Provisions for commitments and gizmo risks"])
    + "".join(
        f"|X\n- Definition\n+ References\n{doc}\n+ Details\nReference 1: http://www.xbrl.org/2003/role/disclosureRef\n"
        for doc in (
            "The amount of provision for legal proceedings. [Refer: Other provisions]",
            "The amount of non-current provisions for employee benefits. [Refer: Provisions for employee"
            " benefits]",
            "The amount of provisions other than provisions for employee benefits. [Refer: Provisions]",
            "The amount of liabilities of uncertain timing or amount, including provisions for employee"
            " benefits.",
            "The amount of provisions for employee benefits. [Refer: Employee benefits expense; Provisions]",
        )
    )
)

# One label for two elements: a note's maturity as a date element under two notes, as a description
# (a string element) under the third. Rows without values are left out of the page.
GIZMO_NOTE_MATURITIES = (
    """|
Gizmo Notes Payable (Details) (Parenthetical)
|3 Months Ended
|12 Months Ended
|
Mar. 31, 2026
|
Dec. 31, 2025
|Gizmo Note A [Member]
|Short-Term Debt [Line Items]
|Debt interest percentage
|9.00%
|9.00%
|Debt instrument maturity date
|March 2026 to June 2026
|March 2026 to June 2026
|Gizmo Note B [Member]
|Short-Term Debt [Line Items]
|Debt interest percentage
|7.50%
|7.50%
|Debt instrument maturity date
|Dec. 31, 2027
|Dec. 31, 2027
"""
    + definition_blocks(
        [
            "Contractual interest rate for funds borrowed, under the debt agreement.",
            "Date when the debt instrument is scheduled to be fully repaid, in YYYY-MM-DD format.",
            "Description of the maturity date of the debt instrument including whether the debt matures"
            " serially and, if so, a brief description of the serial maturities.",
            "Line items represent financial concepts included in a table. These concepts are used to"
            " disclose reportable information associated with domain members defined in one or many axes"
            " to the table.",
        ]
    )
    + member_blocks(2)
)


# A provision row named like the allowance, and write-offs whose words also fit the provision's
# "write-down" documentation; only the movements' signs tell them apart.
GIZMO_ALLOWANCE_SIGNED_MOVEMENTS = (
    "|\nGizmo Allowance (Details) - USD ($)\n$ in Thousands\n|6 Months Ended\n"
    "|\nJun. 30, 2026\n|\nJun. 30, 2025\n"
    "|Balance - beginning of period\n|$ 2,410\n|$ 2,115\n"
    "|Allowance for doubtful gizmo accounts receivable\n|96\n|(31)\n"
    "|Doubtful gizmo accounts receivable write-offs\n|(175)\n|(64)\n"
    "|Balance - end of period\n|$ 2,331\n|$ 2,020\n"
    + definition_blocks(
        [
            "For an unclassified balance sheet, a valuation allowance for receivables due a company that are "
            "expected to be uncollectible.",
            "Amount of loans and leases that have been written off from both loan receivables and allowance "
            "reserve for credit loss.",
            "Amount of expense related to write-down of receivables to the amount expected to be collected. "
            "Includes, but is not limited to, accounts receivable and notes receivable.",
        ]
    )
)


# An IFRS filer's tables: a "movement" table is the "reconciliation" the filer's block documents;
# the table of one kind of provision is the standard other-provisions block.
GIZMO_PROVISION_TABLES = (
    "|\nGizmo provisions for claims (Tables)\n|12 Months Ended\nDec. 31, 2026\n"
    "|Gizmo provisions for claims\n"
    "|Schedule of gizmo claims provision with probable losses\n|\n"
    "|Schedule of gizmo contingencies with possible losses\n|\n"
    "|Schedule of gizmo provision movement\n|\n(1) Reversals include gizmo claims settled in the year.\n"
    + definition_blocks(["Tabular disclosure of reconciliation of provisions."])
    + "|X\n- Definition\n+ References\nThe disclosure of contingent liabilities. [Refer: Contingent "
    "liabilities [member]]\n+ Details\nReference 1: http://www.xbrl.org/2003/role/disclosureRef\n"
    "|X\n- Definition\n+ References\nThe disclosure of other provisions. [Refer: Other provisions]\n"
    "+ Details\nReference 1: http://www.xbrl.org/2003/role/disclosureRef\n" + definition_blocks([None])
)


# A debt discount "to be amortized within one year" (all the notes are current) beside the combined
# unamortized discount and issuance costs: the discount row is the first, the issuance costs the second.
GIZMO_NOTES_DISCOUNT_AND_COSTS = (
    "|\nGizmo Convertible Notes (Details) - USD ($)\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Gizmo Convertible Notes Payable\n"
    "|Convertible gizmo notes payable, bearing interest at 9%\n|$ 1,730,400\n|$ 1,208,000\n"
    "|Unamortized debt discount\n|(51,300)\n|(1,107,450)\n"
    "|Unamortized deferred debt issuance cost\n|0\n|(7,280)\n"
    "|Total\n|1,679,100\n|93,270\n"
    "|Current portion\n|$ 1,679,100\n|$ 93,270\n"
    + definition_blocks([None])
    + standard_block(
        "Carrying value as of the balance sheet date of long-term debt (with maturities initially due "
        "after one year or beyond the operating cycle if longer) identified as Convertible Notes Payable, "
        "excluding current portion."
    )
    + definition_blocks([None])
    + standard_block(
        "Amount of debt discount to be amortized within one year or within the normal operating cycle, "
        "if longer."
    )
    + standard_block("Amount of unamortized debt discount (premium) and debt issuance costs.")
    + standard_block(
        "Including the current and noncurrent portions, aggregate carrying amount of all types of notes "
        "payable, as of the balance sheet date, with initial maturities beyond one year or beyond the normal "
        "operating cycle, if longer."
    )
)


# One "12 Months Ended" over three dates: the note's issue date, then the two fiscal years. The header
# reads as well with the group over the first date alone; the amortization, a flow of each year,
# needs the group over the last two.
GIZMO_NOTE_DISCOUNT_YEARS = (
    "|\nGizmo Notes Payable - Schedule of debt discount (Details) - USD ($)\n|12 Months Ended\n"
    "|\nAug. 15, 2025\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Debt discount:\n"
    "|Relative fair value of gizmo warrants issued\n|$ (2,140,000)\n"
    "|Amortization of debt discount\n|$ 713,300\n|$ 267,500\n"
    "|Note payable - current portion\n|1,250,000\n|312,500\n"
    "|Notes payable - non-current portion, net of debt discount\n|$ 3,437,500\n|$ 4,062,500\n"
    + definition_blocks(["Amount of Amortization of debt discount.", None])
    + standard_block(
        "Carrying value as of the balance sheet date of notes payable (with maturities initially due after "
        "one year or beyond the operating cycle if longer), excluding current portion."
    )
    + standard_block(
        "Sum of the carrying values as of the balance sheet date of the portions of long-term notes payable "
        "due within one year or the operating cycle if longer."
    )
    + standard_block("Amount of warrants issued with the gizmo notes, at their relative fair value.")
)


# The 2011-2012 renderer: no bar on the title, the dates or the member rows; blocks without references
# write "- Definition", "+ Details", then the text, and members get no blocks.
GIZMO_2011_MAJOR_CUSTOMERS = """Gizmo Segments Major Customers (Details)
|3 Months Ended
|9 Months Ended
Sep. 30, 2011
customers
Sep. 30, 2010
customers
Sep. 30, 2011
customers
Sep. 30, 2010
customers
|Revenue, Major Customer [Line Items]
|Number Of Major Gizmo Customers
|1
|2
|1
|2
Gizmo Americas [Member]
|Revenue, Major Customer [Line Items]
|Number Of Major Gizmo Customers
|4
|3
|4
|2
|X
- Definition
+ Details
Number of gizmo customers whose revenues exceed a tenth of the company's revenues.
|X
- Definition
+ Details
Line items represent financial concepts included in a table.
"""

# The same renderer's note: the text block's content follows its label without a bar.
GIZMO_2011_NOTE = """Gizmo Retirement Obligations
|9 Months Ended
Sep. 30, 2011
|Notes to Financial Statements [Abstract]
|GIZMO RETIREMENT OBLIGATIONS
NOTE 6 - GIZMO RETIREMENT OBLIGATIONS
At September 30, 2011, the estimated cost to retire the gizmo plants was about $2.4 million.
|X
- Details
|X
- Definition
+ Details
The entire disclosure for the gizmo plants' retirement obligations.
"""

# Old style, bars lost: a duration and a text value each run on into the next member row's path.
GIZMO_2011_USEFUL_LIVES = """Gizmo Property (Details)
|9 Months Ended
Sep. 30, 2011
|Property, Plant and Equipment [Line Items]
|Estimated useful lives of gizmo equipment
|3 years
Gizmo Furniture [Member]
|Estimated useful lives of gizmo equipment
|Lesser of lease term or useful life
Gizmo Leasehold Improvements [Member]
|Estimated useful lives of gizmo equipment
|7 years
|X
- Details
|X
- Definition
+ Details
Useful life of long lived, physical assets used in the normal conduct of business.
"""


# Each quarter's dividend: three dates whose documentation names both the declaration and the payment
# (the event the clause ends on is the date's), an amount per share and the cash paid.
GIZMO_DIVIDEND_DATES = (
    "|\nGizmo Capital Stock (Dividends) (Details) - USD ($)\n$ / shares in Units, $ in Millions\n"
    "|3 Months Ended\n|\nJun. 30, 2026\n|\nMar. 31, 2026\n"
    "|Gizmo Dividends [Abstract]\n"
    "|Declaration date\n|Apr. 21, 2026\n|Jan. 27, 2026\n"
    "|Record date\n|Jun. 12, 2026\n|Mar. 13, 2026\n"
    "|Payment date\n|Jun. 26, 2026\n|Mar. 27, 2026\n"
    "|Cash dividends per share\n|$ 0.84\n|$ 0.84\n"
    "|Total payment\n|$ 152\n|$ 153\n"
    + definition_blocks([None])
    + standard_block("Aggregate dividends paid during the period for each share of common stock outstanding.")
    + standard_block("Date the declared dividend will be paid, in YYYY-MM-DD format.")
    + standard_block("Date the dividend to be paid was declared, in YYYY-MM-DD format.")
    + standard_block(
        "Date the holder must own the stock to be entitled to the dividend, in YYYY-MM-DD format."
    )
    + standard_block(
        "Cash outflow in the form of capital distributions and dividends to common shareholders, preferred "
        "shareholders and noncontrolling interests."
    )
)


# A buyback: the cost of the shares "purchased" is the taxonomy's cost of stock "repurchased", and the
# fees the other cost block left.
GIZMO_SHARE_BUYBACK = (
    "|\nGizmo Share Repurchase (Details) - USD ($)\n$ / shares in Units, $ in Millions\n|3 Months Ended\n"
    "|\nMar. 31, 2026\n|\nMar. 31, 2025\n"
    "|Share Repurchase Program [Abstract]\n"
    "|Number of shares purchased | shares\n|310,000\n|255,000\n"
    "|Average price paid per share | $ / shares\n|$ 38.71\n|$ 35.29\n"
    "|Cost of share purchased\n|$ 12\n|$ 9\n"
    "|Associated fees and taxes\n|$ 1\n|$ 1\n"
    + definition_blocks([None])
    + standard_block("The cash outflow for cost incurred directly with the issuance of an equity security.")
    + standard_block("Total cost of shares repurchased divided by the total number of shares repurchased.")
    + standard_block(
        "Number of shares that have been repurchased during the period and are being held in treasury."
    )
    + standard_block(
        "Equity impact of the cost of common and preferred stock that were repurchased during the period. "
        "Recorded using the cost method."
    )
)


# Deferred revenue's roll forward: "Recognition of revenue included in balance at beginning of the
# period" is a movement out of the opening balance, not a balance at the beginning of the period.
GIZMO_DEFERRED_REVENUE_RECOGNITION = (
    "|\nGizmo Deferred Revenue (Details) - USD ($)\n$ in Thousands\n|6 Months Ended\n"
    "|\nJun. 30, 2026\n|\nJun. 30, 2025\n"
    "|Activity of the gizmo deferred revenue\n"
    "|Balances at beginning of period\n|$ 8,410\n|$ 7,215\n"
    "|Recognition of revenue included in balance at beginning of the period\n|(2,306)\n|(1,988)\n"
    "|Deferred revenue acquired, net of revenue recognized\n|1,150\n"
    "|Revenue deferred during the period, net of revenue recognized\n|1,422\n|1,204\n"
    "|Balances at end of period\n|$ 7,526\n|$ 7,581\n"
    + definition_blocks(
        [
            "Portion of gizmo revenue deferred stemming from acquisitions.",
            "Gizmo revenue deferred during the period, net of revenue recognized.",
            None,
        ]
    )
    + standard_block(
        "Amount of obligation to transfer good or service to customer for which consideration has been "
        "received or is receivable."
    )
    + standard_block(
        "Amount of revenue recognized that was previously included in balance of obligation to transfer "
        "good or service to customer for which consideration from customer has been received or is due."
    )
)


def _tax_group(current: tuple[str, str], deferred: tuple[str, str]) -> str:
    return (
        f"|Current\n|Total\n|{current[0]}\n|{current[1]}\n|Deferred\n|Total\n|{deferred[0]}\n|{deferred[1]}\n"
    )


# Members without "[Member]" ("Federal", "State", "Foreign"), each over the headings "Current" and
# "Deferred" that every group shows again: three member blocks, five concept blocks (two headings).
GIZMO_TAX_PROVISION_BY_JURISDICTION = (
    """|
Income Taxes - Gizmo Provision by Jurisdiction (Details) - USD ($)
$ in Millions
|12 Months Ended
|
Dec. 31, 2025
|
Dec. 31, 2024
"""
    + _tax_group(("$ 40", "$ 12"), ("(3)", "(20)"))
    + "|Total provision for income taxes\n|37\n|(8)\n"
    + "|Federal\n"
    + _tax_group(("25", "7"), ("(1)", "(14)"))
    + "|State\n"
    + _tax_group(("6", "2"), ("0", "(2)"))
    + "|Foreign\n"
    + _tax_group(("9", "3"), ("$ (2)", "$ (4)"))
    + definition_blocks(
        [
            None,
            "Amount of current income tax expense (benefit) pertaining to taxable income (loss) from"
            " continuing operations.",
            "Amount of deferred income tax expense (benefit) pertaining to income (loss) from continuing"
            " operations.",
            None,
            "Amount of current income tax expense (benefit) and deferred income tax expense (benefit)"
            " pertaining to continuing operations.",
        ]
    )
    + member_blocks(3)
)


# A net balance beside a row shown without values, over the taxonomy's "amount after amortization"
# and a payment for intangible assets ("capital improvements" only looks like "capitalized").
GIZMO_LICENSES_NARRATIVE = (
    """|
Gizmo Licenses (Details Narrative)
|12 Months Ended
|
Dec. 31, 2025
USD ($)
Licenses
Integer
|
Dec. 31, 2024
USD ($)
|Intangible Assets Disclosure [Abstract]
|Net patents and trademarks
|$ 41,200
|$ 63,900
|Patents and trademarks capitalized
|Retirement of patents
|$ 9,300
|8,150
|Number of licenses | Licenses
|5
|Number of lapsed licenses | Integer
|2
|Useful life of licenses
|12 years
|Amortization expenses
|$ 13,400
|$ 12,800
"""
    + definition_blocks(["Number of lapsed licenses.", "Number of licenses.", "Retirement of patents."])
    + standard_block(
        "The aggregate expense charged against earnings to allocate the cost of intangible assets"
        " (nonphysical assets not used in production) in a systematic and rational manner to the periods"
        " expected to benefit from such assets."
    )
    + definition_blocks(
        [
            "Useful life of finite-lived intangible assets, in 'PnYnMnDTnHnMnS' format, for example,"
            " 'P1Y5M13D' represents the reported fact of one year, five months, and thirteen days."
        ]
    )
    + standard_block(
        "Amount after amortization of assets, excluding financial assets and goodwill, lacking physical"
        " substance with a finite life."
    )
    + definition_blocks([None])
    + standard_block(
        "The cash outflow for purchases of and capital improvements on property, plant and equipment"
        " (capital expenditures), software, and other intangible assets."
    )
)


# Two exchange rates, each over its own block: the company's average rate (statement of operations)
# and the standard translation rate (the balance sheet, at the balance dates).
GIZMO_EXCHANGE_RATES = (
    """|
Gizmo Policies - Exchange Rates Used to Translate RMB Into US$ (Details)
|3 Months Ended
|
Mar. 31, 2026
|
Mar. 31, 2025
|
Dec. 31, 2025
|Balance sheet items, except for equity accounts
|7.1204
|7.0388
|Items in the statements of operations and comprehensive income
|7.0925
|7.1710
"""
    + definition_blocks(["Represents the foreign currency exchange rate derived from an average."])
    + standard_block(
        "Foreign exchange rate used to translate amounts denominated in functional currency to reporting"
        " currency."
    )
)


# The loss of securities in a loss position (cost over fair value) and their fair value, whose
# documentation names the loss position too.
GIZMO_SECURITIES_IN_LOSS = (
    """|
Gizmo Securities Available for Sale - Loss Positions (Details) - USD ($)
|
Dec. 31, 2025
|Debt Securities, Available-for-Sale [Line Items]
|Number of securities in a loss position
|7
|Fair Value
|$ 8,412,050
|Unrealized Losses
|$ (391,275)
"""
    + definition_blocks(["Number of securities in a loss position."])
    + standard_block(
        "Amount of the excess of amortized cost basis over fair value of securities in a loss position and"
        " categorized neither as held-to-maturity nor trading securities."
    )
    + standard_block(
        "This item represents the aggregate fair value of investments in debt and equity securities in an"
        " unrealized loss position which are categorized neither as held-to-maturity nor trading securities."
    )
    + definition_blocks(["Line items represent financial concepts included in a table."])
)


# Two lone values each guessed alone would both go to the first column, where the signed allowance
# would sit in the middle of a run: read together, the total goes to the second column.
GIZMO_NOTE_RECEIVABLE = """|
Gizmo Note Receivable (Details) - USD ($)
|
Jun. 30, 2026
|
Dec. 31, 2025
|Receivables [Abstract]
|Current portion
|$ 84,300
|$ 7,950
|Long-term portion
|71,640
|Notes receivable, gross
|84,300
|79,590
|Less: allowance for the note
|$ (84,300)
|Total note receivable
|$ 79,590
""" + definition_blocks(
    [
        "Allowance for the note receivable.",
        "The gross balance of the note receivable.",
        "Amount, after allowance for credit loss, of financing receivable, classified as current.",
        "Amount, after allowance for credit loss, of financing receivable, classified as noncurrent.",
        "Amount, after allowance for credit loss, of financing receivable.",
        None,
    ]
)


# An allowance's roll forward: the expense charged to it and the write-offs taken from it.
GIZMO_ALLOWANCE_CHARGES = (
    """|
Schedule of Gizmo Allowance for Credit Losses (Details) - USD ($)
|12 Months Ended
|
Dec. 31, 2025
|
Dec. 31, 2024
|Organization, Consolidation and Presentation of Financial Statements [Abstract]
|Accounts Receivable, Allowance for Credit Loss, Current
|$ 41,200
|$ 97,310
|Charged to operating expenses
|312,450
|22,640
|Write-offs of accounts receivable, net of recoveries
|5
|(78,750)
|Accounts Receivable, Allowance for Credit Loss, Current
|$ 353,655
|$ 41,200
"""
    + definition_blocks([None])
    + standard_block("Amount of allowance for credit loss on accounts receivable, classified as current.")
    + definition_blocks([None])
    + standard_block(
        "Amount of expense (reversal of expense) for expected credit loss on accounts receivable."
    )
)

# A warranty's accrual (obligations incurred and payable) beside the period's warranty expense.
GIZMO_WARRANTY_NARRATIVE = (
    """|
Gizmo Product Warranty (Details) - USD ($)
$ in Thousands
|12 Months Ended
|
Dec. 31, 2025
|
Dec. 31, 2024
|Product Warranties Disclosures [Abstract]
|Product warranty claim recorded
|$ 30
|$ 260
|Product warranty claim incurred
|190
|$ 45
|Product warranty accrual
|$ 55
|$ 215
"""
    + standard_block("Cumulative amount of claims incurred against a specific product warranty accrual.")
    + definition_blocks([None])
    + standard_block(
        "Carrying value as of the balance sheet date of obligations incurred through that date and payable"
        " for estimated claims under standard and extended warranty protection rights granted to customers."
    )
    + standard_block(
        "The expense charged against earnings for the period pertaining to standard and extended warranties"
        " on the entity's goods and services granted to customers."
    )
)

# Earnings per share after preferred dividends: the dividends deducted, and the income left.
GIZMO_EPS_AFTER_PREFERRED = (
    """|
Gizmo Basis of Presentation (Details) - USD ($)
|3 Months Ended
|
Mar. 31, 2026
|
Mar. 31, 2025
|Accounting Policies [Abstract]
|Net income (loss)
|$ (812,400)
|$ 233,100
|Accrued preferred stock dividends
|(402,150)
|(318,900)
|Net income (loss) applicable to common shares
|$ (1,214,550)
|$ 85,200
|Weighted-average common shares outstanding basic and diluted
|4,210,000
|4,210,000
|Earnings (loss) per common share after preferred dividends, basic and diluted
|$ (0.29)
|$ 0.02
"""
    + definition_blocks([None])
    + standard_block(
        "The amount of net income (loss) for the period per each share of common stock or unit outstanding"
        " during the reporting period."
    )
    + standard_block(
        "The portion of profit or loss for the period, net of income taxes, which is attributable to the"
        " parent."
    )
    + standard_block(
        "Amount, after deduction of tax, noncontrolling interests, dividends on preferred stock and"
        " participating securities; of income (loss) available to common shareholders."
    )
    + standard_block(
        "The aggregate value of preferred stock dividends and other adjustments necessary to derive net"
        " income apportioned to common stockholders."
    )
    + standard_block(
        "Average number of shares or units issued and outstanding that are used in calculating basic and"
        " diluted earnings per share (EPS)."
    )
)

# A contract liability's roll forward, and under a member the revenue recognized out of it.
GIZMO_DEFERRED_REVENUE_CHANGES = (
    """|
Gizmo Revenues - Changes in the Deferred Revenue Balance (Details) - USD ($)
$ in Millions
|3 Months Ended
|
Mar. 31, 2026
|
Mar. 31, 2025
|Contract with Customer, Liability [Roll Forward]
|Balance, beginning of period
|$ 420
|$ 388
|Deferral of revenue
|812
|790
|Recognition of deferred revenue
|(774)
|(751)
|Other
|(8)
|3
|Balance, end of period
|450
|430
|Deferred Revenue
|Contract with Customer, Liability [Roll Forward]
|Deferred revenue recognized
|$ 175
|$ 162
"""
    + definition_blocks(
        [
            "Contract With Customer Liability, Including New Contract Revenue, Recognized",
            "Contract with customer liability other.",
            "Contract with Customer, Liability",
        ]
    )
    + standard_block(
        "Amount of obligation to transfer good or service to customer for which consideration has been"
        " received or is receivable."
    )
    + standard_block(
        "Amount of revenue recognized that was previously included in balance of obligation to transfer good"
        " or service to customer for which consideration from customer has been received or is due."
    )
    + standard_block(
        "Amount of increase (decrease) in obligation to transfer good or service to customer for which"
        " consideration has been received or is receivable."
    )
    + member_blocks(1)
)


def _credit_loss_group(member: str, values: tuple[str, str, str, str, str]) -> str:
    opening, provision, write_offs, recoveries, closing = values
    return (
        f"|{member}\n|Accounts Receivable, Allowance for Credit Loss [Roll Forward]\n"
        f"|Beginning balance\n|{opening}\n|Provision for credit loss expense\n|{provision}\n"
        f"|Write-offs\n|{write_offs}\n|Recoveries\n|{recoveries}\n"
        f"|Total ending allowance balance\n|{closing}\n"
    )


# One period: the closing row, labelled unlike the opening one, is its element by the sum (five
# blocks for six labels).
GIZMO_CREDIT_LOSS_ONE_PERIOD = (
    """|
Gizmo Allowance for Credit Losses (Details)
$ in Thousands
|6 Months Ended
|
Jun. 30, 2026
USD ($)
"""
    + _credit_loss_group("Unbilled Receivables", ("$ 412", "690", "(530)", "95", "667"))
    + _credit_loss_group("Trade Receivables", ("358", "802", "(488)", "121", "$ 793"))
    + standard_block("Amount of allowance for credit loss on accounts receivable.")
    + standard_block("Amount of increase in allowance for credit loss on accounts receivable, from recovery.")
    + definition_blocks(["Accounts Receivable, Allowance for Credit Loss [Roll Forward]"])
    + standard_block(
        "Amount of direct write-downs of accounts receivable charged against the allowance for credit loss."
    )
    + standard_block(
        "Amount of expense (reversal of expense) for expected credit loss on accounts receivable."
    )
    + member_blocks(2)
)


# A movement whose label names its own reverse ("Charged to (reversal of) expense") may be shown
# negative and still be the element charged to expense; the revenue charge is the other block.
GIZMO_RETURNS_RESERVE_CHARGES = """|
Gizmo Reserve for Sales Returns and Bad Debts (Details) - USD ($)
$ in Thousands
|12 Months Ended
|
Dec. 31, 2025
|
Dec. 31, 2024
|Reserve for Sales Returns and Bad Debts [Roll Forward]
|Opening reserve
|$ 2,310
|$ 2,655
|Charged to revenue
|1,904
|1,318
|Charged to (reversal of) expense
|(64)
|(112)
|Amounts used
|(1,520)
|(1,551)
|Closing reserve
|$ 2,630
|$ 2,310
""" + definition_blocks(
    [
        "Reserve For Sales Returns And Bad Debts, Charged to Expense",
        "Reserve For Sales Returns And Bad Debts, Charged to Revenue",
        "Reserve For Sales Returns And Bad Debts",
        "Reserve For Sales Returns And Bad Debts, Used",
        "Reserve for Sales Returns and Bad Debts [Roll Forward]",
    ]
)


# A text value breaks a column's run of money like any other unit: `$ 3.2` after the policy's text
# opens a new run, so the column shows three signed amounts without breaking the $ rule.
GIZMO_PENSION_TEXT_BREAK = """|
Gizmo Pension Plans (Details) - CAD ($)
$ in Millions
|12 Months Ended
|
Dec. 31, 2025
|
Dec. 31, 2024
|Gizmo Pension Plans (Details) [Line Items]
|Contributions to the plans
|$ 2.4
|$ 1.7
|Description of the funding policy
|The plans are funded each year at the minimum the pension law requires, and reviewed by the board.
|Expected contributions next year
|$ 3.2
|Expected contributions to defined contribution plans next year
|$ 0.8
""" + definition_blocks(
    [
        "Contributions made to the entity's pension plans.",
        "The entity's policy for funding its pension plans.",
        "Contributions the entity expects to make to its pension plans in the next fiscal year.",
        "Contributions the entity expects to make to its defined contribution plans in the next fiscal year.",
        None,
    ]
)

# Plain amounts of a row that shows `$` elsewhere are money: `622,540` and `2,964,480` sit inside
# the prior year's run, so the tax rates (a unit of their own) cannot sit between them.
GIZMO_LOSS_CARRYFORWARD_RATES = (
    """|
Gizmo Net Operating Losses (Details) - USD ($)
|12 Months Ended
|
Dec. 31, 2025
|
Dec. 31, 2024
|Operating Loss Carryforwards [Line Items]
|Deferred tax asset, operating losses
|$ 912,400
|$ 887,130
|Federal [Member]
|Operating Loss Carryforwards [Line Items]
|Deferred tax asset, operating losses
|$ 640,210
|622,540
|Statutory tax rate
|21.00%
|Net operating loss carryforwards
|$ 3,048,620
|2,964,480
|State [Member]
|Operating Loss Carryforwards [Line Items]
|Deferred tax asset, operating losses
|$ 272,190
|264,590
|Statutory tax rate
|7.00%
|Net operating loss carryforwards
|$ 3,888,430
|$ 3,779,860
"""
    + standard_block("Amount of deferred tax asset attributable to deductible operating loss carryforwards.")
    + standard_block("Amount of operating loss carryforward, before tax effects.")
    + definition_blocks(["Statutory tax rate applied to the operating loss carryforwards.", None])
    + member_blocks(2)
)

# Annual-only rows above and below a full total whose annual amounts show no `$`: each open row is
# guessed with only what the rows around it prove, so the member rows keep to the years' columns.
GIZMO_REVENUE_BY_LINE = (
    """|
Gizmo Revenue by Product Line (Details) - USD ($)
$ in Thousands
|3 Months Ended
|12 Months Ended
|
Dec. 31, 2025
|
Sep. 30, 2025
|
Jun. 30, 2025
|
Dec. 31, 2025
|
Dec. 31, 2024
|Revenue from External Customer [Line Items]
|Product
|$ 90,410
|$ 85,120
|Service
|60,250
|55,330
|Total revenue
|$ 41,070
|$ 38,920
|$ 36,450
|158,300
|147,900
|Devices
|Revenue from External Customer [Line Items]
|Product
|70,300
|66,010
|Software
|Revenue from External Customer [Line Items]
|Product
|20,110
|19,110
|Support
|Revenue from External Customer [Line Items]
|Service
|$ 60,250
|$ 55,330
"""
    + definition_blocks([None])
    + standard_block("Amount of revenue from the sale of goods.")
    + standard_block("Amount of revenue from services rendered.")
    + standard_block("Amount of revenue from all sources.")
    + member_blocks(3)
)


# Every value of the page sits in the first date's column (14,250,300 + 6,120,700 = 20,371,000):
# the second date's column holds only a nil fact the text drops, so coverage must not break the sum.
GIZMO_SECURITIES_ONE_DATE = (
    """|
Gizmo Securities Unrealized Gains and Losses (Details) - USD ($)
|
Sep. 30, 2026
|
Dec. 31, 2025
|Investments, Debt and Equity Securities [Abstract]
|Investments with unrealized gains, Fair value
|$ 14,250,300
|Investments with unrealized gains, Unrealized gains (losses)
|2,410
|Investments with unrealized losses, Fair value
|6,120,700
|Investments with unrealized losses, Unrealized gains (losses)
|(805)
|Investment securities, available for sale
|20,371,000
|Investments, Unrealized gains (losses)
|$ 1,605
"""
    + definition_blocks(
        [
            "Securities with unrealized gains, fair value.",
            "Securities with unrealized gains (losses), net.",
            "Securities with unrealized gains, gains.",
            "Securities with unrealized losses, losses.",
            "Securities with unrealized losses, fair value.",
        ]
    )
    + standard_block(
        "Amount of investment in debt security measured at fair value with change in fair value."
    )
    + definition_blocks([None])
)


# Two labels squash to the company block's text; the one that is it word for word is its element.
GIZMO_DEPOSITS_TO_VENDORS = (
    """|
Gizmo Deposits to Vendors (Details) - USD ($)
|
Dec. 31, 2025
|
Dec. 31, 2024
|Deposits to vendors - current
|$ 81,200,450
|$ 66,904,310
|Allowance for deposits to vendors
|(1,502,900)
|(1,502,900)
|Deposits To Vendors Current
|$ 79,697,550
|$ 65,401,410
|Allowance for deposit to vendors
|$ 612,300
"""
    + definition_blocks(
        [
            "Deposits to Vendors Current",
            "Allowance for Deposits to Vendors and Equipment Deposits",
            "Represents the expense of writing deposits to vendors down to the amount expected back.",
        ]
    )
    + standard_block(
        "Carrying value of capitalized payments made in advance for inventory that is expected to be"
        " received within one year or the normal operating cycle, if longer."
    )
)


# A bare balance names no part, so "classified as current" says nothing against it: the balances
# take the allowance's block, and the heading without values the one without documentation.
GIZMO_ALLOWANCE_BARE_BALANCES = (
    """|
Gizmo Receivables - Movements of the allowance (Details) - 12 months ended Dec. 31, 2025
|
CNY (¥)
|
USD ($)
|Accounts Receivables
|Balance at the beginning of the year
|¥ 0
|Additions
|318,740
|$ 44,890
|Balance at the end of the year
|¥ 318,740
|$ 44,890
"""
    + definition_blocks([None])
    + standard_block("Amount of allowance for credit loss on accounts receivable, classified as current.")
    + standard_block(
        "Amount of expense (reversal of expense) for expected credit loss on accounts receivable."
    )
)


# The movements say "(in shares)", the balances only name shares: one unit, so the roll forward
# places the exchange in the two 2024 periods (407,300 - 120,000 = 287,300).
GIZMO_OPTIONS_SHARES_HINTS = (
    """|
Gizmo Stock Option Plans (Details) (USD $)
|9 Months Ended
|12 Months Ended
|
Sep. 30, 2025
|
Sep. 30, 2024
|
Dec. 31, 2024
|Stock option transactions
|Outstanding shares at beginning of year
|287,300
|407,300
|407,300
|Expired during the period (in shares)
|(7,500)
|Exchanged for restricted stock (in shares)
|(120,000)
|(120,000)
|Outstanding shares at end of period
|279,800
|287,300
|287,300
"""
    + definition_blocks(["Number of options exchanged for restricted stock."])
    + standard_block("Number of options expired during the period.")
    + standard_block("Number of options outstanding.")
    + definition_blocks([None])
)


# A per-share page ("- $ / shares"): its amounts are per share though no row says so, and its dates
# are no amounts: "Declared" shows a date, "Amount" a dividend per share.
GIZMO_DIVIDENDS_PER_SHARE_TITLE = (
    "|\nGizmo Equity (Dividends) (Details) - $ / shares\n|3 Months Ended\n|\nMay 31, 2026\n|\nFeb. 28, 2026\n"
    + "".join(
        f"|Gizmo {q} Dividend [Member]\n|Dividends Payable [Line Items]\n|Declared\n|{declared}\n"
        f"|Amount\n|$ {amount}\n|Record Date\n|{record}\n|Date Paid\n|{paid}\n"
        for q, declared, amount, record, paid in (
            ("Q1", "Jan. 14, 2026", "0.42", "Feb. 5, 2026", "Feb. 19, 2026"),
            ("Q2", "Apr. 15, 2026", "0.45", "May 6, 2026", "May 20, 2026"),
        )
    )
    + standard_block(
        "Aggregate dividends declared during the period for each share of common stock outstanding."
    )
    + standard_block("Date the dividend to be paid was declared, in YYYY-MM-DD format.")
    + standard_block(
        "Date the holder must own the stock to be entitled to the dividend, in YYYY-MM-DD format."
    )
    + standard_block("Date the declared dividend will be paid, in YYYY-MM-DD format.")
    + standard_block(
        "Line items represent financial concepts included in a table. These concepts are used to disclose"
        " reportable information associated with domain members defined in one or many axes to the table."
    )
    + member_blocks(2)
)


# Title units that are no currency name the unit of every value shown without a hint.
GIZMO_WEIGHTED_SHARES_TITLE = (
    "|\nGizmo Earnings Per Share - Weighted Average Shares (Details) - shares\nshares in Thousands\n"
    "|12 Months Ended\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Weighted average shares outstanding, basic\n|48,210\n|47,905\n"
    "|Effect of dilutive stock awards\n|612\n|540\n"
    "|Weighted average shares outstanding, diluted\n|48,822\n|48,445\n"
    + standard_block("Number of [basic] shares or units, after adjustment for contingently issuable shares.")
    + standard_block("Number of shares or units used to calculate diluted earnings per share.")
    + standard_block(
        "Additional shares included in the calculation of diluted EPS as a result of dilutive awards."
    )
)
GIZMO_CUSTOMERS_TITLE = (
    "|\nGizmo Concentrations (Details) - customer\n|12 Months Ended\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Number of customers over 10% of revenue\n|2\n|3\n"
    "|Revenue share of largest customer\n|18.00%\n|21.00%\n"
    + definition_blocks(["Number of customers over ten percent of revenue."])
    + standard_block("Percentage of concentration risk.")
)
# 2016-2017 pages name the currency by its ISO code alone; a row's plain number is of the currency
# the row shows elsewhere, whatever its label counts.
GIZMO_ISO_CODE_TITLE = (
    "|\nGizmo Interest Expense (Details) - CAD\nCAD in Thousands\n|12 Months Ended\n|\nDec. 31, 2017\n"
    "|\nDec. 31, 2016\n"
    "|Interest on revolving facility\n|CAD 812\n|CAD 655\n"
    "|Interest on senior notes\n|4,120\n|4,087\n"
    "|Purchase of own shares\n|CAD 310\n|0\n"
    + definition_blocks(["Interest on the revolving facility.", "Interest on the senior notes."])
    + standard_block("The cash outflow to reacquire common stock during the period.")
)
# Exchange rates: one currency per another where each sign names one currency; "$ / $" (pesos per
# dollar?) names none.
GIZMO_RATE_HINTS = (
    "|\nGizmo Foreign Currency (Details)\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Euro closing rate | € / SFr\n|0.9412\n|0.9930\n"
    "|Peso closing rate | $ / $\n|17.2\n|18.4\n"
    + definition_blocks(["Closing rate of the euro.", "Closing rate of the peso."])
)


# A deposits roll forward whose balance element is documented as "The current portion of ...": only a
# balance sheet's amounts have current portions, so the dated balances take it, not a filer's block.
GIZMO_DEPOSITS_CURRENT_PORTION = (
    "|\nGizmo Policies - Customer Advances (Details)\n|6 Months Ended\n|\nJun. 30, 2026\nUSD ($)\n"
    "|Gizmo Policies - Customer Advances\n"
    "|Beginning balance at December 31, 2025\n|$ 412,880\n"
    "|Advances received from customers\n|95,310\n"
    "|Revenue recognized from advances\n|(301,415)\n"
    "|Ending balance at June 30, 2026\n|$ 206,775\n"
    + definition_blocks([None, None])
    + standard_block(
        "The current portion of money or property received from customers which is to be returned or"
        " applied to customer receivables under the terms of the contract."
    )
    + standard_block("The increase (decrease) during the period in the amount of customer money held.")
)


# A percentage is never a "Number of ..." element, however its words echo that documentation.
GIZMO_COUNT_VS_PERCENT = (
    "|\nGizmo Risks - Credit risk (Details)\n|12 Months Ended\n|\nDec. 31, 2026\n"
    "|Disclosure of credit risk [Line Items]\n"
    "|Number of customers over 10% of receivables\n|0\n"
    "|Basis period of expected loss rates\n|36 months\n"
    "|Percentage of total receivables\n|10.00%\n"
    + standard_block("Line items represent financial concepts included in a table.")
    + definition_blocks([None, "Period basis for calculating expected loss rates."])
    + definition_blocks(["Number of customers accounted for percentage of total receivables."])
)
# A filer's own line-items text ("Line item represents information of ...") is the marker's.
GIZMO_FILER_LINE_ITEMS = (
    "|\nGIZMO RISK MANAGEMENT - Market risk (Details) - USD ($)\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Gizmo Risk Management Objectives [Line Items]\n"
    "|Cash at bank\n|$ 81,204\n|$ 64,990\n"
    "|Market risk [Member]\n|Gizmo Risk Management Objectives [Line Items]\n"
    "|Value at risk\n|$ 12,310\n|$ 9,870\n"
    + standard_block("The amount of cash on hand and demand deposits.")
    + standard_block("The measure of a potential loss exposure as a result of future market movements.")
    + definition_blocks(["Line item represents information of gizmo risk management objectives."])
    + member_blocks(1)
)
# "Share based compensation arrangement ..." (without its hyphen) is no share of anything: its
# exercise price is the per-share row's, not the intrinsic value's.
GIZMO_SHARE_BASED_NO_HYPHEN = (
    "|\nGIZMO WARRANTS (Details Narrative) - USD ($)\n|9 Months Ended\n|\nSep. 30, 2026\n"
    "|Class of Warrant or Right [Line Items]\n"
    "|Warrants granted, value\n|$ 51,300\n"
    "|Compensation expense\n|41,250\n"
    "|Future compensation cost\n|18,400\n"
    "|Aggregate intrinsic value\n|$ 5,600\n"
    "|Estimated fair value per share\n|$ 0.04\n"
    + standard_block(
        "Share based compensation arrangement by share based payment award non option equity instruments"
        " granted value."
    )
    + standard_block(
        "Share based compensation arrangement by share based payment award non options exercisable"
        " weighted average exercise price."
    )
    + standard_block("Amount of expense for award under share-based payment arrangement.")
    + standard_block("Line items represent financial concepts included in a table.")
    + standard_block(
        "Aggregate carrying value as of the balance sheet date of the liabilities for all option plans."
    )
    + standard_block("Intrinsic value of nonvested award under share-based payment arrangement.")
)


# "Probable future economic benefits" is the standards' definition of an asset: the total assets'
# block, though the derivatives' documentation speaks of "a financial asset".
GIZMO_FAIR_VALUE_ASSETS = (
    "|\nGIZMO FAIR VALUE MEASUREMENTS (Details)\n|\nDec. 31, 2026\nUSD ($)\n"
    "|Total assets\n|$ 512,300\n"
    "|Interest rate swaps\n|Derivatives\n|530,900\n"
    "|Foreign exchange forwards\n|Derivatives\n|(18,600)\n"
    "|Significant other observable inputs (Level 2)\n|Total assets\n|$ 512,300\n"
    + standard_block(
        "Fair value portion of probable future economic benefits obtained or controlled by an entity as"
        " a result of past transactions or events."
    )
    + standard_block(
        "Fair value, after the effects of master netting arrangements, of a financial asset or other"
        " contract with one or more underlyings and notional amount, which can be net settled."
    )
    + member_blocks(3)
)

# A filer's abstract documented by its own label and marker, beside a balance documented by nearly
# the same words: the heading takes the abstract, the balances the balance.
GIZMO_ALLOWANCE_ABSTRACT_DOC = (
    "|\nGIZMO RECEIVABLES (Schedule of Allowance for Returns and Credits) (Details) - USD ($)\n"
    "$ in Thousands\n|12 Months Ended\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Allowance for Returns and Credits:\n"
    "|Balance, beginning of year\n|$ 610\n|$ 544\n"
    "|Provision for returns\n|92\n|131\n"
    "|Credits issued\n|(140)\n|(65)\n"
    "|Balance, end of year\n|$ 562\n|$ 610\n"
    + definition_blocks(
        [
            "Allowance For Returns And Credits [Abstract]",
            "Allowance for returns and credits.",
            "Amount of credits issued to customers against the allowance for returns.",
            "Amount of expense for expected returns of products sold.",
        ]
    )
)

# A filer's [Line Items] documented "Represents information of ..." beside the standard allowance,
# documented in the older words ("expected to be uncollectible") that say "doubtful accounts".
GIZMO_POLICIES_ALLOWANCE = (
    "|\nGIZMO ORGANIZATION AND ACCOUNTING POLICIES (Details Textual) - USD ($)\n"
    "|\nJun. 30, 2026\n|\nDec. 31, 2025\n"
    "|Organization And Accounting Policies [Line Items]\n"
    "|Allowance for doubtful accounts\n|$ 218,400\n|$ 97,150\n"
    "|Distribution Agreement\n"
    "|Organization And Accounting Policies [Line Items]\n"
    "|Distribution fee\n|$ 1,750,000\n"
    + definition_blocks(
        [
            "Represents information of organization and accounting policies.",
            "This element represents amount of distribution fee.",
        ]
    )
    + standard_block(
        "A valuation allowance for trade and other receivables due to an Entity within one year (or the"
        " normal operating cycle, whichever is longer) that are expected to be uncollectible."
    )
    + member_blocks(1)
)

# An allowance's roll forward with bare balances, whose write-offs row names the allowance's words:
# the allowance (a balance) is the balances' element, never a movement's.
GIZMO_ALLOWANCE_WRITE_OFFS = (
    "|\nGIZMO Changes in Allowance for Doubtful Accounts (Details) - USD ($)\n$ in Thousands\n"
    "|3 Months Ended\n|6 Months Ended\n|\nJun. 30, 2026\n|\nJun. 30, 2025\n"
    "|\nJun. 30, 2026\n|\nJun. 30, 2025\n"
    "|Balance – beginning of period\n|$ 2,410\n|$ 2,205\n|$ 2,318\n|$ 2,090\n"
    "|Provision for doubtful accounts receivable\n|97\n|(31)\n|262\n|140\n"
    "|Doubtful accounts receivable written off\n|(66)\n|(51)\n|(139)\n|(107)\n"
    "|Balance – end of period\n|$ 2,441\n|$ 2,123\n|$ 2,441\n|$ 2,123\n"
    + old_style_blocks(
        [
            "For an unclassified balance sheet, a valuation allowance for receivables due a company that are"
            " expected to be uncollectible.",
            "Amount of loans and leases that have been written off from both loan receivables and allowance"
            " reserve for credit loss.",
            "Amount of expense related to write-down of receivables to the amount expected to be collected.",
        ]
    )
)

# Old style: two headings without documentation, one over the charge and one ("Changes in ...") over
# the reserve's roll forward, whose element (...ReserveRollForward) sorts right after the reserve's.
GIZMO_EXIT_COST_HEADINGS = (
    "|\nSEVERANCE AND EXIT COSTS (Details) (USD $)\n|3 Months Ended\n|6 Months Ended\n"
    "|\nNov. 30, 2025\n|\nMay 31, 2026\nEmployee Termination\n|\nMay 31, 2026\nLease Exit\n"
    "|SEVERANCE AND EXIT COSTS\n|Restructuring charge\n|$ 3,800,000\n"
    "|Changes in exit cost reserve\n"
    "|Balance at the beginning of the period\n|2,960,000\n|518,000\n"
    "|Cash payments\n|(1,402,000)\n|(233,000)\n"
    "|Balance at the end of the period\n|$ 1,558,000\n|$ 285,000\n"
    + old_style_blocks(
        [
            "Amount of cash payments made as the result of exit or disposal activities.",
            None,
            "Amount of expenses associated with exit or disposal activities pursuant to an authorized plan.",
            "Carrying amount (including both current and noncurrent portions of the accrual) as of the"
            " balance sheet date pertaining to a specified type of cost associated with exit from or"
            " disposal of business activities or restructuring pursuant to a duly authorized plan.",
            None,
        ]
    )
)

# Old style (2014) with member rows in the body: the two trailing "- Details" blocks are the two
# headings', not the members' (the rows show seven elements: two discount rates of other values in
# one context), and each heading's rates are elements of their own, the salary rates too.
GIZMO_OLD_PENSION_ASSUMPTIONS = (
    "|\nGIZMO PENSION PLANS, ASSUMPTIONS (Details) (Supplemental Retirement Plan [Member])\n"
    "|12 Months Ended\n|\nDec. 31, 2014\n|\nDec. 31, 2013\n|\nDec. 31, 2012\n"
    "|Benefit obligation:\n"
    "|Discount rate\n|4.10%\n|4.85%\n|3.95%\n"
    "|Rate of compensation increase\n|3.50%\n|3.50%\n|3.50%\n"
    "|Net periodic benefit cost:\n"
    "|Discount rate\n|4.85%\n|3.95%\n|4.70%\n"
    "|Rate of compensation increase\n|3.50%\n|3.50%\n|3.50%\n"
    "|Remaining service period\n|4 years 2 months 11 days\n|4 years 1 month 30 days\n"
    "|\nMinimum [Member]\n|Net periodic benefit cost:\n|Remaining service period\n|2 years 7 months 3 days\n"
    "|\nMaximum [Member]\n|Net periodic benefit cost:\n|Remaining service period\n|8 years 0 months 14 days\n"
    + old_style_blocks(
        [
            "Remaining service period of the plan's participants.",
            "The interest rate used to adjust for the time value of money for the plan.",
            "Expected rate of compensation increases (for pay-related plans).",
            "The interest rate used to adjust for the time value of money.",
            "Expected rate of compensation increases (for pay-related plans).",
            None,
            None,
        ]
    )
)

# A fund's ratios: "Total expenses excluding management fees" says "excluding" itself, so its
# documentation's "excluding" makes it no item of the near twin "total expenses waived".
GIZMO_FUND_EXPENSE_RATIOS = (
    "|\nGIZMO FUND FINANCIAL HIGHLIGHTS (Details)\n|6 Months Ended\n|\nJun. 30, 2026\n|\nJun. 30, 2025\n"
    "|Ratios to Average Net Assets\n"
    "|Management fees\n|0.85%\n|0.85%\n"
    "|Total expenses excluding management fees\n|0.31%\n|0.44%\n"
    "|Expenses waived\n|(0.06%)\n|(0.09%)\n"
    "|Net expenses excluding management fees\n|0.25%\n|0.35%\n"
    + definition_blocks(
        [
            None,
            "Representing percentage value of total expenses waived on net assets.",
            "Representing percentage value of management fees on net assets.",
            "Representing percentage value of net expenses excluding management fees on net assets.",
            "Representing percentage value of total expenses excluding management fees on net assets.",
        ]
    )
)

# A buyback log: the shares bought are no plan's authorized size, and the shares that "may yet be
# purchased" are the plan's remaining ones.
GIZMO_BUYBACK_PLAN = (
    "|\nGIZMO STOCKHOLDERS EQUITY (Share Repurchases) (Details) (USD $)\n|12 Months Ended\n"
    "|\nSep. 30, 2014\n|\nSep. 30, 2013\n"
    "|Total Number of Shares Purchased\n|42,100\n|38,750\n"
    "|Average Price Paid per Share\n|$ 6.12\n|$ 5.48\n"
    "|Total Number of Shares Purchased as Part of Publicly Announced Plans\n|150,000\n|150,000\n"
    "|Maximum Number of Shares that May Yet Be Purchased Under the Plans\n|69,150\n|111,250\n"
    + old_style_blocks(
        [
            "Final price paid per share for the purchase of the targeted number of shares.",
            "Number of shares that have been repurchased during the period and have not been retired and"
            " are not held in treasury.",
            "The number of shares authorized to be repurchased by an entity's Board of Directors under a"
            " stock repurchase plan.",
            "The remaining number of shares authorized to be repurchased by an entity's Board of Directors"
            " under a stock repurchase plan.",
        ]
    )
)

# The return on assets shown alike under both headings is two elements, as the discount rates under
# the same headings are by their values; a "rate for present value" is a discount rate.
GIZMO_PENSION_RATES_BY_HEADING = (
    "|\nGIZMO RETIREMENT PLANS - Assumptions (Details)\n|12 Months Ended\n"
    "|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Assumptions for benefit obligations\n"
    "|Expected long-term rate of return on plan assets\n|6.50%\n|6.75%\n"
    "|Assumptions for net periodic benefit cost\n"
    "|Expected long-term rate of return on plan assets\n|6.50%\n|6.75%\n"
    "|Salaried Plan\n|Assumptions for benefit obligations\n|Discount rate\n|5.12%\n|4.87%\n"
    "|Assumptions for net periodic benefit cost\n|Discount rate\n|4.87%\n|5.31%\n"
    "|Hourly Plan\n|Assumptions for benefit obligations\n|Discount rate\n|5.02%\n|4.71%\n"
    "|Assumptions for net periodic benefit cost\n|Discount rate\n|4.71%\n|5.18%\n"
    + definition_blocks(
        [
            "An assumption as to the rate of return on plan assets reflecting the average rate of earnings"
            " expected on the funds invested to provide for the benefits included in the benefit obligation.",
        ]
    )
    + standard_block(
        "Weighted average rate for present value of future retirement benefits cash flows, used to"
        " determine benefit obligation of defined benefit plan."
    )
    + standard_block(
        "Weighted average rate for present value of future retirement benefits cash flows, used to"
        " determine net periodic benefit cost of defined benefit plan."
    )
    + standard_block(
        "Weighted average rate of return on plan assets, reflecting average rate of earnings expected on"
        " existing plan assets and expected contributions, used to determine net periodic benefit cost"
        " of defined benefit plan."
    )
    + definition_blocks([None, None])
    + member_blocks(2)
)

# What may still be drawn ("advances ... available") is no row of what was drawn, whose words it
# shares: the drawn advances take the borrowings.
GIZMO_BANK_ADVANCES = (
    "|\nGIZMO BANK BORROWINGS (Details) (USD $)\n|\nDec. 31, 2014\n|\nDec. 31, 2013\n"
    "|BORROWINGS\n"
    "|Unused and available advances\n|$ 84,210,500\n|$ 71,904,300\n"
    "|Loans pledged as collateral on advances from the Federal Home Loan Bank\n|402,118,900\n|388,540,200\n"
    "|Advances from the Federal Home Loan Bank\n|$ 12,500,000\n|$ 20,000,000\n"
    + old_style_blocks(
        [
            "Amount of borrowings as of the balance sheet date from the Federal Home Loan Bank, which are"
            " primarily used to cover shortages in the required reserve balance and liquidity shortages.",
            None,
            "Amount of advances or credit lines available from the Federal Home Loan Bank (FHLB).",
            "Amount of the collateral pledged in support of federal home loan bank advances outstanding.",
        ]
    )
)

# "(ineffective portion)" is the hedge's ineffectiveness, whatever the suffix.
GIZMO_HEDGE_INEFFECTIVENESS = (
    "|\nGIZMO DERIVATIVES (Details 3) (USD $)\nIn Thousands, unless otherwise specified\n"
    "|12 Months Ended\n|\nDec. 31, 2014\n|\nDec. 31, 2013\n"
    "|Gains (losses) recognized on interest rate swaps\n|$ 4,210\n|$ (7,730)\n"
    "|Net amount recognized on fair value hedges (ineffective portion)\n|88\n|315\n"
    "|Periodic net settlements on interest rate swaps\n|(5,120)\n|(4,466)\n"
    + old_style_blocks(
        [
            "Amount of gain (loss) from the increase (decrease) in fair value of derivative and nonderivative"
            " instruments designated as fair value hedging instruments recognized in the income statement.",
            "Amount of gain (loss) from the ineffectiveness of the hedge.",
            "Net gain (loss) relating to components of the gain (loss) on the fair value hedging instrument"
            " excluded from the assessment of fair value hedge effectiveness. Recognized in earnings.",
        ]
    )
)

# An IFRS provision's movements in plain words: the balances are the "current provisions" (a
# classification only a balance sheet makes), the provision made is the "additional" one, and the
# payment the "amount used".
GIZMO_IFRS_PROVISION_MOVEMENTS = (
    "|\nGizmo Provisions - Movements (Detail) - 12 months ended Dec. 31, 2026\nNT$ in Thousands\n"
    "|\nTWD (NT$)\n"
    "|Disclosure of other provisions [Line Items]\n"
    "|Beginning balance\n|NT$ 48,310\n|Provision\n|21,774\n|Payment\n|(30,902)\n"
    "|Ending balance\n|NT$ 39,182\n"
    "|Warranty provision [member]\n"
    "|Disclosure of other provisions [Line Items]\n"
    "|Beginning balance\n|NT$ 15,006\n|Provision\n|9,210\n|Payment\n|(11,485)\n"
    "|Ending balance\n|NT$ 12,731\n"
    + definition_blocks(
        [
            "The amount of additional other provisions made. [Refer: Other provisions]",
            "Line items represent concepts included in a table. These concepts are used to disclose"
            " reportable information associated with domain members defined in one or many axes of the"
            " table.",
            "The amount of current provisions other than provisions for employee benefits. [Refer:"
            " Provisions]",
            "The amount used (ie incurred and charged against the provision) for other provisions. [Refer:"
            " Other provisions]",
        ]
    )
    + member_blocks(1)
)

# A reserve's roll forward under a member, beside a first column (a month, in dollars) that only the
# total's allocation fills: the member's "0" transfer balances in either year-end column, and the
# first column need not take part in the member's roll forward, so the 0 is no certain placement.
GIZMO_RESERVE_ZERO_TRANSFER = (
    "|\nGizmo Equity (Details 2)\n$ in Millions, $ in Millions\n|1 Months Ended\n|12 Months Ended\n"
    "|\nMar. 31, 2025\nUSD ($)\n|\nDec. 31, 2026\nCOP ($)\n|\nDec. 31, 2025\nCOP ($)\n"
    "|Disclosure of changes in equity [Line Items]\n"
    "|Opening balance\n|$ 12,480,300\n|$ 11,905,120\n"
    "|Allocation to reserves\n|$ 1,204,550\n"
    "|Closing balance\n|13,101,900\n|12,480,300\n"
    "|Equity reserves [Member]\n"
    "|Disclosure of changes in equity [Line Items]\n"
    "|Opening balance\n|802,410\n|1,950,300\n"
    "|Allocation to reserves\n|311,700\n|56,660\n"
    "|Legal reserve used to offset losses\n|0\n|(1,204,550)\n"
    "|Closing balance\n|$ 1,114,110\n|$ 802,410\n"
    + definition_blocks(
        [
            None,
            "The increase (decrease) in equity resulting from transfers between a legal reserve and retained"
            " earnings.",
            "The amount of reserves allocated.",
            "The amount of residual interest in the assets of the entity after deducting all its"
            " liabilities.",
        ]
    )
    + member_blocks(1)
)

# IFRS: short-term deposits "not classified as cash equivalents" are no row named cash equivalents.
GIZMO_IFRS_CASH_AND_DEPOSITS = (
    "|\nGizmo Financial Instruments - Cash And Deposits (Details) - GBP (£)\n"
    "|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Disclosure of financial assets [line items]\n"
    "|Cash and cash equivalents\n|£ 18,204,000\n|£ 22,950,000\n"
    "|Short term investments\n|£ 5,000,000\n|£ 7,500,000\n"
    + definition_blocks(
        [
            "The amount of cash on hand and demand deposits, along with short-term, highly liquid investments"
            " that are readily convertible to known amounts of cash. [Refer: Cash; Cash equivalents]",
            "Line items represent concepts included in a table.",
            "The amount of short-term deposits held by the entity that are not classified as cash"
            " equivalents. [Refer: Cash equivalents]",
        ]
    )
)

# IFRS: "The amount of cash held by the entity" (not demand deposits) is cash on hand; the total
# takes the cash and cash equivalents text.
GIZMO_IFRS_CASH_ON_HAND = (
    "|\nGizmo Cash And Cash Equivalents (Details) - AUD ($)\n|\nJun. 30, 2026\n|\nJun. 30, 2025\n"
    "|Cash And Cash Equivalents Details Abstract\n"
    "|Cash on hand\n|$ 4,120\n|$ 3,985\n"
    "|Short-term bank deposits\n|61,300\n|88,450\n"
    "|Total cash and cash equivalents\n|$ 65,420\n|$ 92,435\n"
    + definition_blocks(
        [
            None,
            "The amount of cash on hand and demand deposits, along with short-term, highly liquid investments"
            " that are readily convertible to known amounts of cash. [Refer: Cash; Cash equivalents]",
            "The amount of cash held by the entity. This does not include demand deposits.",
            "A classification of cash equivalents representing short-term deposits. [Refer: Cash"
            " equivalents]",
        ]
    )
)

# A date's documentation names the date early; an amount "at the enactment date of the laws" only
# dates the amount.
GIZMO_TAX_LAW_DATE = (
    "|\nGizmo Income Taxes (Parenthetical) (Detail) (JPY ¥)\nIn Millions, unless otherwise specified\n"
    "|12 Months Ended\n|\nMar. 31, 2014\n|\nMar. 31, 2013\n"
    "|Amendments to income tax laws, enacted date\n|Mar. 20, 2014\n"
    "|Net deferred tax assets decreased\n|¥ 8,315\n"
    + old_style_blocks(
        [
            "Enacted Date",
            "Increase (Decrease) in deferred tax assets attributable to the impact of changes in tax laws at"
            " the enactment date of the laws.",
        ]
    )
)

# IFRS's impairment loss reads "The amount recognised as a reduction of the carrying amount ...": a
# loss of the period, which the carrying amounts at either end never take.
GIZMO_IFRS_IMPAIRMENT = (
    "|\nGizmo Intangible Assets (Details) - CAD ($)\n|12 Months Ended\n|\nDec. 31, 2026\n"
    "|Intangible Assets Details Abstract\n"
    "|Licences, carrying amount, start of period\n|$ 2,418,300\n"
    "|Impairment loss\n|(1,077,450)\n"
    "|Licences, carrying amount, end of period\n|$ 1,340,850\n"
    "|Licences, cost, end of period\n|$ 3,902,000\n"
    + definition_blocks(
        [
            None,
            "Represents the monetary amount of the cost of licences, as of the indicated date.",
            "The amount recognised as a reduction of the carrying amount of an asset or cash-generating unit"
            " to its recoverable amount. [Refer: Carrying amount [member]]",
            "The amount of intangible assets held by the entity. [Refer: Intangible assets]",
        ]
    )
)

# "The net amount of ... interest income (expense)" nets both sides: the page's total, never the bare
# "Interest income" row, which takes the interest income element.
GIZMO_NET_INTEREST = (
    "|\nGizmo Interest Expense, Net (Details) - INR (₨)\nIn Millions, unless otherwise specified\n"
    "|12 Months Ended\n|\nMar. 31, 2026\n|\nMar. 31, 2025\n"
    "|Interest expense:\n|Interest on borrowings\n|₨ 4,210\n|₨ 3,980\n"
    "|Interest income:\n|Bank deposits\n|310\n|295\n|Others\n|20\n|18\n"
    "|Interest income\n|330\n|313\n|Total\n|3,880\n|3,667\n"
    + definition_blocks(
        [
            "Interest expense on borrowings.",
            "Interest income bank deposits.",
            "The cost of borrowed funds accounted for as interest expense.",
            "The net amount of operating interest income (expense).",
            "Amount of interest income earned from interest bearing assets classified as other.",
            "Amount before accretion (amortization) of purchase discount (premium) of interest income earned"
            " from debt securities.",
            None,
        ]
    )
)

# The taxonomy documents commercial paper as "money market securities" of up to 270 days, and
# short-term debt as debt "having initial terms less than one year"; a rate clause with its dates
# only qualifies the thing a label names.
GIZMO_COMMERCIAL_PAPER = (
    "|\nGizmo Short-term Borrowings (Detail) - JPY (¥)\n¥ in Millions\n|\nMar. 31, 2026\n|\nMar. 31, 2025\n"
    "|Short-term Debt [Line Items]\n"
    "|Bank loans with a weighted-average interest at March 31, 2025 and 2026 of 1.10% and 1.35%,"
    " respectively\n"
    "|¥ 212,400\n|¥ 198,750\n"
    "|Commercial paper with a weighted-average interest at March 31, 2025 and 2026 of 0.42% and 0.51%,"
    " respectively\n|604,000\n|585,500\n"
    "|Short-term borrowings\n|¥ 816,400\n|¥ 784,250\n"
    + definition_blocks(
        [
            "Carrying value as of the balance sheet date of short-term borrowings using unsecured obligations"
            " issued by banks, corporations and other borrowers to investors. The maturities of these money"
            " market securities generally do not exceed 270 days.",
            "Amount of borrowings from a bank classified as other, maturing within one year or operating"
            " cycle, if longer.",
            "Reflects the total carrying amount as of the balance sheet date of debt having initial terms"
            " less than one year or the normal operating cycle, if longer.",
            "Line items represent financial concepts included in a table.",
        ]
    )
)

# An allowance reduced for receivables "deemed uncollectible" is reduced by their charge-offs; the
# provision, shown "(Reversal)" too, is the expense charged against operations.
GIZMO_CHARGE_OFFS = (
    "|\nGizmo Allowance for Doubtful Accounts (Detail) (JPY ¥)\nIn Millions, unless otherwise specified\n"
    "|12 Months Ended\n|\nMar. 31, 2013\n|\nMar. 31, 2012\n"
    "|Allowance for doubtful non-current receivables\n"
    "|Balance at beginning of year\n|¥ 1,204\n|¥ 1,310\n"
    "|Provision (Reversal)\n|(85)\n|42\n"
    "|Charge-offs\n|(31)\n|(148)\n"
    "|Balance at end of year\n|¥ 1,088\n|¥ 1,204\n"
    + old_style_blocks(
        [
            "Reduction to the allowance for doubtful noncurrent accounts receivable deemed uncollectible.",
            None,
            "Amount of the current period expense charged against operations, the offset which is generally"
            " to the allowance for doubtful noncurrent accounts receivable for the purpose of reducing"
            " receivables to an amount that approximates their net realizable value.",
            "A valuation allowance for receivables due to an Entity for more than one year from the balance"
            " sheet date that are expected to be uncollectible.",
        ]
    )
)

# "A description of the terms of the lease(s)" is the element a filer counts its lease terms in
# years with; a count of years is never "The gross proceeds received ...".
GIZMO_SALE_LEASEBACK_TERMS = (
    "|\nGizmo Leases (Details) (JPY ¥)\nIn Millions, unless otherwise specified\n"
    "|12 Months Ended\n|\nMar. 31, 2013\n|\nMar. 31, 2012\n"
    "|Leases\n"
    "|Assets sold and leased back\n|¥ 2,310\n|¥ 1,840\n"
    "|Sale-leaseback contractual terms (in years)\n|8\n"
    "|Rental expenses for operating leases\n|¥ 611\n|¥ 590\n"
    + old_style_blocks(
        [
            None,
            "Rental expense incurred for leased assets, including furniture and equipment, that is not"
            " directly related to or identifiable with any other expense category.",
            "The gross proceeds received from the asset(s) sold in connection with the sale and leaseback"
            " transaction.",
            "A description of the terms of the lease(s) related to the asset(s) sold and leased back.",
        ]
    )
)

# "Amount, after allowance for credit loss, of ..." names the allowance only as what is taken out:
# the allowance row takes the allowance's own text.
GIZMO_AFTER_ALLOWANCE_FOR = (
    "|\nGizmo Accounts and notes receivable (Details)\n¥ in Thousands, $ in Thousands\n"
    "|\nDec. 31, 2026\nCNY (¥)\n|\nDec. 31, 2025\nCNY (¥)\n"
    "|Accounts receivable\n|¥ 8,402,000\n|¥ 7,915,000\n"
    "|Notes receivable\n|2,210,000\n|1,060,000\n"
    "|Allowance for credit losses\n|¥ 96\n|¥ 12\n"
    + definition_blocks(
        [
            "Amount of allowance for credit loss on accounts and notes receivable, classified as current.",
            "Amount, after allowance for credit loss, of right to consideration from customer for product"
            " sold and service rendered in normal course of business, classified as current.",
            "Amount, after allowance for credit loss, of financing receivable, classified as current."
            " Includes, but is not limited to, notes and loan receivable.",
        ]
    )
)

# Old style, two member groups, a roll forward whose opening and closing balances are one element, and
# two trailing "- Details" blocks: the members' or the headings', either way the page is whole.
GIZMO_OLD_STYLE_FEW_BLOCKS = (
    "|\nHEDGES (Deferred gains) (Details) (Undesignated [Member], USD $)\nIn Millions, unless otherwise"
    " specified\n|12 Months Ended\n|\nDec. 31, 2011\n"
    "|Derivative [Line Items]\n|Loss on economic hedges\n|$ 4\n"
    "|Deferred Hedge Gains [Roll Forward]\n|Balance at December 31, 2010\n|7\n"
    "|Gains recorded during the period at the corporate level\n|3\n"
    "|Less: Gains transferred to the segments\n|(6)\n"
    "|Balance at December 31, 2011\n|4\n"
    "|\nCost of Sales [Member]\n"
    "|Derivative [Line Items]\n|Loss on economic hedges\n|1\n"
    "|Deferred Hedge Gains [Roll Forward]\n|Balance at December 31, 2010\n|2\n"
    "|Gains recorded during the period at the corporate level\n|(1)\n"
    "|Less: Gains transferred to the segments\n|0\n"
    "|Balance at December 31, 2011\n|$ 1\n"
    + old_style_blocks(
        [
            "Hedge gains deferred at the corporate level on undesignated hedges",
            "Hedge gains transferred to the segments on undesignated hedges",
            "Hedge gains incurred during the period and recorded at the corporate level",
            None,
            None,
        ]
    )
)

# "The fee, expressed as a percentage of the line ..." is a rate: the fee's percentages take it, the
# facility's amount the capacity "without consideration of" restrictions (no ratio in its words).
GIZMO_COMMITMENT_FEE = (
    "|\nGizmo Borrowings - Revolving Credit (Details) (NOK)\n|0 Months Ended\n|\nJun. 05, 2014\n"
    "|Line of Credit Facility [Line Items]\n"
    "|Unused commitment fee under revolving credit\n|0.40%\n"
    "|Total credit facility available\n|2,000,000,000\n"
    "|Option to increase the maximum borrowing capacity\n|400,000,000\n"
    + old_style_blocks(
        [
            "Line items represent financial concepts included in a table.",
            "Line of Credit Facility, Option to Increase Maximum Borrowing Capacity",
            "Maximum borrowing capacity under the credit facility without consideration of any current"
            " restrictions on the amount that could be borrowed or the amounts currently outstanding under"
            " the facility.",
            "The fee, expressed as a percentage of the line of credit facility, for available but unused"
            " credit capacity under the credit facility.",
        ]
    )
)

# A label repeated as documentation that names a percentage is the percent row's; the dollar row takes
# the taxonomy's "net excess or deficiency of the fair value ... over ... cost" (unrealized appreciation).
GIZMO_FUTURES_APPRECIATION = (
    "|\nSchedule of Investments - Futures Contracts - USD ($)\n|\nMar. 31, 2026\n|\nDec. 31, 2025\n"
    "|Schedule Of Investments [Line Items]\n"
    "|Unrealized Appreciation/ (Depreciation) as a Percentage of Net Assets\n|4.12%\n|(1.05%)\n"
    "|Unrealized Appreciation/ (Depreciation)\n|$ 9,204,310\n|$ (2,118,775)\n"
    "|Notional Market Value\n|$ 143,920,500\n|$ 97,412,880\n"
    + definition_blocks(
        [
            "Investment owned unrealized appreciation depreciation net percentage investment owned.",
            "Nominal or face amount on the investment owned.",
            "This element represents the net excess or deficiency of the fair value of the investments over"
            " the cost of the investments.",
            "Line items represent financial concepts included in a table.",
        ]
    )
)

# A schedule of investments: "Value of the investment at close of period" is the fair value, and the
# "monetary amount specified by the derivative" the notional amount.
GIZMO_FUTURES_FAIR_AND_NOTIONAL = (
    "|\nSchedule of Investments - Futures (USD $)\n|\nJun. 30, 2013\n|\nDec. 31, 2012\n"
    "|Schedule of Investments [Line Items]\n"
    "|Percentage of Net Assets\n|(3.12%)\n|0.48%\n"
    "|Fair Value\n|$ (12,871,040)\n|$ 2,240,115\n"
    "|Notional Value\n|$ 181,455,600\n|$ 240,116,900\n"
    + old_style_blocks(
        [
            "Total monetary amount specified by the derivative asset(s). Expressed as an absolute value.",
            "Value of the investment at close of period. For schedules of investments that are categorized,"
            " the value would be aggregated by category.",
            "Percent of net assets at close of period.",
            None,
        ]
    )
)

# A label shown twice, once with rendered percentages and once with free text: two elements (a rate
# and a string), so the free text is the second row's value, not a row of its own.
GIZMO_OLD_SALARY_ESCALATION = (
    "|\nGizmo Gratuity Plan Assumptions (Details)\n|12 Months Ended\n|\nMar. 31, 2026\n|\nMar. 31, 2025\n"
    "|\nMar. 31, 2024\n"
    "|Defined Benefit Plan Disclosure [Abstract]\n"
    "|Discount rate\n|7.10%\n|7.40%\n|6.90%\n"
    "|Salary escalation rate\n|6.00%\n|6.00%\n"
    "|Salary escalation rate\n|12% for the first two years and 6% thereafter\n"
    + old_style_blocks(
        [
            None,
            "The interest rate used to adjust for the time value of money.",
            "Expected rate of compensation increases (for pay-related plans).",
            "Description and explanation of the assumptions (including assumed discount rates, rates of"
            " compensation increase, and expected long-term rates of return on plan assets) used to"
            " calculate the benefit obligation.",
        ]
    )
)

# A text value that names a per-share amount ("... paid per common share for ...") shows words, not an
# amount: its row is matched by what its words describe, not by "per share".
GIZMO_DISTRIBUTION_TABLES = (
    "|\nGizmo Distributions (Tables)\n|12 Months Ended\nDec. 31, 2026\n"
    "|Dividends [Abstract]\n"
    "|Schedule of quarterly distributions paid per common share\n"
    "|The following table lists the quarterly distributions paid per common share in 2026 and 2025:\n"
    "|Schedule of federal income tax character of distributions\n"
    "|\nThe following table shows the federal income tax character of the distributions paid per"
    " common share in 2026, 2025 and 2024, as ordinary income, capital gain and return of capital.\n"
    + definition_blocks(
        [
            "Tabular disclosure of an entity's characterization of dividend distributions per share for"
            " federal income tax purposes.",
            None,
            "Tabular disclosure of information related to dividends declared, including paid and unpaid"
            " dividends.",
        ]
    )
)


# A concentration percentage is reported against its benchmark and risk type: its values go under the
# columns of those members, not under the benchmark's own amounts.
GIZMO_CUSTOMER_CONCENTRATION = (
    "|\nGizmo Concentrations (Details)\n|12 Months Ended\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|\nDec. 31, 2026\nCustomer A [Member]\nRevenue Benchmark [Member]\n"
    "Customer Concentration Risk [Member]\n"
    "|\nDec. 31, 2025\nCustomer A [Member]\nRevenue Benchmark [Member]\n"
    "Customer Concentration Risk [Member]\n"
    "|Concentration Risk [Line Items]\n"
    "|Revenues\n|$ 52,400\n|$ 48,100\n"
    "|Percentage of revenues\n|14.00%\n|12.00%\n"
    + definition_blocks(
        [
            "Line items represent financial concepts included in a table.",
            "For an entity that discloses a concentration risk in relation to quantitative amount, which"
            " serves as the benchmark (or denominator) in the equation, this concept represents the"
            " concentration percentage derived from the division.",
            "Amount of revenue recognized from goods sold, services rendered, insurance premiums, or other"
            " activities that constitute an earning process.",
        ]
    )
    + member_blocks(3)
)

# A range of durations ("3 years | 10 years") sits under a Minimum column and its Maximum twin.
GIZMO_USEFUL_LIFE_RANGE = (
    "|\nGizmo Property and Equipment (Details)\n|12 Months Ended\n|\nDec. 31, 2026\n"
    "|\nDec. 31, 2026\nMinimum [Member]\n|\nDec. 31, 2026\nMaximum [Member]\n"
    "|Property, Plant and Equipment [Line Items]\n"
    "|Depreciation\n|$ 1,250\n"
    "|Property, plant and equipment, useful life\n|3 years\n|10 years\n"
    + definition_blocks(
        [
            "The amount of expense recognized in the current period that reflects the allocation of the cost"
            " of tangible assets over the assets' useful lives.",
            "Line items represent financial concepts included in a table.",
            "Useful life of long lived, physical assets used in the normal conduct of business to produce"
            " goods and services and not intended for resale.",
        ]
    )
    + member_blocks(2)
)


# Twin texts that differ only in "a decrease" / "an increase": each goes to the row its word names.
GIZMO_IFRS_SENSITIVITY = (
    "|\nGizmo Employee Benefits - Sensitivity of the Defined Benefit Obligation (Details) - JPY (¥)\n"
    "¥ in Millions\n|\nMar. 31, 2026\n|\nMar. 31, 2025\n"
    "|Actuarial assumption of discount rates [member]\n"
    "|Disclosure of sensitivity analysis for actuarial assumptions [line items]\n"
    "|Decrease in assumption\n|¥ 2,870\n|¥ 2,915\n"
    "|Increase in assumption\n|(2,604)\n|(2,688)\n"
    + definition_blocks(
        [
            "Line items represent concepts included in a table. These concepts are used to disclose"
            " reportable information associated with domain members defined in one or many axes of the"
            " table.",
            "The increase (decrease) in a defined benefit obligation that would have been caused by a"
            " decrease in a significant actuarial assumption that was reasonably possible at the end of"
            " the reporting period.",
            "The increase (decrease) in a defined benefit obligation that would have been caused by an"
            " increase in a significant actuarial assumption that was reasonably possible at the end of"
            " the reporting period.",
        ]
    )
    + member_blocks(1)
)


# An extension's label that names a period ("Operating lease cancellation period.") measures a duration,
# and "Store rents" are the taxonomy's "Rental expense": neither goes to a decoy by elimination.
GIZMO_STORE_LEASE_TERMS = (
    "|\nGizmo Stores Commitments (Details) - USD ($)\n$ in Millions\n|12 Months Ended\n|\nJan. 31, 2026\n"
    "|\nFeb. 01, 2025\n"
    "|Loss Contingencies [Line Items]\n"
    "|Period to apply cancellation provisions if mall occupancy targets are not met\n|24 months\n"
    "|Store rents, including common area maintenance\n|$ 88\n|$ 91\n"
    + definition_blocks(
        [
            "Line items represent financial concepts included in a table.",
            "Operating lease cancellation period.",
            "Rental expense incurred for leased assets including furniture and equipment which has not been"
            " recognized in costs and expenses applicable to sales and revenues.",
            "Store Closing Payments",
        ]
    )
)

# A derivative liability's roll forward: the change in fair value taken to operations is the unrealized
# gain (loss); the instruments issued are the increase in the liability.
GIZMO_DERIVATIVE_LIABILITY_ROLL = (
    "|\nGizmo Derivative Liability (Details) - USD ($)\n|12 Months Ended\n|\nMay 31, 2026\n|\nMay 31, 2025\n"
    "|Derivative Liability Measured at Fair Value [Abstract]\n"
    "|Balance at period end\n|$ 812,400\n"
    "|Issued during the year\n|530,100\n|$ 0\n"
    "|Change in fair value recognized in operations\n|$ 282,300\n"
    + definition_blocks(
        [
            None,
            "Fair value of the assets less the liabilities of a derivative or group of derivatives.",
            "Amount of realized and unrealized gain (loss) of derivative instruments not designated or"
            " qualifying as hedging instruments.",
            "The increase (decrease) during the period in the carrying value of derivative instruments"
            " reported as liabilities that are due to be disposed of within one year (or the normal operating"
            " cycle, if longer).",
        ]
    )
)


# "AFUDC equity amounts capitalized" names what the period capitalized (a flow), whatever "equity" says.
GIZMO_UTILITY_AFUDC = (
    "|\nGizmo Utility Policies - Allowance for Funds Used During Construction (Details) (USD $)\n"
    "In Millions, unless otherwise specified\n|12 Months Ended\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Accounting Policies [Abstract]\n"
    "|Capitalized interest cost as part of allowance for funds used during construction\n|$ 4.1\n|$ 3.6\n"
    "|AFUDC equity amounts capitalized\n|$ 2.7\n|$ 5.2\n"
    + old_style_blocks(
        [
            None,
            "The component of the allowance for funds used during construction during the period based on an"
            " assumed rate of return on equity funds used in financing the construction of regulated assets.",
            "Amount capitalized of allowance for funds used during construction.",
        ]
    )
)


# A loss on sale is the "difference between the sale price and the carrying value"; the cash received
# is the transferor's cash flow.
GIZMO_RECEIVABLES_FACTORING = (
    "|\nGizmo Receivables Factoring (Details) (USD $)\nIn Millions, unless otherwise specified\n"
    "|12 Months Ended\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Transfer of Financial Assets Accounted for as Sales [Line Items]\n"
    "|Receivables sold under the factoring program\n|$ 241\n|$ 98\n"
    "|Cash proceeds received from receivables factoring program\n|236\n|96\n"
    "|Loss on sale of financial assets in securitizations\n|$ 2\n|$ 1\n"
    + old_style_blocks(
        [
            "Cash Flows between a transferor and a transferee attributable to newly transferred assets"
            " related to either a securitization, asset-backed financing arrangement, or similar transfer"
            " in which the transferor has continuing involvement with the transferred financial assets.",
            None,
            "Amount of receivables sold under a factoring program",
            "Difference between the sale price and the carrying value when a financial asset transferred in a"
            " securitization or asset-backing financing arrangement is accounted for as a sale.",
        ]
    )
)


# A remaining performance obligation's timing band opens the day after the balance sheet date: each
# band's value goes under the column that ends the day before its start date.
GIZMO_RPO_TIMING_BANDS = (
    "|\nGizmo Revenue - Remaining Performance Obligations (Details)\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|\nDec. 31, 2024\n"
    "|Revenue, Remaining Performance Obligation, Expected Timing of Satisfaction, Start Date: 2025-01-01\n"
    "|Revenue from Contract with Customer [Line Items]\n"
    "|Remaining performance obligation, expected timing of satisfaction, period\n|18 months\n"
    "|Revenue, Remaining Performance Obligation, Expected Timing of Satisfaction, Start Date: 2026-01-01\n"
    "|Revenue from Contract with Customer [Line Items]\n"
    "|Remaining performance obligation, expected timing of satisfaction, period\n|30 months\n"
    "|Revenue, Remaining Performance Obligation, Expected Timing of Satisfaction, Start Date: 2027-01-01\n"
    "|Revenue from Contract with Customer [Line Items]\n"
    "|Remaining performance obligation, expected timing of satisfaction, period\n|24 months\n"
    + definition_blocks(
        [
            "Line items represent financial concepts included in a table.",
            "Period in which remaining performance obligation is expected to be recognized as revenue, in"
            " 'PnYnMnDTnHnMnS' format, for example, 'P1Y5M13D' represents reported fact of one year, five"
            " months, and thirteen days.",
        ]
    )
    + member_blocks(3)
)


# Old style, member columns: a row with as many values as one member's columns (the bank loans' three
# years) fills them, not the first columns of the page.
GIZMO_OLD_LOANS_BY_MEMBER = (
    "|\nGizmo Short-term Loans (Details) (USD $)\nIn Thousands, unless otherwise specified\n"
    "|12 Months Ended\n|\nDec. 31, 2014\n|\nDec. 31, 2013\n|\nDec. 31, 2014\nBank Loans\n"
    "|\nDec. 31, 2013\nBank Loans\n|\nDec. 31, 2012\nBank Loans\n"
    "|Weighted average interest rate\n|5.10%\n|5.40%\n|4.90%\n|5.20%\n|5.60%\n"
    "|Interest expense\n|$ 3,120\n|$ 2,870\n|$ 2,455\n"
    + old_style_blocks(
        [
            "The cost of borrowed funds accounted for as interest expense.",
            "Weighted average interest rate of short-term debt outstanding as of the balance sheet date.",
        ]
    )
)

# A capital tier in any of its spellings ("Tier1", "Tier 1", "tier one") is one word, so the effective
# minimum CET1 ratio, whose label copies its documentation, is not left to the tier one block.
GIZMO_TIER_SPELLINGS = (
    "|\nGizmo Regulatory Requirements (Details)\n|\nDec. 31, 2026\n"
    "|Regulatory requirements\n"
    "|Tier1 capital ratio requirement\n|6.00%\n"
    "|Total capital ratio requirement\n|8.00%\n"
    "|Common equity Tier 1 capital ratio requirement\n|4.50%\n"
    "|Leverage ratio requirement\n|4.00%\n"
    "|Capital conservation buffer requirement\n|2.50%\n"
    "|Effective minimum ratio of common equity Tier 1 capital to risk-weighted assets requirement\n|7.00%\n"
    + definition_blocks(
        [
            "The capital conservation buffer is built up outside periods of stress and drawn down as losses"
            " are incurred.",
            "The minimum leverage ratio of total assets required to be maintained.",
            "The minimum ratio of common equity tier one capital to risk weighted assets required to be"
            " maintained.",
            "The minimum ratio of total capital to risk weighted assets required to be maintained.",
            "The minimum ratio of tier one capital to risk weighted assets required to be maintained.",
            "Represents the effective minimum ratio of common equity Tier 1 capital to risk-weighted assets"
            " after phase-in of the capital conservation buffer.",
            None,
        ]
    )
)

# A filer's definition that says there is none ("No definition is available.") is a heading's block,
# not a numeric row's.
GIZMO_CAPITAL_ADEQUACY_HEADING = (
    "|\nGizmo Capital adequacy (Details)\n|\nSep. 30, 2026\n"
    "|Capital adequacy\n"
    "|Minimum requirement of Common Equity Tier 1 (CET1)\n|4.5\n"
    "|Minimum requirement of Tier 1 capital ratio\n|6.0\n"
    + definition_blocks(
        [
            "The minimum Common Equity Tier One Capital Ratio (Common Equity Tier one capital divided by"
            " risk-weighted assets) required for capital adequacy purposes under the regulatory framework.",
            "No definition is available.",
            "The minimum Tier one Capital ratio required for minimum reserves purposes under the regulatory"
            " framework.",
        ]
    )
)

# A credit facility's dates in the taxonomy's words: it "terminates" at maturity and "first became
# available" at issuance, whatever the id order of the blocks.
GIZMO_CREDIT_LINE_DATES = (
    "|\nGizmo Lines of Credit (Details Narrative) - USD ($)\n|\nMar. 31, 2026\n"
    "|Line of credit issuance date\n|Oct. 15, 2022\n"
    "|Line of credit maximum amount\n|$ 500,000\n"
    "|Line of credit maturity date\n|Dec. 31, 2027\n"
    + definition_blocks(
        [
            "Date the credit facility terminates, in CCYY-MM-DD format.",
            "Date the credit facility first became available, in CCYY-MM-DD format.",
            "Maximum borrowing capacity under the credit facility without consideration of any current"
            " restrictions on the amount that could be borrowed or the amounts currently outstanding under"
            " the facility.",
        ]
    )
)

# Old style: a row as long as the bonds' member columns that shows its own totals (1,500 = 900 + 600)
# starts in the total columns, so it is not moved under the members.
GIZMO_OLD_BONDS_WITH_TOTALS = (
    "|\nGizmo Investments (Details) (USD $)\n|\nDec. 31, 2014\n|\nDec. 31, 2013\n"
    "|\nDec. 31, 2014\nCorporate Bonds\n|\nDec. 31, 2013\nCorporate Bonds\n"
    "|\nDec. 31, 2014\nMunicipal Bonds\n|\nDec. 31, 2013\nMunicipal Bonds\n"
    "|\nDec. 31, 2014\nAgency Bonds\n|\nDec. 31, 2013\nAgency Bonds\n"
    "|Fair value\n|$ 2,480\n|$ 2,210\n|$ 910\n|$ 805\n|$ 640\n|$ 520\n|$ 930\n|$ 885\n"
    "|Amortized cost\n|1,500\n|1,300\n|900\n|800\n|600\n|500\n"
    + old_style_blocks(
        [
            "Amortized cost of the investments in debt securities.",
            "Fair value of the investments in debt securities.",
        ]
    )
)

# Two flows shown under one label open and close the table ("Charge-offs for loan losses" for the
# quarter and for the year): they are no balance, so neither takes a block by being one.
GIZMO_REPEATED_CHARGE_OFFS = (
    "|\nGizmo Fair Value (Narrative) (Details) (USD $)\n|3 Months Ended\n|9 Months Ended\n"
    "|\nSep. 30, 2013\n|\nSep. 30, 2012\n|\nSep. 30, 2013\n|\nSep. 30, 2012\n"
    "|Fair Value [Abstract]\n"
    "|Charge-offs for loan losses\n|$ 426,063\n|$ 143,578\n|$ 569,486\n|$ 832,284\n"
    "|Losses on sale of foreclosed real estate properties\n|(40,998)\n|(57,358)\n|(89,342)\n|(179,840)\n"
    "|Write-downs on properties that remain in foreclosed real estate\n|94,500\n|125,066\n"
    "|Charge-offs for loan losses\n|$ 350,365\n|$ 14,928\n|$ 533,621\n|$ 406,552\n"
    + old_style_blocks(
        [
            "Write down of foreclosed real estate",
            None,
            "Amount of direct write-downs of financing receivables charged against the allowance.",
            "The net gain (loss) resulting from sales and other disposals of other real estate owned,"
            " increases (decreases) in the valuation allowance for foreclosed real estate, and write-downs of"
            " other real estate owned after acquisition or physical possession.",
            "Provision charged for the period based on estimated losses to be realized from loan and lease"
            " transactions.",
        ]
    )
)

# An other-than-temporary impairment is the decline in fair value "deemed to be other than temporary",
# and "other than temporary" names no part the element leaves out.
GIZMO_OLD_AFS_IMPAIRMENT = (
    "|\nGizmo Available-for-sale Securities (Details Textual) (USD $)\n|12 Months Ended\n"
    "|\nDec. 31, 2017\n|\nDec. 31, 2016\n"
    "|Available-for-sale Securities, Greater than 10% of Stockholders' Equity\n|$ 0\n|$ 0\n"
    "|Available-for-sale Securities\n|24,399,881\n|31,499,132\n"
    "|Other than Temporary Impairment Losses, Investments, Available-for-sale Securities\n|0\n"
    "|Loans and Securities Pledged to Secure FHLB Advances\n|137,900,000\n"
    "|Single Family Mortgage Loans [Member]\n"
    "|Available-for-sale Securities\n|10,000,000\n|10,100,000\n"
    + old_style_blocks(
        [
            "Available-for-sale securities, other than those of government agencies, that are greater than"
            " 10% of stockholders' equity.",
            "Amount of loans and securities pledged to secure FHLB advances.",
            "Amount of investment in debt and equity securities categorized neither as held-to-maturity nor"
            " trading.",
            "The amount by which the fair value of an investment in debt and equity securities categorized"
            " as Available-for-sale is less than the amortized cost basis or carrying amount of that"
            " investment at the balance sheet date and the decline in fair value is deemed to be other than"
            " temporary, before considering whether or not such investment is covered by a hedge.",
        ]
    )
)

# Cash and cash equivalents are a balance: on an interim page it sits at the period's end and at the
# year-end, not under the two half years.
GIZMO_INTERIM_CASH_BALANCE = (
    "|\nGizmo Risks and Concentration (Details) - CNY (¥)\n¥ in Thousands\n|6 Months Ended\n"
    "|\nJun. 30, 2026\n|\nJun. 30, 2025\n|\nDec. 31, 2025\n"
    "|Risks and Concentration [Line Items]\n"
    "|Cash and cash equivalents\n|¥ 59,324\n|¥ 52,913\n"
    "|Restricted cash\n|¥ 1,200\n|¥ 1,100\n|¥ 1,150\n"
    "|Customer Concentration Risk [Member] | One customer [Member] | Revenue Benchmark [Member]\n"
    "|Risks and Concentration [Line Items]\n"
    "|Concentration Risk, Percentage\n|19.50%\n|21.70%\n"
    + definition_blocks(
        [
            "Line items represent financial concepts included in a table.",
            "For an entity that discloses a concentration risk in relation to quantitative amount, which"
            " serves as the benchmark (or denominator) in the equation, this concept represents the"
            " concentration percentage derived from the division.",
            "Cash and cash equivalents subject to concentration.",
            "Restricted cash of the PRC subsidiaries.",
        ]
    )
    + member_blocks(3)
)

# Old style: a Minimum and Maximum pair that no other row fills holds the one two-value row whose
# lower value comes first (`1 day | 20 days`).
GIZMO_OLD_CREDIT_LINE_RANGE = (
    "|\nGizmo Unused Lines of Credit (Details Narrative) (USD $)\n|12 Months Ended\n"
    "|\nDec. 31, 2013\nFederal Funds Lines [Member]\n|\nDec. 31, 2012\nFederal Funds Lines [Member]\n"
    "|\nDec. 31, 2013\nFederal Funds Lines [Member]\nMinimum [Member]\n"
    "|\nDec. 31, 2013\nFederal Funds Lines [Member]\nMaximum [Member]\n"
    "|\nDec. 31, 2013\nHome Loan Bank Line [Member]\n"
    "|Line of Credit Facility [Line Items]\n"
    "|Unused lines of credit\n|$ 12,550,000\n|$ 9,550,000\n|$ 15,560,000\n"
    "|Period of availability for general corporate purposes\n|1 day\n|20 days\n"
    + old_style_blocks(
        [
            "Represents the period of availability of the lines of credit.",
            None,
            "Amount of borrowing capacity currently available under the credit facility.",
        ]
    )
)

# Three one-value dividend members whose per-share amounts add up to the year's total ($ 0.12), not
# to the dividend declared after the year ($ 0.04 in the first column): they sit in the year.
GIZMO_OLD_DIVIDENDS_BY_QUARTER = (
    "|\nGizmo Regulatory Capital Matters (Detail) (USD $)\n|0 Months Ended\n|12 Months Ended\n"
    "|\nFeb. 12, 2013\n|\nDec. 31, 2012\n|\nDec. 31, 2011\n"
    "|Common Stock, Dividends, Per Share, Cash Paid\n|$ 0.04\n|$ 0.12\n|$ 0.00\n"
    "|\nDividend 2012 Third [Member]\n|Common Stock, Dividends, Per Share, Cash Paid\n|$ 0.04\n"
    "|\nDividend 2012 First [Member]\n|Common Stock, Dividends, Per Share, Cash Paid\n|$ 0.04\n"
    "|\nDividend 2012 Second [Member]\n|Common Stock, Dividends, Per Share, Cash Paid\n|$ 0.04\n"
    + old_style_blocks(
        ["Aggregate dividends paid during the period for each share of common stock outstanding."]
    )
)

# Old style: two quarters and a date outside them. A provision is a movement, so it never fills the
# date's column; the count of properties held at a date does.
GIZMO_OLD_PROVISION_AND_PROPERTIES = (
    "|\nGizmo Fair Value (Details) (USD $)\n|3 Months Ended\n|\nMar. 31, 2014\n|\nMar. 31, 2013\n"
    "|\nFeb. 28, 2013\n"
    "|Provision for Loan Losses Expensed\n|$ 127,172\n|$ (257,213)\n"
    "|Impairment of Real Estate\n|7,540\n|0\n"
    "|Number of Real Estate Properties\n|1\n|2\n"
    + old_style_blocks(
        [
            "The charge against earnings in the period to reduce the carrying amount of real property to"
            " fair value.",
            "The number of real estate properties owned as of the balance sheet date.",
            "Amount of expense related to loss from loan transactions.",
        ]
    )
)

# An element is never what its documentation leaves out: "Purchase Obligation" does not take the
# remaining commitment's block, which excludes unconditional purchase obligations.
GIZMO_PURCHASE_COMMITMENTS = (
    "|\nGizmo Commitments and Contingencies (Details) - USD ($)\n|\nSep. 30, 2026\n|\nDec. 31, 2025\n"
    "|Commitments and Contingencies\n"
    "|Purchase Commitment, Remaining Minimum Amount Committed\n|$ 1,049,985\n"
    "|Purchase Commitment, Adjustments And Payments Made\n|967,308\n|$ 639,752\n"
    "|Purchase Obligation\n|$ 82,677\n|$ 410,233\n"
    + standard_block(
        "Minimum amount to be expended to satisfy the terms of arrangements in which the entity has agreed"
        " to expend funds to procure goods or services, excluding long-term purchase commitments or"
        " unconditional purchase obligations."
    )
    + definition_blocks(
        [
            "Minimum amount of purchase arrangement in which the entity has agreed to expend funds to"
            " procure goods or services from a supplier.",
            None,
            "The amount of adjustments and payments made to the purchase commitment.",
        ]
    )
)

# Balances shown after a roll forward's closing row are no movements of it: the reserve and the
# combined total sit at the closing's dates, not where a movement would balance.
GIZMO_ALLOWANCE_AND_RESERVE = (
    "|\nGizmo Allowance for Credit Loss (Details) - USD ($)\n$ in Thousands\n|12 Months Ended\n"
    "|\nDec. 31, 2026\n|\nDec. 31, 2025\n|\nDec. 31, 2024\n"
    "|Accounts Receivable, Allowance for Credit Loss [Roll Forward]\n"
    "|Balance at January 1\n|$ 20,257\n"
    "|Provision for credit losses\n|80,765\n|$ 65,723\n|$ 48,362\n"
    "|Write-offs charged against the allowance\n|(75,815)\n"
    "|Recoveries collected\n|2,447\n"
    "|Balance at December 31\n|27,654\n|20,257\n"
    "|Revenue reserve\n|2,100\n|3,900\n"
    "|Allowance for credit loss, current and revenue reserve\n|$ 29,754\n|$ 24,157\n"
    + definition_blocks(
        [
            "Allowance for credit loss on accounts receivable, current, and the revenue reserve.",
            "Revenue Reserve",
            "Amount of allowance for credit loss on accounts receivable.",
            "Amount of increase in allowance for credit loss on accounts receivable from recovery.",
            "A roll forward is a reconciliation of a concept from the beginning of a period to the end of a"
            " period.",
            "Amount of direct write-downs of accounts receivable charged against the allowance.",
            "Amount of expense (reversal of expense) for expected credit loss on accounts receivable.",
        ]
    )
)

# Old style scaling shares alone: "Share data in Millions" makes 8 shares 8,000,000 and leaves the
# dollars as shown.
GIZMO_OLD_SHARE_DATA_SCALE = (
    "|\nGizmo Summary of Significant Accounting Policies (Detail) (USD $)\n"
    "Share data in Millions, unless otherwise specified\n|6 Months Ended\n|\nJan. 31, 2013\n"
    "|Business Acquisition, Equity Interest Issued or Issuable, Number of Shares (in Shares)\n|8\n"
    "|Business Acquisition, Cost of Acquired Entity, Cash Paid\n|$ 1,250\n"
    + old_style_blocks(
        [
            "Amount of cash paid to acquire the entity.",
            "Number of shares of equity interests issued or issuable to acquire entity.",
        ]
    )
)

# The taxonomy's count labels ("Concentration Risk, Major Customer, Count") count what a column's
# unit line names (`customers`): their values sit in the columns that list it.
GIZMO_OLD_CUSTOMER_COUNTS = (
    "|\nGizmo Concentration of Credit Risks (Details)\n|12 Months Ended\n"
    "|\nJan. 31, 2014\nASPAC [Member]\n|\nJan. 31, 2013\nASPAC [Member]\n"
    "|\nJan. 31, 2014\ncustomers\n|\nJan. 31, 2013\ncustomers\n"
    "|Concentration Risk, Percentage\n|12.00%\n|15.00%\n"
    "|Concentration Risk, Major Customer, Count\n|2\n|3\n"
    + old_style_blocks(
        [
            "Concentration Risk, Major Customer, Count",
            "For an entity that discloses a concentration risk in relation to quantitative amount, this"
            " concept represents the concentration percentage derived from the division.",
        ]
    )
)

# A balance at the quarter's end is shown under both periods ending then, and the year-end balance
# under the year-end instant: `3,094,968 | 3,094,968 | 3,920,869` sits in columns 0, 2 and 4.
GIZMO_INTERIM_BALANCES_TWICE = (
    "|\nGizmo Other assets (Details) - USD ($)\n|3 Months Ended\n|6 Months Ended\n"
    "|\nJun. 30, 2026\n|\nJun. 30, 2025\n|\nJun. 30, 2026\n|\nJun. 30, 2025\n|\nDec. 31, 2025\n"
    "|Other assets\n"
    "|Cloud computing assets\n|3,094,968\n|3,094,968\n|3,920,869\n"
    "|Amortization of capitalized cloud computing assets\n|$ 343,661\n|$ 169,378\n|$ 687,322\n|$ 338,756\n"
    + definition_blocks(
        [
            "Amortization of capitalized cloud computing implementation costs.",
            "Capitalized cloud computing implementation costs.",
            None,
        ]
    )
)

# A member shown without "[Member]" right after a row's values, over a label that is no name and its
# text value: the page's one member block says it is the member, not a row of two texts.
GIZMO_UNMARKED_MEMBER_OVER_TEXT = (
    "|\nGizmo Convertible Promissory Note Derivative Liability (Details) - USD ($)\n|9 Months Ended\n"
    "|\nDec. 31, 2019\n|\nDec. 31, 2018\n"
    "|Increase in the fair value of the conversion option derivative liability\n|$ 223\n|$ 98,594\n"
    "|Convertible Promissory Notes\n"
    "|Share-based Compensation Arrangement by Share-based Payment Award, Fair Value Assumptions, Method"
    " Used\n|Black-Scholes model\n"
    + definition_blocks(
        [
            "Increase in the fair value of the conversion option derivative liability during the period.",
            "Description of the pricing model used to value share-based payment awards.",
        ]
    )
    + member_blocks(1)
)

# Over the page's first "[Line Items]", a text right after a plain label is that label's value when the
# member blocks are all taken by the members below ("Fiscal year", "52 or 53-week fiscal year").
GIZMO_FISCAL_YEAR_TEXT = (
    "|\nGizmo Interim Financial Statements (Details) - USD ($)\n$ in Millions\n|6 Months Ended\n"
    "|\nApr. 30, 2026\n"
    "|Quarterly Financial Data [Abstract]\n"
    "|Fiscal year\n|52 or 53-week fiscal year\n"
    "|Fiscal Period [Line Items]\n|Fiscal Period Duration\n|364 days\n"
    "|Minimum\n|Fiscal Period [Line Items]\n|Fiscal Period Duration\n|364 days\n"
    "|Maximum\n|Fiscal Period [Line Items]\n|Fiscal Period Duration\n|371 days\n"
    + definition_blocks(
        [
            "Fiscal Period [Line Items]",
            "Duration of a fiscal period.",
            "Entity's operating cycle if it is other than 12 months.",
            None,
        ]
    )
    + member_blocks(2)
)

# The rows without members shown after the last member's group: the label again, its amounts the sum
# of the members' (225 + 1,212 + 1,425 + 55 + 55 = 2,972), is their total, with no member.
GIZMO_TOTAL_AFTER_MEMBERS = (
    "|\nGizmo Commitments to Originate Loans (Details) - USD ($)\n$ in Thousands\n"
    "|\nMar. 31, 2026\n|\nMar. 31, 2025\n"
    "|Construction [Member]\n"
    "|Financial instruments whose contract amounts represent credit risk\n|$ 225\n"
    "|Unused Commercial Lines of Credit [Member]\n"
    "|Financial instruments whose contract amounts represent credit risk\n|$ 1,212\n|$ 1,425\n"
    "|Standby Letters of Credit [Member]\n"
    "|Financial instruments whose contract amounts represent credit risk\n|$ 55\n|$ 55\n"
    "|Financial instruments whose contract amounts represent credit risk\n|$ 1,492\n|$ 1,480\n"
    + definition_blocks(["Maximum amount of loss due to credit risk of the financial instruments."])
    + member_blocks(3)
)

# An instant shows under every period ending on its date: five `$ 0` balances over six columns are the
# two dates' columns, all but the predecessor period's.
GIZMO_BALANCE_UNDER_EVERY_PERIOD = (
    "|\nGizmo Accounting Policies (Details) - USD ($)\n|3 Months Ended\n|6 Months Ended\n|9 Months Ended\n"
    "|\nApr. 30, 2026\n|\nOct. 24, 2025\n|\nApr. 30, 2025\n|\nApr. 30, 2026\n|\nApr. 30, 2026\n"
    "|\nApr. 30, 2025\n"
    "|Allowance for doubtful accounts\n|$ 0\n|$ 0\n|$ 0\n|$ 0\n|$ 0\n|$ 0\n"
    "|Allowance for sales returns\n|$ 0\n|$ 0\n|$ 0\n|$ 0\n|$ 0\n"
    + definition_blocks(
        [
            "Amount of allowance for credit loss on accounts receivable.",
            "Allowance for sales returns.",
        ]
    )
)

# Volatility is "a measure of dispersion, in percentage terms, for a given stock price": a rate, so the
# stock price rows (money) take the undocumented block, not that one.
GIZMO_VOLATILITY_AND_STOCK_PRICE = (
    "|\nGizmo Summary of Significant Accounting Policies (Details 1) - $ / shares\n|12 Months Ended\n"
    "|\nAug. 31, 2026\n"
    "|Stock Price\n|$ 1.50\n"
    "|Volatility\n|54.00%\n"
    "|Minimum [Member]\n|Stock Price\n|$ 6.12\n|Volatility\n|14.00%\n"
    + definition_blocks(
        [
            None,
            "Measure of dispersion, in percentage terms (for instance, the standard deviation or variance),"
            " for a given stock price.",
        ]
    )
    + member_blocks(1)
)

# A cost capitalized is no expense: the share-based compensation expense rows take the expense block,
# and only the inventories member's row the capitalized cost's.
GIZMO_SHARE_BASED_EXPENSE_AND_CAPITALIZED = (
    "|\nGizmo Share-based Compensation Expense (Details) - USD ($)\n$ in Millions\n|12 Months Ended\n"
    "|\nOct. 31, 2026\n|\nOct. 31, 2025\n"
    "|Share-based compensation disclosures\n|Share-based compensation expense\n|$ 72\n|$ 71\n"
    "|Research and Development\n|Share-based compensation disclosures\n"
    "|Share-based compensation expense\n|7\n|7\n"
    "|Inventories\n|Share-based Payment Arrangement, Expensed and Capitalized, Amount\n"
    "|Share-based compensation expense\n|$ 0\n|$ 0\n"
    + definition_blocks(
        [
            "Amount of expense for award under share-based payment arrangement. Excludes amount capitalized.",
            None,
            "Amount of cost capitalized for award under share-based payment arrangement.",
            None,
        ]
    )
    + member_blocks(2)
)

# Old style: a heading and the total below its parts share a label; with a block to spare they are two
# elements, the heading's abstract and the total.
GIZMO_OLD_HEADING_AND_TOTAL = (
    "|\nGizmo Accrued Interest Receivable (Details) (USD $)\n|\nJun. 30, 2026\n|\nJun. 30, 2025\n"
    "|Accrued interest receivable\n"
    "|Loans\n|$ 86,887\n|$ 117,131\n"
    "|Securities\n|3,193\n|2,660\n"
    "|Accrued interest receivable\n|$ 90,080\n|$ 119,791\n"
    + old_style_blocks(
        [
            "Carrying amount as of the balance sheet date of interest earned but not received. Also called"
            " accrued interest or accrued interest receivable.",
            None,
            "Carrying amount as of the balance sheet date of interest earned but not received on loans.",
            "Carrying amount as of the balance sheet date of interest earned but not received on securities.",
        ]
    )
)

# "Repayments" are the taxonomy's "cash outflow for the payment of" a borrowing.
GIZMO_OLD_INSIDER_LOANS = (
    "|\nGizmo Related Party Transactions (Details) (Executive Officers and Directors [Member], USD $)\n"
    "|12 Months Ended\n|\nDec. 31, 2012\n|\nDec. 31, 2011\n"
    "|Related Party Transaction [Roll Forward]\n"
    "|Outstanding - Beginning of year\n|$ 25,060,525\n|$ 17,236,785\n"
    "|Originations\n|15,516,626\n|15,946,497\n"
    "|Repayments\n|(15,937,612)\n|(8,122,757)\n"
    "|Outstanding - End of year\n|24,639,539\n|25,060,525\n"
    "|Commitment to extend credit and letters of credit\n|8,221,267\n|8,717,835\n"
    "|Deposits held by related parties\n|$ 8,340,140\n|$ 9,668,690\n"
    + old_style_blocks(
        [
            "Credit and Letters of Credit Commitment, Related Parties",
            None,
            "The amount for notes payable (written promise to pay), due to related parties.",
            "The cash inflow from a long-term borrowing made from related parties where one party can"
            " exercise control or significant influence over another party.",
            "Amount of deposits held by the entity for a related party (entity, shareholder, employee).",
            "The cash outflow for the payment of a long-term borrowing made from related parties where one"
            " party can exercise control or significant influence over another party.",
        ]
    )
)

# A narrative's event months beside the balance sheet's two month-end dates: the balances sit at the
# two dates, not under the event months.
GIZMO_EVENT_MONTHS_AND_BALANCES = (
    "|\nGizmo Rate Case (Details) - USD ($)\n|1 Months Ended\n|\nJun. 15, 2026\n|\nJun. 17, 2025\n"
    "|\nJun. 30, 2027\n|\nSep. 30, 2026\n"
    "|Increase in revenues from gas delivery service\n|$ 3,463,287\n"
    "|Total bill impacts on customers, percentage\n|10.40%\n"
    "|Regulatory Assets\n|$ 11,036,735\n|$ 11,047,401\n"
    + definition_blocks(
        [
            "Increase in revenues from gas delivery service approved by the rate case.",
            "The amount for the individual regulatory asset as itemized in a table of regulatory assets as of"
            " the end of the period.",
            "Total bill impacts on customers of the rate case.",
        ]
    )
)

# "Amount of assets ... with a finite life acquired." documents acquisitions, a flow: the balances of the
# roll forward take the block of the amount after amortization.
GIZMO_OLD_INTANGIBLES_ACQUIRED = (
    "|\nGizmo Carrying Value of Intangible Assets (Detail) (USD $)\n"
    "In Thousands, unless otherwise specified\n"
    "|12 Months Ended\n|\nFeb. 28, 2013\n|\nFeb. 29, 2012\n"
    "|Finite-Lived Intangible Assets And Liabilities [Line Items]\n"
    "|Intangible assets beginning balance\n|$ 2,228\n|$ 2,561\n"
    "|Intangible assets amortization\n|200\n|333\n"
    "|Intangible assets ending balance\n|2,028\n|2,228\n"
    "|\nContractual Rights\n"
    "|Finite-Lived Intangible Assets And Liabilities [Line Items]\n"
    "|Intangible assets acquisition\n|4,380\n"
    "|Intangible assets ending balance\n|$ 4,380\n"
    + old_style_blocks(
        [
            None,
            "The aggregate expense charged against earnings to allocate the cost of intangible assets"
            " (nonphysical assets not used in production) in a systematic and rational manner to the periods"
            " expected to benefit from such assets.",
            "Amount of assets, excluding financial assets and goodwill, lacking physical substance with a"
            " finite life acquired.",
            "Amount after amortization of assets, excluding financial assets and goodwill, lacking physical"
            " substance with a finite life.",
        ]
    )
)

# An intrinsic value is "the amount of difference between fair value ... and exercise price": money,
# though it names a price, so per-share rows do not take it.
GIZMO_OPTIONS_PRICE_AND_VALUE = (
    "|\nGizmo Stock Options (Details) - Stock Options (USD $)\n|\nJul. 31, 2026\n"
    "|Stock Options [Abstract]\n"
    "|Outstanding, Number of Option\n|6,038,750\n"
    "|Outstanding, Weighted-Average Exercise Price (in Dollars per share)\n|$ 0.57\n"
    "|Outstanding, Aggregate Intrinsic Value (in Dollars)\n|$ 3,412,300\n"
    "|Exercisable, July 31, 2026\n|3,578,125\n"
    "|Exercisable, July 31, 2026 (in Dollars per share)\n|$ 0.84\n"
    "|Exercisable, July 31, 2026 (in Dollars)\n|$ 2,994,931\n"
    + old_style_blocks(
        [
            None,
            "Amount of difference between fair value of the underlying shares reserved for issuance and"
            " exercise price of vested portions of options outstanding and currently exercisable.",
            "Amount by which the current fair value of the underlying stock exceeds the exercise price of"
            " options outstanding.",
            "Weighted average price at which grantees can acquire the shares reserved for issuance under the"
            " stock option plan.",
            "Weighted average exercise price as of the balance sheet date for those equity-based payment"
            " arrangements exercisable and outstanding.",
            "The number of shares reserved for issuance pertaining to the outstanding exercisable stock"
            " options as of the balance sheet date.",
            "The number of shares reserved for issuance pertaining to the outstanding stock options as of the"
            " balance sheet date for all option plans.",
        ]
    )
)

# "The total debt divided by adjusted capital" is a quotient: the ratio row takes it, and the total
# debt shown in dollars the borrowings' block.
GIZMO_DEBT_AND_CAPITAL_RATIO = (
    "|\nGizmo Capital Management (Details)\n$ in Thousands\n|12 Months Ended\n"
    "|\nDec. 31, 2026\nCAD ($)\n|\nDec. 31, 2025\nCAD ($)\n"
    "|Capital Management\n"
    "|Total debt\n|$ 36,545\n|$ 36,107\n"
    "|Net debt\n|17,493\n"
    "|Net debt-to-adjusted capital ratio\n|0.06\n"
    + definition_blocks(
        [
            "The amount of outstanding funds that the entity is obligated to repay.",
            None,
            "The amount of net debt of the entity.",
            "The total debt divided by adjusted capital.",
        ]
    )
)

# A facility's remaining capacity is the taxonomy's "capacity currently available", so the current
# capacity and the amount outstanding take their own blocks.
GIZMO_OLD_CREDIT_CAPACITIES = (
    "|\nGizmo Credit Facility (Details Narrative) (USD $)\n|\nDec. 31, 2026\n"
    "|Credit facility maximum capacity\n|$ 4,900,000\n"
    "|Credit facility current capacity\n|4,900,000\n"
    "|Credit facility remaining capacity\n|2,000,000\n"
    "|Credit outstanding\n|$ 2,900,000\n"
    + old_style_blocks(
        [
            "Amount borrowed under the credit facility as of the balance sheet date.",
            "Amount of current borrowing capacity under the credit facility considering any current"
            " restrictions on the amount that could be borrowed (for example, borrowings may be limited by"
            " the amount of current assets), but without considering any amounts currently outstanding"
            " under the facility.",
            "Maximum borrowing capacity under the credit facility without consideration of any current"
            " restrictions on the amount that could be borrowed or the amounts currently outstanding under"
            " the facility.",
            "Amount of borrowing capacity currently available under the credit facility (current borrowing"
            " capacity less the amount of borrowings outstanding).",
        ]
    )
)

# Definitions written from element names spell the aging bands out; the labels show digits.
GIZMO_AGING_BANDS_IN_WORDS = (
    "|\nGizmo Receivables - Aging (Details) - USD ($)\n|\nJun. 30, 2026\n|\nDec. 31, 2025\n"
    "|Receivables by age\n"
    "|1 to 30 days\n|$ 412,300\n|$ 398,150\n"
    "|31 to 90 days\n|27,410\n|31,022\n"
    "|91 to 180 days\n|9,875\n|4,460\n"
    "|Total receivables\n|$ 449,585\n|$ 433,632\n"
    + definition_blocks(
        [
            "Receivables ninety one to one eighty days past due.",
            "Receivables one to thirty days past due.",
            None,
            "Receivables thirty-one to ninety days past due.",
            "Amount, after allowance for credit loss, of right to consideration from customer for product"
            " sold and service rendered in normal course of business, classified as current.",
        ]
    )
)

# A roll forward is named after its balance and sorts after the balance's movements
# (LoansReceivableRelatedParties, ...Additions, ...Collections, ...RollForward): its heading takes the
# undocumented block after them, whatever its words ("Summary of ..."), and the page's abstract the other.
GIZMO_INSIDER_LOANS_ROLL = (
    "|\nGizmo Related Party Transactions (Details) - USD ($)\n|12 Months Ended\n"
    "|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Related Party Transactions [Abstract]\n"
    "|Insider ownership threshold (in hundredths)\n|5.00%\n"
    "|Summary of insider loans [Roll Forward]\n"
    "|Balance at beginning of year\n|$ 512,000\n|$ 498,000\n"
    "|New loans\n|40,000\n|61,000\n"
    "|Repayments\n|(52,000)\n|(47,000)\n"
    "|Balance at end of year\n|$ 500,000\n|$ 512,000\n"
    "|Insider deposits\n|$ 1,250,000\n|$ 1,175,000\n"
    + definition_blocks(
        [
            "Threshold of ownership above which a holder is an insider.",
            "Amount of loans receivable from related parties as of the balance sheet date.",
            "Amount of new loans and advances made to related parties.",
            "Amount of collections received from related parties on their loans.",
            None,
            "Amount of deposits held by the entity for a related party.",
            None,
        ]
    )
)

# Ranges of rates and decimals are text values, never labels or members: the two member blocks
# count `Warrants` and `Notes`, whose rows show their ranges and a `N/A` for the prior year.
GIZMO_ASSUMPTION_RANGES = (
    "|\nGizmo Derivative Liability - Assumptions (Details)\n|12 Months Ended\n"
    "|\nSep. 30, 2026\n|\nSep. 30, 2025\n"
    "|Warrants\n"
    "|Expected term in years\n|0.5 - 3.0\n"
    "|Stock price volatility\n|110.50% - 245.00%\n"
    "|Risk-free rate\n|0.30% - 1.20%\n"
    "|Notes\n"
    "|Expected term in years\n|0.2 - 0.9\n|N/A\n"
    "|Stock price volatility\n|98.10% - 180.40%\n|N/A\n"
    "|Risk-free rate\n|0.10% - 0.40%\n|N/A\n"
    + definition_blocks(
        [
            "Expected term of the derivative liability, in years.",
            "Risk-free interest rate of the derivative liability.",
            "Volatility of the stock price of the derivative liability.",
        ]
    )
    + member_blocks(2)
)

# A liability "net of current portion" is its noncurrent part; the total takes the whole liability.
GIZMO_LEASE_NET_OF_CURRENT = (
    "|\nGizmo Leases - Balance Sheet (Details) - USD ($)\n|\nJun. 30, 2026\n|\nDec. 31, 2025\n"
    "|Right-of-use assets\n|$ 312,400\n|$ 330,150\n"
    "|Current portion of operating lease\n|61,200\n|58,900\n"
    "|Operating lease, net of current portion\n|262,050\n|281,330\n"
    "|Total operating lease liabilities\n|$ 323,250\n|$ 340,230\n"
    + definition_blocks(
        [
            "Present value of lessee's discounted obligation for lease payments from operating lease.",
            "Present value of lessee's discounted obligation for lease payments from operating lease,"
            " classified as current.",
            "Present value of lessee's discounted obligation for lease payments from operating lease,"
            " classified as noncurrent.",
            "Amount of lessee's right to use underlying asset under operating lease.",
        ]
    )
)

# A price at grant date is neither a balance nor a flow: "Fair value at grant date" takes the price
# of the instruments "granted", and the hurdle price the block without documentation.
GIZMO_RIGHTS_FAIR_VALUE = (
    "|\nGizmo Share-based Payments - Rights Granted (Details) - $ / shares\n|12 Months Ended\n"
    "|\nJun. 30, 2026\n|\nJun. 30, 2025\n"
    "|Share-based payment arrangements [abstract]\n"
    "|Expected volatility (weighted average)\n|72.00%\n|75.00%\n"
    "|Fair value at grant date (weighted average)\n|$ 2.18\n|$ 1.04\n"
    "|Share price at grant date (weighted average)\n|2.95\n|1.40\n"
    "|Vesting hurdle (20-day VWAP) (in dollars per share)\n|$ 4.10\n|$ 2.60\n"
    + definition_blocks(
        [
            None,
            "Expected Volatility, Other Equity Instruments Granted",
            "The weighted average share price used as input to the option pricing model to calculate the"
            " fair value of other equity instruments granted.",
            None,
            "Weighted Average Fair Value Price At Measurement Date, Other Equity Instruments Granted",
        ]
    )
)

# A heading over a roll forward whose opening row misspells "beginning": the opening is a balance
# row, not a text value of the heading. On a liability the gain is shown negative, yet it is the
# "increase in the fair value ... recognized in the income statement": its sign says nothing.
GIZMO_DERIVATIVE_ROLL_BEGINING = (
    "|\nGizmo Derivative Liability (Details) - USD ($)\n|12 Months Ended\n"
    "|\nMay 31, 2026\n|\nMay 31, 2025\n"
    "|Derivative Liability\n"
    "|Derivative liability begining balances\n|$ 1,204,500\n"
    "|Derivative liability recorded as debt discount\n|150,000\n|730,000\n"
    "|Gain on change in fair value of derivative liability\n|(812,300)\n"
    "|Loss on change in fair value of derivative liability\n|474,500\n"
    "|Derivative liability ending balances\n|$ 542,200\n|$ 1,204,500\n"
    + definition_blocks(
        [
            "Derivative liability recorded as debt discount",
            None,
            "Amount of increase in the fair value of derivatives recognized in the income statement.",
            "Fair value, after the effects of master netting arrangements, of a financial liability or"
            " contract with one or more underlyings, notional amount or payment provision or both, and the"
            " contract can be net settled by means outside the contract or delivery of an asset.",
            "Amount of decrease in the fair value of derivatives recognized in the income statement.",
        ]
    )
)

# Text blocks are neither balances nor flows: "NET PRIOR YEAR RESERVE DEVELOPMENT BY SEGMENT" takes the
# schedule "by segment" of the provision for prior periods, though "reserve" reads as a balance.
GIZMO_RESERVE_TABLES = (
    "|\nGizmo Reserve for Losses (Tables)\n|9 Months Ended\nSep. 30, 2026\n"
    "|Insurance Loss Reserves [Abstract]\n"
    "|RECONCILIATION OF BEGINNING AND ENDING RESERVE FOR LOSSES AND LOSS EXPENSES\n"
    "|\nThe following table shows how our gross and net reserve for losses moved in the periods"
    " indicated:\n"
    "|NET PRIOR YEAR RESERVE DEVELOPMENT BY SEGMENT\n"
    "|\nPrior year development comes from changes, made this year, to the estimates of losses incurred"
    " in earlier years. The following table shows it by segment:\n"
    + definition_blocks(
        [
            "Schedule showing, by segment, the provision in the period for claims incurred in prior"
            " reporting periods and related claims settlement costs.",
            None,
            "Tabular disclosure of the activity in the reserve for settling insured claims and expenses"
            " incurred in the claims settlement process for the period. The estimated liability includes"
            " the amount of money that will be required for future payments of claims reported as of the"
            " date the liability is estimated.",
        ]
    )
)

# Two members counted by the blocks, shown without "[Member]": the second is labelled like the
# concept it holds ("Options" over "Options"), and the first opens the page over that same concept.
GIZMO_WARRANTS_AND_OPTIONS = (
    "|\nGizmo Capital Stock (Details 1) - CAD / shares\n|12 Months Ended\n"
    "|\nMar. 31, 2026\n|\nMar. 31, 2025\n"
    "|Warrants\n"
    "|Options\n|610,000\n|650,000\n"
    "|Granted\n|120,000\n"
    "|Exercised\n|(160,000)\n"
    "|Options\n"
    "|Options\n|880,000\n|700,000\n"
    "|Granted\n|180,000\n"
    + definition_blocks(
        [
            None,
            "Net number of share options (or share units) granted during the period.",
            "Number of options outstanding, including both vested and non-vested options.",
        ]
    )
    + member_blocks(2)
)

# A gain shown in every column is a period's result: the last date is a third fiscal year, not an
# instant, though most rows leave it empty.
GIZMO_GAIN_IN_EVERY_YEAR = (
    "|\nGizmo Financial Liabilities (Details) - USD ($)\n|12 Months Ended\n"
    "|\nJun. 30, 2026\n|\nJun. 30, 2025\n|\nJun. 30, 2024\n"
    "|Carrying amount at July 1\n|$ 51,200,000\n"
    "|Funding received\n|40,000,000\n|$ 50,000,000\n"
    "|Interest expense\n|9,800,000\n|4,400,000\n"
    "|Gain on remeasurement of financial liability\n|(1,250,000)\n|(3,200,000)\n|$ 0\n"
    "|Total financial liabilities\n|$ 99,750,000\n|$ 51,200,000\n"
    + definition_blocks(
        [
            "Carrying amount of the financial liability at the start of the year.",
            "Funding received under the agreement.",
            "Gain on remeasurement of financial liability.",
            "Interest expense on the financial liability.",
            "The amount of non-current financial liabilities.",
        ]
    )
)

# A weighted average interest rate is a rate, not the weighted average borrowings whose words it shares.
GIZMO_SHORT_TERM_RATE = (
    "|\nGIZMO SHORT-TERM BORROWINGS (Details) (USD $)\nIn Thousands, unless otherwise specified\n"
    "|12 Months Ended\n|\nDec. 31, 2014\n|\nDec. 31, 2013\n"
    "|Weighted average interest rate (as a percent)\n|4.85%\n|5.10%\n"
    "|Weighted average short-term borrowings\n|$ 18,620\n|$ 24,305\n"
    + old_style_blocks(
        [
            "For the form of debt having an initial term of less than one year, the average balance"
            " outstanding during the period.",
            "Weighted average interest rate of short-term debt outstanding as of the balance sheet date.",
        ]
    )
)

# Old style: an ISO code alone under a date ("KRW") is the column's currency, not a member; the
# amounts of a row that names an amount sit among the columns listing it, the rates elsewhere.
GIZMO_OLD_KRW_COLUMNS = (
    "|\nGizmo Deposits (Narrative) (Details)\nIn Millions, unless otherwise specified\n|12 Months Ended\n"
    "|\nDec. 31, 2012\n|\nDec. 31, 2012\nKRW\n|\nDec. 31, 2011\nKRW\n|\nDec. 31, 2010\nKRW\n"
    "|Deposits\n"
    "|Reserve requirement, maximum\n|7.00%\n"
    "|Insurance premium rate on average deposits\n|0.15%\n"
    "|Insurance premium amount on average deposits\n|184,306\n|171,922\n|160,485\n"
    + old_style_blocks(
        [
            "Insurance premium amount on average deposits.",
            "Insurance premium rate on average deposits.",
            "Reserve requirement maximum.",
            None,
        ]
    )
)

# Old style names a currency without a sign by its bare code in the title's last parentheses: the
# page's currency, whose amounts never show a sign (so the $ rule proves nothing), while a rate of
# exchange stays a pure number.
GIZMO_OLD_CODE_TITLE = (
    "|\nGizmo Government Grants (Details) (China, CNY)\nIn Thousands, unless otherwise specified\n"
    "|12 Months Ended\n|\nDec. 31, 2012\n|\nDec. 31, 2011\n"
    "|Receipt of government grants\n|28,400\n|19,750\n"
    "|Recognition of government grants\n|12,030\n|9,115\n"
    "|Exchange rate used for translation\n|6.2855\n|6.3009\n"
    + old_style_blocks(
        [
            "Exchange rate used for translation.",
            "Government grants received.",
            "Government grants recognized in income.",
        ]
    )
)

# A title that names its currency by a bare code that is no ISO code ("- RMB", for CNY): the plain
# amounts between the signed rows are CNY, scaled by the RMB line.
GIZMO_RMB_CODE_TITLE = (
    "|\nGizmo Restricted Net Assets (Details) - RMB\nRMB in Thousands\n|\nDec. 31, 2026\n|\nDec. 31, 2025\n"
    "|Paid-in capital of PRC subsidiaries\n|RMB 100,500\n|RMB 90,250\n"
    "|Statutory reserves\n|20,110\n|15,840\n"
    "|Restricted net assets\n|RMB 120,610\n|RMB 106,090\n"
    + definition_blocks(
        [
            "Paid-in capital of the PRC subsidiaries.",
            "Restricted net assets of the PRC subsidiaries.",
            "Statutory reserves of the PRC subsidiaries.",
        ]
    )
)
