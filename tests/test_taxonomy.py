"""Taxonomy packages: parsing (pure), loading on both backends, lookups, the CLI, the real package.

tests/data/taxonomy/tst-2024 is a small taxonomy written for these tests in the official formats
(taxonomy package, element schema, label and documentation linkbases, calculation linkbases in a
file and embedded in a schema, presentation linkbase), laid out like the FASB packages.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from tests.conftest import DATA, SAMPLES
from tests.support.taxonomy_copies import taxonomy_copy
from warehouse.cli.app import app
from warehouse.db import schema as t
from warehouse.identity import norm, short_hash
from warehouse.load.runner import load_directory
from warehouse.taxonomy import (
    TaxonomyError,
    calculation_children,
    calculation_parents,
    find_by_doc_key,
    find_by_documentation,
    find_by_label,
    find_by_name,
    labels_of,
    list_taxonomies,
    load_taxonomy,
    parse_path,
)

TAX = DATA / "taxonomy" / "tst-2024"
SHARED_US_GAAP = Path(__file__).resolve().parents[2] / "shared" / "taxonomy" / "us-gaap-2025"
BS = "http://xbrl.example.org/tst/role/statement/StatementOfFinancialPosition"
IS = "http://xbrl.example.org/tst/role/statement/IncomeStatement"
CF = "http://xbrl.example.org/tst/role/statement/StatementOfCashFlows"
CONCENTRATION_DOC = (
    "For an entity that discloses a concentration risk in relation to quantitative amount, which serves "
    'as the "benchmark" (or denominator) in the equation, this concept represents the concentration '
    "percentage derived from the division."
)
CASH_DOC = "Amount of currency on hand as well as demand deposits with banks or financial institutions."

runner = CliRunner()


def _zip(folder: Path, dest: Path) -> Path:
    """Zip a package the way FASB ships them: everything under one top folder."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                z.write(p, f"{folder.name}/{p.relative_to(folder).as_posix()}")
    return dest


def _variant(tmp_path: Path, name: str, version: str | None = None, cash_doc: str | None = None) -> Path:
    """A copy of the test package as another version, or with Cash's documentation reworded."""
    replace = {"tst-doc-2024.xml": (CASH_DOC, cash_doc)} if cash_doc else None
    return taxonomy_copy(tmp_path / name, version, replace)


def _count(engine: Engine, table: sa.Table) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


# --- parsing (no database) --------------------------------------------------------------------------


def test_parse_package_metadata_and_counts() -> None:
    tax = parse_path(TAX)
    info = tax.info
    # The package's own name and version, not those of its entry point.
    assert (info.identifier, info.name, info.version, info.year) == (
        "http://xbrl.example.org/tst/2024",
        "Test Reporting Taxonomy 2024",
        "2024",
        2024,
    )
    assert info.publication_date is not None and info.publication_date.isoformat() == "2024-03-15"
    assert tax.n_files == 6  # META-INF files are metadata, not parsed
    # 22 top-level declarations: the tuple's nested ref and local element are not elements.
    assert len(tax.elements) == 22 and "LocalNote" not in {e.name for e in tax.elements}
    assert (len(tax.labels), len(tax.calculations), len(tax.presentation)) == (50, 7, 12)


