"""Pieces of R pages in the text format, for fixtures written by hand."""

from __future__ import annotations


def definition_blocks(definitions: list[str]) -> str:
    """New-style concept blocks, one per definition text, in the given (element id) order."""
    return "".join(
        f"|X\n- Definition\n+ References\n{d}\n+ Details\nNo definition available.\n" for d in definitions
    )


# Old style whose first row is already a member row: the tree it opens comes back under each later one.
GIZMO_OLD_BUYER_SHARES = """|
Gizmo Policies - Buyer Shares (Details) (Gizmo buyer share)
|6 Months Ended
|
Jun. 30, 2014
|
Jun. 30, 2013
|Gizmo Sales | Buyer North
|Gizmo Buyer Shares
|Gizmo buyer share
|37.00%
|21.00%
|Gizmo Sales | Buyer South
|Gizmo Buyer Shares
|Gizmo buyer share
|18.00%
|Gizmo Receivables | Buyer North
|Gizmo Buyer Shares
|Gizmo buyer share
|44.00%
|52.00%
|X
|
- Details
|X
|
- Definition
The share of gizmo sales or receivables one buyer accounts for.
Reference 1: http://www.xbrl.org/2003/role/presentationRef
|X
|
- Details
"""
