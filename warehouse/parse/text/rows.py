"""Row segmentation: which body cells are labels and which are values.

Numbers, percentages, dates, booleans and dashes are values, and "... [Abstract]" or a
"[custom:Name]" label is a label, whatever their place. Free text is either, and cover pages are
full of text values ("10-K", "Large Accelerated Filer", company names). Each text cell gets a
label score from its shape; a dynamic programme then picks the segmentation with the best total
score under the page's hard rules: a row has a label first and at most as many values as there
are columns; a heading or member row has none. Finally a bias on label scores is tuned until the
number of distinct concept rows agrees with the number of concept blocks after the table (the
page's own count of its row elements), when the page has those blocks.
"""

from __future__ import annotations

import collections
import enum
import functools
import re
from dataclasses import dataclass, field

from warehouse.identity import norm
from warehouse.parse.label_periods import BEGINNING, LABEL_DATE_RE, RECOGNIZED_FROM_RE
from warehouse.parse.model import RowKind
from warehouse.parse.text.cells import TextCell
from warehouse.parse.text.header import MEMBER_MARK_RE
from warehouse.parse.values import ValueKind, parse_value

# "[Abstract]", or a bare "Abstract" closing a label made from the element's name ("Schedule Of
# Contract Assets Abstract", a filer's abstract without a label of its own).
MARKER_RE = re.compile(
    r"(?:\[|(?<=[a-z] )(?=(?-i:Abstract)$))"
    r"(?P<m>abstract|line items|table|roll forward|axis|domain|member|text block)\]?$",
    re.IGNORECASE,
)
# The row kind each marker names (members and text blocks are decided elsewhere).
MARKER_KINDS = {
    "abstract": RowKind.ABSTRACT,
    "line items": RowKind.LINE_ITEMS,
    "table": RowKind.TABLE,
    "roll forward": RowKind.ROLL_FORWARD,
    "axis": RowKind.AXIS,
    "domain": RowKind.DOMAIN,
}
TEXT_BLOCK_LABEL_RE = re.compile(r"text block\]$", re.IGNORECASE)  # "... [Table Text Block]"
CUSTOM_RE = re.compile(r"^\[custom:(?P<name>[^\]]+)\]")
TYPED_MEMBER_RE = re.compile(r"^(?P<axis>.+?\[Axis\]):\s*(?P<value>.+)$", re.IGNORECASE)
# "Offering: 1": typed members of fee exhibits, shown as "<axis label>: <value>"
SHORT_TYPED_RE = re.compile(r"^(?P<axis>[A-Z][\w ]{0,40}):\s*(?P<value>\d[\w.-]*)$")
UNIT_HINT_RE = re.compile(
    r"\((?:in\s+)?(?P<u>shares|dollars per share|usd per share|per share|[a-z$€£¥/ ]+ per share)\)",
    re.IGNORECASE,
)
UNIT_TOKEN_RE = re.compile(
    r"^(?:[$€£¥₪]|R\$|kr|[A-Z]{3})?\s?(?:/\s?)?(?:shares|share|pure|item|items|segment|segments|Integer|integer"
    r"|[a-z][a-zA-Z]*|[A-Z]{3}|\S{1,4}\s/\s\S+|ft²|m²|acre|[Dd]|[Yy])$"
    r"|^(?:[$€£¥₪]|R\$)$"  # money in that currency: "Dividend announced or proposed | £"
)
FORM_TYPE_RE = re.compile(
    r"^(?:\d{1,2}-[A-Z]{1,3}\d?(?:/A)?|[A-Z]{1,3}-\d{1,2}[A-Z]?(?:/A)?|DEF 14A|N-[A-Z0-9-]+|\d{3}[A-Z]\d?)$"
)


class CellRole(enum.Enum):
    FOOTNOTE = "footnote"
    LABEL = "label"  # certainly a label (marker, custom name, unit hint)
    VALUE = "value"  # certainly a value (number, percent, date, boolean, dash)
    TEXT = "text"  # free text: label or value, decided by the segmentation


@dataclass(slots=True)
class Segment:
    """One body row as segmented: its label cell and value cells (cell indexes into the body).
    ``label`` None: a row whose label cell was empty, so the text lost it (an old total row)."""

    label: int | None
    values: list[int] = field(default_factory=list)
    member_row: bool = False
    heading: bool = False


# A range of rates or decimals ("163.84% - 369.30%", "0.7 - 4.1"): a text value, never a label. A
# decimal point or a percent sign is required, since a span of years ("2022 - 2026") may be a name.
_RANGE_END = r"\(?-?\d[\d,]*(?:\.\d+)?%?\)?"
_NUMBER_RANGE_RE = re.compile(
    rf"^(?=[^%]*(?:\.\d|%)){_RANGE_END}\s*(?:-|–|to)\s*{_RANGE_END}"
    r"(?:\s*(?:years?|months?|days?))?$"
)


