"""Tests of the value-cell grammar, with values taken from real R pages (corpus/rpages/truth, seeds)."""

from __future__ import annotations

import datetime
from decimal import Decimal, localcontext

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from warehouse.parse.values import (
    ParsedValue,
    ValueKind,
    currency_candidates,
    currency_code,
    duration_days,
    is_currency_symbol,
    iso_code_alone,
    parse_date,
    parse_duration,
    parse_value,
)

# --- examples from real pages ------------------------------------------------------------------------------

NUMBERS: list[tuple[str, str, str | None, bool]] = [
    # raw, expected Decimal, currency symbol, shown in parentheses
    ("$ 2,485,140", "2485140", "$", False),
    ("9,387,426", "9387426", None, False),
    ("(11,239,252)", "-11239252", None, True),
    ("$ (368,034)", "-368034", "$", True),
    ("$ 0.48", "0.48", "$", False),
    ("0.00", "0.00", None, False),
    ("$ 0.00", "0.00", "$", False),
    ("$ 0", "0", "$", False),
    ("0", "0", None, False),
    ("$ 4,000,000,000.00", "4000000000.00", "$", False),
    ("552,400.00", "552400.00", None, False),
    ("$ 6,594,660.00", "6594660.00", "$", False),
    ("$ (0.37)", "-0.37", "$", True),
    ("(0.03)", "-0.03", None, True),
    ("$ (566.9)", "-566.9", "$", True),
    ("$ (8,727)", "-8727", "$", True),
    ("1,022.5", "1022.5", None, False),
    ("1,387,775", "1387775", None, False),
    ("€ 12", "12", "€", False),
    ("£ 3", "3", "£", False),
    ("¥ 100", "100", "¥", False),
    ("R$ (72,672)", "-72672", "R$", True),
    ("R$ 6,657", "6657", "R$", False),
    ("kr 368", "368", "kr", False),
    ("SFr (1.7)", "-1.7", "SFr", True),
    ("SFr 177.4", "177.4", "SFr", False),
    ("DKK 69", "69", "DKK", False),
    ("DKK 1,246", "1246", "DKK", False),
    ("₪ 1,234", "1234", "₪", False),
    ("1.0645", "1.0645", None, False),
    # identifiers the text cannot disprove stay numbers; later stages decide with the row's element
    ("212", "212", None, False),
    ("10017", "10017", None, False),
    ("2024", "2024", None, False),
    ("(212)", "-212", None, True),
]


@pytest.mark.parametrize(("raw", "expected", "symbol", "parens"), NUMBERS)
def test_numbers_from_real_pages(raw: str, expected: str, symbol: str | None, parens: bool) -> None:
    v = parse_value(raw)
    assert v.kind is ValueKind.NUMBER
    assert v.number == Decimal(expected)
    assert v.currency_symbol == symbol
    assert v.negative_parens is parens
    assert v.raw == raw
    assert v.text is None


def test_shown_precision_is_kept() -> None:
    # "552,400.00" carries two decimals; later stages read the reported precision from it.
    assert str(parse_value("552,400.00").number) == "552400.00"
    assert str(parse_value("$ 0.00").number) == "0.00"
    assert str(parse_value("31.00%").number) == "0.3100"


PERCENTS: list[tuple[str, str, bool]] = [
    ("31.00%", "0.31", False),
    ("70.00%", "0.7", False),
    ("(4.40%)", "-0.044", True),
    ("0.01381%", "0.0001381", False),
    ("0.01531%", "0.0001531", False),
    ("250.00%", "2.5", False),  # percentages can exceed 100%
    ("99.37%", "0.9937", False),
    ("(4.40)%", "-0.044", True),  # robustness: % outside the parentheses
    ("0%", "0", False),
]


