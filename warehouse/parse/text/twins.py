"""Near-twin blocks that the text matcher may swap, told apart by the page's structure (pure).

"Total cost of revenue" above "Cost of revenue", "Total change in unrealized gains/losses" below
"Change in fair value": two elements whose documentation differs by a word or two, so the text
matcher leaves them to their rows by elimination or lets a word of an element's name decide. A row
labelled "Total" sums items shown on its page, which tells the two apart:

- with a taxonomy's calculation arcs, the total is the element whose networks reach the other
  twin, or reach other elements of the page while the other twin's reach none;
- without arcs, the documentation may say it: an amount "before adjustment" or one that "excludes"
  something is an item, not the total of its twin.

Likewise "Total stockholders' equity" and "Total Oracle Corporation stockholders' equity", or "Net
income" and "Net income attributable to AT&T": of the element attributable to the parent and its
twin including the noncontrolling interest, the parent's share is the row whose label adds a
qualifier (the filer's name, "attributable to ...") to the other's.

The numbers (``repair_by_calculation``, run after) still have the last word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from difflib import SequenceMatcher
from itertools import combinations

from warehouse.parse.model import BlockKind, DefinitionBlock, Page, Row, RowKind
from warehouse.parse.text.calculations import Calculations, swap_blocks
from warehouse.parse.text.match import TOTAL_LABEL, token_groups

TWINS = "twins"  # match_rule of twin blocks moved by this module
# Twins read alike, so even a text match between them may rest on a word of an element's name.
_MOVABLE = ("elimination", "text_match")
_TWIN_SHARE = 0.85  # share of the shorter documentation's words that the other one holds
# Wording of an item: an amount before the adjustment its total includes, or one that leaves part out.
_ITEM_DOC = re.compile(r"\bbefore (?:\w+ )?(?:adjustments?|reclassifications?)\b|\bexclud(?:es|ing)\b", re.I)
_PARENT_DOC = re.compile(r"\battributable to (?:the )?parent\b", re.I)
_WITH_NCI_DOC = re.compile(
    r"\bparent and (?:the )?non-?controlling\b"
    r"|\binclud\w* (?:the )?portion attributable to (?:the )?non-?controlling\b",
    re.I,
)
_NCI = re.compile(r"\bnon-?controlling|\bminority\b", re.I)


def repair_twins(page: Page, calcs: Calculations) -> int:
    """Swap twin blocks onto the rows the structure gives them; returns the swaps made."""
    rows = {row.index: row for row in page.rows}
    candidates = [
        b for b in page.definitions if b.kind is BlockKind.DEFINITION and b.rows and b.match_rule in _MOVABLE
    ]
    doc_words = {b.index: _word_set(b.definition or "") for b in candidates}
    sums: set[str] | None = None  # the page's elements whose networks reach another of them
    swapped: set[int] = set()
    for a, b in combinations(candidates, 2):
        if a.index in swapped or b.index in swapped or not _twins(doc_words[a.index], doc_words[b.index]):
            continue
        if a.details.get("Period Type") != b.details.get("Period Type"):
            continue
        if sums is None:
            named = {x.element for x in page.definitions if x.element and x.rows}
            sums = {name for name in named if _reaches(name, named - {name}, calcs)}
        for here, there in ((a, b), (b, a)):
            why = (
                _total_elsewhere(here, there, rows, calcs, sums)
                or _parent_elsewhere(here, there, rows)
                or _contrast_elsewhere(here, there, rows)
            )
            if why:
                swap_blocks(page, here, there, TWINS, why)
                swapped |= {a.index, b.index}
                break
    return len(swapped) // 2


def _total_elsewhere(
    on_total: DefinitionBlock,
    other: DefinitionBlock,
    rows: Mapping[int, Row],
    calcs: Calculations,
    sums: set[str],
) -> str | None:
    """Why ``other``, not ``on_total``, is the total that belongs on the "Total" row, or None."""
    if not _all_total(on_total, rows) or any(TOTAL_LABEL.match(rows[i].label) for i in other.rows):
        return None
    if any(_ITEM_DOC.search(rows[i].label) for i in on_total.rows):
        return None  # "Total expenses excluding management fees": the label says what the text does
    return _other_is_total(on_total, other, calcs, sums)


def _parent_elsewhere(parent: DefinitionBlock, other: DefinitionBlock, rows: Mapping[int, Row]) -> str | None:
    """Why the parent's share ``parent`` belongs on ``other``'s row (which qualifies its label), or None."""
    doc, other_doc = parent.definition or "", other.definition or ""
    if not (_PARENT_DOC.search(doc) and not _WITH_NCI_DOC.search(doc) and _WITH_NCI_DOC.search(other_doc)):
        return None
    mine = _label_words(parent, rows)
    theirs = _label_words(other, rows)
    if mine is None or theirs is None or not mine < theirs:
        return None
    extra = " ".join(sorted(theirs - mine))
    if _NCI.search(extra):
        return None
    return f"the row whose label adds {extra!r} is the parent's share"


def _contrast_elsewhere(here: DefinitionBlock, there: DefinitionBlock, rows: Mapping[int, Row]) -> str | None:
    """Why ``here`` belongs on ``there``'s rows and ``there`` on its own: where the two texts differ
    ("caused by a decrease in ..." against "caused by an increase in ..."), each one's own words are
    named by the other block's rows ("Decrease in assumption") and by none of its own rows."""
    mine_label = _label_words(here, rows)
    theirs_label = _label_words(there, rows)
    if mine_label is None or theirs_label is None:
        return None
    mine, theirs = _differing_words(here.definition or "", there.definition or "")
    if not mine or not theirs:
        return None
    if mine & theirs_label and not mine & mine_label and theirs & mine_label and not theirs & theirs_label:
        return f"where the twins differ, {' '.join(sorted(mine))!r} is the other row's word"
    return None


