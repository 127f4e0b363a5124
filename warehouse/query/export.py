"""Export a saved view to CSV or Parquet, streaming: memory stays flat however many rows there are.

Rows come from a server-side cursor (PostgreSQL) or SQLite's lazy cursor, ``chunk_rows`` at a time;
each chunk is written out (one Parquet row group per chunk) before the next is read.

Both backends give the same file. Every column gets one logical kind, decided before the first row:

1. a type tag at the start of the column's documentation in ``sql/views/NAME.sql``
   (``--   ok: [boolean] true when ...``; tags: text, integer, numeric, float, boolean, date,
   timestamp) — needed only for computed columns on SQLite, see 3;
2. else the column's SQL type as the database declares it (PostgreSQL always does; SQLite does for
   a view column that is a plain table column);
3. else (an expression column on SQLite, which has no declared type) the values decide, from one
   scan of the view: numbers only -> numeric, ISO dates only -> date, anything else -> text.
   SQLite cannot tell a boolean or a count from a number this way: tag such columns.

Values are converted from what each driver returns (SQLite: 0/1 for booleans, ISO text for dates,
floats for fractions, read to the 15 significant digits SQLite keeps) so the files match.

CSV: a header row, NULL as an empty cell, exact decimals as plain text (``-11239252``, ``0.31``:
trailing zeros dropped, never an exponent), dates ``YYYY-MM-DD``, timestamps ISO in UTC, booleans
``true``/``false``. Parquet (pyarrow, the optional ``parquet`` extra): numeric ->
``decimal128(38, 10)``, or text for the whole column when a value has more than 10 decimal places or
28 integer digits (never a float: a float is not exact); date -> ``date32``, boolean -> ``bool``,
integer -> ``int64``, timestamp -> ``timestamp[us, UTC]``, text -> ``string``. Each field carries the
column's documentation as its ``description`` metadata.

The file is written beside its destination as ``NAME.partial`` and renamed at the end, so a failed
export never leaves a half file under the requested name.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from warehouse.db.views import VIEW_SCHEMA, ViewDoc, current_views

Kind = Literal["text", "integer", "numeric", "float", "boolean", "date", "timestamp"]
KINDS: tuple[Kind, ...] = ("text", "integer", "numeric", "float", "boolean", "date", "timestamp")

PARQUET_HINT = "Parquet export needs pyarrow: install filings-warehouse[parquet]"
DECIMAL_PRECISION, DECIMAL_SCALE = 38, 10

_TRUE = frozenset({"true", "t", "1", "yes", "y", "on"})
_FALSE = frozenset({"false", "f", "0", "no", "n", "off"})


class ExportError(ValueError):
    """The export cannot run as asked (unknown view or column, bad filter value): a user error."""


class MissingDependencyError(ExportError):
    """An optional package the export needs is not installed."""


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    name: str
    kind: Kind
    doc: str = ""
    as_text: bool = False  # Parquet only: the values did not fit the kind's Arrow type


class _Unfit(Exception):
    """Some values of these columns do not fit their Arrow type."""

    def __init__(self, columns: set[int]) -> None:
        super().__init__(columns)
        self.columns = columns


# --------------------------------------------------------------------------------------- columns


def view_docs(dialect: str) -> dict[str, ViewDoc]:
    return {doc.name: doc for doc, _ in current_views(dialect)}


def _check_view(view: str, dialect: str) -> ViewDoc:
    docs = view_docs(dialect)
    if view not in docs:
        raise ExportError(f"unknown view {view!r}; the views are: {', '.join(docs) or '(none)'}")
    return docs[view]


def _kind_of_type(t: sa.types.TypeEngine[Any]) -> Kind | None:
    """The kind of a declared SQL type, None when the database declared none."""
    if isinstance(t, sa.types.NullType):
        return None
    if isinstance(t, sa.Boolean):
        return "boolean"
    if isinstance(t, sa.DateTime):
        return "timestamp"
    if isinstance(t, sa.Date):
        return "date"
    if isinstance(t, sa.Integer):
        return "integer"
    if isinstance(t, sa.Float):  # before Numeric: Float is a Numeric
        return "float"
    if isinstance(t, sa.Numeric):
        return "numeric"
    return "text"


def _as_kind(tag: str | None) -> Kind | None:
    """A header tag ("[numeric]") as a column kind, when it names one."""
    for kind in KINDS:
        if tag == kind:
            return kind
    return None


def _relation(view: str, columns: Iterable[str], pg: bool) -> sa.TableClause:
    return sa.table(view, *(sa.column(c) for c in columns), schema=VIEW_SCHEMA if pg else None)


def _infer_sqlite(conn: sa.Connection, view: str, names: list[str]) -> dict[str, Kind]:
    """Kinds of SQLite expression columns (no declared type), from one scan of the view."""
    rel = _relation(view, names, pg=False)
    exprs: list[sa.ColumnElement[Any]] = []
    for name in names:
        c = rel.c[name]
        storage = sa.func.typeof(c)
        exprs += [
            sa.func.max(storage.in_(["integer", "real"])),
            sa.func.max(storage == "text"),
            sa.func.max(storage == "blob"),
            sa.func.min(
                sa.case((storage == "text", c.op("GLOB")("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]")))
            ),
        ]
    row = conn.execute(sa.select(*exprs).select_from(rel)).one()
    kinds: dict[str, Kind] = {}
    for i, name in enumerate(names):
        numbers, text, blob, all_dates = row[4 * i : 4 * i + 4]
        if numbers and not text and not blob:
            kinds[name] = "numeric"
        elif text and not numbers and not blob and all_dates:
            kinds[name] = "date"
        else:
            kinds[name] = "text"
    return kinds


def _columns(conn: sa.Connection, view: str, doc: ViewDoc) -> list[ColumnSpec]:
    pg = conn.dialect.name == "postgresql"
    try:
        reflected = sa.inspect(conn).get_columns(view, schema=VIEW_SCHEMA if pg else None)
    except sa.exc.NoSuchTableError:
        raise ExportError(f"view {view!r} is not in this database yet: run `warehouse db upgrade`") from None
    specs: list[ColumnSpec] = []
    untyped: list[str] = []
    for col in reflected:
        name = str(col["name"])
        tag = doc.types.get(name)
        meaning = doc.columns.get(name, "")
        kind = _as_kind(tag) or _kind_of_type(col["type"])
        if kind is None:
            if pg:
                kind = "text"
            else:
                untyped.append(name)
                kind = "text"  # replaced below
        specs.append(ColumnSpec(name, kind, meaning))
    if untyped:
        inferred = _infer_sqlite(conn, view, untyped)
        specs = [replace(s, kind=inferred[s.name]) if s.name in inferred else s for s in specs]
    return specs


def view_columns(engine: Engine, view: str) -> list[ColumnSpec]:
    """The columns of a current view with the kinds the export gives them."""
    doc = _check_view(view, engine.dialect.name)
    with engine.connect() as conn:
        return _columns(conn, view, doc)


# ------------------------------------------------------------------------------------ conversions


def _decimal(v: Any) -> Decimal:
    if isinstance(v, bool):
        raise ValueError("a boolean is not a number")
    if isinstance(v, Decimal):
        d = v
    elif isinstance(v, int):
        d = Decimal(v)
    elif isinstance(v, float):
        # SQLite keeps fractions as doubles and shows them to 15 significant digits: read them so.
        d = Decimal(format(v, ".15g"))
    elif isinstance(v, str):
        d = Decimal(v.strip())
    else:
        raise ValueError(f"not a number: {v!r}")
    if not d.is_finite():
        raise ValueError("not a finite number")
    return d


def plain_decimal(d: Decimal) -> str:
    """Exact, plain notation, no trailing zeros: -11239252, 0.31, 1200."""
    if not d.is_finite():
        return str(d)
    if d == 0:
        return "0"
    text = format(d.normalize(), "f")
    return text


def _fits(d: Decimal) -> bool:
    t = d.normalize().as_tuple()
    exponent = int(t.exponent)
    fraction_digits = max(0, -exponent)
    integer_digits = max(0, len(t.digits) + exponent)
    return fraction_digits <= DECIMAL_SCALE and integer_digits <= DECIMAL_PRECISION - DECIMAL_SCALE


def _boolean(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, int | Decimal) and v in (0, 1):
        return bool(v)
    if isinstance(v, str) and v.strip().lower() in _TRUE | _FALSE:
        return v.strip().lower() in _TRUE
    raise ValueError(f"not a boolean: {v!r}")


def _date(v: Any) -> dt.date:
    if isinstance(v, dt.datetime):
        raise ValueError("a timestamp is not a date")
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        return dt.date.fromisoformat(v.strip())
    raise ValueError(f"not a date: {v!r}")


def _timestamp(v: Any) -> dt.datetime:
    if isinstance(v, dt.datetime):
        ts = v
    elif isinstance(v, str):
        ts = dt.datetime.fromisoformat(v.strip())
    else:
        raise ValueError(f"not a timestamp: {v!r}")
    # SQLite keeps timestamps without their zone; the warehouse writes them in UTC.
    return ts.replace(tzinfo=dt.UTC) if ts.tzinfo is None else ts.astimezone(dt.UTC)


def _integer(v: Any) -> int:
    if isinstance(v, bool):
        raise ValueError("a boolean is not an integer")
    if isinstance(v, int):
        return v
    if isinstance(v, str):
        return int(v.strip())
    d = _decimal(v)
    if d != d.to_integral_value():
        raise ValueError(f"not an integer: {v!r}")
    return int(d)


def _float(v: Any) -> float:
    if isinstance(v, bool):
        raise ValueError("a boolean is not a number")
    return float(v)


_CONVERT: dict[Kind, Callable[[Any], Any]] = {
    "numeric": _decimal,
    "integer": _integer,
    "float": _float,
    "boolean": _boolean,
    "date": _date,
    "timestamp": _timestamp,
}


def _raw_text(v: Any) -> str:
    if isinstance(v, bytes | bytearray | memoryview):
        return bytes(v).hex()
    if isinstance(v, Decimal):
        return plain_decimal(v)
    if isinstance(v, float):
        return plain_decimal(_decimal(v))
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.datetime):
        return _timestamp(v).isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def render(v: Any, kind: Kind) -> str:
    """A value as CSV text; a value that is not of its column's kind is written as it came."""
    if v is None:
        return ""
    try:
        if kind == "numeric":
            return plain_decimal(_decimal(v))
        if kind == "integer":
            return str(_integer(v))
        if kind == "float":
            return repr(_float(v))
        if kind == "boolean":
            return "true" if _boolean(v) else "false"
        if kind == "date":
            return _date(v).isoformat()
        if kind == "timestamp":
            return _timestamp(v).isoformat()
    except (ValueError, TypeError, ArithmeticError):
        pass
    return _raw_text(v)


