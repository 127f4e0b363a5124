"""Run a user's SQL read-only, and format results as a table, CSV or JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine


class QueryError(ValueError):
    """The query failed; the message is the database's own first line."""


def run_readonly(
    engine: Engine, sql: str | sa.Executable, params: dict[str, Any] | None = None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Rows of a query run in a read-only transaction (SQL text, or a statement built by the app)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        else:
            conn.exec_driver_sql("PRAGMA query_only = ON")
        try:
            stmt = sa.text(sql) if isinstance(sql, str) else sql
            result = conn.execute(stmt, params or {})
            cols = list(result.keys()) if result.returns_rows else []
            rows = [tuple(r) for r in result] if result.returns_rows else []
        except sa.exc.DBAPIError as exc:
            raise QueryError(str(exc.orig).strip().splitlines()[0]) from None
        except sa.exc.SQLAlchemyError as exc:
            raise QueryError(str(exc).strip().splitlines()[0]) from None
        finally:
            conn.rollback()
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA query_only = OFF")
    return cols, rows


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def decimal_for_json(d: Decimal) -> int | float | str:
    """Exact in JSON: an int when whole, a float when its shortest repr is the same number, else a string."""
    if d == d.to_integral_value():
        return int(d)
    f = float(d)
    return f if Decimal(repr(f)) == d else str(d)


class _Encoder(json.JSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, Decimal):
            return decimal_for_json(o)
        if isinstance(o, dt.date | dt.datetime):
            return o.isoformat()
        return super().default(o)


def to_json(cols: list[str], rows: list[tuple[Any, ...]]) -> str:
    return json.dumps(
        [dict(zip(cols, r, strict=True)) for r in rows], cls=_Encoder, ensure_ascii=False, indent=1
    )


def to_csv(cols: list[str], rows: list[tuple[Any, ...]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow(["" if v is None else _plain(v) for v in r])
    return buf.getvalue()


def to_text_table(cols: list[str], rows: list[tuple[Any, ...]], max_cell: int = 60) -> str:
    """A plain aligned table that reads the same on a terminal, in a pipe and in a log file."""

    def cell(v: Any) -> str:
        s = "" if v is None else str(_plain(v))
        s = " ".join(s.split())
        return s if len(s) <= max_cell else s[: max_cell - 1] + "…"

    body = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(cols)]
    lines = [
        " | ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip(),
        "-+-".join("-" * w for w in widths),
    ]
    lines += [" | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in body]
    return "\n".join(lines) + "\n"
