"""Load benchmark: `warehouse load` on a large synthetic corpus, on SQLite and PostgreSQL.

For each backend the loader runs as a subprocess, exactly as a user runs it
(``warehouse load CORPUS --db URL --json``), into an empty database, and then a second time on the unchanged
corpus (every file must be skipped). Measured per run: wall time, CPU time and peak memory of the loader's
process tree (the loader and its parser workers; the PostgreSQL server is not part of it), and the loader's
own JSON summary. Results are printed as a table and written to ``bench/out/results.json``.

    python bench/run.py                      # 20,000 pages, SQLite and a throwaway PostgreSQL server
    python bench/run.py --pages 2000 --backends sqlite
    python bench/run.py --pg-url postgresql+psycopg://me@db.example/postgres --workers 4
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
BACKENDS = ("sqlite", "postgresql")
SNAPSHOT_PATHS = ("warehouse", "migrations", "alembic.ini")  # what the loader needs at run time
SAMPLE_EVERY_S = 0.2  # memory sampling period of the process tree


# --- measuring one loader run -----------------------------------------------------------------------------


@dataclass(slots=True)
class RunResult:
    wall_s: float  # subprocess start to exit, as seen by the benchmark (includes interpreter start-up)
    loader_elapsed_s: float | None  # the loader's own "elapsed_s" (discover + parse + write)
    exit_code: int
    cpu_user_s: float  # loader + its workers (waited-for descendants)
    cpu_sys_s: float
    max_rss_mb: float  # largest single process of the tree (kernel high-water mark, exact)
    tree_pss_peak_mb: float | None  # largest sampled sum of PSS over the tree (shared pages counted once)
    summary: dict[str, Any] = field(default_factory=dict)
    stderr_tail: str = ""


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                kids.extend(int(x) for x in fh.read().split())
    except OSError:
        pass
    return kids


def _pss_kb(pid: int) -> int:
    """Proportional set size of one process (RSS when smaps_rollup is missing); 0 when it is gone."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path, encoding="ascii") as fh:
                for line in fh:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def _tree_pss_kb(root: int) -> int:
    total, todo, seen = 0, [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _pss_kb(pid)
        todo.extend(_children(pid))
    return total


def run_load(cmd: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> RunResult:
    """Run the loader; wait4() gives its own rusage (CPU, max RSS) including its waited-for workers."""
    sampling = sys.platform.startswith("linux")
    peak = [0]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=out, stderr=err)
        done = threading.Event()

        def sample() -> None:
            while not done.wait(SAMPLE_EVERY_S):
                peak[0] = max(peak[0], _tree_pss_kb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        if sampling:
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        if sampling:
            sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    summary: dict[str, Any] = {}
    start = stdout.find("{")
    if start >= 0:
        with contextlib.suppress(json.JSONDecodeError):
            summary = json.loads(stdout[start:])
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    max_rss_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return RunResult(
        wall_s=round(wall, 3),
        loader_elapsed_s=summary.get("elapsed_s"),
        exit_code=proc.returncode,
        cpu_user_s=round(usage.ru_utime, 2),
        cpu_sys_s=round(usage.ru_stime, 2),
        max_rss_mb=round(max_rss_mb, 1),
        tree_pss_peak_mb=round(peak[0] / 1024, 1) if sampling and peak[0] else None,
        summary={**summary, "errors": summary.get("errors", [])[:20]},  # the first errors are enough
        stderr_tail="\n".join(stderr.strip().splitlines()[-10:]),
    )


@dataclass(slots=True)
class Loader:
    """How `warehouse` is started: the installed script, or the code of a source tree (--code, --snapshot)."""

    cmd: list[str]
    code_root: Path  # the tree holding warehouse/ and migrations/ that runs
    env: dict[str, str] | None = None  # None: inherit this process's environment
    commit: str | None = None  # the commit a snapshot was exported from


def installed_loader() -> Loader:
    """The installed `warehouse` script of this interpreter (not a pyenv shim), else the module."""
    script = Path(sysconfig.get_path("scripts")) / "warehouse"
    if script.exists():
        return Loader([str(script)], ROOT)
    found = shutil.which("warehouse")
    if found:
        return Loader([found], ROOT)
    return Loader([sys.executable, "-c", "from warehouse.cli.app import main; main()"], ROOT)


def tree_loader(code: Path, commit: str | None = None) -> Loader:
    """Run `warehouse` from the source tree ``code`` (PYTHONPATH first, ahead of the editable install)."""
    code = code.resolve()
    old = os.environ.get("PYTHONPATH")
    env = {**os.environ, "PYTHONPATH": str(code) + (os.pathsep + old if old else "")}
    probe = subprocess.run(
        [sys.executable, "-P", "-c", "import warehouse; print(warehouse.__file__)"],
        env=env,
        capture_output=True,
        text=True,
    )
    where = Path(probe.stdout.strip() or "?").resolve()
    if probe.returncode != 0 or code not in where.parents:
        raise SystemExit(f"{code}: `import warehouse` does not load it (got {where}) {probe.stderr.strip()}")
    main = "import sys; sys.argv[0] = 'warehouse'; from warehouse.cli.app import main; main()"
    return Loader([sys.executable, "-P", "-c", main], code, env, commit)  # -P: no cwd ahead of PYTHONPATH


def snapshot_loader() -> Loader:
    """The committed HEAD, exported with `git archive` (read-only) to $TMPDIR/warehouse-bench-code-<commit>/.

    Edits made to the working tree while the benchmark runs then cannot change what is measured.
    """
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    if head.returncode != 0:
        raise SystemExit(f"--snapshot needs a git checkout: {head.stderr.strip()}")
    commit = head.stdout.strip()
    # Outside the repository, so linters and type checkers run on bench/ never see a second copy.
    dest = Path(tempfile.gettempdir()) / f"warehouse-bench-code-{commit[:12]}"
    if not (dest / "warehouse").is_dir():
        tar = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", commit, *SNAPSHOT_PATHS],
            capture_output=True,
        )
        if tar.returncode != 0:
            raise SystemExit(f"git archive failed: {tar.stderr.decode(errors='replace').strip()}")
        tmp = Path(tempfile.mkdtemp(prefix=dest.name + "-", dir=dest.parent))
        with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as archive:
            archive.extractall(tmp, filter="data")
        tmp.rename(dest)
    return tree_loader(dest, commit[:12])


def startup_s(loader: Loader) -> float:
    """Best of three `warehouse --version`: the fixed cost inside every wall time."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([*loader.cmd, "--version"], check=True, capture_output=True, env=loader.env)
        best = min(best, time.perf_counter() - t0)
    return round(best, 3)


# --- databases --------------------------------------------------------------------------------------------

TABLES = ("source_files", "reports", "facts", "concepts", "contexts", "dimensions", "definitions")


def db_facts(url: str) -> dict[str, Any]:
    """Row counts, size on disk and server facts of a loaded database."""
    engine = sa.create_engine(url)
    info: dict[str, Any] = {}
    try:
        with engine.connect() as conn:
            count = "SELECT count(*) FROM {}"
            info["rows"] = {t: conn.execute(sa.text(count.format(t))).scalar_one() for t in TABLES}
            if engine.dialect.name == "postgresql":
                size = sa.text("SELECT pg_database_size(current_database())")
                info["size_bytes"] = conn.execute(size).scalar_one()
            else:
                db = Path(engine.url.database or "")
                info["size_bytes"] = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    finally:
        engine.dispose()
    return info


def pg_server_facts(url: str) -> dict[str, Any]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            facts: dict[str, Any] = {"version": conn.execute(sa.text("SELECT version()")).scalar_one()}
            for name in (
                "server_version",
                "fsync",
                "synchronous_commit",
                "full_page_writes",
                "shared_buffers",
                "work_mem",
                "max_wal_size",
            ):
                facts[name] = conn.execute(sa.text(f"SHOW {name}")).scalar_one()
    finally:
        engine.dispose()
    return facts


@contextlib.contextmanager
def fresh_pg_database(server_url: str, keep: bool) -> Iterator[str]:
    """A new, empty database on the server of ``server_url``; dropped afterwards unless ``keep``."""
    name = f"warehouse_bench_{dt.datetime.now():%Y%m%d_%H%M%S}"
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        url = sa.make_url(server_url).set(database=name).render_as_string(hide_password=False)
        yield url
    finally:
        if not keep:
            with contextlib.suppress(sa.exc.SQLAlchemyError), admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextlib.contextmanager
def pg_server(pg_url: str | None) -> Iterator[tuple[str, str]]:
    """(server URL, where it came from): the given one, or a throwaway server from tests/pgserver.py."""
    if pg_url:
        yield pg_url, "given (--pg-url)"
        return
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.pgserver import running_server

    with running_server() as url:
        yield (
            url,
            ("throwaway server (tests/pgserver.py: fsync=off, synchronous_commit=off, full_page_writes=off)"),
        )


def redact(url: str) -> str:
    return sa.make_url(url).render_as_string(hide_password=True)


# --- machine facts ----------------------------------------------------------------------------------------


def _proc_field(path: str, key: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def _filesystem(path: Path) -> str | None:
    """Type of the file system holding ``path`` (tmpfs or a disk matters for SQLite)."""
    best: tuple[int, str] | None = None
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                mount, fstype = parts[1], parts[2]
                inside = path.as_posix().startswith(mount.rstrip("/") + "/") or path.as_posix() == mount
                if inside and (best is None or len(mount) > best[0]):
                    best = (len(mount), fstype)
    except OSError:
        return None
    return best[1] if best else None


def source_version() -> dict[str, Any]:
    """The loader's source as measured: commit and whether the working tree had changes (read-only git)."""

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=20)
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    status = git("status", "--porcelain", "--", "warehouse", "migrations")
    return {
        "git_commit": git("rev-parse", "--short", "HEAD"),
        "loader_source_modified": None if status is None else bool(status),
    }