def filter_value(spec: ColumnSpec, text: str, dialect: str) -> Any:
    """The Python value to bind for ``column = text`` on this backend (ExportError if it cannot be one)."""
    try:
        if spec.kind == "numeric":
            d = _decimal(text)
            if dialect == "sqlite":  # SQLite compares numbers to numbers, never to text
                return int(d) if d == d.to_integral_value() else float(d)
            return d
        if spec.kind == "integer":
            return _integer(text)
        if spec.kind == "float":
            return _float(text)
        if spec.kind == "boolean":
            return _boolean(text)
        if spec.kind == "date":
            day = _date(text)
            return day.isoformat() if dialect == "sqlite" else day
        if spec.kind == "timestamp" and dialect == "postgresql":
            return _timestamp(text)
    except (ValueError, TypeError, ArithmeticError):
        raise ExportError(f"--where {spec.name}={text}: not a {spec.kind} value") from None
    return text


# --------------------------------------------------------------------------------------- reading


def _statement(
    view: str, specs: Sequence[ColumnSpec], where: Sequence[tuple[str, str]], dialect: str
) -> sa.Select[Any]:
    rel = _relation(view, [s.name for s in specs], pg=dialect == "postgresql")
    by_name = {s.name: s for s in specs}
    stmt = sa.select(*rel.c).select_from(rel)
    for i, (column, text) in enumerate(where):
        spec = by_name.get(column)
        if spec is None:
            raise ExportError(
                f"unknown column {column!r} in view {view}; the columns are: {', '.join(by_name)}"
            )
        value = filter_value(spec, text, dialect)
        stmt = stmt.where(rel.c[column] == sa.bindparam(f"where_{i}", value))
    return stmt