def cell_role(cell: TextCell) -> CellRole:
    if cell.is_footnote:
        return CellRole.FOOTNOTE
    text = cell.text
    if MARKER_RE.search(text) or CUSTOM_RE.match(text) or TYPED_MEMBER_RE.match(text):
        return CellRole.LABEL
    if _NUMBER_RANGE_RE.match(text):
        return CellRole.VALUE
    kind = parse_value(text).kind
    if kind in (
        ValueKind.NUMBER,
        ValueKind.PERCENT,
        ValueKind.DATE,
        ValueKind.BOOLEAN,
        ValueKind.NIL,
        ValueKind.DURATION,
    ):
        return CellRole.VALUE
    return CellRole.TEXT


def label_score(cell: TextCell) -> float:
    """Log-odds-like score that a free-text cell is a label rather than a text value."""
    text = cell.text
    score = 0.5
    if cell.bare:  # a bar alone then text: how long text values and text blocks are written
        score -= 3.0
    if len(cell.pieces) > 1:
        score -= 2.0
    n = len(text)
    if n > 250:
        score -= 4.0
    elif n > 120:
        score -= 1.0
    if text.endswith(":"):
        score += 2.5
    if text.endswith((",", ";")):
        score -= 2.0
    if FORM_TYPE_RE.match(text):
        score -= 4.0
    if re.match(r"^--\d\d-\d\d$", text) or re.match(r"^(?:FY|Q[1-4]|H[12]|M\d{1,2})$", text):
        score -= 4.0
    if _MONTH_YEAR_RE.match(text):
        score -= 4.0  # a month written as text: "Jan-2022", "Dec. 2028", "March 2031"
    if QNAME_RE.match(text):
        score -= 4.0  # an enumeration's value: "us-gaap:UsefulLifeShorterOfTermOfLeaseOrAssetUtilityMember"
    if re.match(r"^[A-Z0-9.&/-]{1,6}(?: [A-Z0-9.&/-]{1,6})?$", text):  # tickers, exchanges, state codes
        score -= 2.0
    elif (
        re.match(r"^[A-Za-z0-9]+$", text)
        and len(re.findall(r"[A-Z]", text)) >= 2
        and re.search(r"[a-z]", text)
    ):
        score -= 2.0  # one mixed-case token: "NYSEArca", "NasdaqGS"
    elif not re.search(r"[a-z]", text) and len(text.split()) <= 5 and re.search(r"[A-Z]", text):
        score -= 1.5  # short all-capitals text: codes and names ("EX-FILING FEES", "3M COMPANY")
    if text[:1].isdigit():
        score -= 1.5
    if text[:1].islower():
        score -= 1.0
    if re.search(r"\b(?:Inc|Corp|Corporation|LLC|Ltd|plc|N\.V|S\.A|L\.P|Co)\.?$", text):
        score -= 2.5
    if re.search(r"(?i)\b(?:accelerated filer|non-accelerated|smaller reporting)\b", text):
        score -= 3.0
    if re.search(r"(?i)^(?:no trading symbol|none|n/a|not applicable)$", text):
        score -= 3.0
    if UNIT_HINT_RE.search(text) or " | " in text:
        score += 2.0
    if len(text) <= 80 and reads_as_balance(text) and not text[:1].isdigit():
        score += 2.0  # "Balance at beginning of period": a roll forward's row, no text value
    return score


def member_parts(text: str) -> set[str]:
    """The members a member row names: "Customer Relationships | Minimum" -> both."""
    return {part.strip() for part in text.split(" | ")}


def is_member_text(text: str) -> bool:
    parts = [p.strip() for p in text.split(" | ")]
    if any(MEMBER_MARK_RE.search(p) for p in parts):
        return not _is_unit_hint(parts[-1]) or len(parts) > 2
    return bool(TYPED_MEMBER_RE.match(text) or SHORT_TYPED_RE.match(text))


def _is_unit_hint(part: str) -> bool:
    return bool(UNIT_TOKEN_RE.match(part)) and not MEMBER_MARK_RE.search(part)


def split_unit_hint(label: str, declared: frozenset[str] = frozenset()) -> str | None:
    """The unit a label announces: "(in shares)" -> "shares", "Strike price | $ / shares" -> "$ / shares".
    ``declared``: the unit lines of the column headers, which name the page's own units even
    where they read like member names ("Number of reportable segments | Segment")."""
    if " | " in label:
        last = label.rsplit(" | ", 1)[1].strip()
        if _is_unit_hint(last) or last in declared:
            return last
    m = UNIT_HINT_RE.search(label)
    if m:
        u = m.group("u").lower()
        return "shares" if u == "shares" else "per share"
    return None


