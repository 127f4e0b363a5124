"""The `warehouse` command line. Exit status: 0 success, 1 some files failed, 2 usage or database error."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.table import Table

from warehouse import __version__
from warehouse.cli.progress import progress_reporter
from warehouse.db import migrate
from warehouse.db.engine import ENV_VAR, DatabaseUrlError, make_engine, redact, resolve_url
from warehouse.db.roles import RoleError, grant_readonly
from warehouse.db.views import current_views
from warehouse.load.resolve_again import resolve_again
from warehouse.load.runner import LoadSummary, load_directory
from warehouse.query import stats as stats_mod
from warehouse.query.check import CheckError, check_filing
from warehouse.query.export import ExportError, export_view, require_pyarrow
from warehouse.query.readonly import (
    QueryError,
    decimal_for_json,
    run_readonly,
    to_csv,
    to_json,
    to_text_table,
)
from warehouse.query.views import ViewQueryError, find_view, view_select
from warehouse.taxonomy import TaxonomyError, list_taxonomies, load_taxonomy

app = typer.Typer(
    help="Load SEC EDGAR R pages into SQL tables (SQLite by default, PostgreSQL for teams) and query them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Manage the database schema (Alembic migrations).", no_args_is_help=True)
app.add_typer(db_app, name="db")

err = Console(stderr=True, highlight=False)
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar=ENV_VAR,
        show_envvar=True,
        help="Database URL, e.g. sqlite:///warehouse.db or postgresql+psycopg://user@host/db "
        "[default: sqlite:///warehouse.db in the working directory]",
    ),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"error: {message}", markup=False, soft_wrap=True)
    return typer.Exit(code)


def _engine(db: str | None) -> sa.Engine:
    try:
        return make_engine(resolve_url(db))
    except DatabaseUrlError as exc:
        raise fail(str(exc)) from None


def _db_error(exc: Exception, url: sa.URL) -> typer.Exit:
    orig = getattr(exc, "orig", None) or exc
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return fail(f"database {redact(url)}: {first}")


def _json_default(o: Any) -> Any:
    from decimal import Decimal

    if isinstance(o, Decimal):
        return decimal_for_json(o)
    if hasattr(o, "isoformat"):
        return o.isoformat()
    return str(o)


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"warehouse {__version__}")
        raise typer.Exit(0)


@app.command()
def load(
    directory: Annotated[Path, typer.Argument(help="Folder of filings (searched recursively), or one file.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON (for scripts).")] = False,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar [default: on when stderr is a terminal]"),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Parser processes [default: CPU count, at most 4]")
    ] = None,
) -> None:
    """Load every page under DIRECTORY; unchanged files are skipped, bad files reported and recorded.

    Exit status: 0 when every file loaded (or was unchanged), 1 when any file failed, 2 on a usage or
    database error.
    """
    if not directory.exists():
        raise fail(f"{directory}: no such file or directory")
    engine = _engine(db)
    url = engine.url
    show = progress if progress is not None else (sys.stderr.isatty() and not as_json)
    try:
        with progress_reporter(show, err) as report:
            summary = load_directory(engine, directory, progress=report, workers=workers)
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, url) from None
    finally:
        engine.dispose()
    _print_summary(summary, url, as_json)
    raise typer.Exit(0 if summary.ok else 1)


def _print_summary(s: LoadSummary, url: sa.URL, as_json: bool) -> None:
    data = {
        "database": redact(url),
        "run_id": s.run_id,
        "files_seen": s.files_seen,
        "files_loaded": s.files_loaded,
        "files_unchanged": s.files_unchanged,
        "files_failed": s.files_failed,
        "files_skipped": s.files_skipped,
        "pages_without_facts": s.pages_without_facts,
        "facts_added": s.facts_added,
        "concepts_added": s.concepts_added,
        "definitions_added": s.definitions_added,
        "elapsed_s": round(s.elapsed_s, 3),
        "errors": [{"file": e.source_path, "reason": e.reason} for e in s.errors],
    }
    if as_json:
        # Errors are in the JSON; stderr still names each bad file for people watching the run.
        for e in s.errors:
            err.print(f"{e.source_path}: {e.reason}", markup=False)
        out.print(json.dumps(data, indent=1, ensure_ascii=False), markup=False)
        return
    for e in s.errors:
        err.print(f"{e.source_path}: {e.reason}", markup=False)
    out.print(
        f"{s.files_seen} files seen: {s.files_loaded} loaded, {s.files_unchanged} unchanged, "
        f"{s.files_failed} failed"
        + (f", {s.files_skipped} other filing files skipped" if s.files_skipped else "")
        + (f" ({s.pages_without_facts} loaded pages hold no facts)" if s.pages_without_facts else "")
        + f"; {s.facts_added} facts, {s.concepts_added} new concepts, "
        f"{s.definitions_added} definitions added "
        f"in {s.elapsed_s:.2f}s -> {redact(url)}",
        markup=False,
    )


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    db: DbOption = None,
) -> None:
    """Create or upgrade the schema (default: to the newest revision)."""
    engine = _engine(db)
    try:
        migrate.upgrade(engine, revision)
        out.print(f"{redact(engine.url)} at revision {migrate.current_revision(engine)}", markup=False)
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[
        str, typer.Argument(help="Target revision: an id, -1, or 'base' (drops every table).")
    ],
    db: DbOption = None,
) -> None:
    """Step the schema back to REVISION."""
    engine = _engine(db)
    try:
        migrate.downgrade(engine, revision)
        out.print(
            f"{redact(engine.url)} at revision {migrate.current_revision(engine) or 'base'}", markup=False
        )
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None


@db_app.command("current")
def db_current(db: DbOption = None) -> None:
    """Show the schema revision of the database and the newest one available."""
    engine = _engine(db)
    try:
        cur = migrate.current_revision(engine)
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None
    head = migrate.head_revision(engine)
    state = "up to date" if cur == head else "behind: run `warehouse db upgrade`"
    out.print(
        f"{redact(engine.url)}: revision {cur or 'none (empty database)'}, newest {head} ({state})",
        markup=False,
    )


_RUN_COLUMNS = (
    "id",
    "started_at",
    "status",
    "files_seen",
    "files_loaded",
    "files_unchanged",
    "files_failed",
    "facts_added",
)


@app.command()
def stats(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Rows per table, the last load runs and the last errors."""
    engine = _engine(db)
    try:
        migrate.ensure_current(engine)
        data = stats_mod.collect(engine)
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None
    if as_json:
        out.print(
            json.dumps({"database": redact(engine.url), **data}, default=_json_default, indent=1),
            markup=False,
        )
        return
    table = Table(title=f"warehouse {redact(engine.url)}", show_header=True)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in data["tables"].items():
        table.add_row(name, f"{n:,}")
    out.print(table)
    if data["last_runs"]:
        runs = Table(title="last loads")
        for col in _RUN_COLUMNS:
            runs.add_column(col)
        for r in data["last_runs"]:
            runs.add_row(*(str(r[c]) if c != "started_at" else str(r[c])[:19] for c in _RUN_COLUMNS))
        out.print(runs)
    if data["last_errors"]:
        out.print("last errors:")
        for e in data["last_errors"]:
            out.print(f"  run {e['load_run_id']}: {e['source_path']}: {e['reason']}", markup=False)


