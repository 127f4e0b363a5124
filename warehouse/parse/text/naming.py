"""Name the element behind each definition block from the loaded taxonomies (pure: no database).

A documented block is named by its documentation, which is the taxonomy's text. A block without
documentation of its own (an abstract heading, a ``[Line Items]`` element, most SEC form elements)
is named after matching, from its row's words and the order of the blocks: the concept blocks are
sorted by element id (``us-gaap_OperatingExpensesAbstract``), so the element must sort between the
named blocks around it, must be undocumented (or carry the block's shared text), must be abstract
exactly when its row is a heading, and its name or one of its labels must have the row's words. Only
a single such element names the block.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from warehouse.identity import (
    ElementInfo,
    UndocumentedIndex,
    definition_key,
    element_id,
    name_words_key,
    words_key,
)
from warehouse.parse.model import HEADING_KINDS, BlockKind, DefinitionBlock, Row, RowKind


def _name(block: DefinitionBlock, info: ElementInfo, rule: str) -> None:
    block.element = info.qname
    block.element_rule = rule
    block.element_labels = info.labels
    block.details = {
        key: value
        for key, value in (
            ("Period Type", info.period_type),
            ("Data Type", info.data_type),
            ("Balance Type", info.balance),
        )
        if value
    }
    if info.abstract:
        block.details["Abstract"] = "true"


def name_blocks(blocks: list[DefinitionBlock], elements: Mapping[str, ElementInfo]) -> None:
    """Name the element behind each documented block: its definition is the taxonomy's documentation."""
    for block in blocks:
        if block.kind is not BlockKind.DEFINITION or not block.definition or block.element:
            continue
        info = elements.get(definition_key(block.definition))
        if info is not None:
            _name(block, info, "documentation")


Gap = tuple[str | None, str | None]  # the ids of the nearest named blocks before and after a block


def _doc_key(block: DefinitionBlock) -> str | None:
    """The class of a block: blocks of one class read alike (no documentation, or one shared text),
    so any of them could carry any of their rows and only the sorted order of the ids tells them
    apart. It is also the documentation key the class's elements carry (None: none)."""
    return definition_key(block.definition or "") if block.kind is BlockKind.DEFINITION else None


def _gaps(concept_blocks: list[DefinitionBlock], loose: set[int]) -> list[Gap]:
    """For each block, the ids of the nearest named blocks before and after it (``loose``: named
    blocks whose place among the blocks of their gap is not known, which bound nothing)."""
    ids = [
        element_id(b.element)
        if b.element and not b.element.startswith("custom:") and j not in loose
        else None
        for j, b in enumerate(concept_blocks)
    ]
    out: list[Gap] = []
    low: str | None = None
    for j in range(len(ids)):
        high = next((i for i in ids[j + 1 :] if i), None)
        out.append((low, high))
        low = ids[j] or low
    return out


def _inside(qname: str, gap: Gap) -> bool:
    key = element_id(qname)
    return (gap[0] is None or gap[0] < key) and (gap[1] is None or key < gap[1])


def _classes(rows: dict[int, Row], concept_blocks: list[DefinitionBlock]) -> dict[str | None, list[int]]:
    """The unnamed matched blocks, by class."""
    classes: dict[str | None, list[int]] = {}
    for j, block in enumerate(concept_blocks):
        if not block.element and block.rows and block.rows[0] in rows:
            classes.setdefault(_doc_key(block), []).append(j)
    return classes


def _fits(info: ElementInfo, row: Row, taken: set[str]) -> bool:
    return info.qname not in taken and (
        row.kind is RowKind.EMPTY or info.abstract == (row.kind in HEADING_KINDS)
    )