def segment(
    cells: list[TextCell],
    n_columns: int,
    n_concept_blocks: int | None,
    old_style: bool,
    n_member_blocks: int = 0,
    known_members: int = 0,
) -> list[Segment]:
    """Split body cells into rows. Footnote cells are left out of every segment (attached later).

    ``n_member_blocks`` (new style) is the page's own count of members; ``known_members`` the
    members it shows outside body rows (title, columns). Member rows shown without "[Member]" are
    found from that count: such a row opens a group whose rows repeat labels seen above it.
    """
    idx = [i for i, c in enumerate(cells) if not cells[i].is_footnote]
    roles = [cell_role(cells[i]) for i in idx]
    texts = [cells[i].text for i in idx]
    fixed_member = [_member_candidate(cells, idx, texts, k, roles, old_style) for k in range(len(idx))]
    if old_style:
        # Before the count: where the blocks count members (2013-2014 pages), the first group's
        # member is one of them; and again after, for groups the count opened.
        _open_first_group(texts, roles, fixed_member)
    if n_member_blocks:
        _infer_unmarked_members(texts, roles, fixed_member, n_member_blocks - known_members)
    if old_style:
        _open_first_group(texts, roles, fixed_member)
    cap = max(n_columns, 1)
    shown_as_label = _shown_as_label(cells, idx, roles, fixed_member)
    unlabelled_costs = _unlabelled_row_costs(cells, idx, roles, cap)
    best = _dp(cells, idx, roles, fixed_member, cap, 0.0, shown_as_label, unlabelled_costs)
    if n_concept_blocks:
        target = n_concept_blocks
        free_text = {i for i, role in zip(idx, roles, strict=True) if role is CellRole.TEXT}
        best_gap = abs(_concept_rows(cells, best, free_text) - target)
        for bias in (0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.5, -2.5, 4.0, -4.0):
            if best_gap == 0:
                break
            cand = _dp(cells, idx, roles, fixed_member, cap, bias, shown_as_label, unlabelled_costs)
            gap = abs(_concept_rows(cells, cand, free_text) - target)
            if gap < best_gap:
                best, best_gap = cand, gap
    return best


def _infer_unmarked_members(
    texts: list[str], roles: list[CellRole], member: list[bool], n_members: int
) -> None:
    found = set().union(*(member_parts(texts[k]) for k, is_member in enumerate(member) if is_member))
    needed = n_members - len(found)
    if needed > 0:
        found, needed = _claim_candidates(texts, roles, member, found, needed)
    # (A count still unmet may be of two members labelled alike: a known member's label opening a
    # group after a value is a member row again.)
    _mark_known_members(texts, roles, member, found)


# A short name in capitals ("Equity Interest Sale", "Gizmo Labs Inc."): a member's, a company's.
_NAME_WORD = r"(?:[A-Z][\w&'.,-]*|of|and|the|for|in)"
_NAME_RE = re.compile(rf"^{_NAME_WORD}(?: {_NAME_WORD}){{0,5}}$")


def _claim_candidates(
    texts: list[str], roles: list[CellRole], member: list[bool], found: set[str], needed: int
) -> tuple[set[str], int]:
    """Mark the likeliest unmarked member rows until the count is met: the members known after,
    and how many the count still misses."""
    candidates: list[tuple[float, int]] = []
    opens_repeat: set[int] = set()  # rows whose next row repeats a label from above
    times = collections.Counter(texts)  # how often the page shows each text
    for k in range(len(texts) - 1):
        if member[k] or not _opens_without_value(k, roles) or _is_prose(texts[k]):
            continue
        if texts[k] in texts[:k]:
            continue  # a label seen before is a concept row repeating, not a new member
        nxt = texts[k + 1]
        if nxt in texts[:k]:
            score = 2.0 + (1.0 if roles[k + 1] is CellRole.LABEL or nxt.endswith(":") else 0.0)
            # A month is more often a value ("Expiration | March 2016"), but one that opens a
            # repeat of the rows above names a member ("March 2016" of a repurchase table).
            # A new text after values right above it is the member, this row its group's heading:
            # a member comes before the headings of its group, not after.
            opener = k - 1 if _new_after_values(k - 1, texts, times, roles, member) else k
            # A member opens a group or two; a text that comes back in every group is the groups'
            # heading ("Deferred" under "Federal", "State" and "Foreign", each member shown once).
            if times[texts[opener]] >= 3:
                score -= 1.5
            candidates.append((0.5 if _MONTH_YEAR_RE.match(texts[opener]) else score, opener))
            opens_repeat.add(k)
    # A member labelled like the concept it holds ("AMT Credit Refund Request" shown without a value,
    # then again with the member's values): a last resort, but it opens a later group all the same.
    same_named = {
        k
        for k in range(len(texts) - 1)
        if not member[k]
        and _opens_without_value(k, roles)
        and texts[k] in texts[:k]
        and texts[k + 1] == texts[k]
    }
    # The first group: its rows are not seen yet, but the row below it repeats below a later member.
    for k in range(len(texts) - 1):
        if k in opens_repeat or member[k] or not _opens_without_value(k, roles) or _is_prose(texts[k]):
            continue
        if texts[k] in texts[:k] or texts[k] in texts[k + 1 :] or _MONTH_YEAR_RE.match(texts[k]):
            continue  # members open one group each; a label that comes back is a heading
        nxt = texts[k + 1]
        later = [j for j in range(k + 2, len(texts)) if texts[j] == nxt]
        if any(member[j - 1] or j - 1 in opens_repeat or j - 1 in same_named for j in later):
            candidates.append((1.5, k))
    # A new text after a row's values, then headings, over a group that repeats rows shown above:
    # the member of the second group ("Treasury shares" over "Treasury shares, Number of shares",
    # then the "Acquisition of treasury shares" of the first group).
    for k in range(len(texts) - 1):
        if k in opens_repeat or not _new_after_values(k, texts, times, roles, member):
            continue
        end = next((j for j in range(k + 1, len(texts)) if member[j]), len(texts))
        above = {texts[j] for j in range(k) if roles[j] is not CellRole.VALUE}
        group = range(k + 1, end)
        repeats = {texts[j] for j in group if texts[j] in above and roles[j] is not CellRole.VALUE}
        if len(repeats) >= 2:
            candidates.append((1.0, k))
    candidates += [(0.5, k) for k in sorted(same_named)]
    # Last of all: a name in capitals right after a row's values, before a row of values ("80.00%",
    # "68.00%", "Equity Interest Sale", "Equity interests disposed off", "12.00%"): read as a text
    # value it would end a row of numbers, so where the count still needs a member it is one.
    # Likewise before a label that is no name and its text value ("Convertible Promissory Notes",
    # "..., Fair Value Assumptions, Method Used", "Black-Scholes model").
    for k in range(1, len(texts) - 2):
        if member[k] or roles[k] is not CellRole.TEXT or roles[k - 1] is not CellRole.VALUE:
            continue
        if roles[k + 1] is not CellRole.TEXT or roles[k + 2] is CellRole.FOOTNOTE:
            continue
        if roles[k + 2] is not CellRole.VALUE and _NAME_RE.match(texts[k + 1]):
            continue
        if _NAME_RE.match(texts[k]) and texts[k] not in texts[:k] + texts[k + 1 :]:
            candidates.append((0.25, k))
    candidates = _combinations_first(candidates, texts, found)
    candidates.sort(key=lambda x: (-x[0], x[1]))
    # The blocks count members, not rows: "Revenue | Customer B" names no new member once
    # "Revenue" and "Customer B" are known, and takes nothing from the count.
    known = set(found)
    for _, k in candidates:
        new = member_parts(texts[k]) - known
        if len(new) <= needed:
            member[k] = True
            known |= new
            needed -= len(new)
    return known, needed


