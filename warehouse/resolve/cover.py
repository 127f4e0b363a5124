"""Filing identity from a cover page (Document and Entity Information, Cover, Submission).

The dei elements are recognised by name when the page tells (HTML), else by their standard
documentation text or their standard labels. Only rows without members count: rows under a
class-of-stock member describe one security, not the registrant.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from warehouse.parse.model import Page, ReportKind, Row
from warehouse.parse.values import ValueKind

# field -> (dei element names, documentation starts, label patterns)
_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "company_name": (
        ("dei:EntityRegistrantName",),
        ("The exact name of the entity filer as specified in its charter",),
        r"^(?:entity )?registrant name$",
    ),
    "cik": (
        ("dei:EntityCentralIndexKey",),
        ("A unique 10-digit SEC-issued value to identify entities",),
        r"^(?:entity )?central index key$",
    ),
    "form_type": (
        ("dei:DocumentType", "ffd:FormTp"),
        ("The type of document being provided",),
        r"^(?:document|form) type$",
    ),
    "period_of_report": (
        ("dei:DocumentPeriodEndDate",),
        ("For the EDGAR submission types of Form 8-K: the date of the report",),
        r"^document period end date$",
    ),
    "fiscal_year": (
        ("dei:DocumentFiscalYearFocus",),
        ("This is focus fiscal year of the document report",),
        r"^document fiscal year focus$",
    ),
    "fiscal_period": (
        ("dei:DocumentFiscalPeriodFocus",),
        ("Fiscal period values are FY, Q1, Q2, and Q3",),
        r"^document fiscal period focus$",
    ),
    "is_amendment": (
        ("dei:AmendmentFlag",),
        ("Boolean flag that is true when the XBRL content amends",),
        r"^amendment flag$",
    ),
}


@dataclass(slots=True)
class CoverIdentity:
    company_name: str | None = None
    cik: str | None = None
    form_type: str | None = None
    period_of_report: dt.date | None = None
    fiscal_year: int | None = None
    fiscal_period: str | None = None
    is_amendment: bool | None = None


def _field_of(row: Row, page: Page) -> str | None:
    block = page.definitions[row.definition] if row.definition is not None else None
    name = row.element or (block.element if block else None)
    doc = (block.definition or "") if block else ""
    label = re.sub(r"\s+", " ", row.label.strip().lower())
    for field, (names, docs, pattern) in _FIELDS.items():
        if name in names or (doc and doc.startswith(docs)) or re.match(pattern, label):
            return field
    return None


def cover_identity(page: Page) -> CoverIdentity | None:
    """The filing identity a cover page shows, or None for any other page."""
    if page.kind is not ReportKind.COVER:
        return None
    ident = CoverIdentity()
    for row in page.rows:
        if row.members or not row.cells:
            continue
        field = _field_of(row, page)
        if field is None or getattr(ident, field) is not None:
            continue
        cell = row.cells[0]
        v = cell.value
        if field == "cik":
            digits = re.sub(r"\D", "", cell.raw)
            ident.cik = digits.zfill(10) if digits else None
        elif field == "period_of_report":
            ident.period_of_report = v.date
        elif field == "fiscal_year":
            ident.fiscal_year = int(cell.raw) if re.fullmatch(r"\d{4}", cell.raw) else None
        elif field == "is_amendment":
            ident.is_amendment = v.boolean if v.kind is ValueKind.BOOLEAN else None
        else:
            setattr(ident, field, cell.raw.strip() or None)
    return ident