@pytest.mark.parametrize(("raw", "expected", "parens"), PERCENTS)
def test_percentages_are_fractions(raw: str, expected: str, parens: bool) -> None:
    v = parse_value(raw)
    assert v.kind is ValueKind.PERCENT
    assert v.number == Decimal(expected)
    assert v.negative_parens is parens
    assert v.currency_symbol is None


@pytest.mark.parametrize(
    ("raw", "expected", "symbol"),
    [("-5", "-5", None), ("−5", "-5", None), ("$ -5", "-5", "$"), ("-$ 5", "-5", "$"), ("+7", "7", None),
     ("-4.40%", "-0.044", None), ("$0.48", "0.48", "$"), ("CAD $ 5", "5", "CAD $"), (".5", "0.5", None),
     ("  $ 12  ", "12", "$")],
)  # fmt: skip
def test_robust_number_forms(raw: str, expected: str, symbol: str | None) -> None:
    v = parse_value(raw)
    assert v.kind in (ValueKind.NUMBER, ValueKind.PERCENT)
    assert v.number == Decimal(expected)
    assert v.currency_symbol == symbol
    assert v.negative_parens is False


def test_negative_zero_is_plain_zero() -> None:
    v = parse_value("(0)")
    assert v.number == Decimal(0)
    assert v.number is not None and not v.number.is_signed()
    assert v.negative_parens is True


IDENTIFIERS = [
    "0000019617",  # CIK
    "0001045810",
    "270-6000",  # phone number
    "1-5805",  # file numbers
    "001-15059",
    "0-15175",
    "333-268718-01",
    "13-2624428",  # tax id
    "10017-1234",  # zip+4
    "55144-1000",
    "10-Q",
    "8-K",
    "424B2",
    "S-3ASR",
    "1.250% Notes due 2025",
    "JPM/32",
    "1 Meta Way",
    "270 Park Avenue,",
    "00",
    "01.5",
    "0,123",
]


@pytest.mark.parametrize("raw", IDENTIFIERS)
def test_identifiers_are_text(raw: str) -> None:
    v = parse_value(raw)
    assert v.kind is ValueKind.TEXT
    assert v.number is None
    assert v.text == raw


TEXTS = [
    "none",
    "N/A",
    "NASDAQ",
    "Meta Platforms, Inc.",
    "Common Stock, $.01 par value",
    "Preferred stock, $0.01 par value—authorized: 1.0 shares; outstanding: none",
    "three years",  # only digit counts make a duration
    "Sep. 2025",  # no day: not a date
    "--12-31",  # gMonthDay as rendered
    "[1]",
    "Level 3",
    "R1",  # a page name, not 1 rand: letters need a space before the amount
    "LLC 2",  # not an ISO currency code
    "No. 5",
]


@pytest.mark.parametrize("raw", TEXTS)
def test_text_values(raw: str) -> None:
    v = parse_value(raw)
    assert v.kind is ValueKind.TEXT
    assert v.text == raw
    assert v.number is None and v.date is None and v.duration_iso is None and v.boolean is None


def test_long_text_block_is_text_and_stripped() -> None:
    raw = " NOTE 7 — PROPERTY AND EQUIPMENT The components of property and equipment were as follows: " * 20
    v = parse_value(raw)
    assert v.kind is ValueKind.TEXT
    assert v.raw == raw
    assert v.text == raw.strip()


ODD = ["1E+5", "1e5", "NaN", "nan", "Infinity", "-inf", "sNaN", "(", ")", "()", "$", "$ ", "%", "(5", "5)",
       "1,2345", "1,23", "1,,234", "--5", "-(5)", "(-5)", "5.", "5%%", "(5%)%", "$ $ 5", "1 000", "12.3.4",
       "٣", "５", "¥ ٣", "$ (5", "0x1F", "1_000"]  # fmt: skip


