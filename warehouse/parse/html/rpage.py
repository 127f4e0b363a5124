"""Parse one R page in EDGAR's HTML (``R2.htm``) into a ``Page`` (pure: text in, dataclasses out).

The HTML is the lossless source the ``|`` text is flattened from: empty cells keep their place,
column spans are explicit, and every row links its element (``defref_us-gaap_Revenues``) to a
pop-up block. So columns, placements and definition matches are read, not inferred: columns and
cells are ``certain``, cells carry ``rule="html"``, blocks ``match_rule="element"``. The title is
read by the text parser's own title rules, so both formats name and scale a page alike.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement, document_fromstring

from warehouse.parse.decoding import decode
from warehouse.parse.errors import ParseError
from warehouse.parse.html.body import BodyRow, is_body_row, parse_row
from warehouse.parse.html.dom import children, has_class, table_rows, text_of
from warehouse.parse.html.header import HtmlHeader, header_rows, parse_header
from warehouse.parse.html.members import Shown, resolve_members
from warehouse.parse.html.popups import Popups, parse_popups
from warehouse.parse.label_periods import label_periods
from warehouse.parse.model import Member, Page, RowKind, SourceFormat
from warehouse.parse.text.header import promote_title_period
from warehouse.parse.text.placement import mark_not_money
from warehouse.parse.text.title import Title, parse_title


def parse_html_page(html: str | bytes) -> Page:
    doc = _document(html)
    tables = [t for t in doc.iter("table") if has_class(t, "report")]
    if not tables:
        raise ParseError("not an R page: the HTML has no report table (table.report)")
    trs = table_rows(tables[0])
    n_head = header_rows(trs)
    header = parse_header(trs[:n_head])
    if not header.title_pieces:
        raise ParseError("not an R page: the report table has no title cell (th.tl)")
    title = parse_title(header.title_pieces)
    _single_date_column(header, title)
    popups = parse_popups(doc)
    page = title.page(SourceFormat.RPAGE_HTML, header.columns, popups.blocks)
    if len(tables) > 1:
        page.notes.append(f"{len(tables)} report tables: only the first is read")
    body = [parse_row(i, tr, header, popups.names) for i, tr in enumerate(filter(is_body_row, trs[n_head:]))]
    page.rows = [b.row for b in body]
    page.notes.extend(n for b in body for n in b.notes)
    _apply_members(page, body, popups)
    _attach_definitions(page, body, popups)
    page.footnote_texts = _footnote_texts(tables[0])
    if page.columns and all(c.period is None for c in page.columns):
        label_periods(page.rows)  # member columns (equity): periods are named in the labels
    _mark_units(page)
    return page


def _document(html: str | bytes) -> HtmlElement:
    text = decode(html) if isinstance(html, bytes) else html
    # lxml closes whatever is open: a page cut short would read as a shorter, wrong page.
    if not text.rstrip()[-12:].lower().endswith("</html>"):
        raise ParseError("truncated R page: the HTML ends before </html>")
    try:
        return document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"not an R page: the HTML cannot be read ({exc})") from None


def _single_date_column(header: HtmlHeader, title: Title) -> None:
    """A period every column shares is named in the title (as in the text format)."""
    if title.period is None:
        return
    if not header.columns:
        header.starts = [header.label_width]
    header.columns = promote_title_period(header.columns, title.period)


def _apply_members(page: Page, body: list[BodyRow], popups: Popups) -> None:
    """Name every member shown (rows, columns, title) and set each row's member context."""
    shown: list[Shown] = []
    for b in body:
        if b.row.kind is RowKind.MEMBER:
            shown.extend(_row_members(b))
    shown += [Shown(m.label) for c in page.columns for m in c.members]
    shown += [Shown(m.label) for m in page.title_members]
    found = resolve_members(shown, popups)
    page.notes.extend(found.notes)
    names = popups.names
    for col in page.columns:
        col.members = tuple(found.member(Shown(m.label), names) for m in col.members)
    page.title_members = tuple(found.member(Shown(m.label), names) for m in page.title_members)
    context: tuple[Member, ...] = ()
    for b in body:
        if b.row.kind is RowKind.MEMBER:
            context = tuple(found.member(s, names) for s in _row_members(b))
        b.row.members = context


def _row_members(b: BodyRow) -> list[Shown]:
    """A member row's members in display order; its link names the first one."""
    ref = b.ref if b.ref is not None and "=" in b.ref else None
    return [Shown(m.label, ref if k == 0 else None) for k, m in enumerate(b.row.members)]


def _attach_definitions(page: Page, body: list[BodyRow], popups: Popups) -> None:
    """A row's block is the pop-up its own link opens: matched by element, exactly."""
    index = popups.index_of()
    missing: set[str] = set()
    for b in body:
        if b.row.kind is RowKind.MEMBER or b.ref is None:
            continue
        k = index.get(b.ref)
        if k is None:
            missing.add(b.ref)
            continue
        block = popups.blocks[k]
        b.row.definition = k
        block.rows.append(b.row.index)
        block.match_rule = "element"
    if missing:
        page.notes.append(f"{len(missing)} row element(s) without a definition block on the page")
    unlinked = sum(1 for b in body if b.ref is None and b.row.kind is not RowKind.MEMBER)
    if unlinked:
        page.notes.append(f"{unlinked} row(s) without an element link: no definition attached")
    unmatched = [blk.index for blk in popups.blocks if blk.match_rule is None]
    if unmatched:
        page.notes.append(f"{len(unmatched)} definition block(s) not matched to a row or member")


def _footnote_texts(table: HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for notes in (t for t in table.iter("table") if has_class(t, "outerFootnotes")):
        for tr in notes.iter("tr"):
            tds = children(tr, "td")
            if len(tds) >= 2:
                mark = text_of(tds[0])
                if mark:
                    out[mark] = text_of(tds[1])
    return out


def _mark_units(page: Page) -> None:
    """The $ run rule (as on text pages), but never against the element's own monetary type."""
    mark_not_money(page)
    for row in page.rows:
        if row.not_money and row.definition is not None:
            data_type = page.definitions[row.definition].details.get("Data Type", "")
            if "monetary" in data_type.lower():
                row.not_money = False


__all__ = ["parse_html_page"]
