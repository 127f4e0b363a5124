"""`warehouse load`: discover -> parse -> resolve -> write, one transaction per file.

Parsing and resolving are pure and run in worker processes when there is enough work; the
database is written from this process only. A bad file is recorded with its reason and the load
goes on; an unchanged file (same path, same content hash) is skipped without being parsed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import socket
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from warehouse import __version__
from warehouse.db import schema as t
from warehouse.db.migrate import ensure_current
from warehouse.discover.files import SourceFile, discover, sha256
from warehouse.discover.filings import FolderFiling, folder_filings
from warehouse.identity import ElementIndex
from warehouse.load.writer import (
    FileToWrite,
    existing_hashes,
    link_filing_reports,
    write_files,
    write_filing_summary,
)
from warehouse.parse.decoding import decode
from warehouse.parse.detect import filing_artifact, sniff
from warehouse.parse.errors import ParseError
from warehouse.parse.html import parse_html_page
from warehouse.parse.html.filing_summary import FilingSummary, parse_filing_summary
from warehouse.parse.model import SourceFormat
from warehouse.parse.text.page import parse_text_page
from warehouse.parse.xbrl import parse_inline, parse_instance
from warehouse.resolve.cover import cover_identity
from warehouse.resolve.elements import element_index
from warehouse.resolve.instance import filing_identity, resolve_instance
from warehouse.resolve.model import FilingRec, ReportRec
from warehouse.resolve.page import resolve_page

PARALLEL_THRESHOLD = 64  # below this many files, worker start-up costs more than it saves
WINDOW = 128  # parse jobs in flight
WRITE_BATCH = 64  # files written per transaction


@dataclass(slots=True)
class FileError:
    source_path: str
    reason: str


@dataclass(slots=True)
class LoadSummary:
    run_id: int | None = None  # created at the first write; None when the load changed nothing
    root: str = ""
    files_seen: int = 0
    files_loaded: int = 0
    files_unchanged: int = 0
    files_failed: int = 0
    files_skipped: int = 0  # other files of filing folders: schemas, linkbases, images, exhibits
    pages_without_facts: int = 0
    facts_added: int = 0
    concepts_added: int = 0
    definitions_added: int = 0
    elapsed_s: float = 0.0
    errors: list[FileError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.files_failed == 0


@dataclass(slots=True)
class Prepared:
    """The pure half of loading one file: parsed and resolved, or the reason it cannot be."""

    file: SourceFile
    sha256: str
    fmt: str | None = None
    report: ReportRec | None = None
    error: str | None = None
    summary: FilingSummary | None = None  # a FilingSummary.xml (no page, no facts)
    filing: FilingRec | None = None
    skipped: str | None = None  # another file of a filing folder (schema, linkbase, image, exhibit, ...)


# The element index of the loaded taxonomies, set once per process (workers get it at start-up).
_ELEMENTS: ElementIndex = ElementIndex()


def _set_elements(elements: ElementIndex) -> None:
    global _ELEMENTS
    _ELEMENTS = elements


def filing_of(file: SourceFile, folder: FolderFiling | None) -> FilingRec:
    """The filing a file belongs to: its folder's when the folder is one, else the page alone."""
    if folder is None:
        return FilingRec(key=f"page:{file.key}", kind="page")
    return FilingRec(
        key=folder.key, kind="submission", accession_number=folder.accession_number, cik=folder.cik
    )


