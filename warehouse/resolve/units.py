"""Decide each numeric value's unit (USD, USD/shares, shares, pure, EUR, ...) and its scale.

The text shows units in four places: the title ("USD ($)"), a column's unit line, a row's unit
hint ("(in shares)", "| $ / shares") and the value's own currency prefix. Scale lines apply per
unit: money by its currency symbol, shares by "shares"; per-share amounts and pure numbers never.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warehouse.parse.model import Column, Page, Row
from warehouse.parse.text.title import ANY_MONEY, PER_SHARE_UNIT_RE, SHARES, title_unit
from warehouse.parse.values import ParsedValue, ValueKind, currency_candidates, currency_code, iso_code_alone
from warehouse.resolve.model import UnitRec

_CURRENCY_TOKEN_RE = re.compile(r"(?P<code>[A-Z]{3})\s\(?(?P<sym>[^()\s]{1,5})\)?")
# An exchange rate's unit: one currency per another ("$ / SFr", "€ / SFr", "¥ / $").
_RATE_RE = re.compile(r"^(?P<num>\S{1,5})\s/\s(?P<den>\S{1,5})$")
_ISO_CODE_RE = re.compile(r"^[A-Z]{3}$")
# Share counts named by the label; "Options issued for services" (a money amount) must not match.
_COUNT_WORDS_RE = re.compile(r"(?i)\b(?:shares?|options?|warrants?|units|stock|rsus?|awards?)\b")
_SHARES_WORDS_RE = re.compile(r"(?i)\bshares\b|\bnumber of (?:shares|options|warrants|units|stock)\b")
# A plain number of a row that names a rate of exchange or a ratio is no money amount (what a change
# of rates did, "Exchange rate differences", is).
_RATE_WORDS_RE = re.compile(
    r"(?i)\b(?:exchange|conversion|translation|central|spot|closing|average) rates?\b|\brates? of exchange\b"
    r"|\bratio\b"
)
_RATE_MOVED_RE = re.compile(
    r"(?i)\b(?:differences?|effects?|changes?|impacts?|gains?|loss|losses|fluctuations?|movements?"
    r"|adjustments?)\b"
)


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
    """The title's currency: "USD ($)", or an ISO code alone ("CAD" on 2016-2017 pages)."""
    m = _CURRENCY_TOKEN_RE.search(page.title_units or "")
    if m:
        return m.group("code")
    unit = title_unit(page)
    return iso_code_alone(unit) if unit else None


def _money(code: str) -> UnitRec:
    return UnitRec(code=code, kind="monetary", numerator=code)


def _per_share(code: str) -> UnitRec:
    return UnitRec(code=f"{code}/shares", kind="per_share", numerator=code, denominator="shares")


SHARES_UNIT = UnitRec(code="shares", kind="shares", numerator="shares")
PURE_UNIT = UnitRec(code="pure", kind="pure", numerator="pure")


def _power(mult: int) -> int:
    return len(str(mult)) - 1 if mult > 0 else 0


def _shares(page: Page, rule: str) -> UnitChoice:
    """Share counts, scaled by the page's "shares in Thousands" line."""
    return UnitChoice(SHARES_UNIT, _power(page.scale.get(SHARES, 1)), rule)


def _money_power(page: Page, sym: str | None, code: str, currencies: dict[str, str]) -> int:
    """The scale of an amount: its sign's scale line, else its currency's ("CAD in Thousands" for a
    plain number of a "- CAD" page), else the one for all money."""
    aliases = [k for k in page.scale if iso_code_alone(k) == code]  # "RMB in Thousands" scales CNY
    keys = [sym, code] if sym else [*(s for s, c in currencies.items() if c == code), *aliases, code, "$"]
    mult = next((page.scale[k] for k in keys if k and k in page.scale), page.scale.get(ANY_MONEY, 1))
    return _power(mult)


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
        return _shares(page, "data_type")
    if "monetary" in dtype and code:
        return UnitChoice(_money(code), _money_power(page, sym, code, currencies), "data_type")
    if "percent" in dtype or "pure" in dtype:
        return UnitChoice(PURE_UNIT, 0, "data_type")
    return None


def _only_currency(symbol: str) -> str | None:
    candidates = currency_candidates(symbol)
    return candidates[0] if len(candidates) == 1 else None


