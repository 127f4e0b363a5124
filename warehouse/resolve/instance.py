"""Resolve an XBRL instance (classic or inline) into the records the loader writes for a page.

An instance has no layout, so it becomes one report of kind ``instance`` laid out as a grid: one row per
concept (in order of first appearance), one column per (context, unit) pair (likewise), and the facts at
their crossings. The same concept, context and unit may be reported more than once (inline documents
tag a number in the statement and again in a note), so the n-th repeat goes to an extra column
``<context> | <unit> | duplicate n``: every fact keeps a position of its own and none is dropped.

Contexts and members get the same natural keys as on the R-page path (``context_rec``, ``member_rec``),
so instance facts and R-page facts of one filing meet on the same ``contexts`` and ``dimensions`` rows
when the R pages are loaded with the filing's CIK.

Choices a caller must know:

* Concepts are keyed ``name:<prefix:Local>`` (identity ``name``), labelled with the QName: an instance
  carries no labels or documentation. Mapping these keys onto the ``def:`` keys of R-page concepts
  (through the taxonomy's documentation) is the loader's job, later.
* A ``forever`` period is stored as period type ``forever`` with no dates, its key starting
  ``forever|``: neither a duration (it has no length) nor NULL (which means "the page does not tell").
  Views compare period types with ``=`` only, so these facts stay out of instant/duration logic.
* The entity is the CIK (10 digits, zero-padded) for the SEC scheme; any other scheme gives no entity,
  so its contexts are keyed by period and members alone (EDGAR accepts only CIK contexts).
* A number the parser could not read (value None, a warning in ``notes``) is kept as text with its unit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal
from typing import TypedDict

from warehouse.parse.model import Member, Period
from warehouse.parse.xbrl.model import XbrlContext, XbrlFact, XbrlInstance, XbrlUnit
from warehouse.parse.xbrl.names import measure_code
from warehouse.resolve.model import (
    ColumnRec,
    ConceptRec,
    ContextRec,
    FactRec,
    FilingRec,
    MemberRec,
    ReportRec,
    RowRec,
    UnitRec,
)
from warehouse.resolve.page import context_rec, member_rec

SEC_CIK_SCHEME = "http://www.sec.gov/CIK"
REPORT_KIND = "instance"

_CIK_RE = re.compile(r"[0-9]{1,10}")
# Word boundaries inside a local name: "SensorsSegment", "USTreasury" (an acronym before a word), "Level1".
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])")


class FilingIdentity(TypedDict):
    """A filing's identity from its dei cover facts; the keys are ``FilingRec`` fields."""

    cik: str | None
    company_name: str | None
    form_type: str | None
    period_of_report: dt.date | None
    fiscal_year: int | None
    fiscal_period: str | None
    is_amendment: bool | None


def cik10(identifier: str | None) -> str | None:
    """A CIK as the warehouse stores it (10 digits, zero-padded); None when it is not one."""
    if identifier is None or _CIK_RE.fullmatch(identifier.strip()) is None:
        return None
    return identifier.strip().zfill(10)


def _local(qname: str) -> str:
    return qname.rpartition("}")[2].rpartition(":")[2]


def _words(local: str, suffix: str) -> str:
    if local.endswith(suffix) and local != suffix:
        local = local[: -len(suffix)]
    return _CAMEL_RE.sub(" ", local)


def member_label(member: str) -> str:
    """A readable label from a member's name (an instance has no label linkbase):
    ``us-gaap:ProductMember`` -> ``Product``, ``qfi:SensorsSegmentMember`` -> ``Sensors Segment``."""
    return _words(_local(member), "Member")


def axis_label(axis: str) -> str:
    """``qfi:LeaseIdentifierAxis`` -> ``Lease Identifier``."""
    return _words(_local(axis), "Axis")


def context_members(ctx: XbrlContext) -> list[MemberRec]:
    """The context's members through ``member_rec``, so keys equal the R-page path's: explicit ones
    ``name:<axis>=<member>``, typed ones ``typed:<axis>=<value>`` (labelled ``<axis words>: <value>``,
    the way R pages show typed members)."""
    members = [member_rec(Member(member_label(name), axis=axis, name=name)) for axis, name in ctx.explicit]
    members += [
        member_rec(Member(f"{axis_label(axis)}: {value}", axis=axis, typed_value=value))
        for axis, value in ctx.typed
    ]
    return members