def name_undocumented(
    rows: Sequence[Row], concept_blocks: list[DefinitionBlock], index: UndocumentedIndex
) -> int:
    """Name the matched blocks that documentation cannot name, and move each named row onto a block
    of its class that sits where its element id sorts; returns how many were named.

    First by words: a row whose words are those of one element of its class that sorts inside a
    gap holding blocks of the class. Then by order alone: a gap left with one unnamed block of a
    class, between two named blocks of one prefix, where the taxonomies hold exactly one element of
    the class that sorts there, gets that element, and it goes to the unnamed row whose words share
    most with it (one that shares none is left unnamed).
    """
    if not index:
        return 0
    by_index = {r.index: r for r in rows}
    taken = {b.element for b in concept_blocks if b.element}
    named = _name_full_gaps(by_index, concept_blocks, index, taken)
    loose: set[int] = set()
    gap_of = _gaps(concept_blocks, loose)
    for doc_key, slots in _classes(by_index, concept_blocks).items():
        blocks_in = Counter(gap_of[j] for j in slots)
        wanted: dict[int, tuple[ElementInfo, Gap]] = {}
        for j in slots:
            row = by_index[concept_blocks[j].rows[0]]
            fits = {
                (info.qname, gap): info
                for key_doc, info in index.by_words.get(words_key(row.label), ())
                if key_doc == doc_key and _fits(info, row, taken)
                for gap in blocks_in
                if _inside(info.qname, gap)
            }
            if len(fits) == 1:
                ((_, gap), info), *_ = fits.items()
                wanted[j] = (info, gap)
        qnames = [info.qname for info, _ in wanted.values()]
        wanted = {j: w for j, w in wanted.items() if qnames.count(w[0].qname) == 1}
        claims = Counter(gap for _, gap in wanted.values())
        if not wanted or any(n > blocks_in[gap] for gap, n in claims.items()):
            continue  # more rows claim a gap than it has blocks: the page says otherwise
        loose |= _rearrange(by_index, concept_blocks, slots, wanted, gap_of)
        named += len(wanted)
        taken.update(info.qname for info, _ in wanted.values())
    while by_order := _name_by_order(by_index, concept_blocks, index, taken, loose):
        named += by_order  # each name narrows the gaps around it
    return named + _name_last_by_words(by_index, concept_blocks, index, taken, loose)


def _shared_words(row: Row, info: ElementInfo) -> int:
    """How many of a row's words its element's name, or one of its labels, has."""
    words = set(words_key(row.label).split())
    return max((len(words & set(key.split())) for key in _word_keys(info)), default=0)


def _word_keys(info: ElementInfo) -> set[str]:
    """The words keys of an element's name and labels (as the index files it)."""
    return {name_words_key(info.qname.partition(":")[2]), *(words_key(label) for label in info.labels)} - {""}


def _candidates(
    gap: Gap, doc_key: str | None, index: UndocumentedIndex, taken: set[str]
) -> list[ElementInfo] | None:
    """The free elements of a class that sort inside a gap bounded on both sides by one prefix."""
    low, high = gap
    if low is None or high is None or low.partition("_")[0] != high.partition("_")[0]:
        return None
    return [
        info for key_doc, info in index.between(low, high) if key_doc == doc_key and info.qname not in taken
    ]


def _name_full_gaps(
    rows: dict[int, Row], concept_blocks: list[DefinitionBlock], index: UndocumentedIndex, taken: set[str]
) -> int:
    """A gap holding as many unnamed blocks of a class as the taxonomies have elements of the class
    sorting there: its blocks are those elements, in id order. Which row sits on which block of the
    class the matcher could not tell (the blocks read alike), so the rows move onto the named blocks
    by their words: a row and a block go together when each shares more words with the other than
    with any other (the last row and block of a class fully named go together by elimination). A
    named block that no row joins stays unnamed."""
    gap_of = _gaps(concept_blocks, set())
    named = 0
    for doc_key, slots in _classes(rows, concept_blocks).items():
        by_gap: dict[Gap, list[int]] = {}
        for j in slots:
            by_gap.setdefault(gap_of[j], []).append(j)
        names: dict[int, ElementInfo] = {}
        for gap, mine in by_gap.items():
            there = _candidates(gap, doc_key, index, taken)
            if there is not None and len(there) == len(mine):
                names.update(zip(mine, there, strict=True))
        if not names:
            continue
        groups = {j: rows[concept_blocks[j].rows[0]] for j in slots}  # row group -> its first row
        place = _pair_by_words(names, groups, taken)
        left = [j for j in names if j not in place]
        free = [g for g in groups if g not in place.values()]
        if (
            len(left) == 1
            and len(free) == 1
            and len(names) == len(slots)
            and _fits(names[left[0]], groups[free[0]], taken)
        ):
            place[left[0]] = free[0]
        if not place:
            continue
        rest = iter(g for g in slots if g not in place.values())
        _carry(rows, concept_blocks, {slot: place[slot] if slot in place else next(rest) for slot in slots})
        for slot, info in names.items():
            if slot in place:
                said = words_key(rows[concept_blocks[slot].rows[0]].label) in _word_keys(info)
                _name(concept_blocks[slot], info, "label" if said else "order")
                taken.add(info.qname)
                named += 1
    return named


def _carry(rows: dict[int, Row], concept_blocks: list[DefinitionBlock], place: dict[int, int]) -> None:
    """Block ``slot`` takes the row group (and its match score) that block ``place[slot]`` carried."""
    carried = {j: (concept_blocks[j].rows, concept_blocks[j].match_score) for j in place.values()}
    for slot, j in place.items():
        block = concept_blocks[slot]
        block.rows, block.match_score = carried[j]
        for index_ in block.rows:
            rows[index_].definition = slot