def test_parse_element_declarations() -> None:
    els = {e.name: e for e in parse_path(TAX).elements}
    allowance = els["AllowanceForDoubtfulAccountsReceivableCurrent"]
    assert (allowance.prefix, allowance.namespace, allowance.element_id) == (
        "tst",
        "http://xbrl.example.org/tst/2024",
        "tst_AllowanceForDoubtfulAccountsReceivableCurrent",
    )
    assert (allowance.data_type, allowance.period_type, allowance.balance) == (
        "xbrli:monetaryItemType",
        "instant",
        "credit",
    )
    assert (allowance.abstract, allowance.nillable) == (False, True)
    assert allowance.substitution_group == "xbrli:item"
    facts = {
        name: (els[name].data_type, els[name].period_type, els[name].balance)
        for name in (
            "Revenues",
            "EarningsPerShareBasic",
            "WeightedAverageNumberOfSharesOutstandingBasic",
            "ClassOfWarrantOrRightOutstanding",
            "ConcentrationRiskPercentage1",
            "SubsequentEventDate",
            "AuditorName",
        )
    }
    assert facts == {
        "Revenues": ("xbrli:monetaryItemType", "duration", "credit"),
        "EarningsPerShareBasic": ("dtr-types:perShareItemType", "duration", None),
        "WeightedAverageNumberOfSharesOutstandingBasic": ("xbrli:sharesItemType", "duration", None),
        "ClassOfWarrantOrRightOutstanding": ("xbrli:sharesItemType", "instant", None),
        "ConcentrationRiskPercentage1": ("dtr-types:percentItemType", "duration", None),
        "SubsequentEventDate": ("xbrli:dateItemType", "duration", None),
        "AuditorName": ("xbrli:stringItemType", "duration", None),
    }
    assert els["AuditorName"].nillable is False
    assert els["IncomeStatementAbstract"].abstract is True
    tup = els["AuditorTuple"]
    assert (tup.substitution_group, tup.data_type, tup.period_type) == ("xbrli:tuple", None, None)


def test_parse_labels_by_role_and_language() -> None:
    labels = {(lb.name, lb.role, lb.lang): lb.text for lb in parse_path(TAX).labels}
    assert labels[("Cash", "standard", "en-US")] == "Cash"
    assert labels[("Cash", "terse", "en-US")] == "Cash"
    assert labels[("Cash", "periodStart", "en-US")] == "Cash, beginning of period"
    assert labels[("Cash", "periodEnd", "en-US")] == "Cash, end of period"
    assert labels[("Cash", "documentation", "en-US")] == CASH_DOC
    assert labels[("Assets", "total", "en-US")] == "Total assets"
    assert labels[("Assets", "verbose", "en-US")] == "Assets, total of current and noncurrent"
    assert labels[("Assets", "standard", "de")] == "Vermögenswerte"
    assert labels[("CostOfRevenue", "negated", "en-US")] == "Cost of revenue (negated)"  # a 2009 role
    # Entities decoded, text as published.
    assert labels[("ConcentrationRiskPercentage1", "documentation", "en-US")] == CONCENTRATION_DOC
    docs = [k for k in labels if k[1] == "documentation"]
    assert len(docs) == 18


def test_parse_calculations_from_files_and_embedded_linkbases() -> None:
    calcs = {(c.role, c.parent, c.child): (c.weight, c.order) for c in parse_path(TAX).calculations}
    assert calcs == {
        # Embedded in stm/tst-stm-sfp-2024.xsd, XBRL 2.1 summation-item.
        (IS, "tst:GrossProfit", "tst:Revenues"): (Decimal("1.0"), Decimal(10)),
        (IS, "tst:GrossProfit", "tst:CostOfRevenue"): (Decimal("-1.0"), Decimal(20)),
        # stm/tst-stm-sfp-cal-2024.xml, Calculations 1.1 arcrole; Assets -> Cash is prohibited.
        (BS, "tst:Assets", "tst:AssetsCurrent"): (Decimal("1.0"), Decimal(10)),
        (BS, "tst:AssetsCurrent", "tst:Cash"): (Decimal("1.0"), Decimal(10)),
        (BS, "tst:AssetsCurrent", "tst:AccountsReceivableNetCurrent"): (Decimal("1.0"), Decimal(20)),
        (BS, "tst:AccountsReceivableNetCurrent", "tst:AccountsReceivableGrossCurrent"): (
            Decimal("1.0"),
            Decimal(10),
        ),
        (BS, "tst:AccountsReceivableNetCurrent", "tst:AllowanceForDoubtfulAccountsReceivableCurrent"): (
            Decimal("-1.0"),
            Decimal(20),
        ),
    }


def test_parse_presentation_keeps_roll_forward_and_foreign_locators() -> None:
    pres = [(p.role, p.parent, p.child, p.order, p.preferred_label) for p in parse_path(TAX).presentation]
    cash_flow = [(child, order, pref) for role, _, child, order, pref in pres if role == CF]
    assert cash_flow == [
        ("tst:Cash", Decimal(10), "periodStart"),
        ("tst:CashPeriodIncreaseDecrease", Decimal(20), None),
        ("tst:Cash", Decimal(30), "periodEnd"),
    ]
    # A locator into a schema the package lacks is named by the id convention prefix_Name.
    assert (IS, "tst:IncomeStatementAbstract", "srt:StatementScenarioAxis", Decimal(5), None) in pres
    assert (IS, "tst:IncomeStatementAbstract", "tst:CostOfRevenue", Decimal(20), "negated") in pres