def _new_after_values(
    k: int, texts: list[str], times: collections.Counter[str], roles: list[CellRole], member: list[bool]
) -> bool:
    """Is row ``k`` a text shown once (``times``: how often each text is shown), without values, right
    after a row's values?"""
    return (
        k >= 1
        and not member[k]
        and roles[k - 1] is CellRole.VALUE
        and _opens_without_value(k, roles)
        and not _is_prose(texts[k])
        and times[texts[k]] == 1
    )


def _mark_known_members(texts: list[str], roles: list[CellRole], member: list[bool], known: set[str]) -> None:
    """A row shown without values right after a value, and named by known members only ("Acme
    Corp.", "Term Loan | Acme Corp." beside "Term Loan | Acme Corp. | Maximum"), is a member row: it
    opens a group of the same members, not a heading. (After a label it would be that label's text
    value: a cover page's "Common stock".)"""
    for k in range(1, len(texts) - 1):
        if member[k] or roles[k - 1] is not CellRole.VALUE or not _opens_without_value(k, roles):
            continue
        if member_parts(texts[k]) <= known:
            member[k] = True


def _combinations_first(
    candidates: list[tuple[float, int]], texts: list[str], marked: set[str]
) -> list[tuple[float, int]]:
    """A text joining, with " | ", a member named by another row ("Customer Relationships |
    Minimum") is a member combination: it goes before lone texts, which may be text values."""
    out = []
    for score, k in candidates:
        own = member_parts(texts[k])
        others = marked.union(*(member_parts(texts[j]) for _, j in candidates if j != k))
        out.append((score + 2.0 if len(own) > 1 and own & others else score, k))
    return out


def _member_candidate(
    cells: list[TextCell], idx: list[int], texts: list[str], k: int, roles: list[CellRole], old_style: bool
) -> bool:
    cell = cells[idx[k]]
    text = cell.text
    if is_member_text(text):
        return True
    nxt = texts[k + 1] if k + 1 < len(texts) else ""
    # A row followed by "[Line Items]"/"[Table]" opens a member context ("UNITED STATES", "Common stock").
    follows_table = bool(re.search(r"\[(?:line items|table)\]$", nxt, re.IGNORECASE))
    if roles[k] is CellRole.VALUE:
        # The page repeats its "[Line Items]" heading only under a new member, whatever the
        # member's name looks like (a year "2021").
        return follows_table and nxt in texts[:k] and not MARKER_RE.search(text)
    if follows_table and not MARKER_RE.search(text):
        # Over the page's first "[Line Items]", a text right after a plain label may be that label's
        # value ("Fiscal year", "52 or 53-week fiscal year"): new-style pages count their members, and
        # the count decides.
        first = nxt not in texts[:k]
        after_label = k > 0 and roles[k - 1] is CellRole.TEXT and not is_member_text(texts[k - 1])
        return old_style or not (first and after_label)
    if old_style and _reopens_heading(texts, k, roles):
        return True
    # Old style writes member rows as a bare bar and the member path on the next line; text blocks
    # are written the same way, but follow their "[Text Block]" label and read as sentences.
    prev = texts[k - 1] if k else ""
    return bool(
        old_style
        and cell.bare
        and len(cell.pieces) == 1
        and roles[k] is CellRole.TEXT
        and k + 1 < len(idx)
        and not cells[idx[k + 1]].bare
        and not TEXT_BLOCK_LABEL_RE.search(prev)
        and not _reads_as_sentence(text)
    )


