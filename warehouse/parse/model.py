"""What a parser gives back: plain dataclasses, no database, no I/O.

Every parser (the text format today, R.htm pages and XBRL instances later) fills the same
``Page`` model, so the resolve and load stages never care where a page came from. The model keeps
the page's own geometry (rows, columns, raw cell text) and says how sure it is of each placement;
turning that into facts with concepts, contexts and units is the resolve stage's job.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from warehouse.parse.values import ParsedValue


class SourceFormat(enum.StrEnum):
    RPAGE_TEXT = "rpage-text"
    RPAGE_POPUP = "rpage-popup"  # a text file holding only one element's pop-up, no table
    TEXT_BLOCK = "text-block"  # a text file holding only a text block's content, no table
    RPAGE_HTML = "rpage-html"  # the R page's HTML as EDGAR serves it (lossless)
    FILING_SUMMARY = "filing-summary"  # FilingSummary.xml: the filing's list of R pages, no facts


class ReportKind(enum.StrEnum):
    COVER = "cover"
    STATEMENT = "statement"
    PARENTHETICAL = "parenthetical"
    DETAILS = "details"
    DETAILS_NARRATIVE = "details_narrative"
    TABLES = "tables"
    POLICIES = "policies"
    NOTE = "note"  # a text-block note (no "(...)" qualifier in the title)
    OTHER = "other"


class RowKind(enum.StrEnum):
    ABSTRACT = "abstract"
    LINE_ITEMS = "line_items"
    TABLE = "table"
    ROLL_FORWARD = "roll_forward"
    AXIS = "axis"
    DOMAIN = "domain"
    HEADING = "heading"  # a plain heading ("Current assets:"): an abstract without the marker
    MEMBER = "member"  # opens a dimension context for the rows below it
    VALUE = "value"
    EMPTY = "empty"  # a value row that shows no value on this page
    TEXT_BLOCK = "text_block"


class PeriodType(enum.StrEnum):
    INSTANT = "instant"
    DURATION = "duration"


@dataclass(frozen=True, slots=True)
class Period:
    type: PeriodType
    end: dt.date
    start: dt.date | None = None  # None for instants

    @staticmethod
    def instant(day: dt.date) -> Period:
        return Period(PeriodType.INSTANT, day)

    @staticmethod
    def duration(start: dt.date, end: dt.date) -> Period:
        return Period(PeriodType.DURATION, end, start)


@dataclass(frozen=True, slots=True)
class Member:
    """A dimension member as shown. Axes are not shown in the text; HTML and instances know them."""

    label: str  # as displayed, e.g. "Customer 1 [Member]", "UNITED STATES"
    axis: str | None = None  # prefix:LocalName of the axis when known
    name: str | None = None  # prefix:LocalName of the member when known
    typed_value: str | None = None  # typed members: "Some Axis [Axis]: 2025-03-30" -> "2025-03-30"


@dataclass(slots=True)
class Column:
    index: int
    header_lines: list[str] = field(default_factory=list)  # as shown, group first
    group: str | None = None  # "3 Months Ended"; None for instants and member columns
    period: Period | None = None
    unit_hint: str | None = None  # a per-column unit line: "USD ($)", "shares", "EUR (€)", "Vendor"
    # Every unit line: the renderer lists one per distinct unit among the column's facts.
    units: tuple[str, ...] = ()
    members: tuple[Member, ...] = ()  # member-named columns (statements of equity, old-style dimensions)
    footnotes: tuple[str, ...] = ()
    certain: bool = True  # False when the group/date assignment was inferred, not read


@dataclass(slots=True)
class Cell:
    """One value of a row, placed in a column."""

    raw: str  # the value line exactly as shown
    value: ParsedValue
    column: int
    certain: bool = True
    rule: str = "full_row"  # which placement rule chose the column
    footnotes: tuple[str, ...] = ()


@dataclass(slots=True)
class Row:
    index: int  # 0-based among all body rows below the column headers
    label: str  # as shown (footnote markers and unit hints stay in the label)
    kind: RowKind
    members: tuple[Member, ...] = ()  # dimension context in effect (display order)
    cells: list[Cell] = field(default_factory=list)
    unit_hint: str | None = None  # "(in shares)" -> "shares", "| $ / shares" -> "$ / shares"
    element: str | None = None  # "prefix:LocalName" when the page tells ([custom:Name], HTML)
    period: Period | None = None  # a period carried by the label ("Beginning balance at Dec. 31, 2022")
    footnotes: tuple[str, ...] = ()  # markers following the label
    definition: int | None = None  # index into Page.definitions of this row's concept block
    not_money: bool = False  # the $ rule proves its plain numbers are not money amounts


# Rows that stand for abstract elements: headings, markers of tables, axes, domains.
HEADING_KINDS = frozenset(
    {
        RowKind.ABSTRACT,
        RowKind.HEADING,
        RowKind.LINE_ITEMS,
        RowKind.TABLE,
        RowKind.ROLL_FORWARD,
        RowKind.AXIS,
        RowKind.DOMAIN,
    }
)

# Match rules that tie a block to its row for sure: named by the page (HTML), a clear text match, or
# numbers that add up under the taxonomy's calculation arcs. Others (elimination) are only shown.
SURE_MATCHES = frozenset({"element", "text_match", "calculation"})


class BlockKind(enum.StrEnum):
    DEFINITION = "definition"  # "- Definition": documentation text + first reference line
    NO_DEFINITION = "no_definition"  # "- References": an element without documentation
    DETAILS = "details"  # "- Details" alone: a member/domain (new style) or a heading (old style)


@dataclass(slots=True)
class DefinitionBlock:
    index: int  # position among the page's blocks
    kind: BlockKind
    definition: str | None = None
    references: str | None = None  # first reference line or "No definition available."
    element: str | None = None  # prefix:LocalName when the page tells (pop-up details, HTML)
    # how the element was named: page (pop-up, HTML, [custom:Name]), documentation or label (from a
    # loaded taxonomy: warehouse.parse.text.naming)
    element_rule: str | None = None
    details: dict[str, str] = field(default_factory=dict)  # pop-up details: Name, Data Type, ...
    rows: list[int] = field(default_factory=list)  # row indexes this block was matched to
    member: str | None = None  # the member label this block was matched to
    match_rule: str | None = None  # how the match was made; None = unmatched (kept and reported)
    match_score: float | None = None  # strength of the label/definition evidence behind the match
    element_labels: tuple[str, ...] = ()  # the element's labels in a loaded taxonomy
    is_total: bool | None = None  # the element totals a calculation network; None: no arcs loaded


@dataclass(slots=True)
class Page:
    format: SourceFormat
    title: str  # the title line as shown
    report_name: str  # the title without units (the facts_flat "report_title")
    kind: ReportKind
    title_units: str | None = None  # "USD ($)", "USD ($) $ / shares", "EUR (€)"
    title_members: tuple[Member, ...] = ()  # members named in the title apply to the whole page
    title_date: dt.date | None = None  # single-instant pages: "... - Jun. 30, 2026"
    scale_line: str | None = None  # "shares in Thousands, $ in Millions"
    scale: dict[str, int] = field(default_factory=dict)  # unit symbol ("$", "shares", "€") -> multiplier
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    definitions: list[DefinitionBlock] = field(default_factory=list)
    footnote_texts: dict[str, str] = field(default_factory=dict)  # "[1]" -> text, when the source has it
    notes: list[str] = field(default_factory=list)  # what the parser could not decide, for the load report