def entity_of(ctx: XbrlContext) -> str | None:
    return cik10(ctx.entity_id) if ctx.entity_scheme == SEC_CIK_SCHEME else None


def context_of(ctx: XbrlContext, members: list[MemberRec]) -> ContextRec:
    period: Period | None = None
    if ctx.period_type == "instant" and ctx.end is not None:
        period = Period.instant(ctx.end)
    elif ctx.period_type == "duration" and ctx.start is not None and ctx.end is not None:
        period = Period.duration(ctx.start, ctx.end)
    rec = context_rec(period, members, entity_of(ctx))
    if ctx.period_type == "forever":
        # context_rec writes "-" for a missing period type; name it, so forever never merges with unknown.
        rec = replace(rec, key="forever" + rec.key[1:], period_type="forever")
    return rec


def unit_of(unit: XbrlUnit) -> UnitRec:
    num, den = unit.numerators, unit.denominators
    kind = "other"
    if len(num) == 1 and num[0].startswith("iso4217:"):
        if not den:
            kind = "monetary"
        elif den == ("xbrli:shares",):
            kind = "per_share"
    elif not den and num == ("xbrli:shares",):
        kind = "shares"
    elif not den and num == ("xbrli:pure",):
        kind = "pure"
    return UnitRec(
        code=unit.code,
        kind=kind,
        numerator="*".join(measure_code(m) for m in num),
        denominator="*".join(measure_code(m) for m in den) or None,
    )


def concept_of(qname: str) -> ConceptRec:
    """A concept by its element name. The loader maps ``name:`` keys onto definition keys later."""
    return ConceptRec(
        key=f"name:{qname}",
        identity="name",
        label=qname,
        concept_name=qname,
        name_rule="instance",
        name_confidence=1.0,
    )


def _value(fact: XbrlFact) -> tuple[Decimal | None, str | None, str]:
    """(value, value_text, value_kind). Non-numeric text arrives normalized by the parser: booleans
    ``true``/``false``, dates ISO, text blocks as their HTML."""
    if fact.is_nil:
        return None, None, "nil"
    if fact.is_numeric:
        if fact.value is not None:
            return fact.value, None, "number"
        return None, fact.raw.strip(), "text"  # unreadable: a "number" kind promises a value
    return None, fact.text if fact.text is not None else fact.raw, "text"