def prepare(file: SourceFile, data: bytes, digest: str, folder: FolderFiling | None = None) -> Prepared:
    try:
        if folder is not None:
            other = filing_artifact(data, file.path.name)
            if other is not None:
                return Prepared(file, digest, skipped=other)
        text = decode(data)
        fmt = sniff(text)
        filing = filing_of(file, folder)
        if fmt in ("xbrl-instance", "inline-xbrl"):
            inst = parse_inline(data) if fmt == "inline-xbrl" else parse_instance(data)
            for field, value in filing_identity(inst).items():
                if value is not None and getattr(filing, field, None) is None:
                    setattr(filing, field, value)
            return Prepared(file, digest, fmt, resolve_instance(inst, filing, file.path.name), filing=filing)
        if fmt == "filing-summary":
            summary = parse_filing_summary(data)
            filing.form_type = summary.document_type
            return Prepared(file, digest, fmt, summary=summary, filing=filing)
        page = parse_html_page(text) if fmt == "rpage-html" else parse_text_page(text, _ELEMENTS)
        if page.format is not SourceFormat.RPAGE_TEXT:
            fmt = page.format.value
        cover = cover_identity(page)
        if cover is not None:
            for told in dataclasses.fields(cover):  # the cover page tells; a CIK from the path stays
                value = getattr(cover, told.name)
                setattr(filing, told.name, (filing.cik or value) if told.name == "cik" else value)
        return Prepared(file, digest, fmt, resolve_page(page, filing), filing=filing)
    except ParseError as exc:
        return Prepared(file, digest, error=str(exc))
    except Exception as exc:  # a parser bug must not stop the load; say what broke, keep going
        return Prepared(file, digest, error=f"internal error while parsing ({type(exc).__name__}: {exc})")


def load_directory(
    engine: Engine,
    root: Path,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int | None = None,
    force: bool = False,
) -> LoadSummary:
    """Load every file under ``root``; ``force`` parses unchanged files again (after a taxonomy load)."""
    started = time.perf_counter()
    ensure_current(engine)
    summary = LoadSummary()
    files = list(discover(root, _database_files(engine)))
    folders = folder_filings(files)
    summary.files_seen = len(files)
    _close_dead_runs(engine)
    with engine.connect() as conn:
        known = {} if force else existing_hashes(conn)
        elements = element_index(conn)
    _set_elements(elements)
    summary.root = root.resolve().as_posix()
    done = 0
    n_workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    pool = (
        ProcessPoolExecutor(max_workers=n_workers, initializer=_set_elements, initargs=(elements,))
        if n_workers > 1 and len(files) >= PARALLEL_THRESHOLD
        else None
    )
    pending: list[Prepared] = []

    def collect(prepared: Prepared) -> None:
        nonlocal done, pending
        if prepared.skipped is not None:
            summary.files_skipped += 1
        elif prepared.error is not None or (prepared.report is None and prepared.summary is None):
            _record_error(engine, summary, prepared.file, prepared.sha256, prepared.error or "unknown error")
        else:
            pending.append(prepared)
        done += 1
        if progress:
            progress(done, len(files), prepared.file.source_path)
        if len(pending) >= WRITE_BATCH or sum(len(x.report.facts) for x in pending if x.report) > 50_000:
            _write_batch(engine, summary, pending)
            pending = []

    # A sliding window of parse jobs: workers parse ahead while this process reads, hashes and
    # writes, and memory stays bounded by the window whatever the size of the folder.
    in_flight: deque[Future[Prepared]] = deque()
    try:
        for f in files:
            try:
                data = f.path.read_bytes()
            except OSError as exc:
                _record_error(engine, summary, f, None, f"cannot read file ({exc.strerror or exc})")
                done += 1
                continue
            digest = sha256(data)
            if known.get(f.key) == digest:
                summary.files_unchanged += 1
                done += 1
                if progress:
                    progress(done, len(files), f.source_path)
                continue
            folder = folders.get(f.path.parent)
            if pool is None:
                collect(prepare(f, data, digest, folder))
                continue
            in_flight.append(pool.submit(prepare, f, data, digest, folder))
            while len(in_flight) > WINDOW:
                collect(in_flight.popleft().result())
        while in_flight:
            collect(in_flight.popleft().result())
        _write_batch(engine, summary, pending)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    summary.elapsed_s = time.perf_counter() - started
    if summary.run_id is None:
        return summary  # nothing changed: a reload of unchanged files writes nothing at all
    with engine.begin() as conn:
        conn.execute(
            sa.update(t.load_runs)
            .where(t.load_runs.c.id == summary.run_id)
            .values(
                finished_at=dt.datetime.now(dt.UTC),
                status="ok" if summary.ok else "failed",
                files_loaded=summary.files_loaded,
                files_unchanged=summary.files_unchanged,
                files_failed=summary.files_failed,
                facts_added=summary.facts_added,
                concepts_added=summary.concepts_added,
                definitions_added=summary.definitions_added,
            )
        )
    return summary