def test_zip_and_folder_parse_the_same(tmp_path: Path) -> None:
    folder, zipped = parse_path(TAX), parse_path(_zip(TAX, tmp_path / "tst-2024.zip"))
    assert zipped.sha256 == folder.sha256
    assert zipped.info == folder.info
    assert (zipped.elements, zipped.labels, zipped.calculations, zipped.presentation) == (
        folder.elements,
        folder.labels,
        folder.calculations,
        folder.presentation,
    )
    assert zipped.source == str(tmp_path / "tst-2024.zip")


def test_names_come_from_the_folder_without_package_metadata(tmp_path: Path) -> None:
    bare = tmp_path / "tst-2023"
    shutil.copytree(TAX, bare)
    shutil.rmtree(bare / "META-INF")
    info = parse_path(bare).info
    assert (info.identifier, info.name, info.version, info.year, info.from_metadata) == (
        "tst-2023",
        "tst-2023",
        "2023",
        2023,
        False,
    )


def _empty_folder(d: Path) -> Path:
    (d / "empty").mkdir()
    return d / "empty"


def _text_file(d: Path) -> Path:
    (d / "notes.txt").write_text("hello")
    return d / "notes.txt"


def _fake_zip(d: Path) -> Path:
    (d / "fake.zip").write_text("PK but not a zip")
    return d / "fake.zip"


def _broken_schema(d: Path) -> Path:
    (d / "bad").mkdir()
    (d / "bad" / "x.xsd").write_text("<xs:schema")
    return d / "bad"


def _corrupt_zip(d: Path) -> Path:
    data = bytearray(_zip(TAX, d / "good.zip").read_bytes())
    at = data.index(b"elts/tst-lab-2024.xml") + 200  # inside that member's compressed bytes
    data[at : at + 50] = bytes(50)
    (d / "corrupt.zip").write_bytes(bytes(data))
    return d / "corrupt.zip"


def _two_packages(d: Path) -> Path:
    for name in ("tst-a", "tst-b"):
        shutil.copytree(TAX, d / "both" / name)
    return d / "both"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_two_packages, "holds 2 taxonomy packages (tst-a, tst-b): give each one as a path"),
        (_empty_folder, "not a taxonomy: no META-INF/taxonomyPackage.xml and no .xsd schema"),
        (_text_file, "not a taxonomy: neither a folder nor a zip file"),
        (_fake_zip, "not a taxonomy: neither a folder nor a zip file"),
        (lambda d: d / "missing", "no such file or directory"),
        (_broken_schema, "x.xsd: not well-formed XML"),
        (_corrupt_zip, "elts/tst-lab-2024.xml: cannot read"),
    ],
)
def test_paths_that_are_not_taxonomies(tmp_path: Path, make: Callable[[Path], Path], message: str) -> None:
    with pytest.raises(TaxonomyError, match=re.escape(message)):
        parse_path(make(tmp_path))


# --- loading (SQLite and PostgreSQL) ----------------------------------------------------------------


