"""Tests of the XBRL instance parsers (classic and inline), the transformation formats and detection.

The fixtures in tests/data/xbrl are hand-written for a fictional company: one classic instance and one
inline document carrying the same facts, so the two parsers must agree fact for fact.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from warehouse.parse.errors import ParseError
from warehouse.parse.xbrl import (
    XbrlContext,
    XbrlError,
    XbrlFact,
    XbrlInstance,
    XbrlUnit,
    looks_like_inline,
    looks_like_instance,
    parse_inline,
    parse_instance,
)
from warehouse.parse.xbrl.names import standard_prefix
from warehouse.parse.xbrl.transforms import (
    SEC,
    TR1,
    TR2,
    TR3,
    TR4,
    TR5,
    TransformError,
    UnknownFormat,
    transform,
)

DATA = Path(__file__).parents[1] / "data" / "xbrl"
CLASSIC = (DATA / "qfi-20241231.xml").read_bytes()
INLINE = (DATA / "qfi-20241231.htm").read_bytes()
CIK = ("http://www.sec.gov/CIK", "0009990001")
TAX_NOTE = (
    '<p style="font-weight:bold">Note 9. Income Taxes</p>'
    "<p>The Company is subject to income taxes in the United States &amp; Germany.</p>"
    "<p>The effective tax rate was 21.5% in 2024.</p>"
)


@pytest.fixture(scope="module")
def classic() -> XbrlInstance:
    return parse_instance(CLASSIC)


@pytest.fixture(scope="module")
def inline() -> XbrlInstance:
    return parse_inline(INLINE)


def _one(result: XbrlInstance, concept: str, context: str) -> XbrlFact:
    found = [f for f in result.facts if f.concept == concept and f.context_ref == context]
    assert len(found) == 1, found
    return found[0]


# --- what both fixtures hold -------------------------------------------------------------------------------

# concept, context, unit code, exact value, decimals
NUMBERS: list[tuple[str, str, str, str, str | None]] = [
    ("dei:EntityCommonStockSharesOutstanding", "I2025-02-14", "shares", "41250000", "INF"),
    ("us-gaap:Revenues", "FY2024", "USD", "1234500000", "-6"),
    ("us-gaap:Revenues", "FY2023", "USD", "1100200000", "-6"),
    ("us-gaap:Revenues", "FY2024_Sensors", "USD", "800000000", "-6"),
    ("us-gaap:Revenues", "FY2024_Services", "USD", "434500000", "-6"),
    ("us-gaap:Revenues", "FY2024_Sensors_US", "USD", "512300000", "-5"),
    ("us-gaap:NetIncomeLoss", "FY2024", "USD", "-12300000", "-5"),
    ("us-gaap:CashAndCashEquivalentsAtCarryingValue", "I2024", "USD", "210000000", "-6"),
    ("us-gaap:CashAndCashEquivalentsAtCarryingValue", "I2023", "USD", "195400000", "-5"),
    ("us-gaap:EarningsPerShareBasic", "FY2024", "USD/shares", "-0.30", "2"),
    ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "FY2024", "shares", "41000000", "-3"),
    ("us-gaap:EffectiveIncomeTaxRateContinuingOperations", "FY2024", "pure", "0.215", "3"),
    ("us-gaap:OperatingLeaseLiability", "I2024_Lease0042", "USD", "3400000", "-5"),
    ("us-gaap:PaymentsOfDividends", "FY2024", "USD", "0", "-6"),
    ("us-gaap:DebtInstrumentFaceAmount", "I2024", "EUR", "250000000", "-6"),
    ("us-gaap:NumberOfReportableSegments", "FY2024", "Segment", "2", "INF"),
    ("qfi:BacklogAmount", "I2024", "USD", "87600000", "-5"),
]

TEXTS: list[tuple[str, str, str]] = [
    ("dei:DocumentType", "FY2024", "10-K"),
    ("dei:AmendmentFlag", "FY2024", "false"),
    ("dei:DocumentPeriodEndDate", "FY2024", "2024-12-31"),
    ("dei:DocumentFiscalYearFocus", "FY2024", "2024"),
    ("dei:DocumentFiscalPeriodFocus", "FY2024", "FY"),
    ("dei:CurrentFiscalYearEndDate", "FY2024", "--12-31"),
    ("dei:EntityRegistrantName", "FY2024", "Quillfeather Instruments, Inc."),
    ("dei:EntityCentralIndexKey", "FY2024", "0009990001"),
    ("dei:IcfrAuditorAttestationFlag", "FY2024", "true"),
    ("dei:EntityShellCompany", "FY2024", "false"),
    ("us-gaap:DebtInstrumentMaturityDate", "I2024", "2031-06-30"),
    ("us-gaap:IncomeTaxDisclosureTextBlock", "FY2024", TAX_NOTE),
]

BOTH = pytest.mark.parametrize("which", ["classic", "inline"])


def _result(which: str, request: pytest.FixtureRequest) -> XbrlInstance:
    result = request.getfixturevalue(which)
    assert isinstance(result, XbrlInstance)
    return result


@BOTH
@pytest.mark.parametrize(("concept", "context", "unit", "value", "decimals"), NUMBERS)
def test_numeric_facts_are_exact(
    which: str,
    request: pytest.FixtureRequest,
    concept: str,
    context: str,
    unit: str,
    value: str,
    decimals: str | None,
) -> None:
    result = _result(which, request)
    fact = _one(result, concept, context)
    assert fact.value == Decimal(value)
    assert str(fact.value) == value  # written out as reported, no exponent
    assert fact.unit_ref is not None and result.units[fact.unit_ref].code == unit
    assert fact.decimals == decimals
    assert fact.text is None and not fact.is_nil and fact.is_numeric


@BOTH
@pytest.mark.parametrize(("concept", "context", "text"), TEXTS)
def test_text_facts(
    which: str, request: pytest.FixtureRequest, concept: str, context: str, text: str
) -> None:
    fact = _one(_result(which, request), concept, context)
    assert fact.text == text
    assert fact.value is None and fact.unit_ref is None and not fact.is_numeric


@BOTH
def test_contexts(which: str, request: pytest.FixtureRequest) -> None:
    contexts = _result(which, request).contexts
    assert len(contexts) == 9
    assert contexts["FY2024"] == XbrlContext(
        "FY2024", *CIK, "duration", dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    )
    assert contexts["I2023"] == XbrlContext("I2023", *CIK, "instant", None, dt.date(2023, 12, 31))
    # Sorted by dimension whatever the document order (the two fixtures write them in opposite orders).
    assert contexts["FY2024_Sensors_US"].explicit == (
        ("srt:StatementGeographicalAxis", "country:US"),
        ("us-gaap:StatementBusinessSegmentsAxis", "qfi:SensorsSegmentMember"),
    )
    assert contexts["FY2024_Services"].explicit == (
        ("us-gaap:StatementBusinessSegmentsAxis", "qfi:ServicesSegmentMember"),
    )
    lease = contexts["I2024_Lease0042"]
    assert lease.typed == (("qfi:LeaseIdentifierAxis", "LEASE-0042"),)
    assert lease.explicit == ()
    assert lease.period_type == "instant" and lease.end == dt.date(2024, 12, 31)


@BOTH
def test_units(which: str, request: pytest.FixtureRequest) -> None:
    units = _result(which, request).units
    assert units["usd"] == XbrlUnit("usd", ("iso4217:USD",), (), "USD")
    assert units["usdPerShare"] == XbrlUnit("usdPerShare", ("iso4217:USD",), ("xbrli:shares",), "USD/shares")
    assert units["shares"].code == "shares"
    assert units["pure"].code == "pure"
    assert units["eur"].code == "EUR"
    assert units["segment"] == XbrlUnit("segment", ("qfi:Segment",), (), "Segment")


@BOTH
def test_nil_fact(which: str, request: pytest.FixtureRequest) -> None:
    fact = _one(_result(which, request), "us-gaap:GoodwillImpairmentLoss", "FY2024")
    assert fact.is_nil
    assert fact.value is None and fact.text is None
    assert fact.unit_ref == "usd" and fact.decimals is None


@BOTH
def test_footnotes(which: str, request: pytest.FixtureRequest) -> None:
    result = _result(which, request)
    note = result.footnotes["fn-1"]
    assert note.text == "Includes $12.0 million of revenue from a related party."
    assert note.role == "http://www.xbrl.org/2003/role/footnote"
    assert note.lang == "en-US"
    linked = {f.id for f in result.facts if f.footnote_ids}
    assert linked == {"f-rev-2024", "f-rev-sensors"}
    assert _one(result, "us-gaap:Revenues", "FY2024").footnote_ids == ("fn-1",)


@BOTH
def test_document_summary(which: str, request: pytest.FixtureRequest) -> None:
    result = _result(which, request)
    assert result.inline is (which == "inline")
    assert result.schema_refs == ("qfi-20241231.xsd",)
    assert result.entity_ids == (CIK,)
    assert result.cik == "0009990001"
    assert result.registrant_name == "Quillfeather Instruments, Inc."
    assert result.document_type == "10-K"
    assert result.period_end == dt.date(2024, 12, 31)
    assert (result.fiscal_year, result.fiscal_period) == ("2024", "FY")
    assert result.warnings == []
    assert len(result.facts) == len(NUMBERS) + len(TEXTS) + 1  # + the nil fact


def _identity(result: XbrlInstance) -> set[tuple[object, ...]]:
    """What a fact says, independent of the document's ids and layout."""
    return {
        (
            f.concept,
            result.contexts[f.context_ref],
            result.units[f.unit_ref].code if f.unit_ref else None,
            f.value,
            f.text,
            f.is_nil,
            f.decimals,
            tuple(result.footnotes[n] for n in f.footnote_ids),
        )
        for f in result.facts
    }


