"""Saved SQL views, created and changed only by migrations.

``sql/views/NAME.sql`` is the current definition a user reads (a dialect variant
``NAME.postgresql.sql`` / ``NAME.sqlite.sql`` beside it wins on that backend). Each file starts with
a comment header: ``-- NAME: purpose``, ``-- Grain: ...``, ``-- Columns:`` then one ``--   col: meaning``
line per column; `warehouse views` lists it and PostgreSQL gets it as view and column comments.

Migrations never read ``sql/views``: a revision that creates or changes views keeps frozen copies
under ``migrations/views/<revision>/`` and a ``MANIFEST`` listing every view of that revision, in
creation order, with the revision folder holding its file (``facts_flat 0002``). Applying a
revision drops the previous revision's views (dependents first) and creates the new ones, so SQLite
(no CREATE OR REPLACE VIEW) and PostgreSQL (OR REPLACE cannot drop or rename columns) behave the same,
and a downgrade restores the previous definitions exactly. A test checks that the newest copies
equal the files under ``sql/views``.

On PostgreSQL the views live in their own schema, ``analytics``, for BI tools and read-only roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS_VIEWS = ROOT / "migrations" / "views"
SQL_VIEWS = ROOT / "sql" / "views"
VIEW_SCHEMA = "analytics"

_HEADER_RE = re.compile(r"^--\s*(?P<name>\w+):\s*(?P<purpose>.+)$")
_TAG_RE = re.compile(r"^\[(?P<kind>[a-z]+)\]\s*")


@dataclass(slots=True)
class ViewDoc:
    name: str
    purpose: str = ""
    grain: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)  # "[numeric]" tags: SQLite cannot type expressions


def parse_header(text: str) -> ViewDoc:
    """The documentation comment at the top of a view file."""
    doc = ViewDoc(name="")
    in_columns = False
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        body = line[2:].strip()
        if not doc.name:
            m = _HEADER_RE.match(line)
            if m:
                doc.name, doc.purpose = m.group("name"), m.group("purpose").strip()
            continue
        if body.lower().startswith("grain:"):
            doc.grain, in_columns = body.split(":", 1)[1].strip(), False
        elif body.lower().startswith("columns:"):
            in_columns = True
        elif in_columns and re.match(r"^\w+:", body):
            col, _, meaning = body.partition(":")
            tag = _TAG_RE.match(meaning.strip())
            if tag:
                doc.types[col.strip()] = tag.group("kind")
                meaning = meaning.strip()[tag.end() :]
            doc.columns[col.strip()] = meaning.strip()
        elif in_columns and doc.columns and body:
            last = next(reversed(doc.columns))
            doc.columns[last] = f"{doc.columns[last]} {body}"
        elif not in_columns and doc.grain and body:
            doc.grain = f"{doc.grain} {body}"
        elif not in_columns and not doc.grain and body:
            doc.purpose = f"{doc.purpose} {body}"
    return doc


def manifest(revision: str) -> list[tuple[str, str]]:
    """[(view name, revision folder holding its file)] in creation order."""
    path = MIGRATIONS_VIEWS / revision / "MANIFEST"
    out: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, folder = line.split()
            out.append((name, folder))
    return out


def _file(folder: Path, name: str, dialect: str) -> Path:
    variant = folder / f"{name}.{dialect}.sql"
    return variant if variant.exists() else folder / f"{name}.sql"


def apply_views(conn: sa.Connection, to_revision: str | None, from_revision: str | None) -> None:
    """Replace the views of ``from_revision`` by those of ``to_revision`` (None: no views)."""
    dialect = conn.dialect.name
    pg = dialect == "postgresql"
    old = manifest(from_revision) if from_revision else []
    new = manifest(to_revision) if to_revision else []
    prefix = f"{VIEW_SCHEMA}." if pg else ""
    for name, _ in reversed(old):
        conn.exec_driver_sql(f"DROP VIEW IF EXISTS {prefix}{name}")
    if pg and new:
        conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {VIEW_SCHEMA}")
        conn.exec_driver_sql(f"SET LOCAL search_path TO {VIEW_SCHEMA}, public")
    for name, folder in new:
        text = _file(MIGRATIONS_VIEWS / folder, name, dialect).read_text(encoding="utf-8")
        _execute_raw(conn, _strip_comments(text))
        if pg:
            _comment(conn, name, parse_header(text))
    if pg and new:
        conn.exec_driver_sql("SET LOCAL search_path TO public")
    if pg and not new:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {VIEW_SCHEMA}")


def _execute_raw(conn: sa.Connection, sql: str) -> None:
    """Run DDL as written: no parameter parsing (views are full of LIKE '%...%')."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(sql.replace("%", "%%"))
    else:
        conn.exec_driver_sql(sql)


def _strip_comments(text: str) -> str:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))
    return body.strip().rstrip(";")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _comment(conn: sa.Connection, name: str, doc: ViewDoc) -> None:
    about = doc.purpose + (f" Grain: {doc.grain}" if doc.grain else "")
    _execute_raw(conn, f"COMMENT ON VIEW {VIEW_SCHEMA}.{name} IS {_quote(about)}")
    for col, meaning in doc.columns.items():
        _execute_raw(conn, f"COMMENT ON COLUMN {VIEW_SCHEMA}.{name}.{col} IS {_quote(meaning)}")


def newest_revision_with_views() -> str:
    return sorted(p.parent.name for p in MIGRATIONS_VIEWS.glob("*/MANIFEST"))[-1]


def current_views(dialect: str = "sqlite") -> list[tuple[ViewDoc, Path]]:
    """The views of the newest revision as documented in sql/views, in creation order."""
    out = []
    for name, _ in manifest(newest_revision_with_views()):
        path = _file(SQL_VIEWS, name, dialect)
        out.append((parse_header(path.read_text(encoding="utf-8")), path))
    return out