def test_load_stores_exact_values(engine: Engine) -> None:
    r = load_taxonomy(engine, TAX)
    assert (r.status, r.elements, r.labels, r.calculations, r.presentation) == ("loaded", 22, 50, 7, 12)
    el = t.taxonomy_elements
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(el).where(el.c.name == "AllowanceForDoubtfulAccountsReceivableCurrent")
        ).one()
        assert (row.prefix, row.data_type, row.period_type, row.balance, row.abstract, row.nillable) == (
            "tst",
            "xbrli:monetaryItemType",
            "instant",
            "credit",
            False,
            True,
        )
        weight = conn.execute(
            sa.select(t.taxonomy_calculations.c.weight).where(
                t.taxonomy_calculations.c.child == "tst:AllowanceForDoubtfulAccountsReceivableCurrent"
            )
        ).scalar_one()
        assert weight == Decimal(-1)
        # The documentation key is the one warehouse.resolve.concepts gives a definition.
        cash = conn.execute(sa.select(el.c.doc_key).where(el.c.name == "Cash")).scalar_one()
        assert cash == short_hash(norm(CASH_DOC))
        abstract_key = conn.execute(
            sa.select(el.c.doc_key).where(el.c.name == "IncomeStatementAbstract")
        ).scalar_one()
        assert abstract_key is None  # no documentation label
        tx = conn.execute(sa.select(t.taxonomies)).one()
        assert (tx.identifier, tx.version, tx.year, tx.name, tx.n_files) == (
            "http://xbrl.example.org/tst/2024",
            "2024",
            2024,
            "Test Reporting Taxonomy 2024",
            6,
        )
        assert tx.publication_date.isoformat() == "2024-03-15" and len(tx.sha256) == 64
        pref = conn.execute(
            sa.select(t.taxonomy_presentation.c.preferred_label, t.taxonomy_presentation.c.arc_order)
            .where(t.taxonomy_presentation.c.child == "tst:Cash", t.taxonomy_presentation.c.role == CF)
            .order_by(t.taxonomy_presentation.c.arc_order)
        ).all()
        assert [(p, Decimal(o)) for p, o in pref] == [("periodStart", 10), ("periodEnd", 30)]


def test_reload_changes_nothing_folder_or_zip(engine: Engine, tmp_path: Path) -> None:
    first = load_taxonomy(engine, TAX)
    with engine.connect() as conn:
        before = conn.execute(sa.select(t.taxonomies)).one()
    again = load_taxonomy(engine, TAX)
    zipped = load_taxonomy(engine, _zip(TAX, tmp_path / "tst-2024.zip"))
    assert (again.status, zipped.status) == ("unchanged", "unchanged")
    assert again.taxonomy_id == zipped.taxonomy_id == first.taxonomy_id
    assert (zipped.elements, zipped.labels, zipped.calculations, zipped.presentation) == (22, 50, 7, 12)
    with engine.connect() as conn:
        assert conn.execute(sa.select(t.taxonomies)).one() == before  # loaded_at and source untouched
    counts = [_count(engine, tb) for tb in (t.taxonomy_elements, t.taxonomy_labels, t.taxonomy_calculations)]
    assert counts == [22, 50, 7]


def test_changed_package_replaces_its_rows(engine: Engine, tmp_path: Path) -> None:
    first = load_taxonomy(engine, TAX)
    changed = load_taxonomy(engine, _variant(tmp_path, "tst-2024", cash_doc="Amount of cash on hand."))
    assert (first.status, changed.status) == ("loaded", "replaced")
    assert _count(engine, t.taxonomies) == 1 and _count(engine, t.taxonomy_labels) == 50
    with engine.connect() as conn:
        assert [m.qname for m in find_by_documentation(conn, CASH_DOC)] == []
        assert [m.qname for m in find_by_documentation(conn, "amount of CASH on hand")] == ["tst:Cash"]


def test_two_versions_side_by_side(engine: Engine, tmp_path: Path) -> None:
    load_taxonomy(engine, TAX)
    newer = load_taxonomy(engine, _variant(tmp_path, "tst-2025", "2025", cash_doc="Amount of cash on hand."))
    assert newer.status == "loaded"
    summaries = list_taxonomies(engine)
    assert [(s.identifier, s.version, s.year, s.elements, s.labels, s.calculations) for s in summaries] == [
        ("http://xbrl.example.org/tst/2025", "2025", 2025, 22, 50, 7),
        ("http://xbrl.example.org/tst/2024", "2024", 2024, 22, 50, 7),
    ]
    with engine.connect() as conn:
        both = find_by_name(conn, "tst:Cash")
        assert [(m.version, m.period_type, m.balance) for m in both] == [
            ("2025", "instant", "debit"),
            ("2024", "instant", "debit"),
        ]
        assert [m.documentation for m in both] == ["Amount of cash on hand.", CASH_DOC]
        # The reworded documentation exists in 2024 only.
        assert [(m.qname, m.version) for m in find_by_documentation(conn, CASH_DOC)] == [("tst:Cash", "2024")]


