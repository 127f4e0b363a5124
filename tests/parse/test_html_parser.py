"""The HTML R page parser against the ground truth of 27 real pages, and the FilingSummary parser.

The HTML is the lossless source, so the bar is exact: every truth cell at its row and column with
its text, every row's label, kind and element, every column's header lines, group, period and
footnotes, every definition block with its element, text and types, attached to exactly the rows
(and members) whose links open it, and the footnote texts.

Truth member rows carry ``"element": "Axis=Member"`` (``srt_ProductOrServiceAxis=us-gaap_ProductMember``,
typed: ``ffd_OfferingAxis=1``). A member row is no concept, so the parser leaves ``Row.element``
None and puts the pair on the row's first member: ``Member.axis`` (``srt:ProductOrServiceAxis``)
and ``Member.name`` (``us-gaap:ProductMember``) or, typed, ``Member.typed_value`` (``1``). The
member's pop-up block has ``element`` ``srt:ProductOrServiceAxis=us-gaap:ProductMember`` and
``member`` = the member's label.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA
from tests.support.truth import load_truth, score_page
from warehouse.parse.errors import ParseError
from warehouse.parse.html import (
    looks_like_filing_summary,
    looks_like_rpage_html,
    parse_filing_summary,
    parse_html_page,
)
from warehouse.parse.model import BlockKind, Page, PeriodType, ReportKind, Row, RowKind, SourceFormat
from warehouse.parse.text.header import GROUP_RE, group_period
from warehouse.parse.text.page import parse_text_page
from warehouse.parse.values import ValueKind, parse_date

HTML = DATA / "html"
TRUTH = DATA / "rpages" / "truth"
SUMMARIES = DATA / "filingsummary"
PAGES = sorted(HTML.glob("*.htm"))
_TYPED_TITLE_MEMBER_RE = re.compile(r"^[A-Z][\w ]*: \S+$")
_BLOCK_KINDS = {
    "definition": BlockKind.DEFINITION,
    "references": BlockKind.NO_DEFINITION,
    "details": BlockKind.DETAILS,
}


def _qname(raw: str) -> str:
    head, _, tail = raw.partition("_")
    return f"{head}:{tail}"


def _ref(raw: str) -> str:
    axis, sep, member = raw.partition("=")
    if not sep:
        return _qname(raw)
    return f"{_qname(axis)}={_qname(member) if '_' in member else member}"


@dataclass
class Tally:
    """Right / total per aspect; ``problems`` says what differs."""

    counts: dict[str, list[int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def check(self, aspect: str, ok: bool, what: str) -> None:
        right, total = self.counts.setdefault(aspect, [0, 0])
        self.counts[aspect] = [right + ok, total + 1]
        if not ok:
            self.problems.append(what)

    @property
    def perfect(self) -> bool:
        return all(r == t for r, t in self.counts.values())

    def summary(self) -> str:
        return "; ".join(f"{a} {100.0 * r / t:.1f}% ({r}/{t})" for a, (r, t) in self.counts.items() if t)


def _page(path: Path) -> Page:
    return parse_html_page(path.read_text(encoding="utf-8"))


def _score(page: Page, truth: dict[str, Any], tally: Tally) -> None:
    name = truth["name"]
    _score_title(page, truth, tally, name)
    _score_columns(page, truth, tally, name)
    _score_rows(page, truth, tally, name)
    _score_definitions(page, truth, tally, name)
    want = {f["marker"]: f["text"] for f in truth["footnotes"]}
    tally.check("footnote texts", page.footnote_texts == want, f"{name}: footnotes {page.footnote_texts}")


def _score_title(page: Page, truth: dict[str, Any], tally: Tally, name: str) -> None:
    scale = {unit: s["multiplier"] for unit, s in (truth["scale"] or {}).items()}
    units: str | None = truth["title_units"]
    members: tuple[str, ...] = ()
    if units and _TYPED_TITLE_MEMBER_RE.match(units):
        # The truth calls whatever follows the title's last " - " units; "Offering: 1" is the
        # page's typed member (Offering axis = 1), which the parser reports as a title member.
        units, members = None, (truth["title_units"],)
    got = (page.title, page.report_name, page.title_units, page.scale_line, page.scale)
    want = (truth["title"], truth["title_base"], units, truth["unit_line"], scale)
    got_members = tuple(m.label for m in page.title_members)
    tally.check("title members", got_members == members, f"{name}: title members {got_members}")
    tally.check("titles", got == want, f"{name}: title {got} != {want}")
    tally.check("format", page.format is SourceFormat.RPAGE_HTML, f"{name}: format {page.format}")


def _score_columns(page: Page, truth: dict[str, Any], tally: Tally, name: str) -> None:
    tally.check("column count", len(page.columns) == len(truth["columns"]), f"{name}: columns")
    for tc, col in zip(truth["columns"], page.columns, strict=False):
        lines = tc["header_lines"]
        group = lines[0] if GROUP_RE.match(lines[0]) else None
        day = parse_date(lines[1] if group else lines[0])
        assert day is not None
        period = group_period(group, day) if group else None
        ok = (
            col.header_lines == lines
            and col.group == group
            and col.period is not None
            and col.period.end == day
            and col.period.type is (PeriodType.DURATION if group else PeriodType.INSTANT)
            and (period is None or col.period == period)
            and list(col.footnotes) == tc["header_footnotes"]
            and col.certain
        )
        tally.check("columns", ok, f"{name}: column {tc['index']} {col} != {tc}")


def _score_rows(page: Page, truth: dict[str, Any], tally: Tally, name: str) -> None:
    tally.check("row count", len(page.rows) == len(truth["rows"]), f"{name}: {len(page.rows)} rows")
    context: tuple[str, ...] = ()
    for trow, row in zip(truth["rows"], page.rows, strict=False):
        where = f"{name}: row {trow['index']} {trow['label'][:40]!r}"
        tally.check(
            "row labels", row.label == trow["label"] and row.index == trow["index"], f"{where}: label"
        )
        tally.check("row kinds", row.kind.value == trow["kind"], f"{where}: kind {row.kind.value}")
        tally.check(
            "label footnotes", list(row.footnotes) == trow["label_footnotes"], f"{where}: {row.footnotes}"
        )
        if trow["kind"] == "member":
            context = tuple(trow["member_labels"])
            _score_member_row(row, trow, tally, where)
        else:
            want = _qname(trow["element"]) if trow["element"] else None
            tally.check("row elements", row.element == want, f"{where}: element {row.element} != {want}")
        shown = tuple(m.label for m in row.members)
        tally.check("member context", shown == context, f"{where}: members {shown} != {context}")
        _score_cells(row, trow, tally, where)


def _score_member_row(row: Row, trow: dict[str, Any], tally: Tally, where: str) -> None:
    first = row.members[0] if row.members else None
    axis, member = trow["axis"], trow["member"]
    ok = (
        row.element is None
        and first is not None
        and first.axis == _qname(axis)
        and (first.name == _qname(member) if "_" in member else first.typed_value == member)
    )
    tally.check("member names", ok, f"{where}: member {first} != {axis}={member}")


def _score_cells(row: Row, trow: dict[str, Any], tally: Tally, where: str) -> None:
    mine = {c.column: c for c in row.cells}
    for tc in trow["cells"]:
        got = mine.get(tc["column"])
        ok = got is not None and got.raw == tc["text"] and got.certain and got.rule == "html"
        tally.check(
            "cells",
            ok,
            f"{where} col {tc['column']}: {tc['text'][:40]!r} got {got.raw[:40] if got else None!r}",
        )
        if got is not None:
            want = tc.get("footnotes", [])
            tally.check(
                "cell footnotes", list(got.footnotes) == want, f"{where}: cell footnotes {got.footnotes}"
            )
    extra = set(mine) - {tc["column"] for tc in trow["cells"]}
    tally.check("no extra cells", not extra, f"{where}: cells not in the truth at {sorted(extra)}")


def _score_definitions(page: Page, truth: dict[str, Any], tally: Tally, name: str) -> None:
    tdefs = truth["definitions"]
    tally.check("block count", len(page.definitions) == len(tdefs), f"{name}: {len(page.definitions)} blocks")
    for td, block in zip(tdefs, page.definitions, strict=False):
        # The truth keeps no reference text for blocks without documentation ("references");
        # test_blocks_read_like_the_text_parser checks those against the text rendering.
        refs = td["references"].split("\n")[0] if td["references"] else None
        det = block.details
        ok = (
            block.element == _ref(td["element"])
            and block.kind is _BLOCK_KINDS[td["block"]]
            and block.definition == (td["definition"] or None)
            and (block.references == refs or td["block"] == "references")
            and det.get("Name") == td["name"]
            and det.get("Data Type") == td["data_type"]
            and det.get("Balance Type") == (td["balance"] or None)
            and det.get("Period Type") == (td["period_type"] or None)
        )
        tally.check("blocks", ok, f"{name}: block {block.index} {block.element} != {td['element']}")
    by_element = {b.element: b for b in page.definitions}
    for trow, row in zip(truth["rows"], page.rows, strict=False):
        if not trow["element"]:
            continue
        where = f"{name}: row {trow['index']} {trow['label'][:40]!r}"
        if trow["kind"] == "member":
            mblock = by_element.get(_ref(trow["element"]))
            ok = (
                mblock is not None
                and mblock.member == row.members[0].label
                and mblock.match_rule == "element"
            )
            tally.check("member blocks", ok, f"{where}: member block {mblock}")
            continue
        got = page.definitions[row.definition] if row.definition is not None else None
        ok = (
            got is not None
            and got.element == _qname(trow["element"])
            and row.index in got.rows
            and got.match_rule == "element"
        )
        tally.check("definitions attached", ok, f"{where}: block {got.element if got else None}")
    attached = sorted(i for b in page.definitions for i in b.rows)
    want = sorted(r["index"] for r in truth["rows"] if r["kind"] != "member" and r["element"])
    tally.check("no extra attachments", attached == want, f"{name}: rows attached {attached} != {want}")


def test_truth_corpus_exact() -> None:
    """Every aspect of all 27 pages equals the truth read from the same HTML."""
    total = Tally()
    for path in PAGES:
        _score(_page(path), load_truth(TRUTH / f"{path.stem}.json"), total)
    print(f"\nhtml truth corpus ({len(PAGES)} pages): {total.summary()}")
    assert len(PAGES) == 27
    assert total.counts["cells"][1] == 838 and total.counts["row labels"][1] == 589
    assert total.perfect, "\n".join(total.problems[:40])


def test_shared_text_parser_scorer_agrees() -> None:
    """The text parser's scorer (tests/support/truth.py) sees a perfect page too."""
    for path in PAGES:
        s = score_page(_page(path), load_truth(TRUTH / f"{path.stem}.json"), path.stem)
        assert s.cells_found == s.cells_truth and s.certain == s.certain_right == s.cells_truth
        assert s.rows_same == s.rows_truth and s.defs_right == s.defs_truth, s.problems[:5]


