"""Periods named in row labels, the same rule for the text and HTML parsers.

Statements of equity lay members out in columns and put the dates in the labels: "Beginning
balance at Dec. 31, 2022" is an instant, and a movement between two such rows spans the days
between them.
"""

from __future__ import annotations

import datetime as dt
import re

from warehouse.parse.model import Period, Row, RowKind
from warehouse.parse.values import parse_date

LABEL_DATE_RE = re.compile(r"\bat\s+(?P<d>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})$")


def label_periods(rows: list[Row]) -> None:
    """Set Row.period: balances are instants named in the label; movements span between them."""
    dates: list[tuple[int, dt.date]] = []
    for row in rows:
        m = LABEL_DATE_RE.search(row.label)
        day = parse_date(m.group("d")) if m else None
        if day is not None:
            row.period = Period.instant(day)
            dates.append((row.index, day))
    for row in rows:
        if row.period is not None or row.kind not in (RowKind.VALUE, RowKind.EMPTY):
            continue
        before = [d for i, d in dates if i < row.index]
        after = [d for i, d in dates if i > row.index]
        if before and after and after[0] > before[-1]:
            row.period = Period.duration(before[-1] + dt.timedelta(days=1), after[0])