def test_lookups_for_concept_resolution(engine: Engine) -> None:
    tid = load_taxonomy(engine, TAX).taxonomy_id
    with engine.connect() as conn:
        # Case, punctuation and spacing do not matter, as for concept keys.
        (m,) = find_by_documentation(conn, "  " + CONCENTRATION_DOC.upper().replace('"', "'") + " ")
        assert (m.qname, m.data_type, m.period_type, m.label) == (
            "tst:ConcentrationRiskPercentage1",
            "dtr-types:percentItemType",
            "duration",
            "Concentration Risk, Percentage",
        )
        assert m.documentation == CONCENTRATION_DOC
        assert m.concept_key == "def:" + short_hash(norm(CONCENTRATION_DOC))
        assert [x.qname for x in find_by_doc_key(conn, short_hash(norm(CASH_DOC)))] == ["tst:Cash"]
        assert [x.qname for x in find_by_name(conn, "GrossProfit")] == ["tst:GrossProfit"]
        assert find_by_name(conn, "us-gaap:GrossProfit") == []
        assert [x.qname for x in find_by_label(conn, "total current assets")] == ["tst:AssetsCurrent"]
        assert [x.qname for x in find_by_label(conn, "Cash, end of period")] == ["tst:Cash"]
        assert labels_of(conn, tid, "tst:Assets", lang="de")["standard"] == "Vermögenswerte"
        assert labels_of(conn, tid, "tst:Assets")["total"] == "Total assets"
        kids = calculation_children(conn, tid, "tst:AccountsReceivableNetCurrent")
        assert [(k.child, k.weight) for k in kids] == [
            ("tst:AccountsReceivableGrossCurrent", Decimal(1)),
            ("tst:AllowanceForDoubtfulAccountsReceivableCurrent", Decimal(-1)),
        ]
        assert [(p.parent, p.weight) for p in calculation_parents(conn, tid, "tst:CostOfRevenue")] == [
            ("tst:GrossProfit", Decimal(-1))
        ]


def test_filing_concepts_join_taxonomy_elements_by_doc_key(engine: Engine) -> None:
    """A row's concept keyed by its definition finds its element: concept_key = 'def:' || doc_key."""
    load_directory(engine, SAMPLES, workers=1)
    load_taxonomy(engine, TAX)
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT c.label, e.prefix || ':' || e.name FROM concepts c "
                "JOIN taxonomy_elements e ON c.concept_key = 'def:' || e.doc_key ORDER BY 2"
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("Outstanding warrants", "tst:ClassOfWarrantOrRightOutstanding"),
        ("Concentration risk, percentage", "tst:ConcentrationRiskPercentage1"),
    ]


# --- command line -----------------------------------------------------------------------------------


