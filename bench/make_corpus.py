"""Build a large synthetic corpus of R pages for the load benchmark, by varying the real sample pages.

Every generated page is one of the real pages (``samples/*.txt`` and ``tests/data/rpages/text/*.txt``)
with, in its table part only (the lines before the first line that is exactly ``|X``):

* numbers and percentages re-drawn digit by digit with the same shape (``$ 1,234`` -> ``$ 8,071``,
  ``(5,678)`` -> ``(2,390)``, ``12.50%`` -> ``47.06%``, ``$ 0.48`` -> ``$ 0.91``): the same currency,
  grouping, decimals and sign, and a zero lead digit stays zero (``0`` and ``0.xx`` keep their form);
  identifiers the value grammar already keeps out of numbers (``0000019617``, ``270-6000``) are left alone;
* years shifted by one offset per filing, in dates (``Mar. 31, 2024``, ``2025-03-29``; Feb. 29 becomes
  Feb. 28 in a common year) and bare years, in headers, labels and values alike;
* some row labels with a word appended, consistently for every occurrence of the label on the page, before
  any trailing marker (``[Abstract]``, ``[Line Items]``, ``(in shares)``, a final ``:``). Member paths, labels
  with `` | `` and labels ending in a date or digit are never changed, so member and period structure stays.

The definition blocks (``|X`` onwards) are copied byte for byte. Pages are spread over folders like an EDGAR
download: ``OUT/<cik>/<accession>/R<n>.txt``, R1 a cover-like page when the samples have one. Output is a
pure function of (seed, pages): the same arguments give the same bytes. ``OUT/.corpus.json`` (hidden, so
``warehouse load`` skips it) records the parameters so ``bench/run.py`` can reuse a corpus.

    python bench/make_corpus.py --pages 20000 --out bench/out/corpus --seed 1
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

GENERATOR_VERSION = 1
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = (ROOT / "samples", ROOT / "tests" / "data" / "rpages" / "text")
MANIFEST = ".corpus.json"

LABEL_VARY_P = 0.2  # share of distinct candidate labels of a page that get a word appended
YEAR_SHIFTS = tuple(range(-12, 3))  # per-filing year offset
WORDS = (
    "adjusted",
    "reported",
    "gross",
    "combined",
    "segment",
    "domestic",
    "foreign",
    "recurring",
    "consolidated",
    "operating",
    "pro forma",
    "restated",
)

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# A date with a month name ("Mar. 31, 2024", "Sept. 30, 2023", "June 30, 2024"), an ISO date, or a bare year.
YEAR_RE = re.compile(
    r"\b(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?)\s(?P<day>\d{1,2}),\s"
    r"(?P<y1>(?:19|20)\d\d)\b"
    r"|\b(?P<y2>(?:19|20)\d\d)-(?P<m2>\d\d)-(?P<d2>\d\d)\b"
    r"|\b(?P<y3>(?:19[5-9]|20\d)\d)\b"
)
BARE_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
DIGITS_RE = re.compile(r"\d+")
FOOTNOTE_RE = re.compile(r"^\[\d+\]$")
HEADING_MARKER_RE = re.compile(r"\[(?:abstract|line items|table|roll forward)\]$", re.IGNORECASE)
MEMBERISH_RE = re.compile(r"\[(?:member|domain|axis)\]|\[Axis\]:|^[A-Z][\w ]{0,40}:\s*\d", re.IGNORECASE)
# What stays at the end of a label when a word is appended.
SUFFIX_RE = re.compile(
    r"(?:\s*(?:\[(?:abstract|line items|table|roll forward|text block)\]|\((?:in|per)\b[^()]*\)|:))+$",
    re.IGNORECASE,
)

_LEAD = bytes(ord("1") + b % 9 for b in range(256))
_ANY = bytes(ord("0") + b % 10 for b in range(256))


# --- templates ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Num:
    """A number cell: static strings and digit-run lengths (negative: the run starts with a non-zero lead)."""

    pieces: list[str | int]


@dataclass(slots=True)
class Years:
    """A line holding a date or a year: shifted per filing."""

    text: str


@dataclass(slots=True)
class Label:
    """A row label that may get a word before its trailing marker (same word for each occurrence)."""

    label_id: int
    head: str
    suffix: str
    title_case: bool


Op = str | Num | Years | Label  # a plain str is a line copied as it is


@dataclass(slots=True)
class Template:
    """One source page, pre-analysed so each copy costs a few list operations per line."""

    name: str
    cover: bool
    ops: list[Op] = field(default_factory=list)  # the table part, one per line
    tail: str = ""  # "|X" onwards, verbatim
    n_digits: int = 0
    n_leads: int = 0
    n_labels: int = 0


def _is_number(text: str) -> bool:
    from warehouse.parse.values import ValueKind, parse_value

    return parse_value(text).kind in (ValueKind.NUMBER, ValueKind.PERCENT)


def _number_op(text: str) -> tuple[Num, int, int]:
    """The cell as a Num, with the random digits (lead digits apart) and lead digits one copy needs."""
    pieces: list[str | int] = []
    pos = 0
    n_digits = n_leads = 0
    first = True
    for m in DIGITS_RE.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
        run = m.group()
        if first and run[0] != "0":
            pieces.append(-len(run))  # the lead digit stays non-zero: same number of digits
            n_leads += 1
            n_digits += len(run) - 1
        elif first:
            pieces.append("0")  # "0", "0.48": the zero lead stays
            if len(run) > 1:
                pieces.append(len(run) - 1)
                n_digits += len(run) - 1
        else:
            pieces.append(len(run))
            n_digits += len(run)
        first = False
        pos = m.end()
    if pos < len(text):
        pieces.append(text[pos:])
    return Num(pieces), n_digits, n_leads


def _label_op(line: str, label_id: int) -> Label | None:
    """Where a word may go in a label line, or None when the label must stay as it is."""
    text = line[1:].strip()
    if " | " in text or MEMBERISH_RE.search(text) or FOOTNOTE_RE.match(text) or text.startswith("[custom:"):
        return None
    m = SUFFIX_RE.search(line)
    cut = m.start() if m else len(line)
    head = line[:cut]
    if not head[-1:].isalpha():
        return None  # ends in a digit (a date, a year), a bracket, punctuation: periods and shapes live there
    words = [w for w in head[1:].split() if w[:1].isalpha()]
    title_case = bool(words) and all(w[:1].isupper() for w in words)
    return Label(label_id, head, line[cut:], title_case)


def load_template(path: Path) -> Template:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    try:
        cut = lines.index("|X")
    except ValueError:
        cut = len(lines)
    head_lines, tail_lines = lines[:cut], lines[cut:]
    lower = "\n".join(head_lines[:3]).lower()
    cover = any(k in lower for k in ("document and entity", "cover", "submission"))
    tpl = Template(name=path.name, cover=cover, tail="\n".join(tail_lines) + ("\n" if tail_lines else ""))
    # Pass 1: which labels may change. A label is changed everywhere on the page or nowhere, so the
    # page keeps its number of distinct labels (the parser checks it against the definition blocks).
    single: list[str | None] = []  # text of a one-line cell ("|text", next line starts a cell), else None
    for k, line in enumerate(head_lines):
        nxt = head_lines[k + 1] if k + 1 < len(head_lines) else "|X"
        text = line[1:].strip()
        single.append(text if k > 0 and line.startswith("|") and text and nxt.startswith("|") else None)
    numbers = {v for v in single if v is not None and _is_number(v)}
    label_ids: dict[str, int] = {}
    for k, cell in enumerate(single):
        if cell is None or cell in numbers or cell in label_ids:
            continue
        after = single[k + 1] if k + 1 < len(single) else None
        if (HEADING_MARKER_RE.search(cell) or after in numbers) and _label_op(head_lines[k], 0) is not None:
            label_ids[cell] = len(label_ids)
    # Pass 2: one operation per line.
    for line, value in zip(head_lines, single, strict=True):
        if value is not None:
            if BARE_YEAR_RE.match(value):
                tpl.ops.append(Years(line))
                continue
            if value in numbers:
                num, nd, nl = _number_op(line)
                tpl.n_digits += nd
                tpl.n_leads += nl
                tpl.ops.append(num)
                continue
            if value in label_ids and (op := _label_op(line, label_ids[value])) is not None:
                tpl.ops.append(op)
                continue
        tpl.ops.append(Years(line) if YEAR_RE.search(line) else line)
    tpl.n_labels = len(label_ids)
    return tpl


def load_templates(sources: Sequence[Path]) -> list[Template]:
    files = sorted({p.resolve() for src in sources for p in (src.glob("*.txt") if src.is_dir() else [src])})
    if not files:
        raise SystemExit(f"no sample pages (*.txt) under {', '.join(map(str, sources))}")
    return [load_template(p) for p in files]


# --- one page ---------------------------------------------------------------------------------------------


def _shift_years(text: str, delta: int) -> str:
    if delta == 0:
        return text

    def repl(m: re.Match[str]) -> str:
        if m.group("y1"):
            year = int(m.group("y1")) + delta
            day = m.group("day")
            if _MONTHS.get(m.group("mon")[:3].lower()) == 2 and day == "29" and not calendar.isleap(year):
                day = "28"
            return f"{m.group('mon')} {day}, {year}"
        if m.group("y2"):
            year = int(m.group("y2")) + delta
            day = m.group("d2")
            if m.group("m2") == "02" and day == "29" and not calendar.isleap(year):
                day = "28"
            return f"{year}-{m.group('m2')}-{day}"
        return str(int(m.group("y3")) + delta)

    return YEAR_RE.sub(repl, text)


def render(tpl: Template, rng: random.Random, delta: int) -> str:
    """One copy of a template: new digits, years shifted by ``delta``, some labels extended."""
    digits = rng.randbytes(tpl.n_digits).translate(_ANY).decode("ascii")
    leads = rng.randbytes(tpl.n_leads).translate(_LEAD).decode("ascii")
    words: dict[int, str] = {}
    for lid in range(tpl.n_labels):
        if rng.random() < LABEL_VARY_P:
            words[lid] = rng.choice(WORDS)
    di = li = 0
    out: list[str] = []
    for op in tpl.ops:
        if type(op) is str:
            out.append(op)
        elif isinstance(op, Num):
            parts: list[str] = []
            for piece in op.pieces:
                if isinstance(piece, str):
                    parts.append(piece)
                elif piece < 0:
                    parts.append(leads[li])
                    li += 1
                    parts.append(digits[di : di - piece - 1])
                    di += -piece - 1
                else:
                    parts.append(digits[di : di + piece])
                    di += piece
            out.append("".join(parts))
        elif isinstance(op, Years):
            out.append(_shift_years(op.text, delta))
        elif isinstance(op, Label):
            head = op.head
            word = words.get(op.label_id)
            if word is not None:
                head = f"{head} {word.title() if op.title_case else word}"
            out.append(_shift_years(head + op.suffix, delta))
    out.append(tpl.tail)
    return "\n".join(out)


# --- layout -----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class PagePlan:
    rel: str
    template: int
    delta: int
    seed: int


def plan(templates: Sequence[Template], pages: int, seed: int) -> list[PagePlan]:
    """Companies, filings and R numbers: OUT/<cik>/<accession>/R<n>.txt; one year offset per filing."""
    rng = random.Random(seed)
    covers = [i for i, t in enumerate(templates) if t.cover] or list(range(len(templates)))
    others = [i for i, t in enumerate(templates) if not t.cover] or list(range(len(templates)))
    n_companies = max(1, pages // 40)
    ciks = sorted(rng.sample(range(1_000, 2_100_000), n_companies))
    agents = [rng.randrange(1_000_000, 1_999_999) for _ in range(12)]
    seq: dict[tuple[int, int], int] = {}
    out: list[PagePlan] = []
    while len(out) < pages:
        cik = rng.choice(ciks)
        delta = rng.choice(YEAR_SHIFTS)
        agent = cik if rng.random() < 0.3 else rng.choice(agents)
        year = 25 + delta
        key = (agent, year)
        seq[key] = seq.get(key, 0) + 1
        accession = f"{agent:010d}{year % 100:02d}{seq[key]:06d}"
        n = min(rng.randint(2, 9), pages - len(out))
        for r in range(1, n + 1):
            tpl = rng.choice(covers) if r == 1 else rng.choice(others)
            out.append(PagePlan(f"{cik}/{accession}/R{r}.txt", tpl, delta, rng.getrandbits(63)))
    return out


def manifest_for(pages: int, seed: int, templates: Sequence[Template]) -> dict[str, object]:
    return {
        "generator_version": GENERATOR_VERSION,
        "pages": pages,
        "seed": seed,
        "templates": [t.name for t in templates],
    }


def build(
    out_dir: Path, pages: int, seed: int, sources: Sequence[Path] = DEFAULT_SOURCES, quiet: bool = False
) -> dict[str, object]:
    """Write the corpus (replacing OUT) and return its manifest."""
    started = time.perf_counter()
    templates = load_templates(sources)
    plans = plan(templates, pages, seed)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    made: set[str] = set()
    total_bytes = 0
    for p in plans:
        folder = p.rel.rsplit("/", 1)[0]
        if folder not in made:
            (out_dir / folder).mkdir(parents=True, exist_ok=True)
            made.add(folder)
        data = render(templates[p.template], random.Random(p.seed), p.delta).encode("utf-8")
        (out_dir / p.rel).write_bytes(data)
        total_bytes += len(data)
    manifest = manifest_for(pages, seed, templates)
    manifest.update({"folders": len(made), "bytes": total_bytes})
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    manifest["build_s"] = round(time.perf_counter() - started, 2)  # not in the file (files are deterministic)
    if not quiet:
        print(
            f"{pages} pages from {len(templates)} templates in {len(made)} filing folders, "
            f"{total_bytes / 1e6:.1f} MB -> {out_dir} ({manifest['build_s']} s)"
        )
    return manifest


def check(out_dir: Path, every: int, sources: Sequence[Path] = DEFAULT_SOURCES) -> int:
    """Parse every N-th page and its template; count pages whose shape (rows, columns, facts) changed."""
    from warehouse.parse.text.page import parse_text_page
    from warehouse.resolve.model import FilingRec
    from warehouse.resolve.page import resolve_page

    templates = load_templates(sources)
    manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    plans = plan(templates, int(manifest["pages"]), int(manifest["seed"]))

    def shape(text: str) -> tuple[int, int, int]:
        rep = resolve_page(parse_text_page(text), FilingRec(key="page:x", kind="page"))
        return len(rep.rows), len(rep.columns), len(rep.facts)

    by_source = [shape(_source_text(t.name, sources)) for t in templates]
    bad = 0
    checked = 0
    for p in plans[::every]:
        checked += 1
        try:
            got = shape((out_dir / p.rel).read_text(encoding="utf-8"))
        except Exception as exc:
            print(f"{p.rel} ({templates[p.template].name}): {type(exc).__name__}: {exc}")
            bad += 1
            continue
        want = by_source[p.template]
        if got != want:
            bad += 1
            print(f"{p.rel} ({templates[p.template].name}): rows/columns/facts {got}, template {want}")
    print(f"checked {checked} pages: {bad} changed shape")
    return bad


def _source_text(name: str, sources: Sequence[Path]) -> str:
    for src in sources:
        path = src / name if src.is_dir() else src
        if path.name == name and path.exists():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(name)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--pages", type=int, default=20_000, help="number of pages (default 20000)")
    ap.add_argument(
        "--out",
        type=Path,
        default=ROOT / "bench" / "out" / "corpus",
        help="output folder, replaced if it exists (default bench/out/corpus)",
    )
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument(
        "--source",
        type=Path,
        action="append",
        help="folder of sample pages (repeatable; default samples/ and tests/data/rpages/text/)",
    )
    ap.add_argument(
        "--check",
        type=int,
        metavar="N",
        default=0,
        help="after building, parse every N-th page and compare its shape with its template",
    )
    args = ap.parse_args(argv)
    if args.pages < 1:
        ap.error("--pages must be at least 1")
    sources = tuple(args.source) if args.source else DEFAULT_SOURCES
    build(args.out, args.pages, args.seed, sources)
    if args.check:
        return 1 if check(args.out, args.check, sources) else 0
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
