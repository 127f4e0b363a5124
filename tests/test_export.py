"""`warehouse export`: saved views to CSV and Parquet, streamed, the same file from both backends."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from tests.conftest import SAMPLES, _new_pg_database
from warehouse.cli.app import app
from warehouse.db import migrate
from warehouse.db.engine import make_engine
from warehouse.db.views import VIEW_SCHEMA, current_views
from warehouse.load.runner import load_directory
from warehouse.query.export import ExportError, MissingDependencyError, export_view, view_columns

runner = CliRunner()


@pytest.fixture
def loaded(engine: Engine) -> Engine:
    summary = load_directory(engine, SAMPLES)
    assert summary.ok and summary.facts_added == 35
    return engine


def count(engine: Engine, view: str) -> int:
    schema = f"{VIEW_SCHEMA}." if engine.dialect.name == "postgresql" else ""
    with engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT COUNT(*) FROM {schema}{view}").scalar_one())


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def one(rows: list[dict[str, Any]], **match: Any) -> dict[str, Any]:
    found = [r for r in rows if all(r[k] == v for k, v in match.items())]
    assert len(found) == 1, (match, found)
    return found[0]


def test_csv_exact_values(loaded: Engine, tmp_path: Path) -> None:
    out = tmp_path / "facts_flat.csv"
    n = export_view(loaded, "facts_flat", out, "csv")
    rows = read_csv(out)
    assert n == len(rows) == count(loaded, "facts_flat") == 35
    docs = {doc.name: doc for doc, _ in current_views()}
    assert list(rows[0]) == list(docs["facts_flat"].columns)  # header = the documented columns
    va = one(rows, row_label="Valuation allowance", column_index="0")
    assert va["value"] == "-11239252"
    assert va["raw_value"] == "(11,239,252)"
    assert (va["period_type"], va["period_start"], va["period_end"]) == ("instant", "", "2023-12-31")
    assert va["column_certain"] == "true" and va["unit"] == "USD"
    pct = one(
        rows,
        row_label="Concentration risk, percentage",
        column_index="0",
        member_labels="Customer 1 [Member] | Revenue Benchmark [Member] "
        "| Customer Concentration Risk [Member]",
    )
    assert (pct["value"], pct["raw_value"], pct["column_certain"]) == ("0.31", "31.00%", "false")
    assert (pct["period_start"], pct["period_end"]) == ("2024-01-01", "2024-03-31")
    assert not (tmp_path / "facts_flat.csv.partial").exists()


def test_parquet_exact_values_types_and_row_groups(loaded: Engine, tmp_path: Path) -> None:
    out = tmp_path / "facts_flat.parquet"
    n = export_view(loaded, "facts_flat", out, "parquet", chunk_rows=10)
    table = pq.read_table(out)
    assert n == table.num_rows == count(loaded, "facts_flat") == 35
    # one row group per chunk: the rows were streamed 10 at a time
    assert pq.ParquetFile(out).metadata.num_row_groups == 4
    schema = table.schema
    assert schema.field("value").type == pa.decimal128(38, 10)
    assert schema.field("period_end").type == pa.date32()
    assert schema.field("period_start").type == pa.date32()
    assert schema.field("column_certain").type == pa.bool_()
    assert schema.field("row_index").type == pa.int64()
    assert schema.field("row_label").type == pa.string()
    assert schema.field("value").metadata[b"description"].startswith(b"the exact number")
    rows = table.to_pylist()
    va = one(rows, row_label="Valuation allowance", column_index=0)
    assert va["value"] == Decimal("-11239252")
    assert va["period_end"] == dt.date(2023, 12, 31) and va["period_start"] is None
    assert va["column_certain"] is True
    pct = [r for r in rows if r["raw_value"] == "31.00%"]
    assert [(r["value"], r["column_certain"]) for r in pct] == [(Decimal("0.31"), False)]
    assert sum(1 for r in rows if r["column_certain"] is False) == 21


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_where_filters_with_bound_values(loaded: Engine, tmp_path: Path, fmt: str) -> None:
    def rows(*where: tuple[str, str]) -> list[dict[str, Any]]:
        out = tmp_path / f"x.{fmt}"
        n = export_view(loaded, "facts_flat", out, "csv" if fmt == "csv" else "parquet", list(where))
        got: list[dict[str, Any]] = read_csv(out) if fmt == "csv" else pq.read_table(out).to_pylist()
        assert n == len(got)
        return got

    got = rows(("row_label", "Valuation allowance"), ("period_end", "2023-12-31"))
    assert [Decimal(r["value"]) for r in got] == [Decimal("-11239252")]
    assert len(rows(("column_certain", "false"))) == 21
    assert len(rows(("column_certain", "true"))) == 14
    assert len(rows(("value", "-11239252"))) == 1
    assert len(rows(("value", "0.31"))) == 1
    assert len(rows(("unit", "shares"), ("column_index", "1"))) == 3
    # user text is a bound value, never SQL
    assert rows(("row_label", "x' OR '1'='1")) == []
    assert count(loaded, "facts_flat") == 35


def test_unknown_view_column_or_value_fails_without_writing(loaded: Engine, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with pytest.raises(ExportError, match=r"unknown view 'facts'; the views are: .*facts_flat"):
        export_view(loaded, "facts", out, "csv")
    with pytest.raises(
        ExportError, match=r"unknown column 'nope' in view facts_flat; the columns are: .*row_label"
    ):
        export_view(loaded, "facts_flat", out, "csv", [("nope", "1")])
    with pytest.raises(ExportError, match="unknown column"):
        export_view(loaded, "facts_flat", out, "csv", [("value; DROP TABLE facts; --", "1")])
    with pytest.raises(ExportError, match="not a date"):
        export_view(loaded, "facts_flat", out, "parquet", [("period_end", "last year")])
    with pytest.raises(ExportError, match="not a numeric"):
        export_view(loaded, "facts_flat", out, "csv", [("value", "lots")])
    assert not out.exists() and not (tmp_path / "x.csv.partial").exists()
    assert count(loaded, "facts_flat") == 35


def test_streams_through_a_server_side_cursor(loaded: Engine, tmp_path: Path) -> None:
    cursors: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "facts_flat" in statement and "typeof" not in statement:
            cursors.append(type(cursor).__name__)

    sa.event.listen(loaded, "before_cursor_execute", record)
    try:
        export_view(loaded, "facts_flat", tmp_path / "x.parquet", "parquet", chunk_rows=5)
    finally:
        sa.event.remove(loaded, "before_cursor_execute", record)
    assert cursors, "the export query was not seen"
    if loaded.dialect.name == "postgresql":
        assert cursors[-1] == "ServerCursor"


def test_every_current_view_exports(loaded: Engine, tmp_path: Path) -> None:
    for doc, _ in current_views(loaded.dialect.name):
        n_csv = export_view(loaded, doc.name, tmp_path / f"{doc.name}.csv", "csv")
        n_pq = export_view(loaded, doc.name, tmp_path / f"{doc.name}.parquet", "parquet", chunk_rows=7)
        assert n_csv == n_pq == count(loaded, doc.name), doc.name
        with (tmp_path / f"{doc.name}.csv").open(encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == list(doc.columns), doc.name
        assert pq.read_schema(tmp_path / f"{doc.name}.parquet").names == list(doc.columns)


@pytest.fixture(params=["loaded", "empty"])
def both(request: pytest.FixtureRequest, pg_admin_url: str, tmp_path: Path) -> Iterator[dict[str, Engine]]:
    """A SQLite and a PostgreSQL warehouse with the same content: the samples, or nothing."""
    engines = {
        "sqlite": make_engine(f"sqlite:///{tmp_path / 'w.db'}"),
        "postgresql": make_engine(_new_pg_database(pg_admin_url)),
    }
    for eng in engines.values():
        if request.param == "loaded":
            assert load_directory(eng, SAMPLES).ok
        else:
            migrate.upgrade(eng)
    yield engines
    for eng in engines.values():
        eng.dispose()


def test_same_column_kinds_on_both_backends(both: dict[str, Engine]) -> None:
    """SQLite declares no type for a computed view column: its header must tag it (see export.py).

    Checked on an empty warehouse too: a file's schema must not depend on the data.
    """
    wrong = []
    for doc, path in current_views():
        lite = {c.name: c.kind for c in view_columns(both["sqlite"], doc.name)}
        pg = {c.name: c.kind for c in view_columns(both["postgresql"], doc.name)}
        assert list(lite) == list(pg) == list(doc.columns), doc.name
        wrong += [
            f"{path.name}: `--   {name}: [{pg[name]}] ...` (SQLite gives {lite[name]})"
            for name in pg
            if lite[name] != pg[name]
        ]
    assert not wrong, "tag these computed columns with their type:\n" + "\n".join(wrong)


def test_same_files_from_both_backends(both: dict[str, Engine], tmp_path: Path) -> None:
    """For every current view: the same Parquet schema, the same Parquet rows and the same CSV text."""
    for doc, _ in current_views():
        schemas, tables, csvs = {}, {}, {}
        for backend, eng in both.items():
            pq_path = tmp_path / f"{doc.name}.{backend}.parquet"
            csv_path = tmp_path / f"{doc.name}.{backend}.csv"
            export_view(eng, doc.name, pq_path, "parquet", chunk_rows=9)
            export_view(eng, doc.name, csv_path, "csv")
            schemas[backend] = pq.read_schema(pq_path)
            rows = pq.read_table(pq_path).to_pylist()
            tables[backend] = sorted(rows, key=lambda r: [(v is None, str(v)) for v in r.values()])
            lines = csv_path.read_text(encoding="utf-8").splitlines()
            csvs[backend] = [lines[0], *sorted(lines[1:])]
        assert schemas["sqlite"].equals(schemas["postgresql"], check_metadata=True), (
            f"{doc.name}: Parquet schemas differ (see test_same_column_kinds_on_both_backends)\n"
            f"sqlite:\n{schemas['sqlite']}\npostgresql:\n{schemas['postgresql']}"
        )
        assert tables["sqlite"] == tables["postgresql"], doc.name
        assert csvs["sqlite"] == csvs["postgresql"], doc.name


# ------------------------------------------------------------------------------------------- CLI


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_export_default_paths_and_where(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("load", str(SAMPLES), "--db", db_url)[0] == 0
    monkeypatch.chdir(tmp_path)
    code, out, _ = cli("export", "facts_flat", "--db", db_url)
    assert code == 0 and "35 rows of facts_flat written to facts_flat.csv" in out
    assert len(read_csv(tmp_path / "facts_flat.csv")) == 35
    code, out, _ = cli("export", "facts_flat", "--db", db_url, "--format", "parquet")
    assert code == 0 and "facts_flat.parquet" in out
    assert pq.read_table(tmp_path / "facts_flat.parquet").num_rows == 35
    target = tmp_path / "sub" / "va.csv"
    target.parent.mkdir()
    code, out, _ = cli(
        "export",
        "facts_flat",
        "--db",
        db_url,
        "-o",
        str(target),
        "--where",
        "row_label=Valuation allowance",
        "--where",
        "period_end=2023-12-31",
    )
    assert code == 0 and out.startswith("1 rows of facts_flat")
    assert [r["value"] for r in read_csv(target)] == ["-11239252"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "no_such_view"], "error: unknown view 'no_such_view'; the views are: "),
        (["export", "facts_flat", "--where", "nope=1"], "error: unknown column 'nope' in view facts_flat"),
        (
            ["export", "facts_flat", "--where", "row_label"],
            "error: --where 'row_label': expected COLUMN=VALUE",
        ),
        (["export", "facts_flat", "--format", "xlsx"], "error: --format must be csv or parquet"),
    ],
)
def test_cli_export_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    code, out, err = cli(*args, "--db", db, "-o", str(tmp_path / "x.csv"))
    assert code == 2
    assert err.startswith(message) and len(err.strip().splitlines()) == 1
    assert "Traceback" not in out + err and not (tmp_path / "x.csv").exists()


def test_cli_parquet_without_pyarrow_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if pyarrow were not installed: `import pyarrow` raises ImportError.
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    db = f"sqlite:///{tmp_path / 'w.db'}"
    code, _, err = cli(
        "export", "facts_flat", "--db", db, "--format", "parquet", "-o", str(tmp_path / "x.pq")
    )
    assert code == 2 and "install filings-warehouse[parquet]" in err
    assert not (tmp_path / "w.db").exists()  # failed before touching the database
    eng = make_engine(db)
    with pytest.raises(MissingDependencyError):
        export_view(eng, "facts_flat", tmp_path / "x.pq", "parquet")
    eng.dispose()
    assert not (tmp_path / "x.pq").exists()