def _rate_unit(hint: str, currencies: dict[str, str]) -> UnitRec | None:
    m = _RATE_RE.match(hint)
    if m is None:
        return None
    # Each side as the page names it, or a sign of one currency only: "¥ / $" at 7.2 is yuan per
    # dollar, not yen, and "$ / $" may be pesos per dollar.
    num, den = (currencies.get(s) or _only_currency(s) for s in (m.group("num"), m.group("den")))
    if num is not None and den is None and re.fullmatch(r"[A-Za-z]\w*", m.group("den")):
        den = m.group("den")  # a price per physical unit: "$ / MMBTU"
    if num is None or den is None or num == den:
        return None
    return UnitRec(code=f"{num}/{den}", kind="other", numerator=num, denominator=den)


def _by_title(page: Page, code: str | None, currencies: dict[str, str]) -> UnitChoice | None:
    """A number without hints is of the title's unit where that unit is no currency: per share
    ("$ / shares": the amounts shown in money), shares, an exchange rate ("¥ / $") or a unit of the
    filer's ("customer")."""
    unit = title_unit(page)
    if unit is None:
        return None
    per_share = PER_SHARE_UNIT_RE.match(unit)
    if per_share:
        if not code:
            return None  # a plain number on a per-share page may be a count: nothing tells
        return UnitChoice(_per_share(code), 0, "title_unit")
    if code or _CURRENCY_TOKEN_RE.match(unit) or _ISO_CODE_RE.match(unit):
        return None
    if _RATE_RE.match(unit):
        rate = _rate_unit(unit, currencies)
        return None if rate is None else UnitChoice(rate, 0, "title_unit")
    if unit in ("shares", "share"):
        return _shares(page, "title_unit")
    if re.fullmatch(r"[A-Za-z][\w²]*", unit):
        return UnitChoice(UnitRec(code=unit, kind="other", numerator=unit), 0, "title_unit")
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
        m = PER_SHARE_UNIT_RE.match(h)
        if m or h == "per share":
            psym = m.group("sym") if m else sym
            pcode = code or (currencies.get(psym or "") if psym else None) or default_currency(page) or "USD"
            if m and not code:
                pcode = currencies.get(m.group("sym")) or currency_code(m.group("sym")) or pcode
            return UnitChoice(_per_share(pcode), 0, "per_share_hint")
    if "shares" in hints or "share" in hints:
        return _shares(page, "shares_hint")
    for h in hints:
        rate = _rate_unit(h, currencies)
        if rate is not None:
            return UnitChoice(rate, 0, "rate_hint")
        hinted = currencies.get(h) or (None if h.isalpha() or " " in h else _only_currency(h))
        if hinted and not code:  # a bare currency sign: "Time to expiration (years) | €"
            return UnitChoice(_money(hinted), _money_power(page, h, hinted, currencies), "currency_hint")
    money_rule = "currency_prefix"
    if not sym and not hints:
        # One element, one unit: a plain number of a row that shows its currency elsewhere is money.
        sym = next((c.value.currency_symbol for c in row.cells if c.value.currency_symbol), None)
        code = (currencies.get(sym) or currency_code(sym) or sym) if sym else None
        money_rule = "row_currency"
    by_title = None if hints else _by_title(page, code, currencies)
    if by_title is not None:
        return by_title
    if code:
        return UnitChoice(_money(code), _money_power(page, sym, code, currencies), money_rule)
    for h in hints:
        cm = _CURRENCY_TOKEN_RE.fullmatch(h)
        alone = None if cm else iso_code_alone(h)  # a column's code without its sign ("KRW")
        if cm or alone:
            sym, code = (cm.group("sym"), cm.group("code")) if cm else (None, alone or "")
            return UnitChoice(_money(code), _money_power(page, sym, code, currencies), "column_unit")
        if h not in ("shares", "per share") and re.fullmatch(r"[A-Za-z][\w²]*", h):
            return UnitChoice(UnitRec(code=h, kind="other", numerator=h), 0, "row_unit_hint")
    if _SHARES_WORDS_RE.search(row.label) or (row.not_money and _COUNT_WORDS_RE.search(row.label)):
        return _shares(page, "label_shares")
    if row.not_money:
        # Not money by the $ rule, and nothing names the unit: a pure number.
        return UnitChoice(PURE_UNIT, 0, "not_money_by_dollar_rule")
    if _RATE_WORDS_RE.search(row.label) and not _RATE_MOVED_RE.search(row.label):
        return UnitChoice(PURE_UNIT, 0, "label_rate")
    cur = default_currency(page)
    if cur:
        return UnitChoice(_money(cur), _money_power(page, None, cur, currencies), "page_currency")
    return UnitChoice(PURE_UNIT, 0, "no_unit_shown")
