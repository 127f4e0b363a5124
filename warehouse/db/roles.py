"""A read-only PostgreSQL role for BI tools and analysts: reads every table and view, writes nothing.

``grant_readonly`` is idempotent (run it again after adding schemas, or to change the password) and
runs in one transaction: either every statement applies or none does. It ends by checking, from
the catalog, that the role can read every table and view of the schemas and cannot write to any,
and refuses (rolling everything back) when it still could — for instance through membership in a
role that can write.

Views are dropped and re-created by the migrations that change them, which drops their grants too;
``ALTER DEFAULT PRIVILEGES`` makes the views and tables that the *granting* user creates later
readable by the role. So run ``warehouse db grant-readonly`` as the same user that runs
``warehouse db upgrade``, or run it again after an upgrade made by another user.

The password never travels in clear text: it is hashed on the client (SCRAM-SHA-256, as psql's
``\\password`` does) and only the hash is sent; the statements returned show ``'***'``.

SQLite has no roles: see ``SQLITE_READONLY_HELP``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import psycopg
import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import Engine

from warehouse.db.views import VIEW_SCHEMA

DEFAULT_SCHEMAS: tuple[str, ...] = (VIEW_SCHEMA, "public")

SQLITE_READONLY_HELP = (
    "SQLite has no roles or privileges: whoever can read the file can read everything, and whoever "
    "can write it can change it. To give a BI tool read-only access, open the file read-only: "
    "SQLAlchemy URL 'sqlite:///file:/path/to/warehouse.db?mode=ro&uri=true' (Metabase/Superset), "
    "'datasette --immutable warehouse.db' (or 'datasette warehouse.db', read-only by default), or "
    "make the file read-only for the tool's user (chmod)."
)

_ROLE_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]{0,62}$")
_RESERVED = frozenset({"public", "none", "all", "current_user", "current_role", "session_user", "user"})
_WRITES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")


class RoleError(ValueError):
    """The role cannot be set up as asked (bad name, SQLite, a role that would still write)."""


def check_role_name(role: str) -> str:
    if not _ROLE_RE.match(role):
        raise RoleError(
            f"invalid role name {role!r}: use 1-63 letters, digits, '_' or '-', starting with a letter or '_'"
        )
    if role.lower() in _RESERVED or role.lower().startswith("pg_"):
        raise RoleError(f"invalid role name {role!r}: reserved by PostgreSQL")
    return role


class _Runner:
    """Runs composed statements on a SQLAlchemy connection and remembers them (password hidden)."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        self.raw: psycopg.Connection[object] = raw
        self.done: list[str] = []

    def run(self, stmt: sql.Composable, shown: sql.Composable | None = None) -> None:
        text = stmt.as_string(self.raw)
        # exec_driver_sql without parameters: psycopg does not look for %-placeholders.
        self.conn.exec_driver_sql(text)
        self.done.append((shown or stmt).as_string(self.raw))

    def scalar(self, query: str, **params: object) -> object:
        return self.conn.execute(sa.text(query), params).scalar()


