"""The BI guide's datasette recipe (docs/bi.md), against a real warehouse file.

datasette's own Python API and in-process client: no server process, no network.
"""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette

from tests.conftest import SAMPLES
from warehouse.db.engine import make_engine
from warehouse.db.views import current_views
from warehouse.load.runner import load_directory


@pytest.fixture
def warehouse_file(tmp_path: Path) -> Path:
    path = tmp_path / "warehouse.db"
    eng = make_engine(f"sqlite:///{path}")
    assert load_directory(eng, SAMPLES).ok
    eng.dispose()  # the last connection closing folds the WAL into the file
    return path


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {
            doc.name: conn.execute(f"SELECT COUNT(*) FROM {doc.name}").fetchone()[0]
            for doc, _ in current_views("sqlite")
        }


async def get_json(ds: Datasette, path: str) -> Any:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


def check(ds: Datasette, expected: dict[str, int]) -> None:
    async def run() -> None:
        await ds.invoke_startup()
        db = await get_json(ds, "/warehouse.json")
        listed = {v["name"] if isinstance(v, dict) else v for v in db["views"]}
        assert set(expected) <= listed  # every saved view is browsable
        assert {"facts", "concepts", "filings"} <= {
            t["name"] if isinstance(t, dict) else t for t in db["tables"]
        }
        for view, n in expected.items():
            rows = await get_json(ds, f"/warehouse/{view}.json?_shape=array&_size=max")
            assert len(rows) == min(n, 1000), view
        rows = await get_json(
            ds,
            "/warehouse/facts_flat.json?_shape=array&row_label=Valuation+allowance&period_end=2023-12-31",
        )
        assert len(rows) == 1
        assert rows[0]["value"] == -11239252 and rows[0]["raw_value"] == "(11,239,252)"
        assert rows[0]["unit"] == "USD" and rows[0]["column_certain"] == 1
        pct = await get_json(ds, "/warehouse/facts_flat.json?_shape=array&raw_value=31.00%25")
        assert [r["value"] for r in pct] == [0.31]
        # arbitrary read-only SQL, as an analyst would type it in datasette
        total = await get_json(
            ds,
            "/warehouse.json?_shape=array&sql="
            "select+count(*)+as+n+from+facts_flat+where+unit+%3D+%27shares%27",
        )
        assert total == [{"n": 8}]

    asyncio.run(run())


def test_datasette_lists_and_serves_the_views(warehouse_file: Path) -> None:
    check(Datasette([str(warehouse_file)]), counts(warehouse_file))


def test_datasette_immutable_mode(warehouse_file: Path) -> None:
    # `datasette --immutable warehouse.db`: opened read-only, no locking, content hashed once
    expected = counts(warehouse_file)
    before = warehouse_file.read_bytes()
    check(Datasette(immutables=[str(warehouse_file)]), expected)
    assert warehouse_file.read_bytes() == before
