"""The title cell: report name, units, page-wide members or date, scale lines, report kind."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from warehouse.parse.model import Column, DefinitionBlock, Member, Page, Period, ReportKind, SourceFormat
from warehouse.parse.text.header import GROUP_RE, group_period
from warehouse.parse.values import is_currency_symbol, iso_code_alone, parse_date

# One unit token of a title's unit suffix: "USD ($)", "EUR (€)", "$ / shares", "shares", "pure".
_CURRENCY_UNIT = r"[A-Z]{3}\s\([^()]{1,6}\)"
_PER_UNIT = r"\S{1,6}\s/\s\S+"
_WORD_UNIT = r"(?:shares|pure|item|items|Integer|integer|segment|segments|Y|D|M|\S{1,3}²|acre|acres)"
_UNIT_TOKEN = rf"(?:{_CURRENCY_UNIT}|{_PER_UNIT}|{_WORD_UNIT})"
UNITS_SUFFIX_RE = re.compile(rf"\s-\s(?P<units>{_UNIT_TOKEN}(?:\s{_UNIT_TOKEN})*)$")
# Old style puts units (and a context) in final parentheses: "(USD $)", "(Level 3, Zeta Notes, USD $)".
OLD_UNITS_RE = re.compile(r"\s\((?P<inner>[^()]*(?:\b[A-Z]{3}\s\S{1,4}|\bshares|\bpure))\)$")
_OLD_MEMBERS_RE = re.compile(r"\s\((?P<inner>[^()]*\[(?:Member|Domain)\])\)$")
# After the report kind's parentheses, a last one that names no unit names the page's members.
_LAST_PARENS_RE = re.compile(r"\s\((?P<inner>[^()]+)\)$")
_NOT_MEMBER_RE = re.compile(r"(?i)^(?:details?|narrative|textual|tables?|parenthetical|policies|unaudited)\b")
OLD_UNIT_ITEM_RE = re.compile(r"^(?:[A-Z]{3}\s\S{1,4}|shares|pure|\S{1,4}\s/\s\S+)$")

# A period every column shares is promoted into the title by the renderer: "... - Dec. 31, 2023", or
# a duration in lower case, "... (Detail) - 12 months ended Mar. 31, 2020".
_PROMOTED_DURATION_RE = re.compile(r"^(?P<group>\d+\s+\w+\s+ended)\s+(?P<date>\S.*)$", re.IGNORECASE)

# A bare ISO code as the units (2016-2017 renderings: "Net Interest Expense (Details) - CAD").
_ISO_SUFFIX_RE = re.compile(r"\s-\s(?P<units>[A-Z]{3})$")
# Items of old-style parentheses are comma-separated, but a comma before a year is a date's own
# ("May 31, 2017 [Member]").
_DATE_SAFE_COMMA = re.compile(r",(?!\s*(?:19|20)\d\d\b)\s*")
CUSTOM_UNIT_RE = re.compile(r"[a-z]+")  # a filer's own unit in a title: "- customer", "- year"
# The end of a report's own name: "Concentrations (Details Narrative)", "Leases (Tables)".
REPORT_NAME_END = re.compile(
    r"\((?:details?|narrative|tables?|polic(?:y|ies)|parenthetical)\b[^()]*\)$", re.IGNORECASE
)
# Scale lines, new style: "$ in Millions", "shares in Thousands, $ in Millions", "€ in Millions".
SCALE_ITEM_RE = re.compile(r"^(?P<unit>.+?)\s+in\s+(?P<word>Units|Thousands|Millions|Billions|Trillions)$")
# Old style: "In Thousands, unless otherwise specified", "In Millions, except Share data, unless ...",
# and shares alone: "Share data in Millions, unless otherwise specified" (money unscaled).
OLD_SCALE_RE = re.compile(
    r"^(?:In\s+(?P<word>Units|Thousands|Millions|Billions)(?P<rest>.*?)"
    r"|Share data in (?P<shares>Units|Thousands|Millions|Billions))(?:,\s*unless otherwise specified)?$",
    re.IGNORECASE,
)
MULTIPLIERS = {
    "units": 1,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
    "trillions": 1_000_000_000_000,
}
# Key used in Page.scale for an old-style scale line that names no currency: it scales all money.
ANY_MONEY = "*money"
SHARES = "shares"
# The first unit the title names: "USD ($)", "$ / shares", "shares", "CAD", "customer".
_TITLE_UNIT_RE = re.compile(r"^(?:[A-Z]{3} \([^)]*\)|\S+ / \S+|\S+)")
PER_SHARE_UNIT_RE = re.compile(r"^(?P<sym>\S{1,5})\s/\s(?P<den>shares?|unit|units)$")


def title_unit(page: Page) -> str | None:
    """The page's default unit as its title names it. EDGAR marks every row of another unit with a hint
    ("(in shares)", "| $ / shares"), so a value that shows none is of this unit."""
    m = _TITLE_UNIT_RE.match((page.title_units or "").strip())
    return m.group(0) if m else None


@dataclass(slots=True)
class Title:
    title: str
    report_name: str
    kind: ReportKind
    units: str | None = None
    members: tuple[Member, ...] = ()
    period: Period | None = None  # the period promoted into the title, shared by every column
    scale_line: str | None = None
    scale: dict[str, int] = field(default_factory=dict)
    old_style: bool = False

    @property
    def date(self) -> dt.date | None:
        return self.period.end if self.period is not None else None

    def page(self, fmt: SourceFormat, columns: list[Column], definitions: list[DefinitionBlock]) -> Page:
        """A page carrying this title (the text and HTML parsers read titles the same way)."""
        return Page(
            format=fmt,
            title=self.title,
            report_name=self.report_name,
            kind=self.kind,
            title_units=self.units,
            title_members=self.members,
            title_date=self.date,
            scale_line=self.scale_line,
            scale=self.scale,
            columns=columns,
            definitions=definitions,
        )


def parse_title(pieces: list[str]) -> Title:
    title = pieces[0] if pieces else ""
    name, units, members, period, old = _split_title(title)
    scale_lines = [p for p in pieces[1:] if is_scale_line(p)]
    scale: dict[str, int] = {}
    for line in scale_lines:
        scale.update(parse_scale_line(line))
    return Title(
        title=title,
        report_name=name,
        kind=report_kind(name),
        units=units,
        members=members,
        period=period,
        scale_line=", ".join(scale_lines) or None,
        scale=scale,
        old_style=old or any(OLD_SCALE_RE.match(x) for x in scale_lines),
    )


def _split_title(title: str) -> tuple[str, str | None, tuple[Member, ...], Period | None, bool]:
    """Units come off the end only; what stands between the report name and them is page context."""
    name, units, old = title, None, False
    m = UNITS_SUFFIX_RE.search(name)
    if m is None:
        iso = _ISO_SUFFIX_RE.search(name)
        m = iso if iso and is_currency_symbol(iso.group("units")) else None
    members: list[Member] = []
    if m:
        units = m.group("units")
        name = name[: m.start()]
    else:
        o = OLD_UNITS_RE.search(name) or _old_currency_code_last(name)
        only = None if o else _old_members_only(name)
        if only is not None:
            members = [Member(label=x.strip()) for x in _DATE_SAFE_COMMA.split(only.group("inner"))]
            name = name[: only.start()]
            old = True
        if o and not o.group("inner").startswith("Details"):
            items = [x.strip() for x in _DATE_SAFE_COMMA.split(o.group("inner"))]
            unit_items = [x for x in items if OLD_UNIT_ITEM_RE.match(x) or iso_code_alone(x)]
            if unit_items:
                old = True
                units = " ".join(unit_items)
                members = [Member(label=x) for x in items if x not in unit_items]
                name = name[: o.start()]
    if units is None:
        # A custom unit alone after the report's name: "... (Details) - year", "... - customer".
        head, sep, last = name.rpartition(" - ")
        if sep and CUSTOM_UNIT_RE.fullmatch(last.strip()) and REPORT_NAME_END.search(head.strip()):
            units, name = last.strip(), head
    period: Period | None = None
    # New style: trailing " - <member>" or " - <period>" segments give page context; any other
    # segment is part of the report's name ("INCOME TAXES (Details) - Schedule of ...").
    segs = name.split(" - ")
    while len(segs) > 1:
        seg = segs[-1].strip()
        seg_period = _promoted_period(seg)
        if seg_period is not None and period is None:
            period = seg_period
        elif _looks_like_member(seg):
            members.insert(0, Member(label=seg))
        else:
            break
        segs.pop()
    name = " - ".join(segs)
    return name.strip(), units, tuple(members), period, old


def _old_currency_code_last(name: str) -> re.Match[str] | None:
    """Old style's final parentheses ending on a bare ISO code, the page's currency without its sign:
    "... (Details) (CAD)", "... (Details) (China, CNY)"."""
    last = _parens_after_kind(name)
    if last is None:
        return None
    items = _DATE_SAFE_COMMA.split(last.group("inner"))
    return last if iso_code_alone(items[-1].strip()) else None


def _promoted_period(seg: str) -> Period | None:
    """A title segment naming the period of every column: an instant's date or "N months ended DATE"."""
    day = parse_date(seg)
    if day is not None:
        return Period.instant(day)
    m = _PROMOTED_DURATION_RE.match(seg)
    end = parse_date(m.group("date")) if m else None
    if m is None or end is None or not GROUP_RE.match(m.group("group")):
        return None
    return group_period(m.group("group"), end)