def test_blocks_read_like_the_text_parser() -> None:
    """Kind, definition text and first reference line equal the text parser's, block by block."""
    for path in PAGES:
        html_blocks = _page(path).definitions
        text_blocks = parse_text_page((DATA / "rpages" / "text" / f"{path.stem}.txt").read_text()).definitions
        assert [(b.kind, b.definition, b.references) for b in html_blocks] == [
            (b.kind, b.definition, b.references) for b in text_blocks
        ], path.stem


def test_gap_cells_keep_their_columns() -> None:
    """ADI: rows filled only in the 12-month columns; the text parser had to infer these."""
    page = _page(HTML / "adi-10k-2019-R2.htm")
    net = next(r for r in page.rows if r.label == "Net income")
    assert [(c.raw, c.column, c.certain, c.rule) for c in net.cells][-3:] == [
        ("$ 1,363,011", 8, True, "html"),
        ("$ 1,506,980", 9, True, "html"),
        ("$ 805,379", 10, True, "html"),
    ]
    eps = next(r for r in page.rows if r.label.startswith("Basic earnings per common share"))
    assert [c.column for c in eps.cells][-3:] == [8, 9, 10]
    q4 = page.columns[4]
    assert (q4.group, q4.period, q4.footnotes) == (
        "3 Months Ended",
        group_period("3 Months Ended", dt.date(2018, 11, 3)),
        ("[1]",),
    )
    special = next(r for r in page.rows if r.label == "Special charges")
    assert special.cells[0].footnotes == ("[3]",) and special.cells[8].footnotes == ()
    assert page.footnote_texts["[3]"].startswith("Represents charges recorded")