def _open_first_group(texts: list[str], roles: list[CellRole], member: list[bool]) -> None:
    """Old style: the page shows its row tree again under each member, from the top. A text shown
    once, without values, before the first member row, whose next row is the top of a tree that a
    later member row opens again, is the first group's member ("Revenue | Customer A" over
    "Concentration of Revenue", which comes back under "Revenue | Customer B")."""
    first = next((k for k, is_member in enumerate(member) if is_member), len(texts))
    if first == 0 or not _opens_without_value(0, roles) or texts.count(texts[0]) > 1:
        return
    member[0] = any(texts[j] == texts[1] and member[j - 1] for j in range(first + 1, len(texts)))


def _is_prose(text: str) -> bool:
    """A paragraph (a text block's content), too long for any member's name."""
    return len(text.split()) > 30


def _opens_without_value(k: int, roles: list[CellRole]) -> bool:
    """A free text whose next cell is no value: a row shown without values (heading or member)."""
    return roles[k] is CellRole.TEXT and k + 1 < len(roles) and roles[k + 1] is not CellRole.VALUE


def _reopens_heading(texts: list[str], k: int, roles: list[CellRole]) -> bool:
    """Old style: a new text right before a repeat of an earlier heading (a text shown without
    values) opens a member group: the page shows its row tree again under each member ("Factors,
    Pre-Medicare", then the heading the page opened with)."""
    if not _opens_without_value(k, roles) or texts[k] in texts[:k]:
        return False
    nxt = texts[k + 1]
    return any(
        texts[j] == nxt
        and roles[j] is not CellRole.VALUE
        and j + 1 < k
        and roles[j + 1] is not CellRole.VALUE
        for j in range(k)
    )


def reopens_headings(cells: list[TextCell]) -> bool:
    """Does an old-style body show member rows on a row's own line (not the old bare bar, whose
    members have no blocks) by repeating its row tree (``_reopens_heading``)?"""
    idx = [i for i, c in enumerate(cells) if not c.is_footnote]
    roles = [cell_role(cells[i]) for i in idx]
    texts = [cells[i].text for i in idx]
    return any(not cells[idx[k]].bare and _reopens_heading(texts, k, roles) for k in range(len(idx)))


def _reads_as_sentence(text: str) -> bool:
    """Prose, not a name: ends like a sentence or runs long (each member of a " | " path counted
    apart: "Quoted Prices in Active Markets ... (Level 1) | Money market mutual fund" names two)."""
    return any(p.endswith((".", ":")) or len(p.split()) > 15 for p in text.split(" | "))


def _concept_rows(cells: list[TextCell], segs: list[Segment], free_text: set[int]) -> int:
    """The distinct row elements of a segmentation (``free_text``: the cells read as free text)."""
    kinds: dict[str, set[str | None]] = {}
    for k, s in enumerate(segs):
        if not s.member_row:
            key = element_key(cells[s.label].text) if s.label is not None else f"\x00unlabelled {k}"
            kinds.setdefault(key, set()).add(
                shown_kind([cells[v].text for v in s.values], [v in free_text for v in s.values])
            )
    # A label showing rendered dates, percentages or amounts in one place and free text in another
    # is two elements.
    return len(kinds) + sum(1 for ks in kinds.values() if kinds_clash(ks))


# How the renderer writes a date element's value: "Dec. 31, 2019", "May 10, 2011".
_RENDERED_DATE_RE = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? \d{1,2}, \d{4}$")


# ... a percent element's ("7.00%", "0.375%") and a monetary one's ("$ 1,250", "(¥ 30)").
_RENDERED_PERCENT_RE = re.compile(r"^\(?-?\d{1,3}(?:,\d{3})*\.\d{2,}%\)?$")
_RENDERED_AMOUNT_RE = re.compile(r"^\(?-?(?:[$€£¥]|[A-Z]{2,3}\$?) ?\(?-?\d[\d,]*(?:\.\d+)?\)?$")