@pytest.mark.parametrize("raw", ODD)
def test_odd_input_is_text(raw: str) -> None:
    v = parse_value(raw)
    assert v.kind is ValueKind.TEXT
    assert v.number is None
    assert v.raw == raw


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("true", True), ("false", False), ("Yes", True), ("No", False), ("TRUE", True), ("False", False),
     ("yes", True), ("NO", False)],
)  # fmt: skip
def test_booleans(raw: str, expected: bool) -> None:
    v = parse_value(raw)
    assert v.kind is ValueKind.BOOLEAN
    assert v.boolean is expected
    assert v.text == ("true" if expected else "false")


@pytest.mark.parametrize("raw", ["—", "–", "-", "−", " — ", "", "   "])
def test_dashes_and_empty_are_nil(raw: str) -> None:
    v = parse_value(raw)
    assert v.kind is ValueKind.NIL
    assert v.number is None and v.text is None and v.currency_symbol is None


def test_currency_then_dash_is_nil_with_symbol() -> None:
    v = parse_value("$ —")
    assert v.kind is ValueKind.NIL
    assert v.currency_symbol == "$"
    assert parse_value("Total —").kind is ValueKind.TEXT


# --- durations ---------------------------------------------------------------------------------------------

DURATIONS = [
    ("3 years", "P3Y"),
    ("1 year", "P1Y"),
    ("1 year 6 months", "P1Y6M"),
    ("5 years 2 months 9 days", "P5Y2M9D"),
    ("90 days", "P90D"),
    ("6 months", "P6M"),
    ("18 months", "P18M"),  # kept as shown, not normalized to P1Y6M
    ("2 years 15 days", "P2Y15D"),
    ("1 day", "P1D"),
    ("0 years", "P0Y"),
    ("1 year, 6 months", "P1Y6M"),
    ("3 Years", "P3Y"),
    ("2 hours 30 minutes", "PT2H30M"),
    ("1 day 12 hours", "P1DT12H"),
    ("P10Y", "P10Y"),
    ("P1Y6M", "P1Y6M"),
    ("P3Y2M10DT2H30M", "P3Y2M10DT2H30M"),
    ("PT36H", "PT36H"),
    ("-P1Y", "-P1Y"),
]


@pytest.mark.parametrize(("raw", "iso"), DURATIONS)
def test_durations(raw: str, iso: str) -> None:
    assert parse_duration(raw) == iso
    v = parse_value(raw)
    assert v.kind is ValueKind.DURATION
    assert v.duration_iso == iso
    assert v.text == iso
    assert v.number is None


@pytest.mark.parametrize(
    "raw",
    ["three years", "6 months 1 year", "1 year 1 year", "years", "P", "PT", "P1YT", "P1H", "3 yrs", "3years",
     "1 week", "5", "", "Period"],
)  # fmt: skip
def test_not_durations(raw: str) -> None:
    assert parse_duration(raw) is None
    assert parse_value(raw).kind is not ValueKind.DURATION


# --- dates -------------------------------------------------------------------------------------------------

DATES = [
    ("Mar. 29, 2025", datetime.date(2025, 3, 29)),
    ("Jun. 24, 2026", datetime.date(2026, 6, 24)),
    ("May 04, 2019", datetime.date(2019, 5, 4)),
    ("Dec. 31, 2023", datetime.date(2023, 12, 31)),
    ("Sep 30, 2023", datetime.date(2023, 9, 30)),
    ("Sept. 30, 2023", datetime.date(2023, 9, 30)),
    ("June 30, 2024", datetime.date(2024, 6, 30)),
    ("September 30, 2023", datetime.date(2023, 9, 30)),
    ("Feb. 29, 2024", datetime.date(2024, 2, 29)),
    ("DEC. 31, 2023", datetime.date(2023, 12, 31)),
    ("May 4, 2019", datetime.date(2019, 5, 4)),
    ("2025-03-30", datetime.date(2025, 3, 30)),
]


