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

# A member's lone amount that a full row of its element shows again in one column.
ECHOED_MEMBER_VALUE = """|
GIZMO PLAN (Fair Value of Plan Assets) (Details) (USD $)
In Thousands, unless otherwise specified
|
Dec. 31, 2013
|
Dec. 31, 2012
|
Dec. 31, 2011
|Fair value of gizmo plan assets
|$ 0
|$ 4,815
|$ 4,102
|
Gizmo money market fund
|Fair value of gizmo plan assets
|4,815
|X
|
- Definition
Gizmo plan assets at their fair value as of the measurement date.
Reference 1: http://www.xbrl.org/2003/role/presentationRef
"""
