"""Decide each numeric value's unit (USD, USD/shares, shares, pure, EUR, ...) and its scale.

The text shows units in four places: the title ("USD ($)"), a column's unit line, a row's unit
hint ("(in shares)", "| $ / shares") and the value's own currency prefix. Scale lines apply per
unit: money by its currency symbol, shares by "shares"; per-share amounts and pure numbers never.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warehouse.parse.model import Column, Page, Row
from warehouse.parse.text.title import ANY_MONEY, SHARES
from warehouse.parse.values import ParsedValue, ValueKind, currency_code
from warehouse.resolve.model import UnitRec

_CURRENCY_TOKEN_RE = re.compile(r"(?P<code>[A-Z]{3})\s\(?(?P<sym>[^()\s]{1,5})\)?")
_PER_SHARE_RE = re.compile(r"^(?P<sym>\S{1,5})\s/\s(?P<den>shares?|unit|units)$")
# Share counts named by the label; "Options issued for services" (a money amount) must not match.
_COUNT_WORDS_RE = re.compile(r"(?i)\b(?:shares?|options?|warrants?|units|stock|rsus?|awards?)\b")
_SHARES_WORDS_RE = re.compile(r"(?i)\bshares\b|\bnumber of (?:shares|options|warrants|units|stock)\b")


@dataclass(frozen=True, slots=True)
class UnitChoice:
    unit: UnitRec | None
    scale_power: int  # power of ten applied to the shown number
    rule: str


def currency_map(page: Page) -> dict[str, str]:
    """Symbol -> ISO code from the title's and columns' unit lines ("CAD ($)" makes "$" mean CAD)."""
    out: dict[str, str] = {}
    sources = [page.title_units or ""] + [c.unit_hint or "" for c in page.columns]
    for src in sources:
        for m in _CURRENCY_TOKEN_RE.finditer(src):
            out.setdefault(m.group("sym"), m.group("code"))
    return out


def default_currency(page: Page) -> str | None:
    m = _CURRENCY_TOKEN_RE.search(page.title_units or "")
    return m.group("code") if m else None


def _money(code: str) -> UnitRec:
    return UnitRec(code=code, kind="monetary", numerator=code)


def _per_share(code: str) -> UnitRec:
    return UnitRec(code=f"{code}/shares", kind="per_share", numerator=code, denominator="shares")


SHARES_UNIT = UnitRec(code="shares", kind="shares", numerator="shares")
PURE_UNIT = UnitRec(code="pure", kind="pure", numerator="pure")


def _power(mult: int) -> int:
    return len(str(mult)) - 1 if mult > 0 else 0


def _by_data_type(
    page: Page, value: ParsedValue, currencies: dict[str, str], dtype: str
) -> UnitChoice | None:
    """The element's data type decides the unit kind, and with it which scale line applies."""
    if not dtype:
        return None
    sym = value.currency_symbol
    code = (currencies.get(sym) or currency_code(sym) or sym) if sym else default_currency(page)
    if "pershare" in dtype:
        return UnitChoice(_per_share(code or "USD"), 0, "data_type")
    if "shares" in dtype:
        return UnitChoice(SHARES_UNIT, _power(page.scale.get(SHARES, 1)), "data_type")
    if "monetary" in dtype and code:
        scale_sym = sym or next((s for s, c in currencies.items() if c == code), "$")
        return UnitChoice(
            _money(code), _power(page.scale.get(scale_sym, page.scale.get(ANY_MONEY, 1))), "data_type"
        )
    if "percent" in dtype or "pure" in dtype:
        return UnitChoice(PURE_UNIT, 0, "data_type")
    return None


def choose_unit(
    page: Page,
    row: Row,
    column: Column | None,
    value: ParsedValue,
    currencies: dict[str, str],
    data_type: str | None = None,
) -> UnitChoice:
    if value.kind is ValueKind.PERCENT:
        return UnitChoice(PURE_UNIT, 0, "percent")
    if value.kind is not ValueKind.NUMBER:
        return UnitChoice(None, 0, "not_numeric")
    by_type = _by_data_type(page, value, currencies, (data_type or "").lower())
    if by_type is not None:
        return by_type
    hints = [h for h in (row.unit_hint, column.unit_hint if column else None) if h]
    sym = value.currency_symbol
    code = (currencies.get(sym) or currency_code(sym) or sym) if sym else None
    # Per-share: a row or column hint "$ / shares", "(in dollars per share)".
    for h in hints:
        m = _PER_SHARE_RE.match(h)
        if m or h == "per share":
            psym = m.group("sym") if m else sym
            pcode = code or (currencies.get(psym or "") if psym else None) or default_currency(page) or "USD"
            if m and not code:
                pcode = currencies.get(m.group("sym")) or currency_code(m.group("sym")) or pcode
            return UnitChoice(_per_share(pcode), 0, "per_share_hint")
    if "shares" in hints or "share" in hints:
        return UnitChoice(SHARES_UNIT, _power(page.scale.get(SHARES, 1)), "shares_hint")
    if code:
        mult = page.scale.get(sym or "", page.scale.get(ANY_MONEY, 1))
        return UnitChoice(_money(code), _power(mult), "currency_prefix")
    for h in hints:
        cm = _CURRENCY_TOKEN_RE.fullmatch(h)
        if cm:
            mult = page.scale.get(cm.group("sym"), page.scale.get(ANY_MONEY, 1))
            return UnitChoice(_money(cm.group("code")), _power(mult), "column_unit")
        if h not in ("shares", "per share") and re.fullmatch(r"[A-Za-z][\w²]*", h):
            return UnitChoice(UnitRec(code=h, kind="other", numerator=h), 0, "row_unit_hint")
    if _SHARES_WORDS_RE.search(row.label) or (row.not_money and _COUNT_WORDS_RE.search(row.label)):
        return UnitChoice(SHARES_UNIT, _power(page.scale.get(SHARES, 1)), "label_shares")
    if row.not_money:
        # Not money by the $ rule, and nothing names the unit: a pure number.
        return UnitChoice(PURE_UNIT, 0, "not_money_by_dollar_rule")
    cur = default_currency(page)
    if cur:
        sym0 = next((s for s, c in currencies.items() if c == cur), "$")
        mult = page.scale.get(sym0, page.scale.get(ANY_MONEY, 1))
        return UnitChoice(_money(cur), _power(mult), "page_currency")
    return UnitChoice(PURE_UNIT, 0, "no_unit_shown")