@app.command()
def views(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON (with grain and columns).")] = False,
) -> None:
    """List the saved views with their one-line descriptions."""
    docs = [doc for doc, _ in current_views()]
    if as_json:
        out.print(
            json.dumps(
                [
                    {"name": d.name, "purpose": d.purpose, "grain": d.grain, "columns": d.columns}
                    for d in docs
                ],
                indent=1,
            ),
            markup=False,
        )
        return
    width = max(len(d.name) for d in docs)
    for d in docs:
        out.print(f"{d.name.ljust(width)}  {d.purpose}", markup=False)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="A SQL query (run read-only), or the name of a saved view.")],
    where: Annotated[
        list[str] | None,
        typer.Option(
            "--where",
            "-w",
            metavar="COLUMN=VALUE",
            help="With a view name: keep rows where COLUMN equals VALUE; repeat to AND.",
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="With a view name: at most this many rows.")] = None,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
) -> None:
    """Run a read-only SQL query, or show a saved view (with --where filters), and print the result."""
    if fmt not in ("table", "csv", "json"):
        raise fail("--format must be table, csv or json")
    engine = _engine(db)
    doc = find_view(sql.strip(), engine.dialect.name) if re.fullmatch(r"\w+", sql.strip()) else None
    if (where or limit is not None) and doc is None:
        raise fail("--where and --limit go with the name of a saved view (see `warehouse views`)")
    try:
        migrate.ensure_current(engine)
        if doc is not None:
            filters = [_filter(item) for item in where or []]
            stmt = view_select(doc, engine.dialect.name, filters, limit)
            cols, rows = run_readonly(engine, stmt)
        else:
            cols, rows = run_readonly(engine, sql)
    except ViewQueryError as exc:
        raise fail(str(exc)) from None
    except QueryError as exc:
        raise fail(f"query failed: {exc}") from None
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None
    if fmt == "json":
        sys.stdout.write(to_json(cols, rows) + "\n")
    elif fmt == "csv":
        sys.stdout.write(to_csv(cols, rows))
    else:
        sys.stdout.write(to_text_table(cols, rows))
        err.print(f"{len(rows)} row(s)")