@pytest.mark.parametrize(("raw", "expected"), DATES)
def test_dates(raw: str, expected: datetime.date) -> None:
    assert parse_date(raw) == expected
    v = parse_value(raw)
    assert v.kind is ValueKind.DATE
    assert v.date == expected
    assert v.text == expected.isoformat()


@pytest.mark.parametrize(
    "raw",
    ["Feb. 30, 2023", "Feb. 29, 2023", "Foo. 12, 2023", "Sep. 2025", "Dec. 31", "2023-13-01", "2023-02-30",
     "Beginning balance at Dec. 31, 2022", "12/31/2023", "Dec. 32, 2023"],
)  # fmt: skip
def test_not_dates(raw: str) -> None:
    assert parse_date(raw) is None
    assert parse_value(raw).kind is ValueKind.TEXT


# --- currencies --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("symbol", "code"),
    [("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₪", "ILS"), ("R$", "BRL"), ("SFr", "CHF"),
     ("CHF", "CHF"), ("DKK", "DKK"), ("HK$", "HKD"), ("CAD $", "CAD"), ("₩", "KRW"), ("kr", None),
     ("kr.", None), ("₨", None), ("Foo", None), ("", None)],
)  # fmt: skip
def test_currency_code(symbol: str, code: str | None) -> None:
    assert currency_code(symbol) == code


def test_currency_candidates_name_the_ambiguity() -> None:
    assert set(currency_candidates("kr")) == {"SEK", "NOK", "DKK", "ISK"}
    assert currency_candidates("¥")[:2] == ("JPY", "CNY")
    assert currency_candidates("$")[0] == "USD" and "CAD" in currency_candidates("$")
    assert currency_candidates("€") == ("EUR",)
    assert currency_candidates("Foo") == ()


def test_is_currency_symbol() -> None:
    assert all(is_currency_symbol(s) for s in ["$", "€", "R$", "kr", "SFr", "DKK", "TT$", "CAD $"])
    assert not any(is_currency_symbol(s) for s in ["No.", "LLC", "Level", "CAD X", "R1"])


# --- properties --------------------------------------------------------------------------------------------

SYMBOLS = ["$", "€", "£", "¥", "₪", "R$", "kr", "SFr", "DKK", "CHF", "HK$"]
DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15)
AMOUNTS = st.one_of(DECIMALS, st.integers(min_value=-(10**30), max_value=10**30).map(Decimal))


def render(value: Decimal, symbol: str | None = None, percent: bool = False) -> str:
    """Write a number the way the R pages do: separators, parentheses for negatives, currency outside."""
    # copy_abs, not abs(): abs() rounds to the context precision (28 digits)
    body = f"{value.copy_abs():,f}" + ("%" if percent else "")
    if value < 0:
        body = f"({body})"
    return f"{symbol} {body}" if symbol else body


@given(AMOUNTS, st.one_of(st.none(), st.sampled_from(SYMBOLS)))
@example(Decimal("-11239252"), None)
@example(Decimal("4000000000.00"), "$")
@example(Decimal("1E+5"), "€")
def test_rendered_numbers_round_trip(value: Decimal, symbol: str | None) -> None:
    raw = render(value, symbol)
    v = parse_value(raw)
    assert v.kind is ValueKind.NUMBER, raw
    assert v.number == value
    assert v.currency_symbol == symbol
    assert v.negative_parens is (value < 0)
    assert v.raw == raw


@given(AMOUNTS)
@example(Decimal("-4.40"))
@example(Decimal("31.00"))
def test_rendered_percentages_round_trip(value: Decimal) -> None:
    raw = render(value, percent=True)
    v = parse_value(raw)
    assert v.kind is ValueKind.PERCENT, raw
    with localcontext() as ctx:
        ctx.prec = 200  # the expected value itself must not be rounded
        assert v.number == value / 100
    assert v.negative_parens is (value < 0)


@given(st.text())
@example("$ (")
@example("(4.40%")
def test_never_raises_and_keeps_raw(raw: str) -> None:
    v = parse_value(raw)
    assert isinstance(v, ParsedValue)
    assert v.raw == raw
    check_invariants(v)


