"""Column headers: period groups over date columns with the spans lost, units, member columns.

Header cells are recognisable by shape: group cells ("3 Months Ended") sit on the bar's line, and
column cells (a date, then unit or member lines; or member names on equity statements) start
with a bare bar and their text on the next line. The body starts at the first cell of any other
shape. Which group spans which dates is lost; it is rebuilt by choosing the split of the date
columns into consecutive spans that reads most like real headers (dates descending inside a
group, spaced by the group's period length or by whole years), and flagged when not unique.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from warehouse.identity import singular
from warehouse.parse.model import Column, Member, Period, PeriodType, Row
from warehouse.parse.text.cells import TextCell, is_block_start
from warehouse.parse.values import ValueKind, iso_code_alone, parse_date

GROUP_RE = re.compile(r"^(?P<n>\d+)\s+(?P<unit>Months?|Weeks?|Days?|Years?)\s+Ended$", re.IGNORECASE)
# Unit lines that cannot be a member's name (a column's name without a date may be a member's:
# "Parent", "Total"): "USD ($)", "$ / shares", "shares", "pure".
_NAMED_UNITS = r"[A-Z]{3}\s\([^()]{1,6}\)|\S{1,6}\s/\s\S+|shares|pure"
PROMOTED_UNIT_RE = re.compile(rf"^(?:{_NAMED_UNITS})$")
# Lower case units ("item", "sqft") and areas; a filer's unit without a label shows its id
# ("performance_criteria", "contract_2"). Members are named with capitals.
_LOWER_UNITS = r"[a-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*|ft²|m²"
UNIT_LINE_RE = re.compile(rf"^(?:{_NAMED_UNITS}|{_LOWER_UNITS}|[A-Z][a-z]+|D|Y|M)$")
_CAPS_CODE_RE = re.compile(r"^[A-Z]{2,6}$")
MEMBER_MARK_RE = re.compile(r"\[(?:member|domain)\]$", re.IGNORECASE)


Spans = tuple[tuple[int, int], ...]  # each group's columns [lo, hi)


@dataclass(frozen=True, slots=True)
class TailChoice:
    """The header's last ``tail`` columns may continue the last group (whole years after it, so they
    read alike) or be instants under no group whose empty group cells were dropped. The header
    alone cannot tell; the body can (``settle_tail``)."""

    tail: int
    group: str
    grouped: bool  # the reading the header chose


@dataclass(slots=True)
class Header:
    columns: list[Column] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    body_start: int = 0  # index of the first body cell
    member_columns: bool = False  # statements of equity: columns are members, periods in row labels
    notes: list[str] = field(default_factory=list)
    tail_choice: TailChoice | None = None
    # Other splits of the dates into the groups that read about as well as the chosen one (within a
    # point), each as the columns every group spans, best first; the body may choose (``settle_groups``).
    rival_spans: list[Spans] = field(default_factory=list)
    spilled: list[TextCell] = field(default_factory=list)  # body cells run into the header's last cell
    promoted: bool = False  # the title's period is every column's: the column lines are units or members


@dataclass(slots=True)
class _ColCell:
    pieces: list[str]
    footnotes: list[str] = field(default_factory=list)


def parse_header(cells: list[TextCell], start: int, title_period: Period | None) -> Header:
    groups: list[str] = []
    col_cells: list[_ColCell] = []
    spill: list[TextCell] = []
    i = start
    while i < len(cells):
        cell = cells[i]
        if is_block_start(cells, i):
            break
        if not cell.bare and GROUP_RE.match(cell.first):
            groups.append(cell.first)
            if len(cell.pieces) > 1:  # date cells that lost their bars joined the group cell
                run_on = _split_at_dates(cell.pieces[1:])
                spilled = _spilled_member_row(run_on)
                if spilled:
                    run_on[-1] = run_on[-1][: -len(spilled)]
                    spill = [TextCell(spilled, line=cell.line + len(cell.pieces) - len(spilled), bare=True)]
                col_cells.extend(_ColCell(p) for p in run_on)
        elif cell.is_footnote and col_cells:
            col_cells[-1].footnotes.append(cell.first)
        elif cell.bare and cell.pieces and _is_column_cell(cell, col_cells):
            col_cells.append(_ColCell(list(cell.pieces)))
        else:
            break
        i += 1
    header = Header(groups=groups, body_start=i, spilled=spill)
    header.columns = [_column(k, c) for k, c in enumerate(col_cells)]
    if title_period is not None:
        header.promoted = all(c.period is None for c in header.columns)
        header.columns = promote_title_period(header.columns, title_period)
    header.member_columns = bool(header.columns) and all(c.period is None for c in header.columns)
    _assign_groups(header)
    return header


def promote_title_period(columns: list[Column], period: Period) -> list[Column]:
    """Columns of a page whose title names the one period they all share (the renderer promotes it
    there): their own lines are then units ("INR (₨)", "USD ($)") or members, never dates. A page
    without column headers is one column of that period."""
    if not columns:
        return [Column(0, [], period=period)]
    if any(c.period is not None for c in columns):
        return columns  # dated columns say their own periods
    for col in columns:
        col.period = period
        _members_to_units(
            col, lambda label: bool(PROMOTED_UNIT_RE.match(label) or _LOWER_UNIT_RE.match(label))
        )
    return columns


def _split_at_dates(pieces: list[str]) -> list[list[str]]:
    """Column cells run together: each date starts one (with its unit or member lines after it)."""
    out: list[list[str]] = []
    for p in pieces:
        if not out or parse_date(p) is not None:
            out.append([p])
        else:
            out[-1].append(p)
    return out


def members_for_unfilled_units(columns: list[Column], rows: list[Row]) -> None:
    """A capitalised word among a column's unit lines names a filer's own unit ("Segment",
    "Store") only where the page shows a plain number that can be counted in it, and never a
    range's end ("Minimum"). Otherwise (rates, amounts, durations and texts only) it is the
    column's member: "Dec. 31, 2013" / "Warrants". In a column of money amounts a plain number is
    money too (the `$` shows on a run's first row only), so there the word must be named: a row
    counts it ("Number of reportable segments") or gives it as its unit."""
    hints = {r.unit_hint for r in rows if r.unit_hint}
    counted = set().union(*(counted_nouns(r.label) for r in rows))
    for col in columns:
        words = [u for u in col.units if _WORD_UNIT_RE.match(u)]
        if not words:
            continue
        money = _shows_money(col.index, len(columns), rows)
        demoted = {
            w
            for w in words
            if _RANGE_END_RE.match(w)
            or not (_unit_named(w, hints, counted) if money else _counted_in(w, rows))
        }
        if demoted:
            _set_units(col, tuple(u for u in col.units if u not in demoted))
            col.members = col.members + tuple(Member(label=w) for w in words if w in demoted)


# A lower-case word or an area symbol among a promoted column's lines is a unit ("item", "ft²").
_LOWER_UNIT_RE = re.compile(rf"^(?:{_LOWER_UNITS})$")


def units_among_title_members(columns: list[Column], texts: list[str]) -> None:
    """On a page whose title names every column's period, a capitalised word among a column's lines
    ("Property", "Unit") is a unit where a body text names it as its unit ("... | Unit") or counts
    it ("Number of real estate properties"); otherwise it stays the column's member."""
    hints = {t.rpartition(" | ")[2].strip() for t in texts if " | " in t}
    counted = set().union(*(counted_nouns(t) for t in texts))
    for col in columns:
        _members_to_units(
            col,
            lambda label: (
                bool(_WORD_UNIT_RE.match(label))
                and not _RANGE_END_RE.match(label)
                and _unit_named(label, hints, counted)
            ),
        )


def _unit_named(word: str, hints: set[str], counted: set[str]) -> bool:
    """A row gives the word as its unit (``hints``: "... | Unit") or counts it (``counted``, the
    nouns of "Number of real estate properties")."""
    return word in hints or singular(word.lower()) in counted


def _members_to_units(col: Column, is_unit: Callable[[str], bool]) -> None:
    """The column's member lines that are units after all move to its unit lines."""
    units = tuple(m.label for m in col.members if is_unit(m.label))
    if units:
        _set_units(col, col.units + units)
        col.members = tuple(m for m in col.members if m.label not in units)


# "Number of real estate properties"; the taxonomy's "Concentration Risk, Major Customer, Count".
_COUNT_LABEL_RE = re.compile(r"(?i)\bnumber of ((?:[\w-]+ ){0,4}[\w-]+)|((?:[\w-]+ ){0,2}[\w-]+),? count$")


def counted_nouns(label: str) -> set[str]:
    """The words, singular, of what a label numbers ("Number of real estate properties" ->
    real, estate, property): the units it may count in."""
    m = _COUNT_LABEL_RE.search(label)
    return {singular(w) for w in re.findall(r"[a-z]+", (m.group(1) or m.group(2)).lower())} if m else set()


def _set_units(col: Column, units: tuple[str, ...]) -> None:
    col.units = units
    col.unit_hint = " ".join(units) or None  # the lines as one hint, as the column shows them


def _counted_in(word: str, rows: list[Row]) -> bool:
    return any(
        c.value.kind is ValueKind.NUMBER and c.value.currency_symbol is None and r.unit_hint in (None, word)
        for r in rows
        for c in r.cells
    )


def _shows_money(column: int, n_columns: int, rows: list[Row]) -> bool:
    """Does a row that fills every column (the only rows placed before placement) show money there?"""
    return any(len(r.cells) == n_columns and r.cells[column].value.currency_symbol is not None for r in rows)


_WORD_UNIT_RE = re.compile(r"^[A-Z][a-z]+$")
_RANGE_END_RE = re.compile(r"^(?:Minimum|Maximum|Low|High|Lower|Upper)$")


def _spilled_member_row(run_on: list[list[str]]) -> list[str]:
    """Member lines after the last of several run-on dates, where no other date has any: the first
    body row, a member row that lost its bar too, not a member of the last column only."""
    if len(run_on) < 2 or any(len(p) > 1 for p in run_on[:-1]) or len(run_on[-1]) < 2:
        return []
    extra = run_on[-1][1:]
    return extra if all(MEMBER_MARK_RE.search(p) for p in extra) else []


def _is_column_cell(cell: TextCell, seen: list[_ColCell]) -> bool:
    """A bare-bar cell is a column header while the header still reads like one."""
    first_is_date = parse_date(cell.first) is not None
    if first_is_date:
        return True
    if any(parse_date(c.pieces[0]) is not None for c in seen):
        # After date columns, a bare cell that is not a date is an old-style member row of the body.
        return False
    # Member-named columns (statements of equity): short names, never long text.
    return all(len(p) <= 120 for p in cell.pieces) and len(cell.pieces) <= 4


def _column(index: int, cell: _ColCell) -> Column:
    pieces = cell.pieces
    day = parse_date(pieces[0])
    col = Column(index=index, header_lines=list(pieces), footnotes=tuple(cell.footnotes))
    rest = pieces[1:] if day is not None else pieces
    units: list[str] = []
    members: list[Member] = []
    # A code in capitals ("MMBTU") among the column's unit lines is a unit too, not a member.
    with_units = any(UNIT_LINE_RE.match(p) and not _CAPS_CODE_RE.match(p) for p in rest)
    for p in rest:
        # (An ISO currency code alone, "KRW", is a currency's unit line: members are named in words.)
        unit = UNIT_LINE_RE.match(p) or (with_units and _CAPS_CODE_RE.match(p)) or iso_code_alone(p)
        if day is not None and unit and not MEMBER_MARK_RE.search(p):
            units.append(p)
        else:
            members.append(Member(label=p))
    col.unit_hint = " ".join(units) or None
    col.units = tuple(units)
    col.members = tuple(members)
    if day is not None:
        col.period = Period.instant(day)  # until a group claims it
    return col


def months_before(end: dt.date, months: int) -> dt.date:
    """First day of an N-month period ending on ``end`` (month-end aware)."""
    last = calendar.monthrange(end.year, end.month)[1]
    y, m = divmod(end.year * 12 + end.month - 1 - months, 12)
    m += 1
    if end.day == last:
        return dt.date(y, m, calendar.monthrange(y, m)[1]) + dt.timedelta(days=1)
    day = min(end.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day) + dt.timedelta(days=1)


def group_period(group: str, end: dt.date) -> Period:
    m = GROUP_RE.match(group)
    assert m is not None
    n = int(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    if n == 0:
        return Period(PeriodType.DURATION, end)  # "0 Months Ended": a duration shorter than a month
    if unit == "month":
        start = months_before(end, n)
    elif unit == "week":
        start = end - dt.timedelta(weeks=n) + dt.timedelta(days=1)
    elif unit == "day":
        start = end - dt.timedelta(days=n) + dt.timedelta(days=1)
    else:
        start = months_before(end, 12 * n)
    return Period.duration(start, end)


def _group_months(group: str) -> float:
    m = GROUP_RE.match(group)
    assert m is not None
    n = int(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    return {"month": n, "week": n * 7 / 30.44, "day": n / 30.44, "year": 12 * n}[unit]


def _step_cost(prev: dt.date, cur: dt.date, months: float) -> float:
    """How unlike one group's consecutive columns two dates are."""
    if cur >= prev:
        return 10.0
    gap = (prev - cur).days / 30.44
    # Quarters may follow each other in a quarterly table; longer periods are compared a year apart
    # ("9 Months Ended Sep. 30, 2023" then Dec. 31, 2022 is the year-end instant, not a 9-month span).
    for unit in (months if months <= 3 else 0.0, 12.0):
        if unit > 0 and abs(gap / unit - round(gap / unit)) * unit < 0.35:
            return 0.0
    return 3.0


MIXED_STEPS_COST = 3.0
# Two columns a whole number of years apart on the same day compare one period with another: a
# quarter's group that takes the first and leaves the second out as an instant is unlikely (a
# year's group is not: its last column's opening balance is the year-end before).
SPLIT_PAIR_COST = 1.5


def _year_apart(a: dt.date, b: dt.date) -> bool:
    return (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1


def _mixed_steps_cost(steps: list[tuple[dt.date, dt.date]], months: float) -> float:
    """A quarterly table steps from one quarter to the one before; a comparative one a year back.
    One group whose columns do both ("3 Months Ended" Mar. 31, 2015, Dec. 31, 2014, Dec. 31, 2013)
    is unlikely: the year-end dates are instants outside the group."""
    if months > 3:
        return 0.0
    gaps = [round((a - b).days / 30.44) for a, b in steps]
    quarterly = any(gap == round(months) for gap in gaps)
    yearly = any(gap and gap % 12 == 0 for gap in gaps)
    return MIXED_STEPS_COST if quarterly and yearly else 0.0


YEAR_END_QUARTER_COST = 2.5


def _year_end_quarter_cost(groups: list[tuple[float, list[dt.date]]]) -> float:
    """An interim report ("9 Months Ended Sep. 30, 2021": the fiscal year ends in December) shows its
    last year-end as a balance-sheet instant; a quarter ending then (a fourth quarter) is unlikely."""
    year_end_months = {
        (_month(d) + round(12 - months) - 1) % 12 + 1 for months, ds in groups if 3 < months < 12 for d in ds
    }
    quarters = [d for months, ds in groups if months <= 3 for d in ds]
    return YEAR_END_QUARTER_COST * sum(1 for d in quarters if _month(d) in year_end_months)


def _month(day: dt.date) -> int:
    """The month a period ends in, for 52-53 week years too ("Apr. 01, 2017" ends March)."""
    return (day - dt.timedelta(days=7)).month if day.day <= 7 else day.month


MIDDLE_INSTANT_COST = 1.5  # per instant column between two groups
MIDDLE_MAX_COLUMNS = 10  # wider headers: the runs between groups are too many to weigh


def _splits(n: int, g: int) -> Iterator[tuple[int, Spans, int]]:
    """The ways to lay g groups, in order, over n date columns as consecutive spans. Columns outside
    the spans are instants under no group (their empty group cells were dropped): ``lead`` of them
    before the groups, any after them, and at most one run between two groups. Yields (lead, spans,
    length of the run between groups)."""
    for lead in range(0, n - g + 1):
        for tail in range(0, n - lead - g + 1):
            inner = n - lead - tail
            middles = (
                [(k, m) for k in range(g - 1) for m in range(1, inner - g + 1)]
                if n <= MIDDLE_MAX_COLUMNS
                else []
            )
            for after, mid in [(-1, 0), *middles]:
                # Groups after the run between groups start ``mid`` columns later.
                shift = [lead + (mid if k > after >= 0 else 0) for k in range(g)]
                for cuts in itertools.combinations(range(1, inner - mid), g - 1):
                    bounds = (0, *cuts, inner - mid)
                    yield lead, tuple((shift[k] + bounds[k], shift[k] + bounds[k + 1]) for k in range(g)), mid


def _assign_groups(header: Header) -> None:
    cols = [c for c in header.columns if c.period is not None]
    groups = header.groups
    if not groups or not cols or header.member_columns:
        return
    if len(groups) == len(cols):  # old style: one group cell per column
        for group, c in zip(groups, cols, strict=True):
            set_group(c, group)
        return
    n, g = len(cols), len(groups)
    dates = [c.period.end for c in cols if c.period is not None]
    # Old-style columns that name members restart their dates at each member ("Total revenue" Mar.
    # 2013, Mar. 2012, then "Total trade receivables" Mar. 2013): a date going back up where the
    # members change is a restart, not a step out of order.
    # Likewise a column that repeats a date in another currency ("Dec. 31, 2022" in RMB, then USD).
    restart = [
        b_end >= a_end and (b.members != a.members or (b.unit_hint != a.unit_hint and b_end == a_end))
        for (a, a_end), (b, b_end) in itertools.pairwise(zip(cols, dates, strict=True))
    ]
    # A restart from columns without members to columns with them (or back) more likely starts a
    # new group than continues one.
    mixed = [0.5 if bool(a.members) != bool(b.members) else 0.0 for a, b in itertools.pairwise(cols)]
    months_of = [_group_months(group) for group in groups]
    best: list[tuple[float, int, Spans]] = []
    for lead, spans, middle in _splits(n, g):
        tail = n - spans[-1][1]
        # Instants under no group: before the groups (rare), after them, or between two groups.
        cost = 2.0 * lead + 1.0 * tail + MIDDLE_INSTANT_COST * middle
        for k, (lo, hi) in enumerate(spans):
            months = months_of[k]
            run: list[tuple[dt.date, dt.date]] = []  # steps between restarts
            for i in range(lo, hi - 1):
                if restart[i]:
                    cost += mixed[i] + _mixed_steps_cost(run, months)
                    run = []
                else:
                    cost += _step_cost(dates[i], dates[i + 1], months)
                    run.append((dates[i], dates[i + 1]))
            cost += _mixed_steps_cost(run, months)
            # The next group restarting at this group's first date compares the same periods
            # ("3 Months Ended" Sep. 30, 2021 and 2020, then "9 Months Ended" Sep. 30, 2021 and 2020).
            parallel = any(lo2 == hi and dates[lo2] == dates[lo] for lo2, _ in spans)
            if (
                months <= 3
                and hi < n
                and not restart[hi - 1]
                and not parallel
                and _year_apart(dates[hi - 1], dates[hi])
            ):
                cost += SPLIT_PAIR_COST
        cost += _year_end_quarter_cost([(months_of[k], dates[lo:hi]) for k, (lo, hi) in enumerate(spans)])
        best.append((cost, lead, spans))
    if not best:
        header.notes.append(f"{g} period groups over {n} date columns: groups not assigned")
        return
    best.sort()
    cost, lead, spans = best[0]
    unique = len(best) == 1 or best[1][0] - cost >= 1.0
    end = spans[-1][1]
    for other_cost, other_lead, other in best[1:]:
        tail = abs(other[-1][1] - end)
        at_end = max(other[-1][1], end) == n  # only the page's last columns: counts tell them
        same_groups = other_lead == lead and other[:-1] == spans[:-1] and other[-1][0] == spans[-1][0]
        if same_groups and tail and at_end and other_cost - cost <= tail + 1e-9:
            header.tail_choice = TailChoice(tail, groups[-1], grouped=end > other[-1][1])
            break
    for c in cols:
        c.certain = unique  # the instants left outside the groups are as unsure as the split
    _apply_spans(cols, groups, spans)
    if not unique:
        header.notes.append("period groups assigned to columns by date order (not certain)")
        header.rival_spans = [other for other_cost, _, other in best[1:] if other_cost - cost < 1.0]


def _apply_spans(cols: list[Column], groups: list[str], spans: Spans) -> None:
    for k, (lo, hi) in enumerate(spans):
        for c in cols[lo:hi]:
            set_group(c, groups[k])


def settle_groups(header: Header, flows: int) -> str | None:
    """Of splits that read about as well, take the first with as many duration columns as the body's
    widest flow (``flows``: the most amounts a row that reads as a movement shows). A flow is a
    period's: "Amortization of debt discount" shown twice under one "12 Months Ended" over three
    dates needs two of them in the group. The columns stay uncertain."""
    cols = [c for c in header.columns if c.period is not None]
    if not header.rival_spans or sum(c.group is not None for c in cols) >= flows:
        return None
    spans = next((s for s in header.rival_spans if sum(hi - lo for lo, hi in s) >= flows), None)
    if spans is None:
        return None
    for c in cols:
        _ungroup(c)
    _apply_spans(cols, header.groups, spans)
    return f"period groups moved so that {flows} columns hold a movement's periods"


TAIL_INSTANTS_NOTE = "read as instants"  # how a page notes that settle_tail made its last columns instants


def settle_tail(header: Header, rows: list[tuple[int, bool, bool]]) -> str | None:
    """Decide a ``TailChoice`` from the body (``rows``: each value row's number of values, whether
    they are all amounts, and whether it reads as a flow, i.e. not as a balance). Amount rows with a
    value in every column but the tail ones (flows of the group's periods) outnumbering the rows
    that fill the tail too make the tail instants, if every row filling it reads as a balance (and
    none as an opening balance, which only duration columns show); flows filling every column make
    it part of the group."""
    choice = header.tail_choice
    cols = [c for c in header.columns if c.period is not None]
    if choice is None or not cols:
        return None
    n = len(cols)
    # A balance fills instant and duration columns alike (at the period's end): only flows count.
    full = sum(1 for k, amounts, flow in rows if amounts and k == n and flow)
    short = sum(1 for k, amounts, _ in rows if amounts and k == n - choice.tail)
    flow_in_tail = any(flow for k, _, flow in rows if k == n)
    if short >= 2 and short >= 2 * full and not flow_in_tail:
        grouped, sure = False, False
    elif full > short:
        grouped, sure = True, short == 0
    else:
        grouped, sure = choice.grouped, False
    for c in cols[n - choice.tail :]:
        _ungroup(c)
        if grouped:
            set_group(c, choice.group)
    for c in cols:
        c.certain = c.certain and sure
    if grouped == choice.grouped:
        return None
    if grouped:
        return f"the last {choice.tail} column(s) continue '{choice.group}': most rows fill them"
    return f"the last {choice.tail} column(s) {TAIL_INSTANTS_NOTE}: most rows leave them empty"


def _ungroup(col: Column) -> None:
    """An instant under no group, its group line gone (a group's column that was not one)."""
    if col.group is not None and col.period is not None:
        col.header_lines.remove(col.group)
        col.group, col.period = None, Period.instant(col.period.end)


def set_group(col: Column, group: str) -> None:
    assert col.period is not None
    col.group = group
    col.period = group_period(group, col.period.end)
    col.header_lines = [group, *col.header_lines]