def _close_dead_runs(engine: Engine) -> None:
    """Runs still 'running' whose loader process on this host is gone were killed: say so."""
    host = socket.gethostname()
    with engine.begin() as conn:
        rows = conn.execute(
            sa.select(t.load_runs.c.id, t.load_runs.c.pid).where(
                t.load_runs.c.status == "running", t.load_runs.c.host == host
            )
        ).all()
        dead = [run_id for run_id, pid in rows if pid is None or not _alive(pid)]
        if dead:
            conn.execute(
                sa.update(t.load_runs).where(t.load_runs.c.id.in_(dead)).values(status="interrupted")
            )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _database_files(engine: Engine) -> frozenset[Path]:
    """A SQLite database kept inside the folder being loaded is not input."""
    if (
        engine.url.get_backend_name() != "sqlite"
        or not engine.url.database
        or engine.url.database == ":memory:"
    ):
        return frozenset()
    db = Path(engine.url.database).resolve()
    return frozenset(db.with_name(db.name + suffix) for suffix in ("", "-wal", "-shm", "-journal"))


def _run_id(engine: Engine, summary: LoadSummary) -> int:
    if summary.run_id is None:
        with engine.begin() as conn:
            summary.run_id = conn.execute(
                sa.insert(t.load_runs).returning(t.load_runs.c.id),
                {
                    "started_at": dt.datetime.now(dt.UTC),
                    "root": summary.root,
                    "status": "running",
                    "files_seen": summary.files_seen,
                    "tool_version": __version__,
                    "host": socket.gethostname(),
                    "pid": os.getpid(),
                },
            ).scalar_one()
    return summary.run_id


def _write_batch(engine: Engine, summary: LoadSummary, batch: list[Prepared]) -> None:
    """One transaction for the batch; if it fails, each file alone, so one bad file sinks only itself."""
    if not batch:
        return
    items = [
        FileToWrite(p.file.key, p.file.source_path, p.sha256, p.file.size, p.fmt or "?", p.report)
        for p in batch
        if p.report is not None
    ]
    summaries = [p for p in batch if p.summary is not None and p.filing is not None]
    try:
        with engine.begin() as conn:
            run_id = _run_id(engine, summary)
            stats = write_files(conn, items, run_id)
            for p in summaries:
                assert p.summary is not None and p.filing is not None
                write_filing_summary(conn, _summary_file(p), p.summary, run_id)
            link_filing_reports(
                conn, [p.filing.key for p in batch if p.filing and p.filing.kind == "submission"]
            )
    except sa.exc.SQLAlchemyError as exc:
        if len(batch) == 1:
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            _record_error(engine, summary, batch[0].file, batch[0].sha256, f"database error: {reason}")
            return
        for p in batch:
            _write_batch(engine, summary, [p])
        return
    summary.files_loaded += len(items) + len(summaries)
    summary.facts_added += stats.facts
    summary.concepts_added += stats.concepts_added
    summary.definitions_added += stats.definitions
    summary.pages_without_facts += sum(1 for i in items if not i.report.facts)


def _summary_file(p: Prepared) -> FileToWrite:
    """A FilingSummary as a file to write: an empty report stands in for its (absent) page."""
    assert p.filing is not None
    stub = ReportRec(
        filing=p.filing,
        title="FilingSummary",
        report_name="FilingSummary",
        kind="filing_summary",
        title_units=None,
        scale_line=None,
        title_date=None,
        notes=None,
    )
    return FileToWrite(p.file.key, p.file.source_path, p.sha256, p.file.size, p.fmt or "filing-summary", stub)


def _record_error(
    engine: Engine, summary: LoadSummary, f: SourceFile, digest: str | None, reason: str
) -> None:
    summary.files_failed += 1
    summary.errors.append(FileError(f.source_path, reason))
    run_id = _run_id(engine, summary)
    with engine.begin() as conn:
        conn.execute(
            sa.insert(t.load_errors),
            {
                "load_run_id": run_id,
                "path": f.key,
                "source_path": f.source_path,
                "sha256": digest,
                "reason": reason,
                "created_at": dt.datetime.now(dt.UTC),
            },
        )