def test_values_are_parsed() -> None:
    page = _page(HTML / "aapl-10k-2024-R4.htm")
    fx = next(r for r in page.rows if r.label.startswith("Change in foreign currency"))
    assert [(c.value.kind, c.value.number) for c in fx.cells] == [
        (ValueKind.NUMBER, Decimal("395")),
        (ValueKind.NUMBER, Decimal("-765")),
        (ValueKind.NUMBER, Decimal("-1511")),
    ]
    assert page.scale == {"$": 1_000_000} and page.kind is ReportKind.STATEMENT


def test_secondary_members_named_from_block_order() -> None:
    """3M's cover: a row links only its first member; the exchange is named by the block order."""
    page = _page(HTML / "edgar-0000066740-24-000023_R1.htm")
    rows = [r for r in page.rows if r.kind is RowKind.MEMBER]
    stock, exchange = rows[1].members
    assert (stock.axis, stock.name) == ("us-gaap:StatementClassOfStockAxis", "us-gaap:CommonStockMember")
    assert (exchange.label, exchange.axis, exchange.name) == (
        "Chicago Stock Exchange, Inc.",
        "dei:EntityListingsExchangeAxis",
        "exch:XCHI",
    )
    xchi = next(b for b in page.definitions if b.element == "dei:EntityListingsExchangeAxis=exch:XCHI")
    assert (xchi.member, xchi.match_rule) == ("Chicago Stock Exchange, Inc.", "member_order")
    title = next(r for r in page.rows if r.label == "Title of 12(b) Security" and r.index > rows[1].index)
    assert [m.name for m in title.members] == ["us-gaap:CommonStockMember", "exch:XCHI"]
    assert not [b for b in page.definitions if b.match_rule is None] and not page.notes