def test_classic_and_inline_give_the_same_facts(classic: XbrlInstance, inline: XbrlInstance) -> None:
    assert len(classic.facts) == len(inline.facts)
    assert _identity(classic) == _identity(inline)
    assert classic.contexts == inline.contexts
    assert classic.units == inline.units


# --- classic specifics -------------------------------------------------------------------------------------


def test_classic_prefixes_come_from_namespaces(classic: XbrlInstance) -> None:
    # The fixture binds US GAAP to "fasb": names still say us-gaap, in facts and dimensions alike.
    assert not any(f.concept.startswith("fasb:") for f in classic.facts)
    assert classic.contexts["FY2024_Sensors"].explicit[0][0] == "us-gaap:StatementBusinessSegmentsAxis"


def test_classic_raw_is_as_written(classic: XbrlInstance) -> None:
    assert _one(classic, "us-gaap:EarningsPerShareBasic", "FY2024").raw == "-0.30"
    assert not any(f.hidden for f in classic.facts)
    assert all(f.scale is None for f in classic.facts)


def _instance(body: str, extra_ns: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
    xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:us-gaap="http://fasb.org/us-gaap/2023"
    xmlns:ex="http://example.com/2024" {extra_ns}>
  <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
  {body}
</xbrli:xbrl>""".encode()


def _context(
    cid: str = "c", period: str = "<xbrli:instant>2024-12-31</xbrli:instant>", dims: str = ""
) -> str:
    return (
        f'<xbrli:context id="{cid}"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1'
        f"</xbrli:identifier>{dims}</xbrli:entity><xbrli:period>{period}</xbrli:period></xbrli:context>"
    )


def test_contexts_may_follow_the_facts() -> None:
    # Streaming must not assume contexts come first: references are checked at the end.
    facts = "".join(
        f'<us-gaap:Assets contextRef="c{i}" unitRef="usd" decimals="0">{i}</us-gaap:Assets>'
        for i in range(500)
    )
    contexts = "".join(_context(f"c{i}") for i in range(500))
    result = parse_instance(_instance(facts + contexts))
    assert [f.value for f in result.facts] == [Decimal(i) for i in range(500)]
    assert len(result.contexts) == 500


def test_datetime_period_end_at_midnight_is_the_previous_day() -> None:
    period = (
        "<xbrli:startDate>2024-01-01T00:00:00</xbrli:startDate>"
        "<xbrli:endDate>2025-01-01T00:00:00</xbrli:endDate>"
    )
    result = parse_instance(_instance(_context(period=period)))
    ctx = result.contexts["c"]
    assert (ctx.start, ctx.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_forever_and_scenario_dimensions() -> None:
    member = '<xbrldi:explicitMember dimension="ex:BAxis">ex:M</xbrldi:explicitMember>'
    dims = f"<xbrli:segment>{member}</xbrli:segment>"
    ctx = _context(period="<xbrli:forever/>", dims=dims).replace(
        "</xbrli:period>",
        '</xbrli:period><xbrli:scenario><xbrldi:explicitMember dimension="ex:AAxis">ex:N'
        "</xbrldi:explicitMember></xbrli:scenario>",
    )
    result = parse_instance(_instance(ctx))
    got = result.contexts["c"]
    assert (got.period_type, got.start, got.end) == ("forever", None, None)
    assert got.explicit == (("ex:AAxis", "ex:N"), ("ex:BAxis", "ex:M"))


def test_unreadable_number_is_kept_raw_with_a_warning() -> None:
    body = _context() + '<us-gaap:Assets contextRef="c" unitRef="usd" decimals="0">1.5E3</us-gaap:Assets>'
    result = parse_instance(_instance(body))
    fact = result.facts[0]
    assert fact.value is None and fact.raw == "1.5E3"
    assert result.warnings == ["fact us-gaap:Assets: '1.5E3' is not a decimal number"]


def test_tuples_are_skipped_with_a_warning() -> None:
    body = _context() + '<ex:Tuple><ex:Item contextRef="c">x</ex:Item></ex:Tuple>'
    result = parse_instance(_instance(body))
    assert result.facts == []
    assert result.warnings == ["tuple {http://example.com/2024}Tuple skipped: tuples are not read"]


def test_default_namespace_fact_takes_a_declared_prefix_or_clark_notation() -> None:
    body = _context() + (
        '<Widgets xmlns="http://example.com/2024" contextRef="c">w</Widgets>'
        '<Gadgets xmlns="http://other.example/x" contextRef="c">g</Gadgets>'
    )
    result = parse_instance(_instance(body))
    assert [f.concept for f in result.facts] == ["ex:Widgets", "{http://other.example/x}Gadgets"]


# --- inline specifics --------------------------------------------------------------------------------------


def test_inline_raw_is_the_displayed_text(inline: XbrlInstance) -> None:
    assert _one(inline, "us-gaap:Revenues", "FY2024").raw == "1,234.5"
    assert _one(inline, "us-gaap:Revenues", "FY2024").scale == 6
    assert _one(inline, "us-gaap:EffectiveIncomeTaxRateContinuingOperations", "FY2024").scale == -2
    assert _one(inline, "us-gaap:EarningsPerShareBasic", "FY2024").scale == 0
    assert _one(inline, "us-gaap:NetIncomeLoss", "FY2024").raw == "12.3"
    assert _one(inline, "us-gaap:PaymentsOfDividends", "FY2024").raw == "\u2014"
    assert _one(inline, "dei:DocumentPeriodEndDate", "FY2024").raw == "December 31, 2024"
    assert _one(inline, "us-gaap:NumberOfReportableSegments", "FY2024").raw == "two"


def test_inline_hidden_facts(inline: XbrlInstance) -> None:
    hidden = {f.concept for f in inline.facts if f.hidden}
    assert hidden == {
        "dei:AmendmentFlag",
        "dei:DocumentFiscalYearFocus",
        "dei:DocumentFiscalPeriodFocus",
        "dei:EntityCentralIndexKey",
    }


def test_inline_continuation_and_exclude(inline: XbrlInstance) -> None:
    note = _one(inline, "us-gaap:IncomeTaxDisclosureTextBlock", "FY2024")
    assert note.text == TAX_NOTE  # the page number in ix:exclude and the page break between are not in it
    assert "45" not in (note.text or "") and "44" not in (note.text or "")


_IX_NS = (
    'xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" '
    'xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" '
    'xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" '
    'xmlns:ixt3="http://www.xbrl.org/inlineXBRL/transformation/2015-02-26" '
    'xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31" '
    'xmlns:us-gaap="http://fasb.org/us-gaap/2023" xmlns:dei="http://xbrl.sec.gov/dei/2023"'
)


def _inline(body: str, resources: str = "") -> bytes:
    return f"""<html {_IX_NS}><head><title>t</title></head><body>
<div style="display:none"><ix:header><ix:resources>{_context()}
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>{resources}
</ix:resources></ix:header></div>
{body}</body></html>""".encode()


def _nonfraction(content: str, **attrs: str) -> str:
    attrs = {"name": "us-gaap:Assets", "contextRef": "c", "unitRef": "usd", "decimals": "0", **attrs}
    written = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    return f"<ix:nonFraction {written}>{content}</ix:nonFraction>"


@pytest.mark.parametrize(
    ("content", "attrs", "expected"),
    [
        ("1234.50", {}, "1234.50"),  # no format: a plain decimal
        ("1,234.56", {"format": "ixt:num-dot-decimal"}, "1234.56"),
        ("1.234,56", {"format": "ixt:num-comma-decimal", "scale": "3"}, "1234560"),
        ("7.5", {"format": "ixt:num-dot-decimal", "scale": "-2"}, "0.075"),
        ("7", {"format": "ixt:num-dot-decimal", "scale": "9", "sign": "-"}, "-7000000000"),
        ("0", {"format": "ixt:num-dot-decimal", "sign": "-"}, "0"),
        ("-", {"format": "ixt3:zerodash", "scale": "6"}, "0"),
        ("12 dollars 5 cents", {"format": "ixt:num-unit-decimal"}, "12.05"),
        ("twenty-one", {"format": "ixt-sec:numwordsen"}, "21"),
        ("1,234", {"format": "ixt3:numdotdecimal"}, "1234"),
    ],
)
def test_inline_numbers(content: str, attrs: dict[str, str], expected: str) -> None:
    result = parse_inline(_inline(_nonfraction(content, **attrs)))
    assert result.warnings == []
    assert str(result.facts[0].value) == expected


def test_inline_number_without_format_must_be_plain() -> None:
    assert parse_inline(_inline(_nonfraction("1234.5"))).facts[0].value == Decimal("1234.5")
    result = parse_inline(_inline(_nonfraction("1,234")))
    assert result.facts[0].value is None and result.facts[0].raw == "1,234"
    assert len(result.warnings) == 1 and "is not a number" in result.warnings[0]


def test_inline_bad_scale_is_not_guessed() -> None:
    result = parse_inline(_inline(_nonfraction("5", scale="six")))
    assert result.facts[0].value is None and result.facts[0].scale is None
    assert result.warnings == ["fact us-gaap:Assets: '5' (scale 'six') is not a number; raw text kept"]


def test_inline_signed_content_is_not_read() -> None:
    # The sign belongs in sign="-"; a minus in the content is malformed, not a negative number.
    result = parse_inline(_inline(_nonfraction("-5")))
    assert result.facts[0].value is None and len(result.warnings) == 1


@pytest.mark.parametrize(
    ("fmt", "content"),
    [
        ("ixt:num-roman", "XII"),  # unknown in the registry
        ("ixt-sec:numinf", "infinite"),  # SEC format not implemented
        ("nope:num-dot-decimal", "12"),  # undeclared prefix
        ("ixt:num-dot-decimal", "12 million"),  # does not match
        ("ixt:num-dot-decimal", "1.234,5"),  # the other convention: not guessed
    ],
)
def test_inline_unreadable_number_keeps_raw_and_warns(fmt: str, content: str) -> None:
    result = parse_inline(_inline(_nonfraction(content, format=fmt, id="f1")))
    fact = result.facts[0]
    assert fact.value is None and fact.raw == content
    assert len(result.warnings) == 1 and result.warnings[0].startswith("fact f1: ")


def test_inline_unknown_text_format_keeps_raw_text() -> None:
    body = (
        '<ix:nonNumeric name="dei:EntityIncorporationStateCountryCode" contextRef="c" '
        'format="ixt-sec:stateprovnameen">Delaware</ix:nonNumeric>'
    )
    result = parse_inline(_inline(body))
    assert result.facts[0].text == "Delaware"
    assert result.warnings == [
        "fact dei:EntityIncorporationStateCountryCode: unsupported format 'stateprovnameen' "
        f"({SEC}); raw text kept"
    ]


def test_inline_nil_nonfraction_ignores_format() -> None:
    result = parse_inline(
        _inline(
            '<ix:nonFraction name="us-gaap:Assets" contextRef="c" unitRef="usd" format="ixt:num-dot-decimal" '
            'xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
        )
    )
    assert result.facts[0].is_nil and result.facts[0].value is None and result.warnings == []


def test_inline_text_excludes_and_nested_facts() -> None:
    body = (
        '<ix:nonNumeric name="dei:Security12bTitle" contextRef="c">Common <b>stock</b>'
        '<ix:exclude>(footnote)</ix:exclude>, par <ix:nonFraction name="us-gaap:Assets" contextRef="c" '
        'unitRef="usd" decimals="2">0.01</ix:nonFraction></ix:nonNumeric>'
    )
    result = parse_inline(_inline(body))
    assert [f.text for f in result.facts] == ["Common stock, par 0.01", None]
    assert result.facts[1].value == Decimal("0.01")


def test_inline_escaped_html_serialization() -> None:
    body = (
        '<ix:nonNumeric name="us-gaap:Note" contextRef="c" escape="true">'
        '<table class="t"><tr><td>a &lt; b</td><td>x<br/>y</td></tr></table></ix:nonNumeric>'
    )
    fact = parse_inline(_inline(body)).facts[0]
    assert fact.text == '<table class="t"><tr><td>a &lt; b</td><td>x<br/>y</td></tr></table>'


def test_inline_footnote_continuation_and_inherited_language() -> None:
    body = (
        _nonfraction("5", id="f1")
        + '<div xml:lang="fr"><ix:footnote id="n1" continuedAt="k1">Premier</ix:footnote></div>'
        + '<ix:continuation id="k1"> morceau</ix:continuation>'
    )
    rel = '<ix:relationship fromRefs="f1" toRefs="n1"/>'
    result = parse_inline(_inline(body, rel))
    assert result.footnotes["n1"].text == "Premier morceau"
    assert result.footnotes["n1"].lang == "fr"
    assert result.facts[0].footnote_ids == ("n1",)


def test_inline_other_arcroles_are_skipped_with_a_warning() -> None:
    arcrole = "http://www.xbrl.org/2009/arcrole/fact-explanatoryFact"
    rel = f'<ix:relationship arcrole="{arcrole}" fromRefs="f1" toRefs="f2"/>'
    result = parse_inline(_inline(_nonfraction("5", id="f1"), rel))
    assert result.warnings == [
        "ix:relationship of arcrole http://www.xbrl.org/2009/arcrole/fact-explanatoryFact skipped: not read"
    ]


# --- malformed input ---------------------------------------------------------------------------------------

CLASSIC_BAD: list[tuple[bytes, str]] = [
    (b"", "empty file"),
    (b"   \n", "empty file"),
    (b"hello", "not well-formed XML"),
    (CLASSIC[: len(CLASSIC) // 2], "not well-formed XML"),
    (INLINE, "not an XBRL instance: the root element is <html>"),
    (b"<FilingSummary><ReportType>10-K</ReportType></FilingSummary>", "root element is <FilingSummary>"),
    (
        _instance('<us-gaap:Assets contextRef="nope" unitRef="usd">1</us-gaap:Assets>'),
        "undefined context 'nope'",
    ),
    (
        _instance(_context() + '<us-gaap:Assets contextRef="c" unitRef="eur">1</us-gaap:Assets>'),
        "undefined unit",
    ),
    (_instance(_context() + _context()), "duplicate context id 'c'"),
    (_instance(_context(period="<xbrli:instant>2024-02-30</xbrli:instant>")), "bad period date"),
    (_instance(_context(period="<xbrli:startDate>2024-01-01</xbrli:startDate>")), "needs an instant"),
    (
        _instance(_context(dims='<xbrldi:explicitMember dimension="zz:Axis">ex:M</xbrldi:explicitMember>')),
        "prefix 'zz' is not declared",
    ),
    (_instance('<xbrli:unit id="u"></xbrli:unit>'), "unit 'u' has no measure"),
    (
        _instance(_context() + '<ex:A id="x" contextRef="c">1</ex:A><ex:B id="x" contextRef="c">2</ex:B>'),
        "duplicate fact id 'x'",
    ),
]


@pytest.mark.parametrize(("data", "reason"), CLASSIC_BAD)
def test_malformed_instance(data: bytes, reason: str) -> None:
    with pytest.raises(XbrlError) as info:
        parse_instance(data)
    message = str(info.value)
    assert reason in message
    assert "\n" not in message
    assert isinstance(info.value, ParseError) and isinstance(info.value, ValueError)


INLINE_BAD: list[tuple[bytes, str]] = [
    (b"", "empty file"),
    (b"<html><body><p>unclosed</body></html>", "not well-formed XML"),
    (CLASSIC, "not an inline XBRL document: the root element is <xbrl>"),
    (b'<html xmlns="http://www.w3.org/1999/xhtml"><body>plain</body></html>', "no ix:header"),
    (b'<html xmlns="http://www.w3.org/1999/xhtml"><body>&nbsp;</body></html>', "not well-formed XML"),
    (_inline(_nonfraction("1", contextRef="zz")), "undefined context 'zz'"),
    (_inline(_nonfraction("1", unitRef="zz")), "undefined unit 'zz'"),
    (_inline('<ix:nonFraction name="us-gaap:A" contextRef="c">1</ix:nonFraction>'), "without a unitRef"),
    (_inline(_nonfraction("1", name="zz:Assets")), "prefix 'zz' is not declared"),
    (
        _inline('<ix:nonNumeric name="dei:A" contextRef="c" continuedAt="k9">x</ix:nonNumeric>'),
        "continuedAt 'k9' names no ix:continuation",
    ),
    (
        _inline(
            '<ix:nonNumeric name="dei:A" contextRef="c" continuedAt="k1">x</ix:nonNumeric>'
            '<ix:continuation id="k1" continuedAt="k2">y</ix:continuation>'
            '<ix:continuation id="k2" continuedAt="k1">z</ix:continuation>'
        ),
        "continuedAt chain loops at 'k1'",
    ),
    (
        _inline(_nonfraction("1", id="f"), '<ix:relationship fromRefs="f" toRefs="n9"/>'),
        "names no ix:footnote",
    ),
]


@pytest.mark.parametrize(("data", "reason"), INLINE_BAD)
def test_malformed_inline(data: bytes, reason: str) -> None:
    with pytest.raises(XbrlError) as info:
        parse_inline(data)
    assert reason in str(info.value)
    assert "\n" not in str(info.value)


# --- transformation formats --------------------------------------------------------------------------------

TRANSFORMS: list[tuple[str, str, str, str]] = [
    # namespace, format, displayed, value
    (TR4, "num-dot-decimal", "1,234,567.89", "1234567.89"),
    (TR4, "num-dot-decimal", "1 234 567", "1234567"),
    (TR4, "num-dot-decimal", "1\xa0234.5", "1234.5"),
    (TR4, "num-dot-decimal", " 42 ", "42"),
    (TR4, "num-dot-decimal", ".5", ".5"),
    (TR4, "num-comma-decimal", "1.234.567,89", "1234567.89"),
    (TR4, "num-comma-decimal", "0,5", "0.5"),
    (TR5, "num-dot-decimal", "1,234.5", "1234.5"),
    (TR5, "num-dot-decimal-apos", "1'234'567.5", "1234567.5"),
    (TR5, "num-comma-decimal-apos", "1'234,5", "1234.5"),
    (TR2, "numdotdecimal", "1,234.5", "1234.5"),
    (TR3, "numdotdecimal", "1234567", "1234567"),
    (TR3, "numcommadecimal", "1.234,5", "1234.5"),
    (TR1, "numcommadot", "1,234.5", "1234.5"),
    (TR1, "numdotcomma", "1.234,5", "1234.5"),
    (TR1, "numspacedot", "1 234.5", "1234.5"),
    (TR1, "numspacecomma", "1 234,5", "1234.5"),
    (TR1, "numcomma", "1234,5", "1234.5"),
    (TR1, "numdash", "-", "0"),
    (TR4, "num-unit-decimal", "5 dollars 25 cents", "5.25"),
    (TR4, "num-unit-decimal", "1,234 Euro 5 Cent", "1234.05"),
    (TR3, "numunitdecimal", "12 dollars and 50 cents", "12.50"),
    (TR4, "fixed-zero", "—", "0"),
    (TR4, "fixed-zero", "nil", "0"),
    (TR3, "zerodash", "\u2014", "0"),
    (TR3, "zerodash", " - ", "0"),
    (TR4, "fixed-true", "☒", "true"),
    (TR4, "fixed-false", "No", "false"),
    (TR4, "fixed-empty", "anything", ""),
    (TR3, "booleantrue", "Yes", "true"),
    (TR2, "booleanfalse", "no", "false"),
    (TR2, "nocontent", "x", ""),
    (TR4, "date-monthname-day-year-en", "December 31, 2024", "2024-12-31"),
    (TR4, "date-monthname-day-year-en", "Dec. 31, 2024", "2024-12-31"),
    (TR4, "date-monthname-day-year-en", "SEPTEMBER 30 2023", "2023-09-30"),
    (TR4, "date-monthname-day-year-en", "Sept. 1st, 2023", "2023-09-01"),
    (TR4, "date-monthname-day-year-en", "February 29, 2024", "2024-02-29"),
    (TR4, "date-day-monthname-year-en", "31 December 2024", "2024-12-31"),
    (TR4, "date-day-monthname-year-en", "1st March, 24", "2024-03-01"),
    (TR4, "date-month-day-year", "12/31/2024", "2024-12-31"),
    (TR4, "date-month-day-year", "6.30.31", "2031-06-30"),
    (TR4, "date-day-month-year", "31/12/2024", "2024-12-31"),
    (TR4, "date-year-month-day", "2024-12-31", "2024-12-31"),
    (TR4, "date-monthname-day-en", "December 31", "--12-31"),
    (TR4, "date-monthname-day-en", "Feb 29", "--02-29"),
    (TR4, "date-day-monthname-en", "30 June", "--06-30"),
    (TR4, "date-month-day", "12/31", "--12-31"),
    (TR4, "date-day-month", "31/12", "--12-31"),
    (TR4, "date-monthname-year-en", "December 2024", "2024-12"),
    (TR4, "date-month-year", "12/2024", "2024-12"),
    (TR4, "date-year-month", "2024/12", "2024-12"),
    (TR3, "datemonthdayyearen", "December 31, 2024", "2024-12-31"),
    (TR2, "datemonthdayyear", "12/31/2024", "2024-12-31"),
    (TR3, "datedaymonthyearen", "31 Dec 2024", "2024-12-31"),
    (TR3, "datedaymonthyear", "31.12.2024", "2024-12-31"),
    (TR3, "datemonthdayen", "December 31", "--12-31"),
    (TR3, "datemonthyearen", "Dec 2024", "2024-12"),
    (TR1, "datelongus", "December 31, 2024", "2024-12-31"),
    (TR1, "dateshortus", "Dec 31, 2024", "2024-12-31"),
    (TR1, "datelonguk", "31 December 2024", "2024-12-31"),
    (TR1, "dateshortuk", "31 Dec 2024", "2024-12-31"),
    (TR1, "dateslashus", "12/31/2024", "2024-12-31"),
    (TR1, "dateslasheu", "31/12/2024", "2024-12-31"),
    (TR1, "datedotus", "12.31.2024", "2024-12-31"),
    (TR1, "datedoteu", "31.12.2024", "2024-12-31"),
    (SEC, "boolballotbox", "☒", "true"),
    (SEC, "boolballotbox", "☑", "true"),
    (SEC, "boolballotbox", " ☐ ", "false"),
]


@pytest.mark.parametrize(("namespace", "name", "text", "value"), TRANSFORMS)
def test_transform(namespace: str, name: str, text: str, value: str) -> None:
    assert transform(namespace, name, text) == value


NUMWORDS: list[tuple[str, str]] = [
    ("no", "0"),
    ("None", "0"),
    ("zero", "0"),
    ("one", "1"),
    ("Twelve", "12"),
    ("twenty", "20"),
    ("twenty-one", "21"),
    ("ninety nine", "99"),
    ("one hundred", "100"),
    ("one hundred and five", "105"),
    ("three hundred forty-two", "342"),
    ("two thousand", "2000"),
    ("one million two hundred thousand", "1200000"),
    ("five billion, three million and seven", "5003000007"),
]


@pytest.mark.parametrize(("text", "value"), NUMWORDS)
def test_numwordsen(text: str, value: str) -> None:
    assert transform(SEC, "numwordsen", text) == value


BAD_TRANSFORMS: list[tuple[str, str, str]] = [
    (TR4, "num-dot-decimal", "12 million"),
    (TR4, "num-dot-decimal", "1.234,5"),
    (TR4, "num-dot-decimal", "-5"),
    (TR4, "num-dot-decimal", ""),
    (TR4, "num-dot-decimal", ",,,"),
    (TR4, "num-comma-decimal", "1,234.5"),
    (TR3, "numdotdecimal", "1,23,456"),  # TR2/TR3 want groups of three
    (TR1, "numcommadot", "1234,5"),
    (TR3, "zerodash", "0"),
    (TR4, "num-unit-decimal", "5 dollars"),
    (TR4, "date-monthname-day-year-en", "Decem 31, 2024"),
    (TR4, "date-monthname-day-year-en", "February 30, 2024"),
    (TR4, "date-month-day-year", "13/31/2024"),
    (TR4, "date-month-day", "02/30"),
    (TR4, "date-month-year", "13/2024"),
    (TR1, "dateslashus", "12.31.2024"),
    (SEC, "boolballotbox", "X"),
    (SEC, "numwordsen", "one one"),
    (SEC, "numwordsen", "two thousand three thousand"),
    (SEC, "numwordsen", "hundred"),
    (SEC, "numwordsen", "a dozen"),
    (SEC, "numwordsen", "1.5 million"),
    (SEC, "numwordsen", ""),
]


@pytest.mark.parametrize(("namespace", "name", "text"), BAD_TRANSFORMS)
def test_transform_refuses_what_does_not_match(namespace: str, name: str, text: str) -> None:
    with pytest.raises(TransformError) as info:
        transform(namespace, name, text)
    assert not isinstance(info.value, UnknownFormat)


@pytest.mark.parametrize(
    ("namespace", "name"),
    [
        (TR4, "numdotdecimal"),  # TR2 name under the TR4 namespace
        (TR2, "num-dot-decimal"),  # TR4 name under the TR2 namespace
        (SEC, "durwordsen"),
        ("http://example.com/transforms", "num-dot-decimal"),
    ],
)
def test_unknown_format(namespace: str, name: str) -> None:
    with pytest.raises(UnknownFormat):
        transform(namespace, name, "1")


def _grouped(value: Decimal, group: str, point: str) -> str:
    """Write a non-negative decimal the way a filing shows it: thousands groups, a decimal mark."""
    sign, digits, exponent = value.as_tuple()
    assert sign == 0 and isinstance(exponent, int)
    text = "".join(map(str, digits))
    if exponent > 0:
        text += "0" * exponent
        whole, fraction = text, ""
    else:
        text = text.rjust(-exponent + 1, "0")
        whole, fraction = text[: len(text) + exponent], text[len(text) + exponent :]
    groups: list[str] = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    shown = group.join([whole, *groups])
    return f"{shown}{point}{fraction}" if fraction else shown


DECIMALS = st.decimals(
    min_value=0, max_value=Decimal("1e15"), places=None, allow_nan=False, allow_infinity=False
)


@given(value=DECIMALS)
@example(value=Decimal("1234567.890"))
@example(value=Decimal("0.05"))
@example(value=Decimal("1E+3"))
def test_grouped_numbers_round_trip_exactly(value: Decimal) -> None:
    for namespace, name, group, point in [
        (TR4, "num-dot-decimal", ",", "."),
        (TR4, "num-comma-decimal", ".", ","),
        (TR3, "numdotdecimal", ",", "."),
        (TR3, "numcommadecimal", ".", ","),
        (TR4, "num-dot-decimal", "\xa0", "."),
    ]:
        shown = _grouped(value, group, point)
        back = Decimal(transform(namespace, name, shown))
        assert back == value, (name, shown)
        assert back.as_tuple().exponent == min(0, int(value.as_tuple().exponent))  # digits shown are kept


# --- names -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("namespace", "prefix"),
    [
        ("http://fasb.org/us-gaap/2024", "us-gaap"),
        ("http://fasb.org/us-gaap/2018-01-31", "us-gaap"),
        ("http://xbrl.us/us-gaap/2009-01-31", "us-gaap"),
        ("http://xbrl.sec.gov/dei/2024", "dei"),
        ("http://xbrl.sec.gov/dei/2014-01-31", "dei"),
        ("http://fasb.org/srt/2022", "srt"),
        ("http://xbrl.ifrs.org/taxonomy/2023-03-23/ifrs-full", "ifrs-full"),
        ("http://xbrl.sec.gov/country/2023", "country"),
        ("http://xbrl.sec.gov/currency/2021", "currency"),
        ("http://www.xbrl.org/2003/iso4217", "iso4217"),
        ("http://www.xbrl.org/2003/instance", "xbrli"),
        ("http://example.com/20241231", None),
        ("http://fasb.org/us-gaap/2024/extra", None),
    ],
)
def test_standard_prefixes(namespace: str, prefix: str | None) -> None:
    assert standard_prefix(namespace) == prefix


# --- detection ---------------------------------------------------------------------------------------------

R_PAGE = b"| Consolidated Balance Sheets - USD ($) $ in Millions | Dec. 31, 2024 |\n| Cash | $ 210 |\n"
PLAIN_HTML = b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>R2</body></html>'
SUMMARY = b'<?xml version="1.0" encoding="utf-8"?><FilingSummary><Version>3.24</Version></FilingSummary>'
# A linkbase names the instance namespace too; its root is not xbrl.
LINKBASE = b'<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xbrli="http://www.xbrl.org/2003/instance">'


@pytest.mark.parametrize(
    ("head", "instance", "inline_doc"),
    [
        (CLASSIC[:4096], True, False),
        (INLINE[:4096], False, True),
        (b'<xbrl xmlns="http://www.xbrl.org/2003/instance"><context id="c"/>', True, False),
        (
            b"\xef\xbb\xbf<!-- generated --><!DOCTYPE x [<!ENTITY a 'b'>]>\n<xbrli:xbrl xmlns:xbrli='http://www.xbrl.org/2003/instance'>",
            True,
            False,
        ),
        (
            '<?xml version="1.0" encoding="utf-16"?><xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance">'.encode(
                "utf-16"
            ),
            True,
            False,
        ),
        (R_PAGE, False, False),
        (PLAIN_HTML, False, False),
        (SUMMARY, False, False),
        (LINKBASE, False, False),
        (b"", False, False),
        (b"\x00\x01\x02binary", False, False),
        (b"<xbrl>no namespace</xbrl>", False, False),
    ],
)
def test_detection(head: bytes, instance: bool, inline_doc: bool) -> None:
    assert looks_like_instance(head) is instance
    assert looks_like_inline(head) is inline_doc