def source_fingerprint(root: Path) -> str:
    """Hash of the loader's code (warehouse/, migrations/): tells whether two runs measured the same code."""
    digest = hashlib.sha256()
    for folder in ("warehouse", "migrations"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".py", ".sql") and path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def loader_code(loader: Loader) -> dict[str, Any]:
    info: dict[str, Any] = {"code": str(loader.code_root)}
    info["fingerprint"] = source_fingerprint(loader.code_root)
    if loader.commit:
        info |= {"git_commit": loader.commit, "loader_source_modified": False}
    elif loader.code_root == ROOT:
        info |= source_version()
    return info


def machine_facts(tmp: Path) -> dict[str, Any]:
    import psycopg

    from warehouse import __version__

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    mem = _proc_field("/proc/meminfo", "MemTotal")
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "cpu_model": _proc_field("/proc/cpuinfo", "model name") or platform.processor() or None,
        "memory_total": mem,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sa.__version__,
        "psycopg": psycopg.__version__,
        "warehouse": __version__,
        "tmp_dir": str(tmp),
        "tmp_filesystem": _filesystem(tmp),
        "corpus_filesystem": None,
        **source_version(),
    }


# --- corpus -----------------------------------------------------------------------------------------------


def ensure_corpus(path: Path, pages: int, seed: int, rebuild: bool) -> dict[str, Any]:
    from bench import make_corpus

    manifest_path = path / make_corpus.MANIFEST
    if not rebuild and manifest_path.exists():
        have = json.loads(manifest_path.read_text(encoding="utf-8"))
        want = make_corpus.manifest_for(pages, seed, make_corpus.load_templates(make_corpus.DEFAULT_SOURCES))
        if all(have.get(k) == v for k, v in want.items()):
            print(f"reusing corpus {path} ({pages} pages, seed {seed})")
            have["reused"] = True
            return dict(have)
    print(f"building corpus {path} ({pages} pages, seed {seed}) ...", flush=True)
    manifest = make_corpus.build(path, pages, seed)
    manifest["reused"] = False
    return manifest