def _chunks(
    conn: sa.Connection, stmt: sa.Select[Any], chunk_rows: int
) -> Generator[Sequence[sa.Row[Any]], None, None]:
    result = conn.execution_options(stream_results=True, yield_per=chunk_rows).execute(stmt)
    try:
        yield from result.partitions()
    finally:
        result.close()


def _open(engine: Engine) -> sa.Connection:
    conn = engine.connect()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
    return conn


# --------------------------------------------------------------------------------------- writing


def _write_csv(rows: Iterable[Sequence[sa.Row[Any]]], specs: Sequence[ColumnSpec], path: Path) -> int:
    kinds = [s.kind for s in specs]
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow([s.name for s in specs])
        for chunk in rows:
            w.writerows([render(v, k) for v, k in zip(row, kinds, strict=True)] for row in chunk)
            n += len(chunk)
    return n


def require_pyarrow() -> None:
    """Raise MissingDependencyError (with what to install) when pyarrow is missing."""
    _import_pyarrow()


def _import_pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependencyError(PARQUET_HINT) from None
    return pa, pq


def arrow_schema(specs: Sequence[ColumnSpec]) -> Any:
    """The pyarrow schema of an export (pyarrow must be installed)."""
    pa, _ = _import_pyarrow()
    types = {
        "text": pa.string(),
        "integer": pa.int64(),
        "numeric": pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE),
        "float": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz="UTC"),
    }
    return pa.schema(
        [
            pa.field(
                s.name,
                pa.string() if s.as_text else types[s.kind],
                metadata={"description": s.doc} if s.doc else None,
            )
            for s in specs
        ]
    )


