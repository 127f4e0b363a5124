"""Pieces of R pages in the text format, for fixtures written by hand."""

from __future__ import annotations


def definition_blocks(definitions: list[str]) -> str:
    """New-style concept blocks, one per definition text, in the given (element id) order."""
    return "".join(
        f"|X\n- Definition\n+ References\n{d}\n+ Details\nNo definition available.\n" for d in definitions
    )
