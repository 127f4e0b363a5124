"""The `warehouse` command line as users and scripts meet it, on both backends."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from tests.conftest import DATA, SAMPLES
from warehouse.cli.app import app
from warehouse.db.engine import make_engine

runner = CliRunner()
ROOT = Path(__file__).parents[1]


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    "cmd",
    [[], ["load"], ["db"], ["db", "upgrade"], ["db", "downgrade"], ["db", "current"], ["stats"], ["query"]],
)
def test_help_everywhere(cmd: list[str]) -> None:
    code, out, _ = run(*cmd, "--help")
    assert code == 0 and "Usage" in out


def test_load_json_summary_and_exit_status(db_url: str) -> None:
    code, out, _ = run("load", str(SAMPLES), "--db", db_url, "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["files_seen"], data["files_loaded"], data["files_failed"], data["facts_added"]) == (
        2,
        2,
        0,
        35,
    )
    assert data["definitions_added"] == 27 and data["concepts_added"] > 0
    code, out, _ = run("load", str(SAMPLES), "--db", db_url, "--json")
    again = json.loads(out)
    assert code == 0 and again["files_unchanged"] == 2 and again["facts_added"] == 0


def test_load_reports_bad_files_and_exits_1(db_url: str, tmp_path: Path) -> None:
    shutil.copy(SAMPLES / "003_8da7bbac99eb5351.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    code, out, err = run("load", str(tmp_path), "--db", db_url)
    assert code == 1
    assert "empty.txt: empty file" in err
    assert "1 loaded" in out and "1 failed" in out
    assert "Traceback" not in out + err


def test_db_url_from_environment(db_url: str) -> None:
    code, out, _ = run("load", str(SAMPLES), "--json", env={"WAREHOUSE_DB_URL": db_url})
    assert code == 0 and json.loads(out)["files_loaded"] == 2
    code, out, _ = run("db", "current", env={"WAREHOUSE_DB_URL": db_url})
    assert code == 0 and "up to date" in out


def test_query_formats_and_read_only(db_url: str) -> None:
    run("load", str(SAMPLES), "--db", db_url)
    sql = (
        "SELECT row_label, value FROM facts_flat WHERE row_label = 'Total Deferred Tax Assets' "
        "ORDER BY column_index"
    )
    code, out, _ = run("query", sql, "--db", db_url, "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"row_label": "Total Deferred Tax Assets", "value": 11239252},
        {"row_label": "Total Deferred Tax Assets", "value": 11074415},
    ]
    code, out, _ = run("query", sql, "--db", db_url, "--format", "csv")
    assert out.splitlines() == [
        "row_label,value",
        "Total Deferred Tax Assets,11239252",
        "Total Deferred Tax Assets,11074415",
    ]
    code, out, _ = run("query", sql, "--db", db_url)
    assert code == 0 and "Total Deferred Tax Assets | 11239252" in out
    code, _, err = run("query", "DELETE FROM facts", "--db", db_url)
    assert code == 2 and "query failed" in err
    code, out, _ = run("query", "SELECT COUNT(*) AS n FROM facts", "--db", db_url, "--format", "json")
    assert json.loads(out) == [{"n": 35}]


def test_stats_json(db_url: str) -> None:
    run("load", str(SAMPLES), "--db", db_url)
    code, out, _ = run("stats", "--db", db_url, "--json")
    data = json.loads(out)
    assert code == 0 and data["tables"]["facts"] == 35 and data["tables"]["filings"] == 2
    assert data["last_runs"][0]["files_loaded"] == 2


def test_db_upgrade_downgrade_current(db_url: str) -> None:
    assert run("db", "upgrade", "--db", db_url)[0] == 0
    _, out, _ = run("db", "current", "--db", db_url)
    assert "up to date" in out
    assert run("db", "downgrade", "base", "--db", db_url)[0] == 0
    _code, out, _ = run("db", "current", "--db", db_url)
    assert "none (empty database)" in out


def test_password_never_printed() -> None:
    url = "postgresql+psycopg://analyst:s3cret-pw@127.0.0.1:1/nowhere"
    code, out, err = run("load", str(SAMPLES), "--db", url)
    assert code == 2
    assert "s3cret-pw" not in out + err and "***" in err
    code, out, err = run("stats", "--db", url)
    assert code == 2 and "s3cret-pw" not in out + err


def test_bad_url_and_missing_folder_are_one_line_errors() -> None:
    code, _, err = run("stats", "--db", "mysql://u:pw@host/db")
    assert code == 2 and err.startswith("error: unsupported database") and "pw" not in err
    code, _, err = run("load", "/no/such/folder")
    assert code == 2 and "no such file or directory" in err


def test_console_script_runs_as_a_new_user_would(tmp_path: Path) -> None:
    exe = shutil.which("warehouse") or ""
    cmd = [exe] if exe else [sys.executable, "-m", "warehouse.cli"]
    proc = subprocess.run([*cmd, "load", str(SAMPLES)], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "warehouse.db").exists()  # the default: a SQLite file in the working directory
    assert "2 loaded" in proc.stdout


def test_killed_load_leaves_no_partial_or_duplicate_filing(db_url: str, tmp_path: Path) -> None:
    """SIGKILL in the middle of a load, then rerun: every file lands once and whole."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    pages = sorted((DATA / "rpages" / "text").glob("*.txt"))
    n_files = 300
    for i in range(n_files):
        src = pages[i % len(pages)]
        shutil.copy(src, folder / f"{i:04d}__{src.name}")
    env = {**os.environ, "WAREHOUSE_DB_URL": db_url}
    cmd = [
        sys.executable,
        "-c",
        "from warehouse.cli.app import main; main()",
        "load",
        str(folder),
        "--workers",
        "1",
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = make_engine(db_url)
    try:
        deadline = time.time() + 120
        loaded = 0
        while time.time() < deadline and proc.poll() is None:
            try:
                with engine.connect() as conn:
                    loaded = conn.execute(sa.text("SELECT COUNT(*) FROM source_files")).scalar_one()
            except sa.exc.SQLAlchemyError:
                loaded = 0  # schema not created yet
            if loaded >= 20:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the load finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with engine.connect() as conn:
            partial = conn.execute(sa.text("SELECT COUNT(*) FROM source_files")).scalar_one()
        assert 0 < partial < n_files
        rerun = subprocess.run(cmd, env=env, capture_output=True, text=True)
        assert rerun.returncode == 0, rerun.stderr
        with engine.connect() as conn:
            q = lambda sql: conn.execute(sa.text(sql)).all()  # noqa: E731
            assert q("SELECT COUNT(*) FROM source_files")[0][0] == n_files
            assert q("SELECT COUNT(*) FROM filings")[0][0] == n_files
            assert q("SELECT COUNT(*) FROM reports")[0][0] == n_files
            # Every copy of a page has exactly the facts of every other copy: nothing half-written.
            per_copy = q(
                "SELECT sf.source_path, COUNT(f.id) FROM source_files sf "
                "JOIN reports r ON r.source_file_id = sf.id "
                "LEFT JOIN facts f ON f.report_id = r.id GROUP BY sf.source_path"
            )
    finally:
        engine.dispose()
    with make_engine(db_url).connect() as conn:
        statuses = [r[0] for r in conn.execute(sa.text("SELECT status FROM load_runs ORDER BY id"))]
    assert statuses == ["interrupted", "ok"]  # the killed run is recognised as such by the next one
    by_page: dict[str, set[int]] = {}
    for path, n in per_copy:
        by_page.setdefault(path.split("__", 1)[1], set()).add(int(n))
    assert len(by_page) == len(pages)
    assert all(len(counts) == 1 for counts in by_page.values()), by_page


def test_views_listed_with_descriptions() -> None:
    code, out, _ = run("views")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert names[0] == "facts_flat" and "net_deferred_tax_assets" in names and "schedule_checks" in names
    code, out, _ = run("views", "--json")
    docs = {d["name"]: d for d in json.loads(out)}
    assert docs["net_deferred_tax_assets"]["columns"]["valuation_allowance"].startswith(
        "the allowance as a positive"
    )


def test_query_a_view_by_name_with_filters(db_url: str) -> None:
    run("load", str(SAMPLES), "--db", db_url)
    code, out, _ = run(
        "query",
        "concentration_risk",
        "--db",
        db_url,
        "-f",
        "json",
        "--where",
        "benchmark=Accounts Receivable [Member]",
        "--where",
        "members=Customer 2 [Member]",
    )
    assert code == 0
    rows = json.loads(out)
    assert sorted(r["raw_value"] for r in rows) == ["11.00%", "38.00%"]
    code, out, _ = run(
        "query",
        "facts_flat",
        "--db",
        db_url,
        "-f",
        "json",
        "-w",
        "column_certain=true",
        "-w",
        "row_label=Valuation allowance",
    )
    assert sorted(r["raw_value"] for r in json.loads(out)) == ["(11,074,415)", "(11,239,252)"]
    code, _, err = run("query", "facts_flat", "--db", db_url, "-w", "nope=1")
    assert code == 2 and "has no column 'nope'" in err
    code, _, err = run("query", "SELECT 1", "--db", db_url, "-w", "a=1")
    assert code == 2 and "saved view" in err


def test_check_command_exit_status(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "0009990001" / "000999000125000001"
    folder.mkdir(parents=True)
    shutil.copy(DATA / "xbrl" / "qfi-20241231.xml", folder / "qfi-20241231_htm.xml")
    shutil.copy(DATA / "fixtures" / "qfi" / "R4.txt", folder / "R4.txt")
    run("load", str(tmp_path), "--db", db_url)
    code, out, _ = run("check", "0009990001-25-000001", "--db", db_url)
    assert code == 1 and "3 agree with the instance, 1 disagree (1 not_in_instance)" in out
    code, out, _ = run("check", "0009990001-25-000001", "--db", db_url, "--json")
    assert json.loads(out)["disagree"] == {"not_in_instance": 1}
    code, _, err = run("check", "nope", "--db", db_url)
    assert code == 2 and "no filing" in err