# --- one backend ------------------------------------------------------------------------------------------


def bench_backend(
    backend: str, url: str, corpus: Path, workers: int | None, workdir: Path, loader: Loader
) -> dict[str, Any]:
    cmd = [*loader.cmd, "load", str(corpus), "--db", url, "--json", "--no-progress"]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    print(f"[{backend}] first load -> {redact(url)} ...", flush=True)
    code = loader_code(loader)
    first = run_load(cmd, workdir, loader.env)
    code["changed_during_first_load"] = source_fingerprint(loader.code_root) != code["fingerprint"]
    _report_problems(backend, "first load", first)
    print(f"[{backend}] {first.wall_s:.1f} s; second load (unchanged corpus) ...", flush=True)
    second = run_load(cmd, workdir, loader.env)
    _report_problems(backend, "second load", second)
    result: dict[str, Any] = {
        "backend": backend,
        "database": redact(url),
        "loader_code": code,
        "first": asdict(first),
        "second": asdict(second),
    }
    try:
        result.update(db_facts(url))
    except sa.exc.SQLAlchemyError as exc:
        result["db_error"] = str(exc).splitlines()[0]
    s2 = second.summary
    result["second_all_skipped"] = (
        bool(s2) and s2.get("files_unchanged") == s2.get("files_seen") and s2.get("files_loaded") == 0
    )
    return result


