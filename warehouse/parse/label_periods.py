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

# "Beginning balance at Dec. 31, 2022", "Balance on January 1, 2023", "Balance, as of Mar. 31, 2024"
# (after "balance" only: "Notes due on March 1, 2030" names a maturity, not the value's date).
LABEL_DATE_RE = re.compile(
    r"(?:\bat|(?<=\bbalance )on|(?<=\bbalance )as of|(?<=\bbalance, )as of|(?<=\bbalance, )on)"
    r"\s+(?P<d>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})$",
    re.IGNORECASE,
)


# Documentation wording of point-in-time elements ("as of the balance sheet date"): their facts sit
# in duration columns that end on their date, and no flow's documentation reads so.
INSTANT_DOC_RE = re.compile(
    r"(?i)\bas of (?:the |each )?(?:balance sheet|reporting|statement of financial position|end of|date)"
    r"|\bat (?:the )?(?:balance sheet date|end of (?:the )?(?:reporting )?period)"
    r"|\bas of (?:the )?(?:last business day|measurement date)|\bbalance sheet date"
)
# "Beginning", and its common misspelling "begining" ("Derivative liability begining balances").
BEGINNING = r"beginn?ing"
# A roll forward's opening balance: "Beginning balance", "Balance, beg.", "At January 1".
OPENING_RE = re.compile(
    rf"\b(?:{BEGINNING}|opening)\b|\bstart\b(?! of operations)|\bbeg\.?(?=\W|$)"
    r"|\b(?:at|as of) (?:January|Jan\.?) 0?1\b|\b(?:at|as of) 1 January\b",
    re.IGNORECASE,
)


# A movement out of a balance, named before the balance it draws on.
RECOGNIZED_FROM_RE = re.compile(
    r"\b(?:recogni[sz]ed|transferred|reclassified|released|utilized|used|paid|collected)"
    r"(?:\s+(?:from|out of)|,?\s+including"
    r"|(?:\s+(?:that|which)\s+(?:was|were))?(?:\s+previously)?\s+included\s+in)\b"
    # "Amounts included in contract liabilities at the beginning of the period" under a heading
    # "Revenue recognized in the period from:": what the period took out of the opening balance.
    r"|^(?:the\s+)?amounts?\s+(?:that\s+(?:was|were)\s+)?included\s+in\b"
    # "Recognition of revenue included in balance at beginning of the period": the noun's way.
    r"|\b(?:recognition|release|utilization|reclassification)\s+of\s+[\w\s]{0,40}?\bincluded\s+in\b",
    re.IGNORECASE,
)


def reads_as_opening(label: str) -> bool:
    """A roll forward's opening balance, which an R page shows in duration columns only: the instant
    the day before the period starts (both parsers and the resolver read it so). Revenue recognized
    out of the balance at the beginning of the period is a flow of the period."""
    m = OPENING_RE.search(label)
    return m is not None and RECOGNIZED_FROM_RE.search(label[: m.start()]) is None


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