def _old_members_only(name: str) -> re.Match[str] | None:
    """Old style's final parentheses of members without units: marked ("... (Details) (Customer
    Concentration Risk [Member])"), or not, right after the report kind's own parentheses ("...
    (Details 1) (Stock Options)"; "(Textual)" and its kin stay in the name)."""
    marked = _OLD_MEMBERS_RE.search(name)
    if marked is not None:
        return marked
    last = _parens_after_kind(name)
    return last if last and not _NOT_MEMBER_RE.match(last.group("inner")) else None


def _parens_after_kind(name: str) -> re.Match[str] | None:
    """The title's final parentheses right after the report kind's own ("... (Details) (CAD)")."""
    last = _LAST_PARENS_RE.search(name)
    return last if last is not None and REPORT_NAME_END.search(name[: last.start()]) else None


def _looks_like_member(seg: str) -> bool:
    seg = seg.strip()
    # "[member]", or the word alone ("Borrowings (Details 4) - Foreign currency member")
    return re.search(r"(?:\[member\]|\smember)$", seg, re.IGNORECASE) is not None or (
        re.match(r"^[\w ,.'&()-]+:\s*\S+$", seg) is not None
    )


def is_scale_line(line: str) -> bool:
    if OLD_SCALE_RE.match(line):
        return True
    return all(SCALE_ITEM_RE.match(item.strip()) for item in line.split(","))


