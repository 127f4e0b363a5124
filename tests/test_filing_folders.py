"""Filing folders: pages grouped into one filing on evidence (EDGAR path, FilingSummary.xml)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.conftest import DATA, SAMPLES
from warehouse.discover.filings import accession_from_path
from warehouse.load.runner import load_directory
from warehouse.query.check import CheckError, check_filing


def _q(engine: Engine, sql: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text(sql))]


def _tree(root: Path) -> None:
    edgar = root / "edgar" / "0000066740" / "000006674024000023"
    edgar.mkdir(parents=True)
    shutil.copy(DATA / "html" / "edgar-0000066740-24-000023_R1.htm", edgar / "R1.htm")
    shutil.copy(DATA / "html" / "orcl-10k-2024-R2.htm", edgar / "R2.htm")
    sub = root / "downloads" / "filing-a"
    sub.mkdir(parents=True)
    shutil.copy(DATA / "filingsummary" / "filing_summary_10k.xml", sub / "FilingSummary.xml")
    shutil.copy(SAMPLES / "003_8da7bbac99eb5351.txt", sub / "R5.txt")
    shutil.copy(SAMPLES / "000_13393c9e4bec1f73.txt", root / "loose.txt")


def test_accession_from_path() -> None:
    assert accession_from_path(Path("/x/320193/000032019324000123/R2.htm").parent) == (
        "0000320193-24-000123",
        "0000320193",
    )
    assert accession_from_path(Path("/x/data/0000320193-24-000123")) == ("0000320193-24-000123", None)
    assert accession_from_path(Path("/x/data/2024/q1")) == (None, None)


def test_folders_become_filings_with_identity(engine: Engine, tmp_path: Path) -> None:
    _tree(tmp_path)
    summary = load_directory(engine, tmp_path, workers=1)
    assert summary.ok and summary.files_loaded == 5
    filings = {f["filing_key"].split(":")[0]: f for f in _q(engine, "SELECT * FROM filings")}
    edgar = filings["accession"]
    assert (edgar["accession_number"], edgar["cik"], edgar["company_name"], edgar["form_type"]) == (
        "0000066740-24-000023",
        "0000066740",
        "3M COMPANY",
        "8-K",
    )
    assert str(edgar["period_of_report"]) == "2024-03-08" and edgar["is_amendment"] in (False, 0)
    assert filings["folder"]["form_type"] == "10-K"  # from the FilingSummary's input file
    assert filings["page"]["kind"] == "page"
    pages = _q(
        engine,
        "SELECT r.filing_id, sf.source_path, r.position, r.menu_category FROM reports r "
        "JOIN source_files sf ON sf.id = r.source_file_id ORDER BY sf.source_path",
    )
    by_path = {p["source_path"]: p for p in pages}
    assert (
        by_path["edgar/0000066740/000006674024000023/R1.htm"]["filing_id"]
        == by_path["edgar/0000066740/000006674024000023/R2.htm"]["filing_id"]
        == edgar["id"]
    )
    listed = by_path["downloads/filing-a/R5.txt"]
    assert (listed["position"], listed["menu_category"]) == (5, "Details")
    assert len(_q(engine, "SELECT * FROM filing_reports")) == 5
    # Facts of an identified filing carry its CIK as their entity.
    entities = {
        r["cik"]
        for r in _q(
            engine,
            "SELECT DISTINCT cx.entity AS cik FROM facts f "
            "JOIN contexts cx ON cx.id = f.context_id "
            f"WHERE f.filing_id = {edgar['id']}",
        )
    }
    assert entities == {"0000066740"}


def test_changing_one_page_keeps_the_filing(engine: Engine, tmp_path: Path) -> None:
    _tree(tmp_path)
    load_directory(engine, tmp_path, workers=1)
    before = _q(engine, "SELECT id, filing_key FROM filings ORDER BY id")
    page = tmp_path / "downloads" / "filing-a" / "R5.txt"
    page.write_text(page.read_text().replace("(11,239,252)", "(11,239,250)"))
    again = load_directory(engine, tmp_path, workers=1)
    assert again.files_loaded == 1 and again.files_unchanged == 4
    assert _q(engine, "SELECT id, filing_key FROM filings ORDER BY id") == before
    listed = _q(
        engine,
        "SELECT r.position FROM reports r JOIN source_files sf ON sf.id = r.source_file_id "
        "WHERE sf.source_path = 'downloads/filing-a/R5.txt'",
    )
    assert listed == [{"position": 5}]  # the FilingSummary's listing still applies to the new version


def test_instance_and_pages_of_one_filing(engine: Engine, tmp_path: Path) -> None:
    """An XBRL instance loads into the same tables; its concepts meet the pages' by element name."""
    folder = tmp_path / "0000123456" / "000012345625000001"
    folder.mkdir(parents=True)
    shutil.copy(DATA / "xbrl" / "qfi-20241231.xml", folder / "qfi-20241231_htm.xml")
    shutil.copy(DATA / "xbrl" / "qfi-20241231.htm", tmp_path / "inline.htm")
    summary = load_directory(engine, tmp_path, workers=1)
    assert summary.ok and summary.files_loaded == 2, summary.errors
    counts = _q(
        engine,
        "SELECT sf.source_path, COUNT(*) AS n FROM facts f JOIN reports r ON r.id = f.report_id "
        "JOIN source_files sf ON sf.id = r.source_file_id GROUP BY sf.source_path ORDER BY 1",
    )
    assert [(c["source_path"], c["n"]) for c in counts] == [
        ("0000123456/000012345625000001/qfi-20241231_htm.xml", 30),
        ("inline.htm", 30),
    ]
    filing = _q(engine, "SELECT * FROM filings WHERE filing_key LIKE 'accession:%'")[0]
    assert filing["accession_number"] == "0000123456-25-000001" and filing["company_name"]
    decimals = {
        r["decimals"]
        for r in _q(
            engine,
            "SELECT DISTINCT f.decimals FROM facts f "
            "JOIN concepts c ON c.id = f.concept_id "
            "WHERE c.concept_name = 'us-gaap:Revenues'",
        )
    }
    assert decimals == {"-5", "-6"}  # as the fixture's Revenues facts state them
    certain = _q(engine, "SELECT DISTINCT column_certain FROM facts_flat")
    assert [bool(r["column_certain"]) for r in certain] == [True]
    # Both documents report the same facts: their concepts are shared, one row per element.
    shared = _q(engine, "SELECT COUNT(*) AS n FROM concepts WHERE concept_name IS NOT NULL")
    assert shared[0]["n"] == 25


