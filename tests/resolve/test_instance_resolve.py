"""`resolve_instance`: an XBRL instance (classic or inline) as the records the loader writes for a page.

Pure tests on the two fixtures in tests/data/xbrl (the same fictional filing as a classic instance and as
an inline document), then the records written into real SQLite and PostgreSQL databases.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from warehouse import __version__
from warehouse.db import schema as t
from warehouse.db.migrate import ensure_current
from warehouse.load.writer import FileToWrite, write_files
from warehouse.parse.html.members import make_member
from warehouse.parse.html.names import Names
from warehouse.parse.xbrl import XbrlFact, XbrlInstance, parse_inline, parse_instance
from warehouse.resolve.instance import filing_identity, member_label, resolve_instance
from warehouse.resolve.model import FactRec, FilingRec, ReportRec
from warehouse.resolve.page import member_rec

DATA = Path(__file__).parents[1] / "data" / "xbrl"
CLASSIC_PATH = DATA / "qfi-20241231.xml"
INLINE_PATH = DATA / "qfi-20241231.htm"
FILING = FilingRec(key="accession:0009990001-25-000001", kind="submission", cik="0009990001")
CIK = "0009990001"
FY2024 = f"duration|2024-01-01|2024-12-31|{CIK}"
I2024 = f"instant|-|2024-12-31|{CIK}"
SEGMENT = "name:us-gaap:StatementBusinessSegmentsAxis=qfi:SensorsSegmentMember"
US = "name:srt:StatementGeographicalAxis=country:US"
LEASE = "typed:qfi:LeaseIdentifierAxis=LEASE-0042"
NOTE = "Includes $12.0 million of revenue from a related party."

BOTH = pytest.mark.parametrize("which", ["classic", "inline"])


@pytest.fixture(scope="module")
def classic() -> XbrlInstance:
    return parse_instance(CLASSIC_PATH.read_bytes())


@pytest.fixture(scope="module")
def inline() -> XbrlInstance:
    return parse_inline(INLINE_PATH.read_bytes())


def _inst(which: str, request: pytest.FixtureRequest) -> XbrlInstance:
    inst = request.getfixturevalue(which)
    assert isinstance(inst, XbrlInstance)
    return inst


def _resolve(inst: XbrlInstance) -> ReportRec:
    return resolve_instance(inst, FILING, "Quillfeather 10-K 2024")


def _facts(rep: ReportRec, concept: str, context_key: str) -> list[FactRec]:
    return [f for f in rep.facts if f.concept_key == f"name:{concept}" and f.context_key == context_key]


def _one(rep: ReportRec, concept: str, context_key: str) -> FactRec:
    found = _facts(rep, concept, context_key)
    assert len(found) == 1, found
    return found[0]


# --- shape ------------------------------------------------------------------------------------------------


@BOTH
def test_every_fact_at_its_own_position(which: str, request: pytest.FixtureRequest) -> None:
    inst = _inst(which, request)
    rep = _resolve(inst)
    assert len(rep.facts) == len(inst.facts) == 30
    assert len({(f.row_index, f.column_index) for f in rep.facts}) == len(rep.facts)
    assert len(rep.rows) == len({f.concept for f in inst.facts}) == 25
    assert len(rep.columns) == 16  # distinct (context, unit) pairs, text facts under unit "-"
    assert [r.row_index for r in rep.rows] == list(range(25))
    assert [c.column_index for c in rep.columns] == list(range(16))
    assert {r.kind for r in rep.rows} == {"value"}
    assert all(r.concept_key == f"name:{r.label}" for r in rep.rows)
    assert rep.kind == "instance" and rep.filing is FILING and rep.report_name == rep.title
    assert rep.notes is None  # the fixtures parse without warnings


def test_rows_and_columns_in_order_of_first_appearance(classic: XbrlInstance) -> None:
    rep = _resolve(classic)
    assert [r.label for r in rep.rows[:3]] == [
        "dei:DocumentType",
        "dei:AmendmentFlag",
        "dei:DocumentPeriodEndDate",
    ]
    assert [c.header for c in rep.columns] == [
        "FY2024 | -",
        "I2025-02-14 | shares",
        "FY2024 | USD",
        "FY2023 | USD",
        "FY2024_Sensors | USD",
        "FY2024_Services | USD",
        "FY2024_Sensors_US | USD",
        "I2024 | USD",
        "I2023 | USD",
        "FY2024 | USD/shares",
        "FY2024 | shares",
        "FY2024 | pure",
        "I2024_Lease0042 | USD",
        "I2024 | EUR",
        "I2024 | -",
        "FY2024 | Segment",
    ]


@BOTH
def test_columns_carry_period_members_and_unit(which: str, request: pytest.FixtureRequest) -> None:
    rep = _resolve(_inst(which, request))
    by_header = {c.header: c for c in rep.columns}
    us = by_header["FY2024_Sensors_US | USD"]
    assert (us.period_type, us.period_start, us.period_end) == (
        "duration",
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
    )
    assert us.member_labels == "US | Sensors Segment"  # sorted by axis, as the parser gives them
    assert us.unit_hint == "USD" and us.certain and us.group_label is None
    lease = by_header["I2024_Lease0042 | USD"]
    assert (lease.period_type, lease.period_start, lease.period_end) == (
        "instant",
        None,
        dt.date(2024, 12, 31),
    )
    assert lease.member_labels == "Lease Identifier: LEASE-0042"
    assert by_header["FY2024 | -"].unit_hint is None


# --- values -----------------------------------------------------------------------------------------------


@BOTH
def test_numbers_are_exact_and_not_scaled_again(which: str, request: pytest.FixtureRequest) -> None:
    rep = _resolve(_inst(which, request))
    rev = _one(rep, "us-gaap:Revenues", FY2024)
    assert rev.value == Decimal("1234500000") and str(rev.value) == "1234500000"
    assert (rev.unit_code, rev.value_kind, rev.value_text, rev.is_nil) == ("USD", "number", None, False)
    assert (rev.unit_rule, rev.column_certain) == ("xbrl_unit", True)
    if which == "inline":  # the displayed text and the power of ten the document applied to it
        assert (rev.raw_value, rev.scale, rev.placement_rule) == ("1,234.5", 6, "inline_xbrl")
        assert _one(rep, "us-gaap:NetIncomeLoss", FY2024).raw_value == "12.3"  # shown in parentheses
    else:
        assert (rev.raw_value, rev.scale, rev.placement_rule) == ("1234500000", 0, "xbrl_instance")
    assert _one(rep, "us-gaap:NetIncomeLoss", FY2024).value == Decimal("-12300000")
    eps = _one(rep, "us-gaap:EarningsPerShareBasic", FY2024)
    assert (eps.value, eps.unit_code) == (Decimal("-0.30"), "USD/shares")
    rate = _one(rep, "us-gaap:EffectiveIncomeTaxRateContinuingOperations", FY2024)
    assert (rate.value, rate.unit_code) == (Decimal("0.215"), "pure")
    assert _one(rep, "us-gaap:DebtInstrumentFaceAmount", I2024).unit_code == "EUR"
    assert _one(rep, "us-gaap:PaymentsOfDividends", FY2024).value == Decimal("0")
    shares = _one(rep, "dei:EntityCommonStockSharesOutstanding", f"instant|-|2025-02-14|{CIK}")
    assert (shares.value, shares.unit_code) == (Decimal("41250000"), "shares")


@BOTH
def test_text_booleans_and_dates(which: str, request: pytest.FixtureRequest) -> None:
    rep = _resolve(_inst(which, request))
    texts = {
        "dei:DocumentType": "10-K",
        "dei:AmendmentFlag": "false",
        "dei:IcfrAuditorAttestationFlag": "true",
        "dei:DocumentPeriodEndDate": "2024-12-31",
    }
    for concept, text in texts.items():
        fact = _one(rep, concept, FY2024)
        assert (fact.value_text, fact.value, fact.value_kind, fact.unit_code) == (text, None, "text", None)
        assert fact.unit_rule is None
    maturity = _one(rep, "us-gaap:DebtInstrumentMaturityDate", I2024)
    assert maturity.value_text == "2031-06-30"
    if which == "inline":
        assert _one(rep, "dei:DocumentPeriodEndDate", FY2024).raw_value == "December 31, 2024"


@BOTH
def test_nil_fact(which: str, request: pytest.FixtureRequest) -> None:
    fact = _one(_resolve(_inst(which, request)), "us-gaap:GoodwillImpairmentLoss", FY2024)
    assert fact.is_nil and fact.value_kind == "nil"
    assert fact.value is None and fact.value_text is None and fact.raw_value == ""
    assert fact.unit_code == "USD"  # a nil number still has its unit


@BOTH
def test_footnotes(which: str, request: pytest.FixtureRequest) -> None:
    rep = _resolve(_inst(which, request))
    assert rep.footnote_texts == {"[1]": NOTE}
    noted = {(f.concept_key, f.context_key, f.footnotes) for f in rep.facts if f.footnotes}
    assert noted == {
        ("name:us-gaap:Revenues", FY2024, ("[1]",)),
        ("name:us-gaap:Revenues", f"{FY2024}|{SEGMENT}", ("[1]",)),
    }


def test_footnote_markers_follow_first_use(classic: XbrlInstance) -> None:
    second = dataclasses.replace(classic.footnotes["fn-1"], id="fn-2", text="Restated.")
    facts = [
        dataclasses.replace(f, footnote_ids=("fn-2", "fn-1")) if f.concept == "dei:DocumentType" else f
        for f in classic.facts
    ]
    rep = _resolve(dataclasses.replace(classic, facts=facts, footnotes={**classic.footnotes, "fn-2": second}))
    assert rep.footnote_texts == {"[1]": "Restated.", "[2]": NOTE}
    assert _one(rep, "dei:DocumentType", FY2024).footnotes == ("[1]", "[2]")
    assert _one(rep, "us-gaap:Revenues", FY2024).footnotes == ("[2]",)


# --- contexts, members, units, concepts -------------------------------------------------------------------


@BOTH
def test_contexts_members_and_entity(which: str, request: pytest.FixtureRequest) -> None:
    rep = _resolve(_inst(which, request))
    assert len(rep.contexts) == 9
    assert all(c.entity == CIK and f"|{CIK}" in c.key for c in rep.contexts.values())
    ctx = rep.contexts[f"{FY2024}|{US}|{SEGMENT}"]
    assert ctx.member_keys == (US, SEGMENT)
    assert (ctx.period_type, ctx.period_start, ctx.period_end) == (
        "duration",
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
    )
    assert rep.contexts[f"{I2024}|{LEASE}"].member_keys == (LEASE,)
    lease = _one(rep, "us-gaap:OperatingLeaseLiability", f"{I2024}|{LEASE}")
    assert lease.value == Decimal("3400000")
    assert set(rep.members) == {SEGMENT, US, LEASE, SEGMENT.replace("Sensors", "Services")}
    segment = rep.members[SEGMENT]
    assert (segment.label, segment.axis_name, segment.member_name) == (
        "Sensors Segment",
        "us-gaap:StatementBusinessSegmentsAxis",
        "qfi:SensorsSegmentMember",
    )
    typed = rep.members[LEASE]
    assert (typed.axis_name, typed.member_name, typed.typed_value) == (
        "qfi:LeaseIdentifierAxis",
        None,
        "LEASE-0042",
    )


def test_member_keys_equal_the_r_page_path(classic: XbrlInstance) -> None:
    # The HTML R-page parser names members from the page's links; the keys must be the same strings.
    rep = _resolve(classic)
    names = Names(["us-gaap_", "qfi_", "srt_", "country_"])
    explicit = make_member(
        "Sensors [Member]", "us-gaap_StatementBusinessSegmentsAxis=qfi_SensorsSegmentMember", names
    )
    typed = make_member("Lease Identifier: LEASE-0042", "qfi_LeaseIdentifierAxis=LEASE-0042", names)
    assert member_rec(explicit).key in rep.members
    assert member_rec(typed).key in rep.members


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("us-gaap:ProductMember", "Product"),
        ("qfi:SensorsSegmentMember", "Sensors Segment"),
        ("country:US", "US"),
        ("us-gaap:USTreasurySecuritiesMember", "US Treasury Securities"),
        ("us-gaap:FairValueInputsLevel1Member", "Fair Value Inputs Level 1"),
        ("ex:Member", "Member"),
    ],
)
def test_member_label(name: str, label: str) -> None:
    assert member_label(name) == label


@BOTH
def test_units_and_concepts(which: str, request: pytest.FixtureRequest) -> None:
    rep = _resolve(_inst(which, request))
    kinds = {code: (u.kind, u.numerator, u.denominator) for code, u in rep.units.items()}
    assert kinds == {
        "USD": ("monetary", "USD", None),
        "EUR": ("monetary", "EUR", None),
        "USD/shares": ("per_share", "USD", "shares"),
        "shares": ("shares", "shares", None),
        "pure": ("pure", "pure", None),
        "Segment": ("other", "Segment", None),
    }
    concept = rep.concepts["name:qfi:BacklogAmount"]
    assert (concept.identity, concept.concept_name, concept.label, concept.is_abstract) == (
        "name",
        "qfi:BacklogAmount",
        "qfi:BacklogAmount",
        False,
    )
    assert len(rep.concepts) == 25


def _identity(rep: ReportRec) -> set[tuple[object, ...]]:
    return {
        (
            f.concept_key,
            f.context_key,
            f.unit_code,
            f.value,
            f.value_text,
            f.value_kind,
            tuple(rep.footnote_texts[m] for m in f.footnotes),
        )
        for f in rep.facts
    }


def test_classic_and_inline_give_the_same_facts(classic: XbrlInstance, inline: XbrlInstance) -> None:
    a, b = _resolve(classic), _resolve(inline)
    assert len(_identity(a)) == len(a.facts)  # nothing collapsed by the comparison itself
    assert _identity(a) == _identity(b)
    assert a.contexts == b.contexts
    assert a.members == b.members
    assert a.units == b.units
    assert a.concepts == b.concepts


# --- duplicates -------------------------------------------------------------------------------------------


@BOTH
def test_duplicate_facts_get_columns_of_their_own(which: str, request: pytest.FixtureRequest) -> None:
    inst = _inst(which, request)
    first = next(f for f in inst.facts if f.concept == "us-gaap:Revenues" and f.context_ref == "FY2024")
    doc_type = next(f for f in inst.facts if f.concept == "dei:DocumentType")
    # A number tagged again in a note (twice), and a cover fact repeated: all kept.
    extra: list[XbrlFact] = [
        dataclasses.replace(first, id="dup-a", footnote_ids=()),
        dataclasses.replace(doc_type, id=None),
        dataclasses.replace(first, id="dup-b", footnote_ids=()),
    ]
    rep = _resolve(dataclasses.replace(inst, facts=[*inst.facts, *extra]))
    assert len(rep.facts) == len(inst.facts) + 3
    assert len({(f.row_index, f.column_index) for f in rep.facts}) == len(rep.facts)
    revenues = _facts(rep, "us-gaap:Revenues", FY2024)
    headers = {c.column_index: c.header for c in rep.columns}
    assert [headers[f.column_index] for f in revenues] == [
        "FY2024 | USD",
        "FY2024 | USD | duplicate 2",
        "FY2024 | USD | duplicate 3",
    ]
    assert {f.row_index for f in revenues} == {revenues[0].row_index}
    assert all(f.value == Decimal("1234500000") for f in revenues)
    assert [headers[f.column_index] for f in _facts(rep, "dei:DocumentType", FY2024)] == [
        "FY2024 | -",
        "FY2024 | - | duplicate 2",
    ]
    assert len(rep.columns) == 16 + 3
    dup = next(c for c in rep.columns if c.header == "FY2024 | USD | duplicate 2")
    assert (dup.period_end, dup.unit_hint) == (dt.date(2024, 12, 31), "USD")
    assert len(rep.contexts) == 9  # duplicates add columns, not contexts


# --- instances unlike the fixtures ------------------------------------------------------------------------


def _instance(contexts: str, facts: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
    xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:us-gaap="http://fasb.org/us-gaap/2024"
    xmlns:dei="http://xbrl.sec.gov/dei/2024" xmlns:ex="http://example.com/2024">
  <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
  <xbrli:unit id="sqft"><xbrli:measure>ex:sqft</xbrli:measure></xbrli:unit>
  {contexts}{facts}
</xbrli:xbrl>""".encode()