def parse_scale_line(line: str) -> dict[str, int]:
    """Per-unit multipliers. "$ in Millions" scales money in $, "shares in Thousands" shares only."""
    out: dict[str, int] = {}
    old = OLD_SCALE_RE.match(line)
    if old and old.group("shares"):
        return {SHARES: MULTIPLIERS[old.group("shares").lower()]}
    if old:
        mult = MULTIPLIERS[old.group("word").lower()]
        out[ANY_MONEY] = mult
        rest = old.group("rest").lower()
        share = re.search(r"except share data(?: in (units|thousands|millions|billions))?", rest)
        if share:
            out[SHARES] = MULTIPLIERS[share.group(1)] if share.group(1) else 1
        else:
            # The old renderer scaled shares with money unless it said "except Share data".
            out[SHARES] = mult
        return out
    for item in line.split(","):
        m = SCALE_ITEM_RE.match(item.strip())
        if m:
            out[m.group("unit").strip()] = MULTIPLIERS[m.group("word").lower()]
    return out


_COVER_RE = re.compile(
    r"document\s+and\s+entity|entity\s+information|^cover\b|\bcover\s+page|^submission$|^offerings?\b"
    r"|^fees\s+summary|^offsets?\b|^combined\s+prospectus|^fee\s+exhibit|^dei\b",
    re.IGNORECASE,
)
_STATEMENT_RE = re.compile(
    r"\bstatements?\s+of\b|balance\s+sheets?|statements?\s+of\s+financial\s+(?:position|condition)"
    r"|^statement\b|\bstatement$",
    re.IGNORECASE,
)


def report_kind(name: str) -> ReportKind:
    low = name.lower()
    if "(parenthetical)" in low:
        return ReportKind.PARENTHETICAL
    if re.search(r"\((?:details? )?narrative\)", low):
        return ReportKind.DETAILS_NARRATIVE
    if "(detail" in low:  # "(Details)", "(Details 2)", also the singular "(Detail)"
        return ReportKind.DETAILS
    if re.search(r"\(tables?\)", low):
        return ReportKind.TABLES
    if re.search(r"\(polic(?:y|ies)\)", low):
        return ReportKind.POLICIES
    if _COVER_RE.search(name):
        return ReportKind.COVER
    if low.startswith(("consolidated", "condensed", "combined")) or _STATEMENT_RE.search(name):
        return ReportKind.STATEMENT
    return ReportKind.NOTE