def _differing_words(a: str, b: str) -> tuple[frozenset[str], frozenset[str]]:
    """The content words (stems and synonyms) of the passages where two texts differ, each side's
    ("a decrease" / "an increase" inside texts that both open with "The increase (decrease) in ..."
    give decrease / increase)."""
    ta, tb = a.lower().split(), b.lower().split()
    only_a: list[str] = []
    only_b: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=ta, b=tb, autojunk=False).get_opcodes():
        if op != "equal":
            only_a += ta[i1:i2]
            only_b += tb[j1:j2]
    return _word_set(" ".join(only_a)), _word_set(" ".join(only_b))


def _label_words(block: DefinitionBlock, rows: Mapping[int, Row]) -> frozenset[str] | None:
    """The words of the block's rows' labels when they all read the same, else None."""
    found = {_word_set(rows[i].label) for i in block.rows}
    return found.pop() if len(found) == 1 else None


def _other_is_total(
    on_total: DefinitionBlock, other: DefinitionBlock, calcs: Calculations, sums: set[str]
) -> str | None:
    """Why ``other`` rather than ``on_total`` is the total of the two, or None."""
    x, y = other.element, on_total.element
    if calcs and x and y:
        if _reaches(y, {x}, calcs):
            return None
        if _reaches(x, {y}, calcs) or (x in sums and y not in sums):
            return "the calculation arcs make it the total"
        return None
    item_y = _ITEM_DOC.search(on_total.definition or "")
    item_x = _ITEM_DOC.search(other.definition or "")
    if item_y and not item_x:
        return f"its twin's documentation reads as an item ({item_y.group(0)!r})"
    return None


def _reaches(total: str, targets: set[str], calcs: Calculations, depth: int = 3) -> bool:
    """Whether a network of ``total`` (or of its items, ``depth`` levels down) holds a target."""
    frontier = {total}
    for _ in range(depth):
        frontier = {item for name in frontier for network in calcs.get(name, ()) for item, _ in network}
        if frontier & targets:
            return True
    return False


def _all_total(block: DefinitionBlock, rows: Mapping[int, Row]) -> bool:
    return all(rows[i].kind is RowKind.VALUE and TOTAL_LABEL.match(rows[i].label) for i in block.rows)


def _twins(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Documentation that shares most of its words: the text alone cannot tell the two apart."""
    return bool(wa and wb) and len(wa & wb) >= _TWIN_SHARE * min(len(wa), len(wb))


def _word_set(text: str) -> frozenset[str]:
    """Every stem and synonym of a text's content words."""
    return frozenset(w for group in token_groups(text) for w in group)