def _context(cid: str, period: str, ident: str = "320193", scheme: str = "http://www.sec.gov/CIK") -> str:
    return (
        f'<xbrli:context id="{cid}"><xbrli:entity><xbrli:identifier scheme="{scheme}">{ident}'
        f"</xbrli:identifier></xbrli:entity><xbrli:period>{period}</xbrli:period></xbrli:context>"
    )


def test_forever_short_cik_other_scheme_and_unreadable_number() -> None:
    contexts = _context("f", "<xbrli:forever/>") + _context(
        "i", "<xbrli:instant>2024-06-30</xbrli:instant>", ident="ABC", scheme="http://example.com/id"
    )
    facts = (
        '<ex:Motto contextRef="f">Forever yours</ex:Motto>'
        '<us-gaap:Assets contextRef="i" unitRef="usd" decimals="0">1.5E3</us-gaap:Assets>'
        '<ex:Area contextRef="f" unitRef="sqft" decimals="0">1200</ex:Area>'
        '<dei:AmendmentFlag contextRef="f">true</dei:AmendmentFlag>'
    )
    inst = parse_instance(_instance(contexts, facts))
    rep = _resolve(inst)
    forever = rep.contexts["forever|-|-|0000320193"]
    assert (forever.period_type, forever.period_start, forever.period_end) == ("forever", None, None)
    assert forever.entity == "0000320193"  # zero-padded
    assert rep.columns[0].period_type == "forever"
    other = rep.contexts["instant|-|2024-06-30|-"]
    assert other.entity is None  # not an SEC CIK
    assets = _one(rep, "us-gaap:Assets", other.key)
    assert (assets.value, assets.value_text, assets.value_kind, assets.unit_code) == (
        None,
        "1.5E3",
        "text",
        "USD",
    )
    assert rep.notes == "fact us-gaap:Assets: '1.5E3' is not a decimal number"
    assert rep.units["sqft"].kind == "other"
    assert filing_identity(inst)["is_amendment"] is True
    assert filing_identity(inst)["cik"] == "0000320193"


