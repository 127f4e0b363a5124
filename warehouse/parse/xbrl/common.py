"""Pieces both parsers share: contexts, units, exact numbers, and the checks that finish a result.

Contexts and units are the same ``xbrli:`` elements in a classic instance and in an inline
document's ``ix:resources``, so one reader serves both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from lxml import etree

from warehouse.parse.xbrl.errors import XbrlError
from warehouse.parse.xbrl.model import PeriodType, XbrlContext, XbrlFact, XbrlInstance, XbrlUnit
from warehouse.parse.xbrl.names import XBRLDI, XBRLI, resolve_qname, unit_code

Element = etree._Element

_SEC_CIK = "http://www.sec.gov/CIK"
_DATE_RE = re.compile(
    r"\s*(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?\s*"
)
_DECIMAL_RE = re.compile(r"\s*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")


def _q(local: str) -> str:
    return f"{{{XBRLI}}}{local}"


def text_of(el: Element) -> str:
    """All text inside an element, markup dropped."""
    return "".join(el.itertext())


def _period_date(el: Element | None, *, end: bool, context_id: str) -> dt.date | None:
    """A period date. XBRL reads a date-only end or instant as the end of that day, so the same
    moment written as a dateTime (``2025-01-01T00:00:00``) is the previous day."""
    if el is None:
        return None
    m = _DATE_RE.fullmatch(el.text or "")
    try:
        day = dt.date.fromisoformat(m[1]) if m else None
    except ValueError:
        day = None
    if m is None or day is None:
        raise XbrlError(f"context {context_id!r}: bad period date {el.text!r}")
    if end and m[2] is not None and (m[2], m[3], m[4]) == ("00", "00", "00"):
        return day - dt.timedelta(days=1)
    return day


def _period(el: Element, context_id: str) -> tuple[PeriodType, dt.date | None, dt.date | None]:
    period = el.find(_q("period"))
    if period is None:
        raise XbrlError(f"context {context_id!r} has no period")
    if period.find(_q("forever")) is not None:
        return "forever", None, None
    instant = period.find(_q("instant"))
    if instant is not None:
        return "instant", None, _period_date(instant, end=True, context_id=context_id)
    start = _period_date(period.find(_q("startDate")), end=False, context_id=context_id)
    stop = _period_date(period.find(_q("endDate")), end=True, context_id=context_id)
    if start is None or stop is None:
        raise XbrlError(f"context {context_id!r}: period needs an instant, both dates, or forever")
    return "duration", start, stop


def _dimensions(el: Element, context_id: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    explicit: list[tuple[str, str]] = []
    typed: list[tuple[str, str]] = []
    what = f"context {context_id!r}: dimension"
    for member in el.iter(f"{{{XBRLDI}}}explicitMember", f"{{{XBRLDI}}}typedMember"):
        dimension = resolve_qname(member.get("dimension", ""), member.nsmap, what)
        if etree.QName(member).localname == "explicitMember":
            name = resolve_qname(member.text or "", member.nsmap, f"context {context_id!r}: member")
            explicit.append((dimension, name))
        else:
            value = next(iter(member), None)  # the typed value is the one child element
            typed.append((dimension, text_of(value).strip() if value is not None else ""))
    return sorted(explicit), sorted(typed)


def parse_context(el: Element) -> XbrlContext:
    context_id = el.get("id")
    if not context_id:
        raise XbrlError("context without an id")
    identifier = el.find(f"{_q('entity')}/{_q('identifier')}")
    if identifier is None:
        raise XbrlError(f"context {context_id!r} has no entity identifier")
    period_type, start, end = _period(el, context_id)
    explicit, typed = _dimensions(el, context_id)
    return XbrlContext(
        id=context_id,
        entity_scheme=identifier.get("scheme", "").strip(),
        entity_id=(identifier.text or "").strip(),
        period_type=period_type,
        start=start,
        end=end,
        explicit=tuple(explicit),
        typed=tuple(typed),
    )


def _measures(el: Element | None, unit_id: str) -> tuple[str, ...]:
    if el is None:
        return ()
    what = f"unit {unit_id!r}: measure"
    return tuple(resolve_qname(m.text or "", m.nsmap, what) for m in el.iterchildren(_q("measure")))


def parse_unit(el: Element) -> XbrlUnit:
    unit_id = el.get("id")
    if not unit_id:
        raise XbrlError("unit without an id")
    divide = el.find(_q("divide"))
    if divide is not None:
        numerators = _measures(divide.find(_q("unitNumerator")), unit_id)
        denominators = _measures(divide.find(_q("unitDenominator")), unit_id)
    else:
        numerators, denominators = _measures(el, unit_id), ()
    if not numerators:
        raise XbrlError(f"unit {unit_id!r} has no measure")
    return XbrlUnit(unit_id, numerators, denominators, unit_code(numerators, denominators))


def shift(value: Decimal, places: int) -> Decimal:
    """value * 10**places exactly (multiplication would round to the context's 28 digits). A positive
    exponent is written out (``1.2345E+9`` -> ``1234500000``) so the value reads as it was reported."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite by construction
    exponent += places
    if exponent > 0:
        return Decimal((sign, tuple(digits) + (0,) * exponent, 0))
    return Decimal((sign, digits, exponent))


def decimal_or_none(text: str) -> Decimal | None:
    """An xs:decimal lexical value, exactly; None for anything else (exponents, INF, NaN, words)."""
    if _DECIMAL_RE.fullmatch(text) is None:
        return None
    try:
        return shift(Decimal(text.strip()), 0)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        return None


def check_id(seen: Mapping[str, object], new_id: str, what: str) -> None:
    if new_id in seen:
        raise XbrlError(f"duplicate {what} id {new_id!r}")


def attach_footnotes(
    facts: list[XbrlFact], links: Mapping[str, list[str]], warnings: list[str]
) -> list[XbrlFact]:
    """Facts with the footnote ids linked to them (in link order, no repeats)."""
    if not links:
        return facts
    known = {f.id for f in facts if f.id is not None}
    for fact_id in links:
        if fact_id not in known:
            warnings.append(f"footnote linked to unknown fact {fact_id!r}")
    out: list[XbrlFact] = []
    for fact in facts:
        ids = links.get(fact.id) if fact.id is not None else None
        out.append(replace(fact, footnote_ids=tuple(dict.fromkeys(ids))) if ids else fact)
    return out


def _check_refs(instance: XbrlInstance) -> None:
    for fact in instance.facts:
        where = f"fact {fact.id or fact.concept!r}"
        if fact.context_ref not in instance.contexts:
            raise XbrlError(f"{where} refers to undefined context {fact.context_ref!r}")
        if fact.unit_ref is not None and fact.unit_ref not in instance.units:
            raise XbrlError(f"{where} refers to undefined unit {fact.unit_ref!r}")


def _dei(facts: Iterable[XbrlFact], contexts: Mapping[str, XbrlContext]) -> dict[str, str]:
    """Text of the first non-dimensional fact of each dei concept."""
    found: dict[str, str] = {}
    for fact in facts:
        if not fact.concept.startswith("dei:") or fact.text is None or fact.concept in found:
            continue
        ctx = contexts[fact.context_ref]
        if not ctx.explicit and not ctx.typed:
            found[fact.concept] = fact.text.strip()
    return found


def _iso_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def finish(instance: XbrlInstance) -> XbrlInstance:
    """Check every reference resolves, then fill the summary fields (entity, dei cover facts)."""
    _check_refs(instance)
    instance.entity_ids = tuple(sorted({(c.entity_scheme, c.entity_id) for c in instance.contexts.values()}))
    dei = _dei(instance.facts, instance.contexts)
    sec_ciks = [ident for scheme, ident in instance.entity_ids if scheme == _SEC_CIK]
    instance.cik = dei.get("dei:EntityCentralIndexKey") or (sec_ciks[0] if len(sec_ciks) == 1 else None)
    instance.registrant_name = dei.get("dei:EntityRegistrantName")
    instance.document_type = dei.get("dei:DocumentType")
    instance.period_end = _iso_date(dei.get("dei:DocumentPeriodEndDate"))
    instance.fiscal_year = dei.get("dei:DocumentFiscalYearFocus")
    instance.fiscal_period = dei.get("dei:DocumentFiscalPeriodFocus")
    return instance