def test_typed_members_and_title_member() -> None:
    offerings = _page(HTML / "edgar-0001104659-25-064107_R2.htm")
    first = offerings.rows[0].members[0]
    assert (first.label, first.axis, first.name, first.typed_value) == (
        "Offering: 1",
        "ffd:OfferingAxis",
        None,
        "1",
    )
    one = _page(HTML / "edgar-0001193125-25-338333_R2.htm")
    (member,) = one.title_members
    assert (member.axis, member.typed_value) == ("ffd:OfferingAxis", "1")
    block = next(b for b in one.definitions if b.kind is BlockKind.DETAILS)
    assert (block.member, block.match_rule) == ("Offering: 1", "member_order")
    assert one.columns[0].unit_hint == "USD ($) shares"


def test_text_block_keeps_its_whole_text() -> None:
    page = _page(HTML / "msft-10k-2024-R17.htm")
    block = page.rows[1]
    assert (
        block.kind is RowKind.TEXT_BLOCK
        and block.element == "us-gaap:PropertyPlantAndEquipmentDisclosureTextBlock"
    )
    (cell,) = block.cells
    assert cell.value.kind is ValueKind.TEXT and cell.raw.endswith("primarily related to datacenters.")
    assert "Total, net $ 135,591 $ 95,641" in cell.raw


