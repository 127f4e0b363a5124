"""Attach definition blocks to rows and members.

Concept blocks come one per distinct row element, sorted by the hidden element id, so their order
says nothing about row order: attaching them is an assignment problem. Each (row label, block)
pair gets a score from what the text shows (an extension definition repeating its label, marker
rows and the standard texts of line items, tables and roll forwards, word overlap between label
and documentation, value type against the definition's wording), and one maximum-weight
assignment decides. Member blocks (new style) follow the concept blocks in order of first
appearance of the members, so they are matched by position.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from warehouse.parse.model import BlockKind, DefinitionBlock, Row, RowKind

_STOP = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "which",
        "that",
        "this",
        "its",
        "it",
        "be",
        "are",
        "was",
        "were",
        "amount",
        "amounts",
        "value",
        "values",
        "total",
        "net",
        "period",
        "during",
        "end",
        "date",
        "other",
        "including",
    }
)
_WORD_RE = re.compile(r"[a-z0-9]+")
LINE_ITEMS_DOC = "line items represent financial concepts"
TABLE_DOC = ("container to support", "table")
ROLL_FORWARD_DOC = "a roll forward is a reconciliation"


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ies", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def words(text: str) -> set[str]:
    toks = _WORD_RE.findall(text.lower())
    out = {_stem(t) for t in toks if t not in _STOP and len(t) > 1}
    out |= {_stem(a + b) for a, b in itertools.pairwise(toks)}  # "carry forwards" ~ "carryforwards"
    return out


def normalize(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower()))


def _base_label(label: str) -> str:
    label = re.sub(
        r"\s*\[(?:abstract|line items|table|roll forward|axis|domain|member)\]$",
        "",
        label,
        flags=re.IGNORECASE,
    )
    label = re.sub(r"\s*\((?:in [^)]*)\)", "", label)
    return label.split(" | ")[0]


def pair_score(row: Row, block: DefinitionBlock) -> float:
    label = row.label
    base = _base_label(label)
    doc = (block.definition or "").lower()
    if block.kind is BlockKind.DETAILS:  # old style: headings get "- Details"
        return 2.0 if row.kind not in (RowKind.VALUE, RowKind.EMPTY, RowKind.TEXT_BLOCK) else -2.0
    if row.kind is RowKind.LINE_ITEMS:
        return (
            10.0
            if doc.startswith(LINE_ITEMS_DOC)
            else (1.0 if block.kind is BlockKind.NO_DEFINITION else -1.0)
        )
    if row.kind is RowKind.ROLL_FORWARD:
        return (
            10.0
            if doc.startswith(ROLL_FORWARD_DOC)
            else (1.0 if block.kind is BlockKind.NO_DEFINITION else -1.0)
        )
    if row.kind is RowKind.TABLE:
        return 4.0 if doc.startswith(TABLE_DOC) else (1.0 if block.kind is BlockKind.NO_DEFINITION else -1.0)
    if doc.startswith((LINE_ITEMS_DOC, ROLL_FORWARD_DOC)):
        return -5.0
    heading = row.kind in (RowKind.ABSTRACT, RowKind.HEADING)
    if block.kind is BlockKind.NO_DEFINITION:
        return 1.5 if heading else 0.3
    if normalize(doc.rstrip(".")) == normalize(base):
        return 12.0  # an extension element whose definition repeats its label
    lw, dw = words(base), words(doc)
    if not lw:
        return 0.0
    overlap = len(lw & dw) / len(lw)
    score = 6.0 * overlap
    if heading:
        score -= 1.5
    score += _type_fit(row, doc)
    return score


def _type_fit(row: Row, doc: str) -> float:
    from warehouse.parse.values import ValueKind

    kinds = {c.value.kind for c in row.cells}
    fit = 0.0
    if ValueKind.PERCENT in kinds:
        fit += 1.0 if ("percent" in doc or "rate" in doc or "ratio" in doc) else -0.5
    if row.unit_hint == "shares" or (row.label.lower().endswith("(in shares)")):
        fit += 1.0 if ("number of" in doc or "shares" in doc) else -0.5
    if row.unit_hint == "per share":
        fit += 1.0 if "per share" in doc or "per unit" in doc or "price" in doc else 0.0
    if kinds & {ValueKind.BOOLEAN}:
        fit += 1.0 if ("boolean" in doc or "flag" in doc or "true" in doc or "indicate" in doc) else 0.0
    if kinds & {ValueKind.DATE}:
        fit += 1.0 if "date" in doc else 0.0
    return fit


def assign(scores: Sequence[Sequence[float]]) -> list[int]:
    """Maximum-weight assignment (Hungarian algorithm); -1 where a row stays unassigned."""
    n = len(scores)
    m = len(scores[0]) if n else 0
    if not n or not m:
        return [-1] * n
    size = max(n, m)
    big = max((abs(v) for r in scores for v in r), default=0.0) + 1.0
    # Square cost matrix for minimisation; padding cells cost "big" (an unmatched row or block).
    cost = [[(big - scores[i][j]) if i < n and j < m else big for j in range(size)] for i in range(size)]
    inf = float("inf")
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    p = [0] * (size + 1)
    way = [0] * (size + 1)
    for i in range(1, size + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    result = [-1] * n
    for j in range(1, size + 1):
        i = p[j] - 1
        if 0 <= i < n and j - 1 < m:
            result[i] = j - 1
    return result


def match_definitions(
    rows: list[Row], blocks: list[DefinitionBlock], n_concept_blocks: int, members_in_order: list[str]
) -> None:
    """Set Row.definition and DefinitionBlock.rows/member/match_rule in place."""
    concept_blocks = blocks[:n_concept_blocks]
    # One element per distinct label (a repeated label under several member groups is one element).
    by_label: dict[str, list[Row]] = {}
    for row in rows:
        if row.kind is not RowKind.MEMBER:
            by_label.setdefault(row.label, []).append(row)
    labels = list(by_label)
    scores = [[pair_score(by_label[lab][0], b) for b in concept_blocks] for lab in labels]
    chosen = assign(scores)
    for lab, j in zip(labels, chosen, strict=True):
        if j < 0:
            continue
        block = concept_blocks[j]
        block.rows = [r.index for r in by_label[lab]]
        block.match_rule = "assignment"
        for r in by_label[lab]:
            r.definition = j
    for block, member in zip(blocks[n_concept_blocks:], members_in_order, strict=False):
        block.member = member
        block.match_rule = "member_order"