def shown_kind(values: list[str], free_text: list[bool]) -> str | None:
    """Dates, percentages or amounts where every value is written as the renderer writes such an
    element's, texts where every value is free text (``free_text``, as the value grammar read it:
    "Various", "January 2024 to November 2024"), else None. Such an element and a string element
    are two elements even under one label (``kinds_clash``); other kinds prove nothing (a string
    element of an old taxonomy shows "3 years" and "Term of the lease" alike)."""
    if not values:
        return None
    stripped = [v.strip() for v in values]
    for kind, rendered in (
        ("date", _RENDERED_DATE_RE),
        ("percent", _RENDERED_PERCENT_RE),
        ("amount", _RENDERED_AMOUNT_RE),
    ):
        if all(rendered.match(v) for v in stripped):
            return kind
    if all(free_text):
        return "text"
    return None


def kinds_clash(kinds: set[str | None]) -> bool:
    """Free text beside rendered dates, percentages or amounts: a string element and another."""
    return "text" in kinds and bool(kinds & {"date", "percent", "amount"})


# A period's edge: "beginning of the year", "end of fiscal quarter".
_PERIOD_EDGE = (
    rf"(?:the\s+)?(?:{BEGINNING}|end|ending|start)\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year|period|quarter)\b"
)
# The edge named after the period, after a comma or "at": "Balance, Period Start", "... at year-end".
_EDGE_AFTER = (
    r"(?:,\s*|\b(?:at|as of)\s+)(?:the\s+)?(?:fiscal\s+)?(?:period|year|quarter)[\s-](?:start|end)\b"
)
# What element_key strips from a balance's labels to give its edges one key.
_EDGE_RE = re.compile(
    rf"\b(?:(?:at|as of)\s+)?{_PERIOD_EDGE}|{_EDGE_AFTER}|\b(?:{BEGINNING}|ending|opening|closing)\b",
    re.IGNORECASE,
)


# A roll forward's opening or closing row, or a balance at a period's edge: an instant's value.
_BALANCE_EDGE_RE = re.compile(
    rf"\b(?:{BEGINNING}|ending|opening|closing)\s+balances?\b|\bbalance\b[^|]*?\b(?:{BEGINNING}|end|start)\s+of\b"
    rf"|\bbalance\b[^|]*?{_EDGE_AFTER}"
    rf"|(?:\b(?:at|as of)\s+|^){_PERIOD_EDGE}",
    re.IGNORECASE,
)


# Words of a movement over a period (a flow), as opposed to a balance at a date.
_FLOW_LABEL_RE = re.compile(
    r"\b(?:additions?|additional|increases?|decreases?|changes?|provisions?|expenses?|charges?|charged|charge-?offs?"
    r"|write-?offs?|written|recover(?:y|ies|ed)|payments?|paid|proceeds|received|issued|issuances?"
    r"|repurchased?|granted|exercised|forfeited|vested|acquired|acquisitions?|disposals?|amortization"
    r"|depreciation|impairments?|settlements?|transfers?|purchases?|recogni[sz]ed|incurred|during"
    r"|new|converted|delivered|deliver(?:y|ies)|redeemed|redemptions?|expired|cancell?ed|cancell?ations?"
    r"|net (?:income|loss|earnings)|(?<!well )(?<!adequately )capitali[sz]ed(?=\W*$)"
    # "Gain on remeasurement of ...", "Loss from sale of ...": a period's result.
    r"|^(?:net\s+)?(?:(?:un)?realized\s+)?(?:gains?|loss(?:es)?)(?:\s*\((?:gains?|loss(?:es)?)\))?\s+(?:on|from))\b",
    re.IGNORECASE,
)