@given(st.text(alphabet="0123456789,.()$€%- −+Pyearsmonthd", max_size=24))
def test_numeric_looking_text_never_raises(raw: str) -> None:
    v = parse_value(raw)
    assert v.raw == raw
    check_invariants(v)
    if v.kind is ValueKind.NUMBER:
        # the amount is made of exactly the digits shown
        assert v.number is not None
        shown = "".join(ch for ch in raw if ch.isdigit()).lstrip("0")
        assert f"{abs(v.number):f}".replace(".", "").lstrip("0") == shown


def check_invariants(v: ParsedValue) -> None:
    if v.kind in (ValueKind.NUMBER, ValueKind.PERCENT):
        assert v.number is not None and v.number.is_finite()
    else:
        assert v.number is None
    if v.kind is ValueKind.DATE:
        assert v.date is not None and v.text == v.date.isoformat()
    if v.kind is ValueKind.DURATION:
        assert v.duration_iso is not None and v.text == v.duration_iso
    if v.kind is ValueKind.BOOLEAN:
        assert v.boolean is not None and v.text == str(v.boolean).lower()
    if v.kind is ValueKind.TEXT:
        assert v.text == v.raw.strip() and v.text != ""


@given(
    st.one_of(st.none(), st.integers(0, 99)),
    st.one_of(st.none(), st.integers(0, 99)),
    st.one_of(st.none(), st.integers(0, 400)),
)
def test_durations_round_trip(years: int | None, months: int | None, days: int | None) -> None:
    parts = [(years, "year", "Y"), (months, "month", "M"), (days, "day", "D")]
    shown = [(n, word, letter) for n, word, letter in parts if n is not None]
    words = " ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word, _ in shown)
    iso = "P" + "".join(f"{n}{letter}" for n, _, letter in shown)
    if not shown:
        assert parse_duration(words) is None
        return
    assert parse_duration(words) == iso
    assert parse_duration(iso) == iso
    v = parse_value(words)
    assert v.kind is ValueKind.DURATION and v.duration_iso == iso
    # Its length in days, years and months at their average lengths, orders durations by size.
    length = Decimal("365.25") * (years or 0) + Decimal("30.4375") * (months or 0) + (days or 0)
    assert duration_days(iso) == length


def test_duration_days_measures_iso_durations() -> None:
    assert duration_days("P1Y6M") == Decimal("547.875")
    assert duration_days("P90D") == 90
    assert duration_days("P2W") == 14
    assert duration_days("P10Y") > duration_days("P9Y11M30D")  # type: ignore[operator]
    assert duration_days("PT5H") is None  # hours measure no policy period
    assert duration_days("-P1Y") is None


# EDGAR abbreviates every month to three letters with a dot, except May (already short).
EDGAR_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2199, 12, 31)))
@example(datetime.date(2019, 5, 4))
def test_edgar_dates_round_trip(day: datetime.date) -> None:
    raw = f"{EDGAR_MONTHS[day.month - 1]} {day.day:02d}, {day.year}"
    assert parse_date(raw) == day
    v = parse_value(raw)
    assert v.kind is ValueKind.DATE and v.date == day and v.text == day.isoformat()
    assert parse_date(day.strftime("%B %d, %Y")) == day
    assert parse_date(day.isoformat()) == day


def test_a_bare_currency_code_names_its_iso_code() -> None:
    """Old pages write a column's or a title's currency as a bare code: an ISO code names itself, the
    common "RMB" names CNY, and anything else (other capitals, a code with its sign) names none."""

    assert [iso_code_alone(t) for t in ("KRW", "CAD", "RMB", "MMBTU", "ABC", "USD ($)", "Usd")] == [
        "KRW",
        "CAD",
        "CNY",
        None,
        None,
        None,
        None,
    ]
