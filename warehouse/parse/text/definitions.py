"""The definition blocks after the table ("|X" pop-ups), in both eras, and pop-up-only pages."""

from __future__ import annotations

from warehouse.parse.model import BlockKind, DefinitionBlock
from warehouse.parse.text.cells import TextCell, is_block_start

NO_DEFINITION = "No definition available."


def _is_reference_line(piece: str) -> bool:
    return piece.startswith("Reference ") or piece == NO_DEFINITION


def parse_blocks(cells: list[TextCell], start: int) -> tuple[list[DefinitionBlock], bool]:
    """Blocks from ``cells[start:]``; also says whether the page wrote them in the old style."""
    blocks: list[DefinitionBlock] = []
    old_style = False
    i = start
    while i < len(cells):
        if not is_block_start(cells, i):
            # Stray cell after the blocks began: keep its text on the previous block, never drop it.
            if blocks and cells[i].pieces:
                prev = blocks[-1]
                prev.references = " ".join(filter(None, [prev.references, cells[i].text]))
            i += 1
            continue
        cell = cells[i]
        if len(cell.pieces) > 1:
            body = cell.pieces[1:]
        else:  # old style: "|X", a bare "|", then the block text in the next cell
            old_style = True
            i += 1
            body = cells[i].pieces
        blocks.append(_block(len(blocks), body, old_style))
        # The 2011-2012 renderer wrote a block without references as "- Definition", "+ Details",
        # then the text: an old-style page, whose members get no blocks.
        old_style = old_style or (body[:1] == ["- Definition"] and _details_first(body[1:]))
        i += 1
    return blocks, old_style


def _details_first(rest: list[str]) -> bool:
    """A block (after its "- Definition" head) that writes "+ Details" before its text: no references."""
    return rest[:1] == ["+ Details"] and len(rest) > 1 and not _is_reference_line(rest[1])


def _block(index: int, body: list[str], old_style: bool) -> DefinitionBlock:
    head = body[0] if body else ""
    rest = body[1:]
    if head.startswith("- Details"):
        return DefinitionBlock(index, BlockKind.DETAILS)
    if head.startswith("- References"):
        refs = [p for p in rest if p != "+ Details"]
        return DefinitionBlock(index, BlockKind.NO_DEFINITION, references=" ".join(refs) or None)
    # "- Definition": new style "+ References", text, "+ Details", reference line; without
    # references, "+ Details" comes first and the text after it (2011-2012 pages);
    # old style: text, then the reference line (or "No definition available.").
    if _details_first(rest):
        text = [p for p in rest[1:] if not _is_reference_line(p)]
        refs = [p for p in rest[1:] if _is_reference_line(p)]
    elif "+ Details" in rest:
        cut = rest.index("+ Details")
        text = [p for p in rest[:cut] if p != "+ References"]
        refs = rest[cut + 1 :]
    else:
        text = [p for p in rest if p != "+ References"]
        refs = []
        while text and _is_reference_line(text[-1]) and not refs:
            refs = [text.pop()]
    return DefinitionBlock(
        index,
        BlockKind.DEFINITION,
        definition=" ".join(text) or None,
        references=" ".join(refs) or None,
    )


DETAIL_KEYS = ("Name:", "Namespace Prefix:", "Data Type:", "Balance Type:", "Period Type:")


def parse_popup(lines: list[str]) -> DefinitionBlock:
    """A file holding one element's pop-up only: definition, reference lines, details table."""
    definition: list[str] = []
    references: list[str] = []
    details: dict[str, str] = {}
    k = 1  # lines[0] is "- Definition"
    while k < len(lines) and not lines[k].startswith(("Reference ", NO_DEFINITION, "|", "+ ")):
        definition.append(lines[k])
        k += 1
    key: str | None = None
    for line in lines[k:]:
        text = line.lstrip("|").strip()
        if line.startswith("+ "):
            continue
        if text in DETAIL_KEYS:
            key = text[:-1]
        elif key is not None:
            details[key] = text
            key = None
        elif not details:
            references.append(text)
    element = details.get("Name")
    return DefinitionBlock(
        0,
        BlockKind.DEFINITION if definition else BlockKind.NO_DEFINITION,
        definition=" ".join(definition) or None,
        references=references[0] if references else None,
        element=element.replace("_", ":", 1) if element else None,
        details=details,
    )
