"""Which column each value of a row sits in, when the row shows fewer values than columns.

The text drops empty cells, so a row with k < n values does not say its columns. A placement is
``certain`` only when the page leaves one possibility; otherwise the best guess is kept with
``certain = False`` and the name of the rule that chose it, so no guess is ever silent.
"""

from __future__ import annotations

from warehouse.parse.model import Cell, Column, Row


def place_row(row: Row, columns: list[Column]) -> None:
    n = max(len(columns), 1)
    k = len(row.cells)
    if k == 0:
        return
    if k > n:  # cannot happen after segmentation; keep the values, flag them
        for i, cell in enumerate(row.cells):
            _set(cell, i, False, "overflow")
        return
    if k == n:
        for i, cell in enumerate(row.cells):
            _set(cell, i, True, "full_row" if n > 1 else "single_column")
        return
    for i, cell in enumerate(row.cells):
        _set(cell, i, False, "fill_left")


def _set(cell: Cell, column: int, certain: bool, rule: str) -> None:
    cell.column = column
    cell.certain = certain
    cell.rule = rule