@pytest.mark.parametrize("cmd", [["taxonomy"], ["taxonomy", "load"], ["taxonomy", "list"]])
def test_taxonomy_help(cmd: list[str]) -> None:
    result = runner.invoke(app, [*cmd, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


def test_cli_load_and_list(db_url: str, tmp_path: Path) -> None:
    zipped = _zip(_variant(tmp_path, "tst-2025", "2025"), tmp_path / "tst-2025.zip")
    result = runner.invoke(app, ["taxonomy", "load", str(TAX), str(zipped), "--db", db_url])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        "loaded http://xbrl.example.org/tst/2024 2024: 22 elements, 50 labels, 7 calculation and "
        "12 presentation arcs in "
    )
    result = runner.invoke(app, ["taxonomy", "load", str(TAX), "--db", db_url, "--json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and data["errors"] == []
    assert [(x["status"], x["elements"], x["labels"]) for x in data["taxonomies"]] == [("unchanged", 22, 50)]

    result = runner.invoke(app, ["taxonomy", "list", "--db", db_url])
    assert result.exit_code == 0
    table = result.stdout.splitlines()
    assert table[0].split(" | ") == [
        "name                        ",
        "version",
        "elements",
        "labels",
        "calculations",
        "presentation",
        "identifier",
    ]
    assert [[c.strip() for c in line.split(" | ")] for line in table[2:]] == [
        ["Test Reporting Taxonomy 2024", "2025", "22", "50", "7", "12", "http://xbrl.example.org/tst/2025"],
        ["Test Reporting Taxonomy 2024", "2024", "22", "50", "7", "12", "http://xbrl.example.org/tst/2024"],
    ]
    listed = json.loads(runner.invoke(app, ["taxonomy", "list", "--db", db_url, "--json"]).stdout)
    assert [(x["version"], x["publication_date"], x["calculations"]) for x in listed] == [
        ("2025", "2024-03-15", 7),
        ("2024", "2024-03-15", 7),
    ]


def test_cli_reports_a_path_that_is_not_a_taxonomy(db_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not a package")
    result = runner.invoke(app, ["taxonomy", "load", str(bad), str(TAX), "--db", db_url])
    assert result.exit_code == 1
    assert result.stderr == f"{bad}: not a taxonomy: neither a folder nor a zip file\n"
    assert result.stdout.startswith("loaded http://xbrl.example.org/tst/2024")  # the good one still loads
    missing = runner.invoke(app, ["taxonomy", "load", str(tmp_path / "nope"), "--db", db_url])
    assert missing.exit_code == 2
    assert missing.stderr == f"error: {tmp_path / 'nope'}: no such file or directory\n"


# --- the real (partial) US-GAAP 2025 package --------------------------------------------------------


@pytest.mark.skipif(
    not SHARED_US_GAAP.is_dir(),
    reason=f"the shared partial US-GAAP 2025 package is not at {SHARED_US_GAAP}",
)
def test_real_partial_us_gaap_2025(engine: Engine) -> None:
    r = load_taxonomy(engine, SHARED_US_GAAP)
    assert (r.identifier, r.version, r.status) == ("http://xbrl.fasb.org/us-gaap/2025", "2025", "loaded")
    # Measured on this package: EBP, meta-model, reference-part and DQC-rule schemas; dis/ and stm/
    # arcs name us-gaap concepts whose schema (elts/us-gaap-2025.xsd) the package lacks.
    assert (r.elements, r.labels, r.calculations, r.presentation) == (739, 1265, 6664, 35496)
    assert r.elapsed_s < 30
    with engine.connect() as conn:
        ebp = conn.execute(
            sa.select(sa.func.count()).where(t.taxonomy_elements.c.prefix == "us-gaap-ebp")
        ).scalar_one()
        roles = dict(
            conn.execute(
                sa.select(t.taxonomy_labels.c.role, sa.func.count())
                .where(t.taxonomy_labels.c.prefix == "us-gaap-ebp")
                .group_by(t.taxonomy_labels.c.role)
            ).all()
        )
        assert ebp == 487
        assert roles == {"standard": 487, "documentation": 418, "total": 37, "periodStart": 2, "periodEnd": 2}
        (m,) = find_by_name(conn, "us-gaap-ebp:EmployeeBenefitPlanForm5500CaptionTotalExpense")
        assert (m.namespace, m.data_type, m.period_type, m.balance) == (
            "http://fasb.org/us-gaap-ebp/2025",
            "xbrli:monetaryItemType",
            "duration",
            "credit",
        )
        assert m.label == "EBP, Form 5500 Caption, Total Expenses"
        assert m.documentation is not None and m.documentation.startswith(
            "Amount of decrease in net asset available for benefit from total expenses"
        )
        assert [x.qname for x in find_by_doc_key(conn, m.doc_key or "")] == [m.qname]
        parents = conn.execute(sa.select(t.taxonomy_calculations.c.parent)).scalars()
        assert Counter(p.split(":")[0] for p in parents) == {"us-gaap": 6499, "us-gaap-ebp": 111, "srt": 54}
        negative = conn.execute(
            sa.select(sa.func.count()).where(t.taxonomy_calculations.c.weight < 0)
        ).scalar_one()
        assert negative == 1030
        arc = calculation_children(conn, r.taxonomy_id, "us-gaap:Assets")
        classified = [
            (a.child, a.weight) for a in arc if a.role.endswith("/StatementOfFinancialPositionClassified")
        ]
        assert classified == [("us-gaap:AssetsCurrent", Decimal(1)), ("us-gaap:AssetsNoncurrent", Decimal(1))]