def grant_readonly(
    engine: Engine,
    role: str,
    password: str | None = None,
    schemas: Sequence[str] = DEFAULT_SCHEMAS,
) -> list[str]:
    """Create or update a read-only role; the statements run, the password shown as '***'."""
    if engine.dialect.name != "postgresql":
        raise RoleError(SQLITE_READONLY_HELP if engine.dialect.name == "sqlite" else "PostgreSQL only")
    check_role_name(role)
    schemas = list(dict.fromkeys(schemas))
    with engine.begin() as conn:
        r = _Runner(conn)
        me = str(r.scalar("SELECT current_user"))
        database = str(r.scalar("SELECT current_database()"))
        if role == me:
            raise RoleError(f"{role!r} is the user running this command; name another role")
        missing = [s for s in schemas if not r.scalar("SELECT 1 FROM pg_namespace WHERE nspname = :s", s=s)]
        if missing:
            raise RoleError(
                f"schema {', '.join(missing)} does not exist in {database} (run `warehouse db upgrade` first)"
            )
        ident = sql.Identifier(role)
        hidden = sql.SQL("PASSWORD '***'")
        secret: sql.Composable | None = None
        if password is not None:
            if not password:
                raise RoleError("the password is empty")
            hashed = r.raw.pgconn.encrypt_password(password.encode(), role.encode())
            secret = sql.SQL("PASSWORD {}").format(sql.Literal(hashed.decode("ascii")))

        exists = conn.execute(
            sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).one_or_none()
        if exists is None:
            if secret is None:
                r.run(sql.SQL("CREATE ROLE {} NOLOGIN").format(ident))
            else:
                r.run(
                    sql.SQL("CREATE ROLE {} LOGIN {}").format(ident, secret),
                    sql.SQL("CREATE ROLE {} LOGIN {}").format(ident, hidden),
                )
        else:
            if exists.rolsuper:
                raise RoleError(f"role {role!r} is a superuser: it can always write; use another role")
            if secret is not None:
                r.run(
                    sql.SQL("ALTER ROLE {} WITH LOGIN {}").format(ident, secret),
                    sql.SQL("ALTER ROLE {} WITH LOGIN {}").format(ident, hidden),
                )

        db = sql.Identifier(database)
        r.run(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, ident))
        # Defence in depth: the role's sessions start read-only (its privileges are what really stop
        # writes), and find the views without a schema prefix even if the database's own
        # search_path could not be set by the migration.
        r.run(
            sql.SQL("ALTER ROLE {} IN DATABASE {} SET default_transaction_read_only = on").format(ident, db)
        )
        path = sql.SQL(", ").join([sql.Identifier("$user"), *(sql.Identifier(s) for s in _path(schemas))])
        r.run(sql.SQL("ALTER ROLE {} IN DATABASE {} SET search_path = {}").format(ident, db, path))

        writes = sql.SQL(", ").join(sql.SQL(w) for w in _WRITES)
        for s in schemas:
            schema = sql.Identifier(s)
            r.run(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, ident))
            r.run(sql.SQL("REVOKE CREATE ON SCHEMA {} FROM {}").format(schema, ident))
            if _public_can_create(r, s):
                # PostgreSQL < 15 lets everyone create tables in "public"; 15 revokes it by default.
                r.run(sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(schema))
            r.run(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(schema, ident))
            r.run(sql.SQL("REVOKE {} ON ALL TABLES IN SCHEMA {} FROM {}").format(writes, schema, ident))
            r.run(sql.SQL("REVOKE USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(schema, ident))
            r.run(
                sql.SQL(
                    "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} GRANT SELECT ON TABLES TO {}"
                ).format(sql.Identifier(me), schema, ident)
            )
        _verify(conn, role, schemas)
        return r.done


def _path(schemas: Sequence[str]) -> list[str]:
    """search_path order: public first (tables), then the rest (analytics), as the migrations set it."""
    return sorted(schemas, key=lambda s: s != "public")


def _public_can_create(r: _Runner, schema: str) -> bool:
    return bool(
        r.scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_namespace n, "
            "aclexplode(COALESCE(n.nspacl, acldefault('n', n.nspowner))) a "
            "WHERE n.nspname = :s AND a.grantee = 0 AND a.privilege_type = 'CREATE')",
            s=schema,
        )
    )


def _verify(conn: sa.Connection, role: str, schemas: Sequence[str]) -> None:
    """Read the effective privileges back (inherited ones included); raise if the role could write."""
    problems: list[str] = []
    rows = conn.execute(
        sa.text(
            "SELECT n.nspname, c.relname, has_table_privilege(:r, c.oid, 'SELECT') AS can_read, "
            "has_table_privilege(:r, c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE') AS can_write "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = ANY(:s) AND c.relkind IN ('r', 'v', 'm', 'p', 'f') ORDER BY 1, 2"
        ),
        {"r": role, "s": list(schemas)},
    ).all()
    for schema, name, can_read, can_write in rows:
        if can_write:
            problems.append(f"can write {schema}.{name}")
        if not can_read:
            problems.append(f"cannot read {schema}.{name}")
    for s in schemas:
        if conn.execute(
            sa.text("SELECT has_schema_privilege(:r, :s, 'CREATE')"), {"r": role, "s": s}
        ).scalar():
            problems.append(f"can create objects in schema {s}")
    if problems:
        raise RoleError(
            f"role {role!r} would not be read-only ({'; '.join(problems[:5])}"
            + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
            + "): it inherits these privileges from another role or from PUBLIC; nothing was changed"
        )