def _filter(item: str) -> tuple[str, str]:
    column, sep, value = item.partition("=")
    if not sep or not column.strip():
        raise fail(f"--where {item!r}: expected COLUMN=VALUE")
    return column.strip(), value


@app.command()
def export(
    view: Annotated[str, typer.Argument(help="A saved view, e.g. facts_flat.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="csv or parquet (needs the parquet extra)")
    ] = "csv",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write (default: VIEW.csv or VIEW.parquet in the working directory)",
        ),
    ] = None,
    where: Annotated[
        list[str] | None,
        typer.Option(
            "--where",
            "-w",
            metavar="COLUMN=VALUE",
            help="Keep rows where COLUMN equals VALUE; repeat to AND.",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Write a saved view to a CSV or Parquet file, streaming (any number of rows in flat memory)."""
    if fmt not in ("csv", "parquet"):
        raise fail("--format must be csv or parquet")
    filters = [_filter(item) for item in where or []]
    path = output if output is not None else Path(f"{view}.{fmt}")
    if fmt == "parquet":
        try:
            require_pyarrow()
        except ExportError as exc:
            raise fail(str(exc)) from None
    engine = _engine(db)
    try:
        migrate.ensure_current(engine)
        n = export_view(engine, view, path, "csv" if fmt == "csv" else "parquet", filters)
    except ExportError as exc:
        raise fail(str(exc)) from None
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None
    finally:
        engine.dispose()
    out.print(f"{n} rows of {view} written to {path}", markup=False)


@db_app.command("grant-readonly")
def db_grant_readonly(
    role: Annotated[str, typer.Argument(help="PostgreSQL role to create or update, e.g. metabase.")],
    password_env: Annotated[
        str | None,
        typer.Option(
            "--password-env",
            metavar="VAR",
            help="Name of an environment variable holding the role's password (makes it a LOGIN role; "
            "without it a new role is NOLOGIN).",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """PostgreSQL: let ROLE read every table and view (also views created later) and write nothing."""
    password = None
    if password_env is not None:
        password = os.environ.get(password_env)
        if not password:
            raise fail(f"environment variable {password_env} is not set or empty")
    engine = _engine(db)
    try:
        if engine.dialect.name == "postgresql":
            migrate.ensure_current(engine)
        done = grant_readonly(engine, role, password)
    except RoleError as exc:
        raise fail(str(exc)) from None
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None
    finally:
        engine.dispose()
    for statement in done:
        out.print(statement, markup=False)
    out.print(f"role {role} can read and cannot write in {redact(engine.url)}", markup=False)


# --- warehouse taxonomy: load and list XBRL taxonomy packages ------------------------------------

taxonomy_app = typer.Typer(
    help="XBRL taxonomy packages (US-GAAP, DEI, SRT, ...): load element declarations, labels and "
    "calculation/presentation arcs; list what is loaded.",
    no_args_is_help=True,
)
app.add_typer(taxonomy_app, name="taxonomy")


@taxonomy_app.command("load")
def taxonomy_load(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Taxonomy package zips or unpacked folders (with META-INF/taxonomyPackage.xml)."),
    ],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Load taxonomy packages (zip or folder), one transaction each.

    A package loaded before with the same content is skipped; a changed one replaces its rows.

    Exit status: 0 all loaded or unchanged, 1 some path is not a taxonomy, 2 usage or database error.
    """
    for p in paths:
        if not p.exists():
            raise fail(f"{p}: no such file or directory")
    engine = _engine(db)
    done: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    try:
        migrate.ensure_current(engine)
        for p in paths:
            try:
                r = load_taxonomy(engine, p, migrate=False)
            except TaxonomyError as exc:
                err.print(f"{p}: {exc}", markup=False, soft_wrap=True)
                errors.append({"path": str(p), "reason": str(exc)})
                continue
            done.append(_as_dict(r))
            if not as_json:
                out.print(
                    f"{r.status} {r.identifier} {r.version}: {r.elements:,} elements, {r.labels:,} labels, "
                    f"{r.calculations:,} calculation and {r.presentation:,} presentation arcs "
                    f"in {r.elapsed_s:.2f}s",
                    markup=False,
                )
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None
    finally:
        engine.dispose()
    if as_json:
        payload = {"database": redact(engine.url), "taxonomies": done, "errors": errors}
        out.print(json.dumps(payload, default=_json_default, indent=1), markup=False)
    raise typer.Exit(1 if errors else 0)


@taxonomy_app.command("list")
def taxonomy_list(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """The loaded taxonomies with their counts of elements, labels and arcs, newest first."""
    engine = _engine(db)
    try:
        migrate.ensure_current(engine)
        rows = list_taxonomies(engine)
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None
    finally:
        engine.dispose()
    if as_json:
        out.print(json.dumps([_as_dict(r) for r in rows], default=_json_default, indent=1), markup=False)
        return
    cols = ["name", "version", "elements", "labels", "calculations", "presentation", "identifier"]
    sys.stdout.write(to_text_table(cols, [tuple(getattr(r, c) for c in cols) for r in rows]))


def _as_dict(obj: Any) -> dict[str, Any]:
    data: dict[str, Any] = asdict(obj)
    if "elapsed_s" in data:
        data["elapsed_s"] = round(data["elapsed_s"], 3)
    return data


@app.command()
def check(
    filing: Annotated[
        str, typer.Argument(help="The filing: its id, accession number, filing key or a file's path.")
    ],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Compare a filing's rendered pages with its XBRL instance; list the facts that disagree.

    Exit status: 0 when every rendered fact agrees, 1 when some disagree, 2 on a usage or database error.
    """
    engine = _engine(db)
    try:
        migrate.ensure_current(engine)
        result = check_filing(engine, filing)
    except CheckError as exc:
        raise fail(str(exc)) from None
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None
    finally:
        engine.dispose()
    kinds: dict[str, int] = {}
    for d in result.disagreements:
        kinds[d.kind] = kinds.get(d.kind, 0) + 1
    if as_json:
        out.print(
            json.dumps(
                {
                    "filing_id": result.filing_id,
                    "filing": result.filing,
                    "rendered_facts": result.rendered,
                    "agree": result.agrees,
                    "disagree": kinds,
                    "disagreements": [dataclasses.asdict(d) for d in result.disagreements],
                },
                default=_json_default,
                indent=1,
            ),
            markup=False,
        )
    else:
        detail = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        out.print(
            f"{result.filing}: {result.rendered} rendered facts, {result.agrees} agree with the instance"
            + (f", {len(result.disagreements)} disagree ({detail})" if kinds else ""),
            markup=False,
        )
        if result.disagreements:
            cols = [
                "kind",
                "source_path",
                "row",
                "col",
                "label",
                "raw_value",
                "period",
                "members",
                "instance says",
            ]
            rows = [
                (
                    d.kind,
                    d.source_path,
                    d.row_index,
                    d.column_index,
                    d.label,
                    d.raw_value,
                    d.period,
                    d.members,
                    d.instance,
                )
                for d in result.disagreements
            ]
            sys.stdout.write(to_text_table(cols, rows))
    raise typer.Exit(1 if result.disagreements else 0)


@app.command()
def resolve(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    workers: Annotated[
        int | None, typer.Option(help="Parser processes [default: CPU count, at most 4]")
    ] = None,
) -> None:
    """Apply loaded taxonomies to data loaded before them: name concepts, then parse the files again.

    Exit status: 0 when every file loaded again, 1 when some failed, 2 on a usage or database error.
    """
    engine = _engine(db)
    try:
        with progress_reporter(sys.stderr.isatty() and not as_json, err) as report:
            result = resolve_again(engine, progress=report, workers=workers)
    except sa.exc.SQLAlchemyError as exc:
        raise _db_error(exc, engine.url) from None
    finally:
        engine.dispose()
    loaded = sum(s.files_loaded for s in result.loads)
    failed = sum(s.files_failed for s in result.loads)
    data = {
        "concepts_named": result.concepts_named,
        "files_loaded_again": loaded,
        "files_failed": failed,
        "files_missing": result.files_missing,
        "errors": [{"file": e.source_path, "reason": e.reason} for s in result.loads for e in s.errors],
    }
    if as_json:
        out.print(json.dumps(data, indent=1), markup=False)
    else:
        for s in result.loads:
            for e in s.errors:
                err.print(f"{e.source_path}: {e.reason}", markup=False)
        out.print(
            f"{result.concepts_named} concepts named from taxonomies; {loaded} files parsed again, "
            f"{failed} failed, {result.files_missing} no longer on disk",
            markup=False,
        )
    raise typer.Exit(0 if result.ok else 1)


def main() -> None:
    app()