def _report_problems(backend: str, what: str, r: RunResult) -> None:
    if r.exit_code != 0:
        print(f"[{backend}] {what}: exit status {r.exit_code}", file=sys.stderr)
    failed = r.summary.get("files_failed")
    if failed:
        print(f"[{backend}] {what}: {failed} file(s) failed, e.g.:", file=sys.stderr)
        for e in r.summary.get("errors", [])[:5]:
            print(f"    {e.get('file')}: {e.get('reason')}", file=sys.stderr)
    if not r.summary and r.stderr_tail:
        print(f"[{backend}] {what}: no JSON summary; stderr ends with:\n{r.stderr_tail}", file=sys.stderr)


# --- report -----------------------------------------------------------------------------------------------


def _rate(n: Any, s: float | None) -> str:
    return f"{n / s:,.0f}" if isinstance(n, int) and s else "-"


def table(runs: Sequence[dict[str, Any]]) -> str:
    head = (
        "backend",
        "pages",
        "facts",
        "wall s",
        "loader s",
        "pages/s",
        "facts/s",
        "CPU s",
        "max RSS MB",
        "tree PSS MB",
        "reload s",
        "DB MB",
    )
    rows: list[tuple[str, ...]] = []
    for r in runs:
        f, s = r["first"], r["second"]
        summ = f["summary"]
        cpu = f["cpu_user_s"] + f["cpu_sys_s"]
        rows.append(
            (
                r["backend"],
                f"{summ.get('files_loaded', 0):,}",
                f"{summ.get('facts_added', 0):,}",
                f"{f['wall_s']:.1f}",
                f"{f['loader_elapsed_s']:.1f}" if f["loader_elapsed_s"] is not None else "-",
                _rate(summ.get("files_loaded"), f["wall_s"]),
                _rate(summ.get("facts_added"), f["wall_s"]),
                f"{cpu:.0f}",
                f"{f['max_rss_mb']:.0f}",
                f"{f['tree_pss_peak_mb']:.0f}" if f["tree_pss_peak_mb"] is not None else "-",
                f"{s['wall_s']:.2f}" + ("" if r.get("second_all_skipped") else " (!)"),
                f"{r['size_bytes'] / 1e6:.0f}" if "size_bytes" in r else "-",
            )
        )
    widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=True)]
    lines = [
        "  ".join(
            h.ljust(w) if k == 0 else h.rjust(w) for k, (h, w) in enumerate(zip(head, widths, strict=True))
        )
    ]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append(
            "  ".join(
                c.ljust(w) if k == 0 else c.rjust(w) for k, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    return "\n".join(lines)


def print_machine(m: dict[str, Any]) -> None:
    print("machine:")
    print(
        f"  CPUs: {m['cpus_usable']} usable of {m['cpu_count']} ({m['cpu_model']}); "
        f"memory {m['memory_total']}"
    )
    print(f"  Python {m['python']} on {m['platform']}")
    print(
        f"  SQLite {m['sqlite']} (temp dir {m['tmp_dir']} on {m['tmp_filesystem']}), SQLAlchemy "
        f"{m['sqlalchemy']}, psycopg {m['psycopg']}, warehouse {m['warehouse']}"
    )
    pg = m.get("postgresql")
    if pg:
        print(
            f"  PostgreSQL {pg['server_version']} ({pg['source']}); fsync={pg['fsync']}, "
            f"synchronous_commit={pg['synchronous_commit']}, shared_buffers={pg['shared_buffers']}"
        )


# --- main -------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark `warehouse load` on SQLite and PostgreSQL.")
    ap.add_argument("--pages", type=int, default=20_000, help="corpus size (default 20000)")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    ap.add_argument("--corpus", type=Path, help="corpus folder (default bench/out/corpus-<pages>-s<seed>)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the corpus even if it matches")
    ap.add_argument("--workers", type=int, help="passed to `warehouse load --workers` (default: its own)")
    ap.add_argument("--backends", default=",".join(BACKENDS), help="comma-separated: sqlite,postgresql")
    ap.add_argument(
        "--pg-url",
        help="PostgreSQL server to use (a fresh database is created on it) instead of a throwaway server",
    )
    ap.add_argument(
        "--keep",
        action="store_true",
        help="keep the databases (SQLite file under bench/out/, and the database on --pg-url)",
    )
    code = ap.add_mutually_exclusive_group()
    code.add_argument(
        "--snapshot",
        action="store_true",
        help="measure the committed HEAD (exported with `git archive` to a temp folder), not the working "
        "tree: edits made while the benchmark runs cannot change what is measured",
    )
    code.add_argument("--code", type=Path, help="run the loader from this source tree, not the installed one")
    ap.add_argument("--results", type=Path, default=OUT / "results.json", help="JSON output path")
    args = ap.parse_args(argv)
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = sorted(set(backends) - set(BACKENDS))
    if unknown or not backends:
        ap.error(
            f"--backends: unknown {', '.join(unknown) or '(none given)'}; choose from {', '.join(BACKENDS)}"
        )
    if args.pages < 1:
        ap.error("--pages must be at least 1")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))

    OUT.mkdir(parents=True, exist_ok=True)
    corpus_dir = (args.corpus or OUT / f"corpus-{args.pages}-s{args.seed}").resolve()
    loader = installed_loader()
    if args.snapshot:
        loader = snapshot_loader()
    elif args.code:
        loader = tree_loader(args.code)
    corpus = ensure_corpus(corpus_dir, args.pages, args.seed, args.rebuild)
    tmp_root = Path(tempfile.mkdtemp(prefix="warehouse-bench-"))
    runs: list[dict[str, Any]] = []
    try:
        machine = machine_facts(tmp_root)
        machine["corpus_filesystem"] = _filesystem(corpus_dir)
        machine["cli"] = " ".join(loader.cmd)
        machine["loader_code"] = str(loader.code_root)
        machine["cli_startup_s"] = startup_s(loader)
        machine["loader_workers"] = args.workers if args.workers is not None else min(os.cpu_count() or 1, 4)
        for backend in backends:
            if backend == "sqlite":
                db_dir = OUT / "sqlite-db" if args.keep else tmp_root
                db_dir.mkdir(parents=True, exist_ok=True)
                db_file = db_dir / "warehouse.db"
                for old in db_dir.glob("warehouse.db*"):
                    old.unlink()
                url = f"sqlite:///{db_file}"
                runs.append(bench_backend(backend, url, corpus_dir, args.workers, tmp_root, loader))
                if args.keep:
                    print(f"[sqlite] kept {db_file}")
            else:
                with pg_server(args.pg_url) as (server_url, source):
                    machine["postgresql"] = pg_server_facts(server_url) | {"source": source}
                    keep = args.keep and bool(args.pg_url)
                    with fresh_pg_database(server_url, keep) as url:
                        runs.append(bench_backend(backend, url, corpus_dir, args.workers, tmp_root, loader))
                        if keep:
                            print(f"[postgresql] kept database {redact(url)}")
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)

    corpus_info = {"path": str(corpus_dir), **{k: v for k, v in corpus.items() if k != "templates"}}
    results = {
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine,
        "corpus": corpus_info,
        "runs": runs,
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print()
    print_machine(machine)
    print(f"  loader workers: {machine['loader_workers']}; CLI start-up {machine['cli_startup_s']} s")
    print(
        f"corpus: {corpus['pages']:,} pages, {corpus['bytes'] / 1e6:.0f} MB in {corpus['folders']:,} "
        f"folders (seed {corpus['seed']})"
    )
    print()
    print(table(runs))
    print(f"\nwritten {args.results}")
    codes = {r["loader_code"]["fingerprint"] for r in runs}
    if len(codes) > 1 or any(r["loader_code"]["changed_during_first_load"] for r in runs):
        print(
            "WARNING: the loader's code (warehouse/, migrations/) changed during the benchmark, so the "
            "figures do not all measure the same code: run again on a quiet tree",
            file=sys.stderr,
        )
    bad = [r for r in runs if r["first"]["exit_code"] != 0 or not r.get("second_all_skipped")]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
