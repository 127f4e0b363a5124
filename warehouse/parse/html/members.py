"""Members: axis and member names from the page's own references, and their pop-up blocks.

A member row's link names one ``Axis=Member`` pair: its first shown member (``Common Stock |
New York Stock Exchange`` names only the stock class). Every member also has a Details pop-up,
written in order of first appearance (rows, then columns, then the title). So when the page's
distinct members line up one-to-one with its member blocks, and every member a link names sits
at its own block's position, the other members take the names of the blocks at their positions
(``member_order``); otherwise only the linked members are named and the page notes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warehouse.parse.html.names import Names, is_qname
from warehouse.parse.html.popups import Popups
from warehouse.parse.model import Member


@dataclass(slots=True)
class Shown:
    """One member as shown somewhere on the page; ``ref`` when a link names it."""

    label: str
    ref: str | None = None


@dataclass(slots=True)
class MemberNames:
    by_label: dict[str, str] = field(default_factory=dict)  # label -> raw "Axis=Member" ref
    notes: list[str] = field(default_factory=list)

    def member(self, shown: Shown, names: Names) -> Member:
        ref = shown.ref or self.by_label.get(shown.label)
        return make_member(shown.label, ref, names) if ref else Member(label=shown.label)


def make_member(label: str, ref: str, names: Names) -> Member:
    axis, _, value = ref.partition("=")
    if not is_qname(value) or label.endswith(f": {value}"):
        return Member(label=label, axis=names.qname(axis), typed_value=value)  # "Offering: 1"
    return Member(label=label, axis=names.qname(axis), name=names.qname(value))


def resolve_members(shown: list[Shown], popups: Popups) -> MemberNames:
    """Name the members shown without a link, and attach every member block to a member label."""
    blocks = [i for i, raw in enumerate(popups.raw_names) if "=" in raw]
    linked: dict[str, str] = {}
    for s in shown:
        if s.ref is not None:
            linked.setdefault(s.label, s.ref)
    keys: list[tuple[str, str | None]] = []  # (label, ref) per distinct member, in order
    seen: set[str] = set()
    for s in shown:
        ref = s.ref or linked.get(s.label)
        key = ref if ref is not None else f"label:{s.label}"
        if key not in seen:
            seen.add(key)
            keys.append((s.label, ref))
    out = MemberNames(by_label=dict(linked))
    aligned = len(keys) == len(blocks) and all(
        ref is None or popups.raw_names[b] == ref for (_, ref), b in zip(keys, blocks, strict=False)
    )
    index = popups.index_of()
    for pos, (label, ref) in enumerate(keys):
        if ref is not None and ref in index:
            _attach(popups, index[ref], label, "element")
        elif ref is None and aligned:
            b = blocks[pos]
            out.by_label.setdefault(label, popups.raw_names[b])
            _attach(popups, b, label, "member_order")
    unnamed = [label for label, ref in keys if ref is None and not aligned]
    if unnamed:
        out.notes.append(
            f"{len(unnamed)} member(s) shown without a link could not be named from the member "
            f"blocks ({len(keys)} members, {len(blocks)} blocks)"
        )
    return out


def _attach(popups: Popups, b: int, label: str, rule: str) -> None:
    block = popups.blocks[b]
    if block.member is None:
        block.member = label
        block.match_rule = rule