def _pair_by_words(names: dict[int, ElementInfo], groups: dict[int, Row], taken: set[str]) -> dict[int, int]:
    """Named slot -> row group, for the pairs that choose each other by shared words."""
    place: dict[int, int] = {}
    while True:
        score = {
            (s, g): _shared_words(row, info)
            for s, info in names.items()
            if s not in place
            for g, row in groups.items()
            if g not in place.values() and _fits(info, row, taken)
        }
        mutual = [
            (n, s, g)
            for (s, g), n in score.items()
            if n > 0 and all(m < n for (s2, g2), m in score.items() if (s2 == s) != (g2 == g))
        ]
        if not mutual:
            return place
        _, s, g = max(mutual)
        place[s] = g


def _name_last_by_words(
    rows: dict[int, Row],
    concept_blocks: list[DefinitionBlock],
    index: UndocumentedIndex,
    taken: set[str],
    loose: set[int],
) -> int:
    """The one block of a class left unnamed holds the one row left, whatever the matcher did: of the
    elements of its class sorting in its gap, the one sharing most of the row's words names it."""
    gap_of = _gaps(concept_blocks, loose)
    named = 0
    for doc_key, slots in _classes(rows, concept_blocks).items():
        if len(slots) != 1:
            continue
        block = concept_blocks[slots[0]]
        row = rows[block.rows[0]]
        there = _candidates(gap_of[slots[0]], doc_key, index, taken) or []
        shared = sorted(
            ((_shared_words(row, info), info.qname) for info in there if _fits(info, row, taken)),
            reverse=True,
        )
        if shared and shared[0][0] > 0 and (len(shared) == 1 or shared[1][0] < shared[0][0]):
            info = next(i for i in there if i.qname == shared[0][1])
            _name(block, info, "gap_words")
            taken.add(info.qname)
            named += 1
    return named


def _name_by_order(
    rows: dict[int, Row],
    concept_blocks: list[DefinitionBlock],
    index: UndocumentedIndex,
    taken: set[str],
    loose: set[int],
) -> int:
    gap_of = _gaps(concept_blocks, loose)
    named = 0
    for doc_key, slots in _classes(rows, concept_blocks).items():
        blocks_in = Counter(gap_of[j] for j in slots)
        # Each unnamed row group of the class, by the slot it sits on now.
        free = {j: rows[concept_blocks[j].rows[0]] for j in slots}
        for j in slots:
            if blocks_in[gap_of[j]] != 1:
                continue
            there = _candidates(gap_of[j], doc_key, index, taken)
            if there is None or len(there) != 1:
                continue
            info = there[0]
            own = set(name_words_key(info.qname.partition(":")[2]).split())
            shared = {g: len(own & set(words_key(row.label).split())) for g, row in free.items()}
            best = max(shared.values(), default=0)
            owners = [g for g, n in shared.items() if n == best]
            if best == 0 or len(owners) != 1 or not _fits(info, free[owners[0]], taken):
                continue
            g = owners[0]
            if g != j:
                _carry(rows, concept_blocks, {g: j, j: g})
                if j in free:
                    free[g] = free[j]
            free.pop(j, None)
            _name(concept_blocks[j], info, "order")
            taken.add(info.qname)
            named += 1
    return named


def _rearrange(
    rows: dict[int, Row],
    concept_blocks: list[DefinitionBlock],
    slots: list[int],
    wanted: dict[int, tuple[ElementInfo, Gap]],
    gap_of: list[Gap],
) -> set[int]:
    """Give each named row group a block of its gap (in id order), the others the blocks left.
    Returns the named blocks whose place is a guess: those of a gap with more blocks than names."""
    place: dict[int, int] = {}  # slot -> the slot whose rows it now carries
    loose: set[int] = set()
    for gap in dict.fromkeys(gap_of[j] for j in slots):
        mine = [j for j in slots if gap_of[j] == gap]
        claims = sorted(
            (j for j, (_, g) in wanted.items() if g == gap), key=lambda j: element_id(wanted[j][0].qname)
        )
        for slot, j in zip(mine, claims, strict=False):
            place[slot] = j
            if len(claims) < len(mine):
                loose.add(slot)
    rest = iter(j for j in slots if j not in wanted)
    for slot in slots:
        if slot not in place:
            place[slot] = next(rest)
    _carry(rows, concept_blocks, place)
    for slot, j in place.items():
        if j in wanted:
            _name(concept_blocks[slot], wanted[j][0], "label")
    return loose