def test_instance_concepts_join_the_pages_definition_keys(engine: Engine, tmp_path: Path) -> None:
    """An element named by an instance gets the definition key an R page gave the same element."""
    shutil.copy(DATA / "html" / "aapl-10k-2024-R3.htm", tmp_path / "R3.htm")
    shutil.copy(DATA / "xbrl" / "qfi-20241231.xml", tmp_path / "qfi.xml")
    load_directory(engine, tmp_path, workers=1)
    shared = _q(
        engine,
        "SELECT c.concept_name, c.concept_key, COUNT(DISTINCT f.report_id) AS pages FROM facts f "
        "JOIN concepts c ON c.id = f.concept_id GROUP BY c.concept_name, c.concept_key "
        "HAVING COUNT(DISTINCT f.report_id) > 1 ORDER BY 1",
    )
    assert [r["concept_name"] for r in shared] == [
        "us-gaap:EarningsPerShareBasic",
        "us-gaap:NetIncomeLoss",
        "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic",
    ]
    assert all(r["concept_key"].startswith("def:") for r in shared)


def test_check_lists_rendered_facts_that_disagree_with_the_instance(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "0009990001" / "000999000125000001"
    folder.mkdir(parents=True)
    shutil.copy(DATA / "xbrl" / "qfi-20241231.xml", folder / "qfi-20241231_htm.xml")
    shutil.copy(DATA / "fixtures" / "qfi" / "R4.txt", folder / "R4.txt")  # net loss shown as 12.4, is 12.3
    load_directory(engine, tmp_path, workers=1)
    result = check_filing(engine, "0009990001-25-000001")
    assert (result.rendered, result.agrees) == (4, 3)
    [bad] = result.disagreements
    assert (bad.kind, bad.label, bad.raw_value, bad.period) == (
        "not_in_instance",
        "Net loss",
        "$ (12.4)",
        "2024-01-01..2024-12-31",
    )
    with pytest.raises(CheckError, match="no filing"):
        check_filing(engine, "nope")


def test_other_files_of_a_filing_folder_are_skipped_not_failed(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "0000066740" / "000006674024000023"
    folder.mkdir(parents=True)
    shutil.copy(DATA / "html" / "edgar-0000066740-24-000023_R1.htm", folder / "R1.htm")
    (folder / "mmm-20240308.xsd").write_text(
        '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="x"/>'
    )
    (folder / "mmm-20240308_lab.xml").write_text(
        '<?xml version="1.0"?>\n<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase"/>'
    )
    (folder / "logo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    (folder / "ex99-1.htm").write_text(
        "<html><body><p>Press release</p><table><tr><td>x</td></tr></table></body></html>"
    )
    (folder / "MetaLinks.json").write_text('{"version": "2.2"}')
    (tmp_path / "stray.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))  # outside any filing: a bad file
    summary = load_directory(engine, tmp_path, workers=1)
    assert (summary.files_loaded, summary.files_skipped, summary.files_failed) == (1, 5, 1)
    assert [e.source_path for e in summary.errors] == ["stray.jpg"]