class _Grid:
    """Rows, columns and shared records of the report under construction."""

    def __init__(self, inst: XbrlInstance, rep: ReportRec) -> None:
        self.inst = inst
        self.rep = rep
        self.rows: dict[str, int] = {}
        self.columns: dict[tuple[str, str | None, int], int] = {}
        self.repeats: dict[tuple[str, str, str | None], int] = {}
        self.contexts: dict[str, tuple[ContextRec, str]] = {}  # context id -> (record, member labels)
        self.markers: dict[str, str] = {}  # footnote id -> "[n]"

    def row(self, concept: str) -> int:
        index = self.rows.get(concept)
        if index is None:
            index = self.rows[concept] = len(self.rows)
            rec = concept_of(concept)
            self.rep.concepts.setdefault(rec.key, rec)
            self.rep.rows.append(
                RowRec(
                    row_index=index,
                    label=concept,
                    kind="value",
                    concept_key=rec.key,
                    member_labels="",
                    unit_hint=None,
                    period_type=None,
                    period_start=None,
                    period_end=None,
                    footnotes=None,
                )
            )
        return index

    def context(self, context_id: str) -> tuple[ContextRec, str]:
        found = self.contexts.get(context_id)
        if found is None:
            members = context_members(self.inst.contexts[context_id])
            for m in members:
                self.rep.members.setdefault(m.key, m)
            rec = context_of(self.inst.contexts[context_id], members)
            self.rep.contexts.setdefault(rec.key, rec)
            found = self.contexts[context_id] = (rec, " | ".join(m.label for m in members))
        return found

    def column(self, concept: str, context_id: str, unit: str | None) -> int:
        """The column of the next fact of (concept, context, unit): its n-th repeat takes the n-th
        column of (context, unit), so duplicates never share a position."""
        n = self.repeats[(concept, context_id, unit)] = self.repeats.get((concept, context_id, unit), 0) + 1
        index = self.columns.get((context_id, unit, n))
        if index is None:
            index = self.columns[(context_id, unit, n)] = len(self.columns)
            rec, member_labels = self.context(context_id)
            header = f"{context_id} | {unit or '-'}" + (f" | duplicate {n}" if n > 1 else "")
            self.rep.columns.append(
                ColumnRec(
                    column_index=index,
                    header=header,
                    group_label=None,
                    period_type=rec.period_type,
                    period_start=rec.period_start,
                    period_end=rec.period_end,
                    unit_hint=unit,
                    member_labels=member_labels,
                    certain=True,
                )
            )
        return index

    def footnotes(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        """Markers "[1]", "[2]", ... in order of first use, with their texts on the report."""
        out: list[str] = []
        for note_id in ids:
            marker = self.markers.get(note_id)
            if marker is None:
                marker = self.markers[note_id] = f"[{len(self.markers) + 1}]"
                note = self.inst.footnotes.get(note_id)
                self.rep.footnote_texts[marker] = note.text if note is not None else None
            out.append(marker)
        return tuple(out)


def resolve_instance(inst: XbrlInstance, filing: FilingRec, title: str) -> ReportRec:
    """The instance as one report: every fact at its own (row, column), nothing dropped.

    ``filing`` is used as given (the caller decides the filing's identity; see ``filing_identity``).
    Values are the parser's exact decimals, already scaled; ``scale`` records the power of ten an inline
    document applied to the displayed number (0 for classic instances), for information only.
    """
    rep = ReportRec(
        filing=filing,
        title=title,
        report_name=title,
        kind=REPORT_KIND,
        title_units=None,
        scale_line=None,
        title_date=None,
        notes="\n".join(inst.warnings) or None,
    )
    grid = _Grid(inst, rep)
    rule = "inline_xbrl" if inst.inline else "xbrl_instance"
    for fact in inst.facts:
        unit = inst.units[fact.unit_ref] if fact.unit_ref is not None else None
        code: str | None = None
        if unit is not None:
            code = unit.code
            rep.units.setdefault(code, unit_of(unit))
        row = grid.row(fact.concept)
        column = grid.column(fact.concept, fact.context_ref, code)
        ctx, _ = grid.context(fact.context_ref)
        value, text, kind = _value(fact)
        rep.facts.append(
            FactRec(
                row_index=row,
                column_index=column,
                concept_key=concept_of(fact.concept).key,
                context_key=ctx.key,
                unit_code=code,
                raw_value=fact.raw or (fact.text or ""),
                value=value,
                value_text=text,
                value_kind=kind,
                scale=fact.scale or 0,
                unit_rule="xbrl_unit" if code is not None else None,
                is_nil=fact.is_nil,
                column_certain=True,
                placement_rule=rule,
                footnotes=grid.footnotes(fact.footnote_ids),
                decimals=fact.decimals,
            )
        )
    return rep


def _short(text: str | None, limit: int) -> str | None:
    """None for text that cannot be a value of a bounded column (a mis-tagged cover fact)."""
    return text if text and len(text) <= limit else None


def _amendment(inst: XbrlInstance) -> bool | None:
    """dei:AmendmentFlag of the first context without dimensions (the parser does not extract it)."""
    for fact in inst.facts:
        if fact.concept != "dei:AmendmentFlag" or fact.text is None:
            continue
        ctx = inst.contexts[fact.context_ref]
        if ctx.explicit or ctx.typed:
            continue
        flag = fact.text.strip().lower()
        return True if flag in ("true", "1") else False if flag in ("false", "0") else None
    return None


def filing_identity(inst: XbrlInstance) -> FilingIdentity:
    """The filing's identity from its cover (dei) facts, for ``FilingRec(key=..., kind=...,
    **filing_identity(inst))``. Values that do not fit their column are None rather than wrong."""
    year = inst.fiscal_year.strip() if inst.fiscal_year else ""
    return FilingIdentity(
        cik=cik10(inst.cik),
        company_name=inst.registrant_name or None,
        form_type=_short(inst.document_type, 32),
        period_of_report=inst.period_end,
        fiscal_year=int(year) if re.fullmatch(r"[0-9]{4}", year) else None,
        fiscal_period=_short(inst.fiscal_period, 8),
        is_amendment=_amendment(inst),
    )
