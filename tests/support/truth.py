"""Compare a parsed page with the ground truth read from the page's HTML (tests/data/rpages/truth)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warehouse.parse.model import Page


@dataclass
class Score:
    cells_truth: int = 0  # value cells in the truth
    cells_found: int = 0  # truth cells found with the same raw text at the same row and column
    certain: int = 0  # placements the parser marked certain
    certain_right: int = 0
    gap_cells: int = 0  # truth cells of rows with fewer values than columns
    gap_right: int = 0
    uncertain_wrong: int = 0
    rows_truth: int = 0
    rows_same: int = 0  # rows with the same label at the same index
    defs_truth: int = 0
    defs_right: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name == "problems":
                self.problems.extend(other.problems)
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def summary(self) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100.0 * a / b:.1f}% ({a}/{b})" if b else "n/a"

        return (
            f"cell recall {pct(self.cells_found, self.cells_truth)}; "
            f"certain precision {pct(self.certain_right, self.certain)}; "
            f"gap cells placed right {pct(self.gap_right, self.gap_cells)}; "
            f"rows {pct(self.rows_same, self.rows_truth)}; "
            f"definitions attached {pct(self.defs_right, self.defs_truth)}"
        )


def load_truth(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def score_page(page: Page, truth: dict[str, Any], name: str = "") -> Score:
    s = Score()
    n_cols = max(len(truth.get("columns", [])), 1)
    mine = {(r.index, c.column): c for r in page.rows for c in r.cells if c.raw}
    labels = {r.index: r.label for r in page.rows}
    for trow in truth["rows"]:
        s.rows_truth += 1
        if labels.get(trow["index"]) == trow["label"]:
            s.rows_same += 1
        elif len(s.problems) < 400:
            s.problems.append(
                f"{name}: row {trow['index']} label {trow['label']!r} != {labels.get(trow['index'])!r}"
            )
        gap = 0 < len(trow["cells"]) < n_cols
        for tc in trow["cells"]:
            s.cells_truth += 1
            got = mine.get((trow["index"], tc["column"]))
            want = _cell_text(tc)
            ok = got is not None and " ".join(got.raw.split()) == " ".join(want.split())
            s.cells_found += ok
            if gap:
                s.gap_cells += 1
                s.gap_right += ok
            if not ok and len(s.problems) < 400:
                s.problems.append(
                    f"{name}: row {trow['index']} col {tc['column']} {want[:40]!r} "
                    f"got {got.raw[:40] if got else None!r}"
                )
    truth_cells = {(r["index"], c["column"]): _cell_text(c) for r in truth["rows"] for c in r["cells"]}
    for (ri, ci), c in mine.items():
        if c.certain:
            s.certain += 1
            t = truth_cells.get((ri, ci))
            if t is not None and " ".join(t.split()) == " ".join(c.raw.split()):
                s.certain_right += 1
            else:
                s.problems.append(f"{name}: CERTAIN WRONG row {ri} col {ci} {c.raw[:40]!r} rule {c.rule}")
    # Definitions: each truth row's element has a definition block; ours must carry the same text.
    defs = {d["element"]: d for d in truth.get("definitions", []) if isinstance(d.get("element"), str)}
    for trow in truth["rows"]:
        el = trow.get("element")
        if trow["kind"] == "member" or not isinstance(el, str) or el not in defs:
            continue
        s.defs_truth += 1
        want = defs[el]
        row = next((r for r in page.rows if r.index == trow["index"]), None)
        got = page.definitions[row.definition] if row is not None and row.definition is not None else None
        if (
            got is not None
            and _same_def(got.definition, want.get("definition"))
            and got.kind.value == _kind(want)
        ):
            s.defs_right += 1
        elif len(s.problems) < 400:
            s.problems.append(
                f"{name}: definition of row {trow['index']} {trow['label']!r}: want "
                f"{(want.get('definition') or want['block'])[:50]!r} got "
                f"{(got.definition or got.kind.value)[:50] if got else None!r}"
            )
    return s


def _cell_text(cell: dict[str, Any]) -> str:
    return str(cell.get("text", cell.get("raw", "")))


def _kind(d: dict[str, Any]) -> str:
    return {"definition": "definition", "references": "no_definition", "details": "details"}.get(
        d["block"], "?"
    )


def _same_def(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())
