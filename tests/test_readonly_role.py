"""`warehouse db grant-readonly`: a PostgreSQL role that reads everything and writes nothing.

PostgreSQL tests connect AS the role (the throwaway server trusts 127.0.0.1, so a LOGIN role can
connect; the password is set all the same and checked to be stored as a SCRAM hash). SQLite has no
roles: the command explains how to open the file read-only, and that recipe is tested too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from typer.testing import CliRunner

from tests.conftest import SAMPLES, _new_pg_database
from warehouse.cli.app import app
from warehouse.db.engine import make_engine
from warehouse.db.migrate import head_revision
from warehouse.db.roles import RoleError, check_role_name, grant_readonly
from warehouse.db.views import VIEW_SCHEMA, apply_views, current_views, newest_revision_with_views
from warehouse.load.runner import load_directory

runner = CliRunner()
PASSWORD = "s3cret-Rd0nly%pw'"


@pytest.fixture
def pg(pg_admin_url: str) -> Iterator[tuple[str, Engine]]:
    """A fresh PostgreSQL warehouse with the samples loaded, as its owner (a superuser here)."""
    url = _new_pg_database(pg_admin_url)
    eng = make_engine(url)
    assert load_directory(eng, SAMPLES).ok
    yield url, eng
    eng.dispose()


@pytest.fixture
def role(pg: tuple[str, Engine]) -> Iterator[str]:
    """A role name nobody uses; roles are cluster-wide, so it is dropped afterwards."""
    name = f"wh_ro_{uuid.uuid4().hex[:10]}"
    yield name
    _, eng = pg
    with eng.begin() as conn:
        if conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).first():
            conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
            conn.exec_driver_sql(f'DROP ROLE "{name}"')


def as_role(url: str, role: str) -> Engine:
    """The role's own connection, with no help from make_engine (no search_path option)."""
    return sa.create_engine(
        make_url(url).set(username=role, password=PASSWORD),
        isolation_level="AUTOCOMMIT",
        poolclass=sa.NullPool,
    )


def base_tables(eng: Engine) -> list[str]:
    return sorted(sa.inspect(eng).get_table_names(schema="public"))


def assert_denied(conn: sa.Connection, statement: str) -> None:
    """The statement fails on privileges, even in a transaction the role made read-write itself."""
    conn.exec_driver_sql("BEGIN READ WRITE")
    try:
        with pytest.raises(sa.exc.DBAPIError) as info:
            conn.exec_driver_sql(statement)
        assert isinstance(info.value.orig, psycopg.errors.InsufficientPrivilege), (statement, info.value.orig)
    finally:
        conn.exec_driver_sql("ROLLBACK")


WRITES = [
    "INSERT INTO units (code) VALUES ('XYZ')",
    "UPDATE facts SET value = 0",
    "DELETE FROM facts",
    "TRUNCATE facts",
    "DROP TABLE facts",
    "ALTER TABLE facts ADD COLUMN x integer",
    "CREATE TABLE evil (x integer)",
    f"CREATE TABLE {VIEW_SCHEMA}.evil (x integer)",
    "CREATE VIEW evil AS SELECT 1 AS x",
    f"CREATE VIEW {VIEW_SCHEMA}.evil AS SELECT 1 AS x",
    f"DROP VIEW {VIEW_SCHEMA}.facts_flat",
]


