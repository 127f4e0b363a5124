"""Split the flattened text back into the table cells it came from.

Each table cell of the page starts a line with ``|``; lines without a bar continue the cell before
them (a cell split by <div>/<br>/<p>), and a bare ``|`` opens a cell whose text is on the next
line. So a page is a sequence of cells, each a list of pieces. Where the body ends and the
definition blocks begin is found here too, because the blocks have a fixed shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FOOTNOTE_RE = re.compile(r"^\[\d+\](?:,\s*\[\d+\])*$")
BLOCK_HEADS = ("- Definition", "- References", "- Details")


@dataclass(slots=True)
class TextCell:
    pieces: list[str] = field(default_factory=list)
    line: int = 0  # 1-based line number of the cell's first line, for messages
    bare: bool = False  # the bar stood alone and the text began on the next line (header-style cell)

    @property
    def text(self) -> str:
        """The cell's text as one whitespace-collapsed string (what the HTML cell showed)."""
        return " ".join(self.pieces)

    @property
    def first(self) -> str:
        return self.pieces[0] if self.pieces else ""

    @property
    def is_footnote(self) -> bool:
        return len(self.pieces) == 1 and FOOTNOTE_RE.match(self.pieces[0]) is not None


def normalize_lines(text: str) -> list[str]:
    """Trim lines and drop blank ones (the extractor already did; files edited by hand may not)."""
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def split_cells(lines: list[str]) -> list[TextCell]:
    cells: list[TextCell] = []
    current: TextCell | None = None
    for number, line in enumerate(lines, start=1):
        if line.startswith("|"):
            rest = line[1:].strip()
            current = TextCell(line=number, bare=not rest)
            cells.append(current)
            if rest:
                current.pieces.append(rest)
        elif current is None:
            # Text before the first bar: only pop-up pages start this way.
            current = TextCell([line], line=number)
            cells.append(current)
        else:
            current.pieces.append(line)
    return cells


def is_block_start(cells: list[TextCell], i: int) -> bool:
    """A definition block opens with a cell "X" whose next piece (or next cell, old style) is a block head."""
    cell = cells[i]
    if cell.first != "X":
        return False
    if len(cell.pieces) > 1:
        return cell.pieces[1].startswith(BLOCK_HEADS)
    # Old style: "|X", a bare "|", then "- Definition" as the next cell's first piece.
    return i + 1 < len(cells) and cells[i + 1].first.startswith(BLOCK_HEADS)


def find_blocks_start(cells: list[TextCell]) -> int:
    """Index of the first definition-block cell, or len(cells) when the page has none."""
    for i in range(len(cells)):
        if is_block_start(cells, i):
            return i
    return len(cells)
