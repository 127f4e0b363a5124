"""Shared fixtures: real databases only. Every behavioural test runs on SQLite and on PostgreSQL.

PostgreSQL: a throwaway server started for the session (see tests/pgserver.py), or the server
named by WAREHOUSE_TEST_PG_URL. Each test gets a fresh database of its own.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from tests.pgserver import running_server
from warehouse.db.engine import make_engine

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parents[1] / "samples"


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    given = os.environ.get("WAREHOUSE_TEST_PG_URL")
    if given:
        yield given
        return
    with running_server() as url:
        yield url


def _new_pg_database(admin_url: str) -> str:
    name = f"wh_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to a fresh, empty database of each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'warehouse.db'}"
    admin_url: str = request.getfixturevalue("pg_admin_url")
    return _new_pg_database(admin_url)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()