@BOTH
def test_filing_identity(which: str, request: pytest.FixtureRequest) -> None:
    ident = filing_identity(_inst(which, request))
    assert ident == {
        "cik": CIK,
        "company_name": "Quillfeather Instruments, Inc.",
        "form_type": "10-K",
        "period_of_report": dt.date(2024, 12, 31),
        "fiscal_year": 2024,
        "fiscal_period": "FY",
        "is_amendment": False,
    }
    filing = FilingRec(key="accession:x", kind="submission", **ident)
    assert filing.fiscal_year == 2024


# --- written to a real database ---------------------------------------------------------------------------


def _run(engine: Engine) -> int:
    with engine.begin() as conn:
        run_id: int = conn.execute(
            sa.insert(t.load_runs).returning(t.load_runs.c.id),
            {
                "started_at": dt.datetime.now(dt.UTC),
                "root": DATA.as_posix(),
                "status": "running",
                "files_seen": 2,
                "tool_version": __version__,
                "host": socket.gethostname(),
            },
        ).scalar_one()
    return run_id


def test_written_facts_land_in_facts_flat(
    engine: Engine, classic: XbrlInstance, inline: XbrlInstance
) -> None:
    ensure_current(engine)
    filing = FilingRec(key="accession:0009990001-25-000001", kind="submission", **filing_identity(classic))
    files = [
        FileToWrite(
            path.as_posix(),
            path.name,
            f"{i:064x}",
            path.stat().st_size,
            fmt,
            resolve_instance(inst, filing, path.name),
        )
        for i, (path, fmt, inst) in enumerate(
            [(CLASSIC_PATH, "xbrl-instance", classic), (INLINE_PATH, "inline-xbrl", inline)]
        )
    ]
    with engine.begin() as conn:
        stats = write_files(conn, files, _run(engine))
    assert stats.facts == 60
    with engine.connect() as conn:

        def rows(sql: str, **params: object) -> list[tuple[object, ...]]:
            return [tuple(r) for r in conn.execute(sa.text(sql), params)]

        assert rows("SELECT source_path, COUNT(*) FROM facts_flat GROUP BY source_path ORDER BY 1") == [
            ("qfi-20241231.htm", 30),
            ("qfi-20241231.xml", 30),
        ]
        got = rows(
            """
            SELECT source_path, row_label, period_type, period_start, period_end, unit, raw_value, value,
                   concept_name, concept_key
            FROM facts_flat WHERE row_label = 'us-gaap:Revenues' AND column_index = 2 ORDER BY source_path
            """
        )
        assert [
            (r[0], r[2], str(r[3]), str(r[4]), r[5], r[6], Decimal(str(r[7])), r[8], r[9]) for r in got
        ] == [
            (
                src,
                "duration",
                "2024-01-01",
                "2024-12-31",
                "USD",
                raw,
                Decimal("1234500000"),
                "us-gaap:Revenues",
                "name:us-gaap:Revenues",
            )
            for src, raw in [("qfi-20241231.htm", "1,234.5"), ("qfi-20241231.xml", "1234500000")]
        ]
        eps = rows("SELECT value FROM facts_flat WHERE row_label = 'us-gaap:EarningsPerShareBasic'")
        assert [Decimal(str(v)) for (v,) in eps] == [Decimal("-0.30")] * 2
        # Both documents share contexts, members, units and concepts by natural key.
        for table, n in [
            ("contexts", 9),
            ("dimensions", 4),
            ("units", 6),
            ("concepts", 25),
            ("fact_footnotes", 4),
        ]:
            assert rows(f"SELECT COUNT(*) FROM {table}") == [(n,)], table
        assert rows("SELECT DISTINCT entity FROM contexts") == [(CIK,)]
        assert rows("SELECT DISTINCT text FROM footnotes") == [(NOTE,)]
        nil = rows("SELECT is_nil, value_kind, value FROM facts WHERE value_kind = 'nil'")
        assert [(bool(a), b, c) for a, b, c in nil] == [(True, "nil", None)] * 2
        filing_row = rows("SELECT cik, form_type, fiscal_year, is_amendment FROM filings")
        assert [(a, b, c, bool(d)) for a, b, c, d in filing_row] == [(CIK, "10-K", 2024, False)]