def test_label_footnotes_beside_the_label() -> None:
    page = _page(HTML / "adsk-10k-2019-R2.htm")
    revenue = page.rows[35]
    assert (revenue.label, revenue.footnotes) == ("Net revenue", ("[1]",))
    assert [c.column for c in revenue.cells] == [0, 1, 2]
    assert page.footnote_texts["[1]"] == 'Previously labeled as "License and other" in prior periods.'


def test_bytes_and_resolve() -> None:
    """Bytes are read as UTF-8; every page resolves (the load stage's contract) without error."""
    from warehouse.resolve.model import FilingRec
    from warehouse.resolve.page import resolve_page

    for path in PAGES:
        page = parse_html_page(path.read_bytes())
        rep = resolve_page(page, FilingRec(key=f"page:{path.name}", kind="page"))
        assert len(rep.facts) == sum(1 for r in page.rows for c in r.cells if c.raw)


def test_refused_input() -> None:
    text = (HTML / "aapl-10k-2024-R4.htm").read_text()
    with pytest.raises(ParseError, match="truncated"):
        parse_html_page(text[: len(text) // 2])
    with pytest.raises(ParseError, match="no report table"):
        parse_html_page("<html><body><table><tr><td>1</td></tr></table></body></html>")
    with pytest.raises(ParseError, match="not UTF-8"):
        parse_html_page("<html><body>\xe9</body></html>".encode("latin-1"))


def test_rpage_detection() -> None:
    for path in PAGES:
        assert looks_like_rpage_html(path.read_text())
    assert not looks_like_rpage_html(
        "<html><body><table class='data'><tr><td>1</td></tr></table></body></html>"
    )
    assert not looks_like_rpage_html((DATA / "rpages" / "text" / "aapl-10k-2024-R4.txt").read_text())
    assert not looks_like_rpage_html((SUMMARIES / "filing_summary_10k.xml").read_text())
    assert not looks_like_filing_summary((HTML / "aapl-10k-2024-R4.htm").read_text())


# --- FilingSummary.xml --------------------------------------------------------------------------


def test_filing_summary_10k() -> None:
    summary = parse_filing_summary((SUMMARIES / "filing_summary_10k.xml").read_bytes())
    assert summary.version == "3.24.3" and summary.report_format == "html"
    assert [(r.position, r.file_name, r.menu_category) for r in summary.pages] == [
        (1, "R1.htm", "Cover"),
        (2, "R2.htm", "Statements"),
        (3, "R3.htm", "Statements"),
        (4, "R4.htm", "Notes"),
        (5, "R5.htm", "Details"),
    ]
    assert len(summary.reports) == 6 and summary.reports[-1].report_type == "Book"
    bs = summary.report_for("some/dir/r2.HTM")
    assert bs is not None and bs.short_name == "CONSOLIDATED BALANCE SHEETS"
    assert (bs.sort_code, bs.definition_type) == ("0000002", "Statement")
    assert bs.role == "http://example.com/role/ConsolidatedBalanceSheets"
    assert bs.instance == "exmp-20241231.htm" and bs.is_default is False
    details = summary.report_for("R5.htm")
    assert details is not None and details.parent_role == "http://example.com/role/IncomeTaxes"
    assert summary.instance is not None and summary.instance.name == "exmp-20241231.htm"
    assert summary.document_type == "10-K" and summary.entity_prefix == "exmp"
    assert summary.period_end_from_name == dt.date(2024, 12, 31)
    assert dict(summary.counts)["ContextCount"] == 45 and dict(summary.flags)["HasCalculationLinkbase"]
    assert [(t.uri, t.items) for t in summary.base_taxonomies] == [
        ("http://fasb.org/us-gaap/2024", 310),
        ("http://xbrl.sec.gov/dei/2024", 28),
    ]
    assert summary.supplemental_files == ("exmp-20241231_g1.jpg",)
    assert looks_like_filing_summary((SUMMARIES / "filing_summary_10k.xml").read_text())


def test_filing_summary_old_renderer() -> None:
    """2010-era: no instance attribute, R pages as XmlFileName, logs, an .xml instance."""
    summary = parse_filing_summary((SUMMARIES / "filing_summary_2010_xml_reports.xml").read_text())
    assert summary.version == "2.3.0.11" and summary.report_format == "Xml"
    assert [r.file_name for r in summary.pages] == ["R1.xml", "R2.xml", "R3.xml"]
    assert all(r.instance is None for r in summary.reports)
    assert summary.instance is not None and summary.instance.name == "oldco-20100331.xml"
    assert summary.document_type is None and summary.period_end_from_name == dt.date(2010, 3, 31)
    assert [(log.type, log.text[:20]) for log in summary.logs] == [("Warning", "Element dei_Document")]
    assert looks_like_filing_summary((SUMMARIES / "filing_summary_2010_xml_reports.xml").read_text())


def test_filing_summary_refused(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="root element is <xbrl>"):
        parse_filing_summary(b"<?xml version='1.0'?><xbrl/>")
    with pytest.raises(ParseError, match="cannot be read"):
        parse_filing_summary(b"<FilingSummary><MyReports>")
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT")
    xxe = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "{secret.as_uri()}">]>'
    xxe += "<FilingSummary><Version>&e;</Version></FilingSummary>"
    assert "SECRET" not in str(parse_filing_summary(xxe.encode()).version)  # entities are never read
    assert not looks_like_filing_summary("<?xml version='1.0'?><xbrl/>")
    assert looks_like_filing_summary("\ufeff<?xml version='1.0'?>\n<!-- x -->\n<FilingSummary>")


# --- layouts the 27 pages do not show (hand-written in the renderer's markup) --------------------


def _html(head: str, body: str, popups: str = "", tbody: bool = False) -> str:
    rows = head + body
    if tbody:
        rows = f"<tbody>{rows}</tbody>"
    return (
        '<html><head><title></title></head><body><span style="display: none;">v3.24.3</span>'
        f'<table class="report" border="0" cellspacing="2">{rows}</table>'
        f'<div style="display: none;">{popups}</div></body></html>'
    )


def _row(element: str, label: str, *cells: str, cls: str = "ro") -> str:
    link = f'<a class="a" onclick="Show.showAR( this, \'defref_{element}\', window );">{label}</a>'
    return f'<tr class="{cls}"><td class="pl">{link}</td>{"".join(cells)}</tr>'


def _popup(name: str, definition: str, data_type: str = "xbrli:monetaryItemType") -> str:
    prefix = name.split("_")[0] + "_"
    return (
        f'<table class="authRefData" id="defref_{name}"><tr><td class="hide"><a>X</a></td></tr>'
        f'<tr><td><div class="body"><a onclick="Show.toggleNext( this );">- Definition</a>'
        f"<div><p>{definition}</p></div>"
        f'<a onclick="Show.toggleNext( this );">+ References</a><div><p>No definition available.</p></div>'
        f'<a onclick="Show.toggleNext( this );">+ Details</a><div><table>'
        f"<tr><td><strong> Name:</strong></td><td>{name}</td></tr>"
        f"<tr><td><strong> Namespace Prefix:</strong></td><td>{prefix}</td></tr>"
        f"<tr><td><strong> Data Type:</strong></td><td>{data_type}</td></tr>"
        f"<tr><td><strong> Balance Type:</strong></td><td>debit</td></tr>"
        f"<tr><td><strong> Period Type:</strong></td><td>instant</td></tr>"
        f"</table></div></div></td></tr></table>"
    )


def test_groups_over_some_columns_and_instants() -> None:
    """A group spans two duration columns; instants sit under an empty group cell or span both rows."""
    head = (
        '<tr><th class="tl" colspan="1" rowspan="2"><div><strong>Details - USD ($)<br> $ in Millions'
        '</strong></div></th><th class="th" colspan="2">6 Months Ended</th><th class="th"></th>'
        '<th class="th" rowspan="2"><div>Dec. 31, 2023</div></th></tr>'
        '<tr><th class="th"><div>Jun. 30, 2024</div></th><th class="th"><div>Jun. 30, 2023</div></th>'
        '<th class="th"><div>Jun. 30, 2024</div></th></tr>'
    )
    cell = '<td class="nump">{}<span></span></td>'
    body = _row(
        "us-gaap_Cash", "Cash", cell.format(""), cell.format(""), cell.format("$ 5"), cell.format("$ 4")
    )
    body += _row(
        "us-gaap_Revenues",
        "Revenue",
        cell.format("$ 10"),
        cell.format("$ 9"),
        cell.format(""),
        cell.format(""),
    )
    popups = _popup("us-gaap_Cash", "Cash.") + _popup("us-gaap_Revenues", "Revenue.")
    for tbody in (False, True):
        page = parse_html_page(_html(head, body, popups, tbody=tbody))
        assert [(c.group, c.period.type if c.period else None) for c in page.columns] == [
            ("6 Months Ended", PeriodType.DURATION),
            ("6 Months Ended", PeriodType.DURATION),
            (None, PeriodType.INSTANT),
            (None, PeriodType.INSTANT),
        ]
        assert page.columns[0].period == group_period("6 Months Ended", dt.date(2024, 6, 30))
        assert page.columns[3].header_lines == ["Dec. 31, 2023"]
        cash, revenue = page.rows
        assert [(c.raw, c.column) for c in cash.cells] == [("$ 5", 2), ("$ 4", 3)]
        assert [(c.raw, c.column) for c in revenue.cells] == [("$ 10", 0), ("$ 9", 1)]
        assert page.definitions[cash.definition or 0].element == "us-gaap:Cash" and not page.notes


def test_member_columns_inline_marks_and_old_title() -> None:
    head = (
        '<tr><th class="tl" colspan="1" rowspan="1"><div><strong>Statement of Equity (USD $)<br>'
        "In Thousands, unless otherwise specified</strong></div></th>"
        '<th class="th"><div>Total</div></th><th class="th"><div>Common Stock [Member]</div></th></tr>'
    )
    cell = '<td class="nump">{}<span></span></td>'
    body = _row(
        "us-gaap_StockholdersEquity", "Balance at Dec. 31, 2022", cell.format("$ 7"), cell.format("$ 2")
    )
    body += _row(
        "us-gaap_NetIncomeLoss",
        "Net income",
        '<td class="nump">$ 3<sup>[1]</sup><span></span></td>',
        '<td class="nump">$ 1 <a href="#fn2">[2]</a><span></span></td>',
    )
    body += _row(
        "us-gaap_StockholdersEquity", "Balance at Dec. 31, 2023", cell.format("$ 10"), cell.format("$ 2")
    )
    popups = _popup("us-gaap_StockholdersEquity", "Equity.") + _popup("us-gaap_NetIncomeLoss", "Profit.")
    page = parse_html_page(_html(head, body, popups))
    assert page.title_units == "USD $" and page.scale == {"*money": 1000, "shares": 1000}
    assert [[m.label for m in c.members] for c in page.columns] == [["Total"], ["Common Stock [Member]"]]
    assert all(c.period is None for c in page.columns)
    opening, income, closing = page.rows
    assert [(c.raw, c.column) for c in closing.cells] == [("$ 10", 0), ("$ 2", 1)]
    assert [(c.raw, c.footnotes) for c in income.cells] == [("$ 3", ("[1]",)), ("$ 1", ("[2]",))]
    assert opening.period is not None and opening.period.end == dt.date(2022, 12, 31)
    assert income.period is not None and income.period.type is PeriodType.DURATION
    assert page.definitions[0].rows == [0, 2]  # one element, two rows