# Nouns of balances (what a balance sheet holds at a date).
_STOCK_LABEL_RE = re.compile(
    r"\b(?:balances?|liabilit(?:y|ies)|assets?|allowances?|reserves?|obligations?|payables?|receivables?|debt"
    r"|borrowings?|equity|deficit|inventor(?:y|ies)|goodwill|outstanding|accrued|prepaid|deferred|carrying"
    r"|fair value|carry-?forwards?|carry-?overs?|cash equivalents|restricted cash)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def reads_as_flow(label: str) -> bool:
    """ "Amortization expense", "Proceeds from ...", "Write-offs": a movement over a period."""
    return _names_movement(label) and not reads_as_balance(label)


# "Share-based Payment Award" names the kind of arrangement; it pays nothing during the period.
# Names that hold a flow word but name no movement: "Share-based Payment Award" an arrangement,
# "Accrued expenses" and "Prepaid expenses" balances.
_PAYMENT_NAME_RE = re.compile(
    r"(?i)\b(?:share|stock|equity)[- ]based payments?\b|\b(?:accrued|prepaid) expenses\b"
)


def _names_movement(label: str) -> bool:
    return _FLOW_LABEL_RE.search(_PAYMENT_NAME_RE.sub(" ", label)) is not None


@functools.lru_cache(maxsize=65536)
def reads_as_stock(label: str) -> bool:
    """ "Contract liabilities", "Allowance for doubtful accounts": a balance at a date, by its words."""
    stock_words = _STOCK_LABEL_RE.search(label) is not None
    return reads_as_balance(label) or (stock_words and not _names_movement(label))


# A balance's date without "balance at ... <year>": "... at January 1", "at 31 December",
# "Balance - December 31, 2022"; and the abbreviated edges "Debt discount, beg." / ", end".
_EDGE_DAY_RE = re.compile(
    r"(?:\s+(?:at|as of|as at)\s+|(?<=balance)\s*[-–—,]\s*)"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?[,:]?$",
    re.IGNORECASE,
)
_EDGE_ABBR_RE = re.compile(r",?\s+(?:beg(?:inning)?|end(?:ing)?)\.?$", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def reads_as_balance(label: str) -> bool:
    """ "Beginning balance", "Balance, end of year", "Cash at end of period", "Balance on January 1,
    2023": a value at an instant."""
    edge = _BALANCE_EDGE_RE.search(label)
    if edge:
        # "Revenue recognized from balance ... at the beginning of the period" is a flow.
        return RECOGNIZED_FROM_RE.search(label[: edge.start()]) is None
    return any(r.search(label) for r in (LABEL_DATE_RE, _EDGE_DAY_RE, _EDGE_ABBR_RE))


@functools.lru_cache(maxsize=65536)
def element_key(label: str) -> str:
    """One key for the labels a page shows one element under: a roll forward's opening and closing
    rows ("Beginning balance at Dec. 31, 2022" / "Ending balance at Dec. 31, 2023", "At beginning
    of year" / "At end of year"), balances at dates ("Level 3 balance at Dec. 31, 2023" / "... at
    Mar. 31, 2024"), and a label with or without its unit hint ("Measurement input | Y")."""
    head, sep, last = label.rpartition(" | ")
    if sep and _is_unit_hint(last.strip()):
        label = head
    day = LABEL_DATE_RE.search(label) or _EDGE_DAY_RE.search(label)
    base = label[: day.start()] if day else label
    if _EDGE_RE.search(base) and not reads_as_flow(base):
        # (a movement that only names an edge is no balance: "Revenue recognized that was included in
        # the beginning balance")
        return "\x00balance " + norm(_DATED_TAIL_RE.sub("", _EDGE_RE.sub(" ", base).rstrip()))
    if _EDGE_ABBR_RE.search(base):
        # (the words that led to the edge go with it: "... at the beginning" and "... at end")
        return "\x00balance " + norm(_DATED_TAIL_RE.sub("", _EDGE_ABBR_RE.sub("", base)))
    if day:
        # (one key with the edges: "... at beginning of year" and "... as of March 31, 2024")
        return "\x00balance " + norm(_DATED_TAIL_RE.sub("", base))
    return label


_DATED_TAIL_RE = re.compile(r"[\s,:-]*(?:\b(?:at|as of|as at|on)(?:\s+the)?\s*)?$", re.IGNORECASE)
QNAME_RE = re.compile(r"^[a-z][\w-]*:[A-Z]\w+(?:\s+[a-z][\w-]*:[A-Z]\w+)*$")
_MONTH_YEAR_RE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[-/ ]'?(?:\d{2}|\d{4})$",
    re.IGNORECASE,
)
EMPTY_ROW_COST = 1.0  # a row shown without values is allowed, but a value row is the common case
MIXED_ROW_COST = 1.5  # a row's values are text or numbers; both side by side is rare
LABEL_ELSEWHERE_GAIN = 1.5  # a text shown as a label before a number elsewhere on the page
SKIPPED_CELL_COST = 2.0  # an empty cell left out of every row: only where no row can take it
# A row whose label cell was empty (the text drops empty cells): only where a row shows more values
# than the page has columns, and then cheaper than reading a number as a label.
UNLABELLED_ROW_COST = 5.0
# Totals carry the currency sign that the rows above them show only once per column: a sign after
# unsigned values is where an unlabelled total more likely begins.
SIGNED_TOTAL_GAIN = 0.5
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def _shown_as_label(
    cells: list[TextCell], idx: list[int], roles: list[CellRole], member: list[bool]
) -> set[str]:
    """Free texts that somewhere on the page can only be labels: right before a number, date or
    duration, or where no row is open to take a value (the body's first cell, the cell after a
    member row or a heading marker). Most likely labels wherever they repeat (one label under every
    member group)."""
    out: set[str] = set()
    for k in range(len(idx)):
        if roles[k] is not CellRole.TEXT:
            continue
        before_value = k + 1 < len(idx) and roles[k + 1] is CellRole.VALUE
        no_open_row = k == 0 or member[k - 1] or _is_heading_marker(cells[idx[k - 1]].text)
        if before_value or no_open_row:
            out.add(cells[idx[k]].text)
    return out


def _dp(
    cells: list[TextCell],
    idx: list[int],
    roles: list[CellRole],
    member: list[bool],
    cap: int,
    bias: float,
    shown_as_label: set[str],
    unlabelled_costs: dict[int, float],
) -> list[Segment]:
    """Best segmentation by dynamic programming over the cells.

    State of cell k: 0 = a label opening a row that may take values, 1..cap = the c-th value of the
    current row, cap+1 = a label that takes no values (heading or member row). ``unlabelled_costs``:
    the cells that may open a row without a label (state 1 from any state), at that cost.
    """
    n = len(idx)
    if n == 0:
        return []
    neg = float("-inf")
    closed = cap + 1
    score = [[neg] * (cap + 2) for _ in range(n)]
    back = [[-1] * (cap + 2) for _ in range(n)]
    skipped = [[False] * (cap + 2) for _ in range(n)]
    unlabelled = [False] * n  # state 1 of cell k opens a row without a label
    for k in range(n):
        cell = cells[idx[k]]
        g_label, g_value = _gains(roles[k], cell, bias)
        if roles[k] is CellRole.TEXT and cell.text in shown_as_label:
            g_label, g_value = g_label + LABEL_ELSEWHERE_GAIN, g_value - LABEL_ELSEWHERE_GAIN
        if member[k]:
            g_label, g_value = 0.0, float("-inf")
        empty = not cell.pieces
        if empty:
            # A lone bar: a value whose text the page lost (fee exhibits' "Offering Note"), or, where
            # its row is full, a remnant such as an old-style footnote row's bar. Never a label.
            g_label, g_value = neg, 0.0
        forced_closed = member[k] or (roles[k] is CellRole.LABEL and _is_heading_marker(cell.text))
        if k == 0:
            best_prev, arg = 0.0, -1
        else:
            best_prev, arg = max(
                (v - (EMPTY_ROW_COST if s == 0 else 0.0), s) for s, v in enumerate(score[k - 1])
            )
        target = closed if forced_closed else 0
        if g_label > neg:
            score[k][target] = best_prev + g_label
            back[k][target] = arg
        if k and g_value > neg:
            # Free text next to a number in one row: a label read as a text value, most likely.
            mixed = {roles[k], roles[k - 1]} == {CellRole.TEXT, CellRole.VALUE}
            for c in range(1, cap + 1):
                p = score[k - 1][c - 1]
                if p > neg:
                    score[k][c] = p + g_value - (MIXED_ROW_COST if mixed and c > 1 else 0.0)
                    back[k][c] = c - 1
            if k in unlabelled_costs:
                opened = best_prev - unlabelled_costs[k] + g_value
                if opened > score[k][1]:
                    score[k][1], back[k][1], unlabelled[k] = opened, arg, True
        if empty and k:
            for state in range(cap + 2):
                stay = score[k - 1][state] - SKIPPED_CELL_COST
                if stay > score[k][state]:
                    score[k][state], back[k][state], skipped[k][state] = stay, state, True
                    unlabelled[k] = unlabelled[k] and state != 1
    last = max(range(cap + 2), key=lambda s: score[n - 1][s] - (EMPTY_ROW_COST if s == 0 else 0.0))
    states = [0] * n
    for k in range(n - 1, -1, -1):
        states[k] = last
        last = back[k][last]
    segs: list[Segment] = []
    for k in range(n):
        st = states[k]
        if skipped[k][st]:
            continue
        if st in (0, closed):
            segs.append(Segment(label=idx[k], member_row=member[k], heading=st == closed and not member[k]))
        elif st == 1 and unlabelled[k]:
            segs.append(Segment(label=None, values=[idx[k]]))
        else:
            segs[-1].values.append(idx[k])
    return segs


def _unlabelled_row_costs(
    cells: list[TextCell], idx: list[int], roles: list[CellRole], cap: int
) -> dict[int, float]:
    """The cells that may open a row without a label, with what that costs: those inside a run of
    amounts longer than a row can hold (a date or a word in the run is more likely a label the run
    needs); less where the cell shows a currency sign the value before it does not ("27,873",
    "$ 319,671")."""
    out: dict[int, float] = {}
    k = 0
    while k < len(idx):
        end = k
        while end < len(idx) and roles[end] is CellRole.VALUE:
            end += 1
        values = [parse_value(cells[idx[j]].text) for j in range(k, end)]
        if end - k > cap and {v.kind for v in values} <= {ValueKind.NUMBER, ValueKind.PERCENT}:
            for j in range(1, end - k):
                signed = values[j].currency_symbol is not None and values[j - 1].currency_symbol is None
                out[k + j] = UNLABELLED_ROW_COST - (SIGNED_TOTAL_GAIN if signed else 0.0)
        k = end + 1
    return out


def _is_heading_marker(text: str) -> bool:
    m = MARKER_RE.search(text)
    return m is not None and m.group("m").lower() in (
        "abstract",
        "line items",
        "table",
        "roll forward",
        "axis",
    )


def _gains(role: CellRole, cell: TextCell, bias: float) -> tuple[float, float]:
    """(gain as a label, gain as a value) of one cell."""
    if role is CellRole.LABEL:
        return 0.0, float("-inf")
    if role is CellRole.VALUE:
        # Numbers are values, but year labels ("2025" in a maturity schedule) do occur.
        return (-1.0 if YEAR_RE.match(cell.text) else -6.0), 0.0
    s = label_score(cell) + bias
    return s / 2, -s / 2
