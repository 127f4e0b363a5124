"""Resolve a parsed page into table rows: concepts, periods, members, units, scaled values."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from warehouse.identity import short_hash
from warehouse.parse.label_periods import INSTANT_DOC_RE, reads_as_opening
from warehouse.parse.model import (
    SURE_MATCHES,
    Column,
    DefinitionBlock,
    Member,
    Page,
    Period,
    PeriodType,
    ReportKind,
    Row,
    RowKind,
)
from warehouse.parse.values import ValueKind
from warehouse.resolve.concepts import concept_for_row
from warehouse.resolve.model import (
    ColumnRec,
    ContextRec,
    DefinitionRec,
    FactRec,
    FilingRec,
    MemberRec,
    ReportRec,
    RowRec,
)
from warehouse.resolve.units import choose_unit, currency_map

_PLAIN_DIGITS_RE = re.compile(r"^\d+$")
# Roll-forward balances shown in duration columns: the opening balance is an instant the day before
# the period starts, the closing balance an instant on its last day (period start/end labels).
_CLOSING_RE = re.compile(r"(?i)\b(?:ending|closing)\b|\bend of (?:the )?(?:year|period|quarter)\b|\bat end\b")


def fact_period(
    column_period: Period | None, definition: str | None, label: str = "", period_type: str | None = None
) -> Period | None:
    """The period of a fact in a column: instants for point-in-time elements and balances.

    ``period_type`` is the element's, when known (HTML or a taxonomy); otherwise the documentation's
    wording and the label ("Beginning balance") tell."""
    if column_period is None or column_period.type is not PeriodType.DURATION:
        return column_period
    if period_type == "duration":
        return column_period
    if reads_as_opening(label) and column_period.start is not None:
        return Period.instant(column_period.start - dt.timedelta(days=1))
    if (
        period_type == "instant"
        or _CLOSING_RE.search(label)
        or (definition and INSTANT_DOC_RE.search(definition))
    ):
        return Period.instant(column_period.end)
    return column_period


def member_rec(member: Member) -> MemberRec:
    if member.axis and member.name:
        key = f"name:{member.axis}={member.name}"
    elif member.axis and member.typed_value is not None:
        key = f"typed:{member.axis}={member.typed_value}"
    else:
        key = f"label:{' '.join(member.label.split())}"
    return MemberRec(
        key=key,
        label=member.label,
        axis_name=member.axis,
        member_name=member.name,
        typed_value=member.typed_value,
    )


def context_rec(period: Period | None, members: list[MemberRec], entity: str | None) -> ContextRec:
    keys = tuple(sorted({m.key for m in members}))
    ptype = period.type.value if period else None
    start = period.start if period else None
    end = period.end if period else None
    key = "|".join(
        [
            ptype or "-",
            start.isoformat() if start else "-",
            end.isoformat() if end else "-",
            entity or "-",
            *keys,
        ]
    )
    if len(key) > 400:  # keep index entries small; the parts are still stored in their columns
        key = f"{key[:200]}#{short_hash(key, 40)}"
    return ContextRec(
        key=key, period_type=ptype, period_start=start, period_end=end, member_keys=keys, entity=entity
    )


def _period_cols(period: Period | None) -> tuple[str | None, dt.date | None, dt.date | None]:
    if period is None:
        return None, None, None
    return period.type.value, period.start, period.end


def resolve_page(page: Page, filing: FilingRec) -> ReportRec:
    filer = short_hash(filing.key, 12) if filing.cik is None else f"cik{filing.cik}"
    rep = ReportRec(
        filing=filing,
        title=page.title,
        report_name=page.report_name,
        kind=page.kind.value,
        title_units=page.title_units,
        scale_line=page.scale_line,
        title_date=page.title_date,
        notes="\n".join(page.notes) or None,
    )
    for col in page.columns:
        ptype, start, end = _period_cols(col.period)
        rep.columns.append(
            ColumnRec(
                column_index=col.index,
                header=" | ".join(col.header_lines),
                group_label=col.group,
                period_type=ptype,
                period_start=start,
                period_end=end,
                unit_hint=col.unit_hint,
                member_labels=" | ".join(m.label for m in col.members),
                certain=col.certain,
            )
        )
    currencies = currency_map(page)
    title_members = [member_rec(m) for m in page.title_members]
    for m in title_members:
        rep.members[m.key] = m
    concept_by_row: dict[int, str] = {}
    for row in page.rows:
        block = None
        if row.kind is RowKind.MEMBER:
            for shown in row.members:
                mr = member_rec(shown)
                rep.members.setdefault(mr.key, mr)
            concept_key = None
        else:
            block = page.definitions[row.definition] if row.definition is not None else None
            concept = concept_for_row(row, block, filer, standard_form=page.kind is ReportKind.COVER)
            rep.concepts.setdefault(concept.key, concept)
            concept_key = concept.key
            concept_by_row[row.index] = concept.key
        ptype, start, end = _period_cols(row.period)
        rep.rows.append(
            RowRec(
                row_index=row.index,
                label=row.label,
                kind=row.kind.value,
                concept_key=concept_key,
                member_labels=" | ".join(m.label for m in row.members),
                unit_hint=row.unit_hint,
                period_type=ptype,
                period_start=start,
                period_end=end,
                footnotes=" ".join(row.footnotes) or None,
                block_index=row.definition,
            )
        )
        if concept_key is not None:
            _facts_of_row(
                block,
                page,
                row,
                concept_key,
                title_members,
                currencies,
                filing,
                rep,
            )
    _definitions(page, concept_by_row, rep)
    return rep


def _facts_of_row(
    block: DefinitionBlock | None,
    page: Page,
    row: Row,
    concept_key: str,
    title_members: list[MemberRec],
    currencies: dict[str, str],
    filing: FilingRec,
    rep: ReportRec,
) -> None:
    row_members = [member_rec(m) for m in row.members]
    definition = block.definition if block is not None else None
    # Element facts count only when the row's element is sure (named by the page, or a strong match).
    sure = block is not None and block.match_rule in SURE_MATCHES
    data_type = block.details.get("Data Type") if sure and block is not None else None
    period_type = block.details.get("Period Type") if sure and block is not None else None
    for cell in row.cells:
        if not cell.raw:
            continue  # a cell whose content the text rendering lost (a nested table): no fact to store
        column: Column | None = page.columns[cell.column] if cell.column < len(page.columns) else None
        # A footnote on a column header annotates every value of the column.
        notes = tuple(dict.fromkeys((*cell.footnotes, *(column.footnotes if column else ()))))
        period = row.period or fact_period(
            column.period if column else None, definition, row.label, period_type
        )
        members = title_members + row_members + [member_rec(m) for m in (column.members if column else ())]
        for m in members:
            rep.members.setdefault(m.key, m)
        ctx = context_rec(period, members, filing.cik)
        rep.contexts.setdefault(ctx.key, ctx)
        v = cell.value
        kind = v.kind
        number = v.number
        text: str | None = None
        if (
            kind is ValueKind.NUMBER
            and page.kind is ReportKind.COVER
            and v.currency_symbol is None
            and _PLAIN_DIGITS_RE.match(cell.raw)
        ):
            # Cover-page codes (area codes, zip codes, fiscal years) are strings in the taxonomy.
            kind, number, text = ValueKind.TEXT, None, cell.raw
        choice = (
            choose_unit(page, row, column, v, currencies, data_type)
            if kind in (ValueKind.NUMBER, ValueKind.PERCENT)
            else None
        )
        value: Decimal | None = None
        scale = 0
        unit_code: str | None = None
        if number is not None and choice is not None:
            scale = choice.scale_power
            value = number.scaleb(scale) if scale else number
            if choice.unit is not None:
                rep.units.setdefault(choice.unit.code, choice.unit)
                unit_code = choice.unit.code
        elif kind is ValueKind.TEXT:
            text = v.text if v.text is not None else cell.raw
        elif kind is ValueKind.BOOLEAN:
            text = "true" if v.boolean else "false"
        elif kind is ValueKind.DATE:
            text = v.date.isoformat() if v.date else cell.raw
        elif kind is ValueKind.DURATION:
            text = v.duration_iso or cell.raw
        if text is None and kind is ValueKind.TEXT:
            text = cell.raw
        rep.facts.append(
            FactRec(
                row_index=row.index,
                column_index=cell.column,
                concept_key=concept_key,
                context_key=ctx.key,
                unit_code=unit_code,
                raw_value=cell.raw,
                value=value,
                value_text=text,
                value_kind=kind.value,
                scale=scale,
                unit_rule=choice.rule if choice else None,
                is_nil=kind is ValueKind.NIL,
                column_certain=cell.certain,
                placement_rule=cell.rule,
                footnotes=notes,
            )
        )
        for marker in notes:
            rep.footnote_texts.setdefault(marker, page.footnote_texts.get(marker))
    for marker in row.footnotes:
        rep.footnote_texts.setdefault(marker, page.footnote_texts.get(marker))


def _definitions(page: Page, concept_by_row: dict[int, str], rep: ReportRec) -> None:
    member_keys = {m.label: m.key for m in rep.members.values()}
    for block in page.definitions:
        concept_key = concept_by_row.get(block.rows[0]) if block.rows else None
        rep.definitions.append(
            DefinitionRec(
                block_index=block.index,
                kind=block.kind.value,
                concept_key=concept_key,
                member_key=member_keys.get(block.member) if block.member else None,
                definition=block.definition,
                reference=block.references,
                element=block.element,
                match_rule=block.match_rule,
                match_score=block.match_score,
            )
        )