def test_role_reads_every_view_and_table_and_writes_nothing(pg: tuple[str, Engine], role: str) -> None:
    url, owner = pg
    done = grant_readonly(owner, role, PASSWORD)
    assert done[0] == f"CREATE ROLE \"{role}\" LOGIN PASSWORD '***'"
    assert all(PASSWORD not in s for s in done)
    with owner.connect() as conn:
        stored = conn.execute(
            sa.text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": role}
        ).scalar()
    assert stored.startswith("SCRAM-SHA-256$") and PASSWORD not in stored

    reader = as_role(url, role)
    with owner.connect() as o, reader.connect() as r:
        assert r.exec_driver_sql("SELECT current_user").scalar() == role
        # unqualified names work: the views' schema is on the role's search_path
        views = [doc.name for doc, _ in current_views("postgresql")]
        assert "facts_flat" in views
        for view in views:
            expected = o.exec_driver_sql(f"SELECT COUNT(*) FROM {VIEW_SCHEMA}.{view}").scalar()
            assert r.exec_driver_sql(f"SELECT COUNT(*) FROM {view}").scalar() == expected, view
        tables = base_tables(owner)
        assert {"facts", "concepts", "filings", "alembic_version"} <= set(tables)
        for table in tables:
            expected = o.exec_driver_sql(f'SELECT COUNT(*) FROM public."{table}"').scalar()
            assert r.exec_driver_sql(f'SELECT COUNT(*) FROM "{table}"').scalar() == expected, table
        va = r.exec_driver_sql(
            "SELECT value, period_end FROM facts_flat "
            "WHERE row_label = 'Valuation allowance' AND column_index = 0"
        ).one()
        assert (int(va.value), va.period_end.isoformat()) == (-11239252, "2023-12-31")

        # sessions start read-only ...
        with pytest.raises(sa.exc.DBAPIError) as info:
            r.exec_driver_sql("INSERT INTO units (code) VALUES ('XYZ')")
        assert isinstance(info.value.orig, psycopg.errors.ReadOnlySqlTransaction)
        # ... and privileges refuse every write when the role asks for a read-write transaction
        for statement in WRITES:
            assert_denied(r, statement)
        assert o.exec_driver_sql("SELECT COUNT(*) FROM facts").scalar() == 35
    reader.dispose()


def test_grant_is_idempotent_and_changes_the_password(pg: tuple[str, Engine], role: str) -> None:
    url, owner = pg

    def privileges() -> list[tuple[object, ...]]:
        with owner.connect() as conn:
            return [
                tuple(r)
                for r in conn.execute(
                    sa.text(
                        "SELECT n.nspname, c.relname, a.privilege_type FROM pg_class c "
                        "JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a "
                        "WHERE a.grantee = (SELECT oid FROM pg_roles WHERE rolname = :r) ORDER BY 1, 2, 3"
                    ),
                    {"r": role},
                )
            ]

    def password_hash() -> str:
        with owner.connect() as conn:
            return str(
                conn.execute(
                    sa.text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": role}
                ).scalar()
            )

    first = grant_readonly(owner, role)
    assert first[0] == f'CREATE ROLE "{role}" NOLOGIN'
    granted = privileges()
    assert granted and {p for _, _, p in granted} == {"SELECT"}
    second = grant_readonly(owner, role)
    assert second == first[1:]  # the role exists: no CREATE ROLE, the same grants again
    assert privileges() == granted
    third = grant_readonly(owner, role, PASSWORD)
    assert third[0] == f"ALTER ROLE \"{role}\" WITH LOGIN PASSWORD '***'"
    first_hash = password_hash()
    assert first_hash.startswith("SCRAM-SHA-256$")
    grant_readonly(owner, role, PASSWORD + "2")
    assert password_hash() != first_hash
    assert privileges() == granted
    reader = as_role(url, role)
    with reader.connect() as r:
        assert r.exec_driver_sql("SELECT COUNT(*) FROM facts_flat").scalar() == 35
    reader.dispose()


def test_views_created_later_are_readable(pg: tuple[str, Engine], role: str) -> None:
    url, owner = pg
    grant_readonly(owner, role, PASSWORD)
    with owner.begin() as conn:
        conn.exec_driver_sql(f"CREATE VIEW {VIEW_SCHEMA}.later_view AS SELECT COUNT(*) AS n FROM facts")
        conn.exec_driver_sql("CREATE TABLE later_table (x integer)")
        # a simple view is updatable in PostgreSQL: only privileges stop writes through it
        conn.exec_driver_sql(f"CREATE VIEW {VIEW_SCHEMA}.later_units AS SELECT id, code FROM units")
        # what a migration that changes views does: drop them all and create them again
        rev = newest_revision_with_views()
        apply_views(conn, rev, rev)
    reader = as_role(url, role)
    with reader.connect() as r:
        assert r.exec_driver_sql("SELECT n FROM later_view").scalar() == 35
        assert r.exec_driver_sql("SELECT COUNT(*) FROM later_table").scalar() == 0
        for doc, _ in current_views("postgresql"):
            r.exec_driver_sql(f"SELECT * FROM {doc.name} LIMIT 1").all()
        assert r.exec_driver_sql("SELECT COUNT(*) FROM later_units").scalar() > 0
        assert_denied(r, "INSERT INTO later_table VALUES (1)")
        assert_denied(r, "INSERT INTO later_units (code) VALUES ('XYZ')")
        assert_denied(r, "UPDATE later_units SET code = 'XYZ'")
        assert_denied(r, f"DROP VIEW {VIEW_SCHEMA}.later_view")
    reader.dispose()


