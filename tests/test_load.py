"""`load_directory` on real pages, against real SQLite and PostgreSQL databases."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from sqlalchemy.engine import Engine

from tests.conftest import DATA, SAMPLES
from tests.support.db import query_rows
from warehouse.load.runner import load_directory
from warehouse.query import stats

SEED_003 = "003_8da7bbac99eb5351.txt"
SEED_000 = "000_13393c9e4bec1f73.txt"


def _counts(engine: Engine) -> dict[str, int]:
    return dict(stats.collect(engine)["tables"])


def test_samples_load_with_real_values(engine: Engine) -> None:
    summary = load_directory(engine, SAMPLES, workers=1)
    assert summary.ok and summary.files_loaded == 2 and summary.files_failed == 0
    assert summary.facts_added == 35
    rows = query_rows(
        engine,
        """
        SELECT period_type, period_start, period_end, unit, value, raw_value, column_certain
        FROM facts_flat WHERE source_path = :p AND row_label = 'Valuation allowance' ORDER BY column_index
    """,
        p=SEED_003,
    )
    assert [(r[0], r[1], str(r[2]), r[3], Decimal(str(r[4])), r[5], bool(r[6])) for r in rows] == [
        ("instant", None, "2023-12-31", "USD", Decimal("-11239252"), "(11,239,252)", True),
        ("instant", None, "2022-12-31", "USD", Decimal("-11074415"), "(11,074,415)", True),
    ]
    pct = query_rows(
        engine,
        """
        SELECT value, unit, period_type, period_start, period_end FROM facts_flat
        WHERE source_path = :p AND row_label = 'Concentration risk, percentage'
          AND member_labels = :members
          AND column_index = 0
    """,
        p=SEED_000,
        members="Customer 1 [Member] | Revenue Benchmark [Member] | Customer Concentration Risk [Member]",
    )
    assert len(pct) == 1
    value, unit, ptype, start, end = pct[0]
    assert Decimal(str(value)) == Decimal("0.31") and unit == "pure" and ptype == "duration"
    assert (str(start), str(end)) == ("2024-01-01", "2024-03-31")


def test_reload_of_unchanged_files_changes_nothing(engine: Engine) -> None:
    load_directory(engine, SAMPLES, workers=1)
    before = stats.collect(engine)
    again = load_directory(engine, SAMPLES, workers=1)
    assert again.files_unchanged == 2 and again.files_loaded == 0 and again.facts_added == 0
    assert again.run_id is None  # nothing written, not even a load run
    assert stats.collect(engine) == before


def test_changed_file_replaces_its_previous_version(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    page = folder / "page.txt"
    text = (SAMPLES / SEED_003).read_text()
    page.write_text(text)
    load_directory(engine, folder, workers=1)
    first = _counts(engine)
    page.write_text(text.replace("(11,239,252)", "(11,239,253)"))
    summary = load_directory(engine, folder, workers=1)
    assert summary.files_loaded == 1
    after = _counts(engine)
    assert after["facts"] == first["facts"] and after["reports"] == 1 and after["filings"] == 1
    assert after["source_files"] == 1
    values = query_rows(
        engine,
        "SELECT raw_value FROM facts_flat WHERE row_label = 'Valuation allowance' ORDER BY column_index",
    )
    assert [v[0] for v in values] == ["(11,239,253)", "(11,074,415)"]


def test_bad_files_are_reported_and_the_rest_loads(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in (SEED_000, SEED_003):
        shutil.copy(SAMPLES / name, folder / name)
    good = (SAMPLES / SEED_003).read_text()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "truncated.txt").write_text(good[: good.index("Reference 1") + 5])
    (folder / "cut_in_table.txt").write_text(good[:400])
    (folder / "latin1.txt").write_bytes(good.replace("Valuation allowance", "Réserve").encode("latin-1"))
    (folder / "utf16.txt").write_bytes(good.encode("utf-16"))
    (folder / "readme.txt").write_text("just some notes\nabout this folder\n")
    summary = load_directory(engine, folder, workers=1)
    reasons = {e.source_path: e.reason for e in summary.errors}
    assert summary.files_loaded == 2 and summary.files_failed == 7 and not summary.ok
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.bin"] == "binary file, not text"
    assert reasons["truncated.txt"].startswith("truncated R page")
    assert reasons["cut_in_table.txt"].startswith("truncated R page")
    assert reasons["latin1.txt"].startswith("not UTF-8 text")
    assert reasons["utf16.txt"].startswith("text in UTF-16")
    assert reasons["readme.txt"].startswith("not an R page")
    # Recorded in the database, and nothing partial: only the two good files have reports.
    recorded = {r[0] for r in query_rows(engine, "SELECT source_path FROM load_errors")}
    assert recorded == set(reasons)
    loaded = sorted(r[0] for r in query_rows(engine, "SELECT source_path FROM source_files"))
    assert loaded == [SEED_000, SEED_003]
    assert _counts(engine)["facts"] == 35


def test_other_renderings_are_refused_not_misparsed(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "R2.htm").write_text(
        "<html><body><table class='report'><tr><th>x</th></tr></table></body></html>"
    )
    (folder / "R3.txt").write_text(
        "XML 93 R78.htm IDEA: XBRL DOCUMENT v3.3.1.900\nSome title\n12 Months Ended\n"
    )
    (folder / "R4.md").write_text("| Label | Dec. 31, 2023 |\n| --- | --- |\n| Cash | $ 5 |\n")
    # The other markdown dialect: a title line first, separator rows without outer bars.
    (folder / "R5.txt").write_text("EARNINGS PER SHARE\n|\n9 Months Ended | |\n---|---|\nSep. 30, 2012\n")
    # A copy of a real page whose bare "|" lines were dropped: title, dates and members run together.
    seed = (SAMPLES / SEED_003).read_text()
    (folder / "R6.txt").write_text(
        "".join(line for line in seed.splitlines(keepends=True) if line.strip() != "|")
    )
    summary = load_directory(engine, folder, workers=1)
    reasons = {e.source_path: e.reason for e in summary.errors}
    assert "HTML" in reasons["R2.htm"] and "not supported" in reasons["R2.htm"]
    assert "full-submission" in reasons["R3.txt"]
    assert "markdown" in reasons["R4.md"] and "markdown" in reasons["R5.txt"]
    assert "without its bare '|' lines" in reasons["R6.txt"]
    assert _counts(engine)["facts"] == 0


def test_whole_truth_corpus_loads_without_errors(engine: Engine) -> None:
    summary = load_directory(engine, DATA / "rpages" / "text", workers=1)
    assert summary.files_failed == 0, summary.errors
    assert summary.files_loaded == 27
    n = query_rows(engine, "SELECT COUNT(*) FROM facts_flat")[0][0]
    assert n == summary.facts_added > 800


def test_source_path_is_relative_with_forward_slashes(engine: Engine, tmp_path: Path) -> None:
    nested = tmp_path / "root" / "0000123456" / "000012345624000001"
    nested.mkdir(parents=True)
    shutil.copy(SAMPLES / SEED_003, nested / "R4.txt")
    load_directory(engine, tmp_path / "root", workers=1)
    paths = {r[0] for r in query_rows(engine, "SELECT DISTINCT source_path FROM facts_flat")}
    assert paths == {"0000123456/000012345624000001/R4.txt"}


def test_parallel_parse_gives_the_samequery_rows(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    src = sorted((DATA / "rpages" / "text").glob("*.txt"))
    for i in range(70):  # above the parallel threshold
        shutil.copy(src[i % len(src)], folder / f"{i:03d}_{src[i % len(src)].name}")
    summary = load_directory(engine, folder, workers=2)
    assert summary.ok and summary.files_loaded == 70
    per_file = query_rows(engine, "SELECT source_path, COUNT(*) FROM facts_flat GROUP BY source_path")
    counts = {p.split("_", 1)[1]: n for p, n in per_file}
    single = {p.name: n for p, n in ((p, 0) for p in src)}
    assert set(counts) <= set(single)
    # Same page, same facts, whichever process parsed it.
    by_name: dict[str, set[int]] = {}
    for p, n in per_file:
        by_name.setdefault(p.split("_", 1)[1], set()).add(int(n))  # type: ignore[arg-type]
    assert all(len(v) == 1 for v in by_name.values())