def _arrow_values(values: Sequence[Any], spec: ColumnSpec) -> list[Any]:
    """One column of a chunk as Python values of its Arrow type; raises ValueError when one does not fit."""
    if spec.as_text or spec.kind == "text":
        return [None if v is None else render(v, spec.kind) for v in values]
    convert = _CONVERT[spec.kind]
    out = [None if v is None else convert(v) for v in values]
    if spec.kind == "numeric" and not all(d is None or _fits(d) for d in out):
        raise ValueError("decimal out of range")
    return out


def _write_parquet(
    rows: Iterable[Sequence[sa.Row[Any]]], specs: Sequence[ColumnSpec], path: Path, view: str
) -> int:
    pa, pq = _import_pyarrow()
    schema = arrow_schema(specs)
    schema = schema.with_metadata({"warehouse.view": view})
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for chunk in rows:
            columns: list[list[Any]] = []
            unfit: set[int] = set()
            for i, spec in enumerate(specs):
                values = [row[i] for row in chunk]
                try:
                    columns.append(_arrow_values(values, spec))
                except (ValueError, TypeError, ArithmeticError):
                    unfit.add(i)
            if unfit:
                raise _Unfit(unfit)
            table = pa.Table.from_arrays(
                [pa.array(c, type=f.type) for c, f in zip(columns, schema, strict=True)], schema=schema
            )
            writer.write_table(table, row_group_size=max(1, len(chunk)))
            n += len(chunk)
    return n


def export_view(
    engine: Engine,
    view: str,
    out: Path,
    fmt: Literal["csv", "parquet"],
    where: list[tuple[str, str]] | None = None,
    chunk_rows: int = 50_000,
) -> int:
    """Write the rows of a saved view (optionally ``column = value`` filtered) to ``out``; the row count."""
    if fmt not in ("csv", "parquet"):
        raise ExportError(f"unknown format {fmt!r}: use csv or parquet")
    if chunk_rows < 1:
        raise ExportError("chunk_rows must be at least 1")
    if fmt == "parquet":
        _import_pyarrow()  # fail before touching the database
    dialect = engine.dialect.name
    doc = _check_view(view, dialect)
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportError(f"{out.parent}: no such directory")
    if out.is_dir():
        raise ExportError(f"{out}: is a directory")
    partial = out.with_name(out.name + ".partial")
    try:
        with _open(engine) as conn:
            specs = _columns(conn, view, doc)
            stmt = _statement(view, specs, where or [], dialect)
        while True:
            # A fresh read per attempt: a Parquet column whose values do not fit its type is
            # rewritten as text from the start (rare: more than 10 decimal places, say).
            with _open(engine) as conn:
                chunks = _chunks(conn, stmt, chunk_rows)
                try:
                    if fmt == "csv":
                        n = _write_csv(chunks, specs, partial)
                    else:
                        n = _write_parquet(chunks, specs, partial, view)
                except _Unfit as exc:
                    specs = [replace(s, as_text=True) if i in exc.columns else s for i, s in enumerate(specs)]
                    continue
                finally:
                    chunks.close()
            break
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return n
