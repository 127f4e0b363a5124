"""What the XBRL parsers give back: plain dataclasses, no database, no I/O.

Classic instances (``parse_instance``) and inline XBRL documents (``parse_inline``) fill the same
model, so the loader maps one shape to its tables. Names are ``prefix:Local`` QNames whose prefix is
the standard one for the well-known taxonomies (``us-gaap``, ``dei``, ``srt``, ``ifrs-full``, ...,
whatever year) and the document's own prefix otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

PeriodType = Literal["instant", "duration", "forever"]


@dataclass(frozen=True, slots=True)
class XbrlContext:
    id: str
    entity_scheme: str  # "http://www.sec.gov/CIK"
    entity_id: str  # "0000320193"
    period_type: PeriodType
    start: dt.date | None  # durations only
    end: dt.date | None  # the instant, or the last day of a duration; None when forever
    explicit: tuple[tuple[str, str], ...] = ()  # (dimension, member) QNames, sorted by dimension
    typed: tuple[tuple[str, str], ...] = ()  # (dimension, value text), sorted by dimension


@dataclass(frozen=True, slots=True)
class XbrlUnit:
    id: str
    numerators: tuple[str, ...]  # measure QNames: ("iso4217:USD",)
    denominators: tuple[str, ...]  # ("xbrli:shares",) for USD per share; () otherwise
    code: str  # warehouse unit code: "USD", "shares", "USD/shares", "pure", custom local names


@dataclass(frozen=True, slots=True)
class XbrlFact:
    id: str | None
    concept: str  # "us-gaap:Revenues"
    context_ref: str
    unit_ref: str | None  # set exactly for numeric facts
    decimals: str | None  # "INF" or an integer as written ("-6")
    precision: str | None
    is_nil: bool
    value: Decimal | None  # numeric facts: exact, after inline scale and sign; None if nil or unreadable
    text: str | None  # non-numeric facts (escaped inline content as an HTML string)
    raw: str  # the content as written (inline: as displayed, before format, scale and sign)
    footnote_ids: tuple[str, ...] = ()
    hidden: bool = False  # inline: inside ix:hidden (not displayed)
    scale: int | None = None  # inline ix:nonFraction: the power of ten applied to the displayed number

    @property
    def is_numeric(self) -> bool:
        return self.unit_ref is not None


@dataclass(frozen=True, slots=True)
class XbrlFootnote:
    id: str
    role: str | None  # "http://www.xbrl.org/2003/role/footnote"
    lang: str | None  # "en-US"
    text: str  # plain text (markup dropped)


@dataclass(slots=True)
class XbrlInstance:
    inline: bool
    contexts: dict[str, XbrlContext] = field(default_factory=dict)
    units: dict[str, XbrlUnit] = field(default_factory=dict)
    facts: list[XbrlFact] = field(default_factory=list)  # document order
    footnotes: dict[str, XbrlFootnote] = field(default_factory=dict)
    schema_refs: tuple[str, ...] = ()  # link:schemaRef hrefs, document order
    entity_ids: tuple[tuple[str, str], ...] = ()  # distinct (scheme, identifier) of the contexts, sorted
    cik: str | None = None  # dei:EntityCentralIndexKey, else an SEC CIK context identifier
    registrant_name: str | None = None  # dei:EntityRegistrantName
    document_type: str | None = None  # dei:DocumentType ("10-K")
    period_end: dt.date | None = None  # dei:DocumentPeriodEndDate
    fiscal_year: str | None = None  # dei:DocumentFiscalYearFocus
    fiscal_period: str | None = None  # dei:DocumentFiscalPeriodFocus ("FY", "Q1")
    warnings: list[str] = field(default_factory=list)  # facts kept raw, structures skipped