def test_refuses_a_role_that_could_still_write(pg: tuple[str, Engine], role: str) -> None:
    _, owner = pg
    writer = f"{role}_w"
    with owner.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{writer}" NOLOGIN')
        conn.exec_driver_sql(f'GRANT INSERT ON facts TO "{writer}"')
        conn.exec_driver_sql(f'CREATE ROLE "{role}" NOLOGIN IN ROLE "{writer}"')
    try:
        with pytest.raises(RoleError, match=r"would not be read-only \(can write public\.facts"):
            grant_readonly(owner, role)
        with owner.connect() as conn:  # all or nothing: the failed run granted nothing
            n = conn.execute(
                sa.text(
                    "SELECT COUNT(*) FROM pg_default_acl d, aclexplode(d.defaclacl) a, pg_roles r "
                    "WHERE a.grantee = r.oid AND r.rolname = :r"
                ),
                {"r": role},
            ).scalar()
        assert n == 0
        with owner.begin() as conn:
            conn.exec_driver_sql(f'CREATE ROLE "{role}_su" SUPERUSER NOLOGIN')
        with pytest.raises(RoleError, match="is a superuser: it can always write"):
            grant_readonly(owner, f"{role}_su")
        with pytest.raises(RoleError, match="is the user running this command"):
            grant_readonly(owner, "postgres")
    finally:
        with owner.begin() as conn:
            for name in (writer, f"{role}_su"):
                conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')


@pytest.mark.parametrize(
    "name", ["", "1abc", "bad name", 'x"; DROP TABLE facts; --', "public", "pg_monitor", "a" * 64]
)
def test_role_names_are_validated(name: str) -> None:
    with pytest.raises(RoleError, match="invalid role name"):
        check_role_name(name)


# ------------------------------------------------------------------------------------------- CLI


def test_cli_reads_the_password_from_the_environment_only(pg: tuple[str, Engine], role: str) -> None:
    url, owner = pg
    result = runner.invoke(
        app, ["db", "grant-readonly", role, "--password-env", "BI_PW", "--db", url], env={"BI_PW": PASSWORD}
    )
    assert result.exit_code == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    assert f"CREATE ROLE \"{role}\" LOGIN PASSWORD '***'" in result.stdout
    assert f"role {role} can read and cannot write in" in result.stdout
    result = runner.invoke(
        app, ["db", "grant-readonly", role, "--password-env", "NOT_SET_ANYWHERE", "--db", url]
    )
    assert result.exit_code == 2 and "environment variable NOT_SET_ANYWHERE is not set" in result.stderr
    assert head_revision(owner)


# ---------------------------------------------------------------------------------------- SQLite


def test_sqlite_explains_how_to_read_only(tmp_path: Path) -> None:
    db = tmp_path / "warehouse.db"
    eng = make_engine(f"sqlite:///{db}")
    assert load_directory(eng, SAMPLES).ok
    with pytest.raises(RoleError, match=r"SQLite has no roles.*mode=ro&uri=true.*--immutable"):
        grant_readonly(eng, "metabase")
    eng.dispose()
    result = runner.invoke(app, ["db", "grant-readonly", "metabase", "--db", f"sqlite:///{db}"])
    assert result.exit_code == 2 and result.stderr.startswith("error: SQLite has no roles")
    assert len(result.stderr.strip().splitlines()) == 1

    # the recipe the message gives works: reads succeed, writes fail
    ro = make_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    with ro.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM facts_flat").scalar() == 35
        with pytest.raises(sa.exc.OperationalError, match="readonly database"):
            conn.exec_driver_sql("DELETE FROM facts")
    ro.dispose()
