"""The migration chain on both backends: one head, up and down cleanly, models equal to the DDL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from warehouse.db import migrate
from warehouse.db.schema import PROJECT_TABLES, metadata
from warehouse.db.views import current_views, manifest, newest_revision_with_views

ROOT = Path(__file__).parents[1]


def _script() -> ScriptDirectory:
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "migrations"))
    return ScriptDirectory.from_config(cfg)


def test_single_head_revision() -> None:
    assert len(_script().get_heads()) == 1


def test_every_step_goes_up_and_down(engine: Engine) -> None:
    """Each revision upgrades from the one before and downgrades back to it."""
    revisions = [r.revision for r in reversed(list(_script().walk_revisions()))]
    for rev in revisions:
        migrate.upgrade(engine, rev)
        assert migrate.current_revision(engine) == rev
    for rev in reversed(revisions):
        migrate.downgrade(engine, "-1")
        assert migrate.current_revision(engine) != rev
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == revisions[-1]


def test_models_match_the_migrated_schema(engine: Engine) -> None:
    """warehouse.db.schema (used to build statements) describes exactly what the migrations create."""
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def _tables(engine: Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names())


def _views(engine: Engine) -> set[str]:
    """Project views: in the analytics schema on PostgreSQL, in the database itself on SQLite."""
    insp = sa.inspect(engine)
    if engine.dialect.name == "postgresql":
        if "analytics" not in insp.get_schema_names():
            return set()
        return set(insp.get_view_names(schema="analytics"))
    return set(insp.get_view_names())


def test_upgrade_then_downgrade_base_leaves_no_project_tables(engine: Engine) -> None:
    migrate.upgrade(engine)
    assert set(PROJECT_TABLES) <= _tables(engine)
    assert "facts_flat" in _views(engine)
    migrate.downgrade(engine, "base")
    assert not (set(PROJECT_TABLES) & _tables(engine))
    assert not _views(engine)
    if engine.dialect.name == "postgresql":
        assert "analytics" not in sa.inspect(engine).get_schema_names()


def test_alembic_command_line_uses_env_url(db_url: str, tmp_path: Path) -> None:
    """`alembic upgrade head` / `downgrade base` from the repository root, URL from WAREHOUSE_DB_URL."""
    env = {"WAREHOUSE_DB_URL": db_url, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    for args in (["upgrade", "head"], ["downgrade", "base"], ["upgrade", "head"]):
        subprocess.run(
            [sys.executable, "-m", "alembic", *args], cwd=ROOT, env=env, check=True, capture_output=True
        )
    engine = sa.create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        assert set(PROJECT_TABLES) <= _tables(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar() == migrate.head_revision(engine)
    finally:
        engine.dispose()


def test_view_files_match_their_newest_migration_copy() -> None:
    """sql/views/NAME.sql is what users read; the newest revision's frozen copies must equal them."""
    head = newest_revision_with_views()
    listed = {}
    for name, folder in manifest(head):
        for copy in (ROOT / "migrations" / "views" / folder).glob(f"{name}*.sql"):
            listed[copy.name] = copy
    files = {p.name: p for p in (ROOT / "sql" / "views").glob("*.sql")}
    assert files and set(files) == set(listed), "sql/views and the newest MANIFEST list different views"
    for name, path in files.items():
        assert path.read_text() == listed[name].read_text(), f"{name} differs from its migration copy"


def test_view_headers_document_every_column(engine: Engine) -> None:
    migrate.upgrade(engine)
    for doc, _path in current_views(engine.dialect.name):
        assert doc.purpose and doc.grain, doc.name
        with engine.connect() as conn:
            cols = list(conn.execute(sa.text(f"SELECT * FROM {doc.name} WHERE 1 = 0")).keys())
        assert cols == list(doc.columns), f"{doc.name}: header columns differ from the view's"


def test_downgrade_restores_the_previous_view_definition(engine: Engine) -> None:
    """Revision 0004 adds facts_flat.concept_key; stepping back must give 0003's facts_flat exactly."""

    def columns() -> list[str]:
        with engine.connect() as conn:
            return list(conn.execute(sa.text("SELECT * FROM facts_flat WHERE 1 = 0")).keys())

    migrate.upgrade(engine, "0004")
    assert columns()[-2:] == ["concept_name", "concept_key"]
    migrate.downgrade(engine, "0003")
    assert columns()[-1] == "concept_name" and "concept_key" not in columns()
    assert "schedule_checks" in _views(engine)  # the views that did not change are back too


def test_databases_made_before_load_runs_had_host_and_pid_are_repaired(engine: Engine) -> None:
    migrate.upgrade(engine, "0008")
    with engine.begin() as conn:  # the first form of revision 0001, as early databases have it
        conn.execute(sa.text("ALTER TABLE load_runs DROP COLUMN host"))
        conn.execute(sa.text("ALTER TABLE load_runs DROP COLUMN pid"))
    migrate.upgrade(engine, "head")
    columns = {c["name"] for c in sa.inspect(engine).get_columns("load_runs")}
    assert {"host", "pid"} <= columns
    migrate.downgrade(engine, "0008")  # and on a database that had them, nothing changes
    migrate.upgrade(engine, "head")
    assert {c["name"] for c in sa.inspect(engine).get_columns("load_runs")} == columns
