"""Parse one value cell of an R page (text after the ``|``) into a typed value.

The grammar follows what the EDGAR renderer writes (see ``docs/rpage-text-format.md``):

* numbers: optional currency prefix, a space, then the amount: ``$ 2,485,140``, ``€ 12``, ``R$ (72,672)``,
  ``SFr 177.4``, ``DKK 69``. Negatives are shown in parentheses with the currency outside (``$ (368,034)``);
  a leading minus is accepted although the renderer never writes one. Thousands separators must be well
  formed (groups of three) and the shown precision is kept (``552,400.00`` -> ``Decimal("552400.00")``)
  because it tells later stages the reported decimals. Numbers are never scaled here.
* percentages: ``31.00%`` -> ``Decimal("0.3100")`` (a fraction, digits kept), ``(4.40%)`` -> ``-0.0440``.
* durations: ``1 year 6 months`` -> ``P1Y6M``; a raw ISO 8601 duration (``P10Y``) is kept as is.
* dates: ``Mar. 29, 2025``, ``May 04, 2019``, ``Sept. 30, 2023``, ``June 30, 2024`` and ISO ``2025-03-29``.
  A month and year without a day (``Sep. 2025``) stays TEXT: a ``datetime.date`` would need an invented day.
* booleans: ``true``/``false``/``yes``/``no`` in any case.
* nil: a dash alone (``—``, ``–``, ``-``), optionally after a currency symbol, and the empty cell.
* everything else is TEXT, including ``none``, ``N/A``, ``three years`` (only digit counts make a duration).

Identifiers are kept out of NUMBER only when the text itself proves it: a leading zero (``0000019617``),
hyphens (``270-6000``, ``13-2624428``, ``10017-1234``), letters (``10-Q``, ``424B2``), badly grouped commas.
A bare digit string (``212``, ``10017``, ``2024``) and ``(212)`` (an area code, but identical to -212) stay
NUMBER: only the row's element can tell them apart, which is a later stage's job.
"""

from __future__ import annotations

import datetime
import enum
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

__all__ = [
    "ParsedValue",
    "ValueKind",
    "currency_candidates",
    "currency_code",
    "is_currency_symbol",
    "parse_date",
    "parse_duration",
    "parse_value",
]


class ValueKind(enum.StrEnum):
    NUMBER = "number"
    PERCENT = "percent"
    DURATION = "duration"
    DATE = "date"
    BOOLEAN = "boolean"
    NIL = "nil"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class ParsedValue:
    """One parsed cell. Invariants: NUMBER/PERCENT have ``number``; DATE has ``date`` and ``text`` (ISO);
    DURATION has ``duration_iso`` and ``text``; BOOLEAN has ``boolean`` and ``text``; TEXT has ``text``."""

    raw: str
    kind: ValueKind
    number: Decimal | None = None
    currency_symbol: str | None = None
    text: str | None = None
    date: datetime.date | None = None
    duration_iso: str | None = None
    boolean: bool | None = None
    negative_parens: bool = False


# --- currencies -------------------------------------------------------------------------------------------

# Default ISO code per symbol as EDGAR shows it. None = the symbol alone cannot decide (the page's unit
# line, e.g. "DKK (kr)", must). "$" defaults to USD although CAD/AUD/HKD/... pages also show "$", and "¥" to
# JPY although CNY pages show it too: the default is only right when nothing better is known.
_SYMBOL_CODES: dict[str, str | None] = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₪": "ILS",
    "R$": "BRL",
    "kr": None,
    "kr.": None,
    "Kr": None,
    "Kr.": None,
    "SFr": "CHF",
    "SFr.": "CHF",
    "Fr.": None,
    "₩": "KRW",
    "₹": "INR",
    "₨": None,
    "Rs": None,
    "Rs.": None,
    "HK$": "HKD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "MX$": "MXN",
    "Mex$": "MXN",
    "RMB": "CNY",
    "Rp": "IDR",
    "RM": "MYR",
    "zł": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    "R": "ZAR",
    "₱": "PHP",
    "฿": "THB",
    "₺": "TRY",
    "₽": "RUB",
    "₫": "VND",
    "₦": "NGN",
    "₴": "UAH",
    "₡": "CRC",
    "₲": "PYG",
    "₸": "KZT",
    "₾": "GEL",
    "₭": "LAK",
    "₮": "MNT",
    "৳": "BDT",
}

# Currencies a symbol is known to stand for in filings, most likely first.
_SYMBOL_CANDIDATES: dict[str, tuple[str, ...]] = {
    "$": ("USD", "CAD", "AUD", "HKD", "SGD", "NZD", "MXN", "TWD", "ARS", "CLP", "COP"),
    "¥": ("JPY", "CNY"),
    "kr": ("SEK", "NOK", "DKK", "ISK"),
    "kr.": ("DKK", "ISK", "SEK", "NOK"),
    "Kr": ("SEK", "NOK", "DKK", "ISK"),
    "Kr.": ("DKK", "ISK", "SEK", "NOK"),
    "Fr.": ("CHF", "XOF", "XAF", "XPF"),
    "₨": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "Rs": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "Rs.": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "£": ("GBP", "EGP", "GIP", "FKP"),
}

# ISO 4217 codes (current plus the historic ones of the 2009+ XBRL era), so "DKK 69" is money but an
# arbitrary upper-case word before a number ("LLC 2") is not taken for a currency.
_ISO_CODE_LIST = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP "
    "BYN BYR BZD CAD CDF CHE CHF CHW CLF CLP CNH CNY COP COU CRC CUC CUP CVE CYP CZK DJF DKK DOP DZD "
    "EEK EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD "
    "IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LTL LVL LYD MAD MDL "
    "MGA MKD MMK MNT MOP MRO MRU MTL MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN "
    "PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SIT SKK SLE SLL SOS SRD SSP "
    "STD STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VEF "
    "VES VND VUV WST XAF XAG XAU XCD XCG XDR XOF XPF XSU XUA YER ZAR ZMK ZMW ZWG ZWL"
)
_ISO_CODES: frozenset[str] = frozenset(_ISO_CODE_LIST.split())


def _has_currency_sign(token: str) -> bool:
    return any(unicodedata.category(ch) == "Sc" for ch in token)


@lru_cache(maxsize=1024)
def is_currency_symbol(token: str) -> bool:
    """True when ``token`` can be a currency prefix: a known symbol, an ISO 4217 code, any token holding a
    currency sign (``TT$``), or an ISO code followed by a space and a sign (``CAD $``)."""
    code, sep, sign = token.partition(" ")
    if sep:
        return code in _ISO_CODES and " " not in sign and _has_currency_sign(sign)
    return token in _SYMBOL_CODES or token in _ISO_CODES or _has_currency_sign(token)


def iso_code_alone(token: str) -> str | None:
    """The ISO 4217 code that a bare code in capitals names ("KRW", and "RMB" for CNY), else None: how
    old pages write a column's or a title's currency without its sign."""
    if not re.fullmatch(r"[A-Z]{3}", token):
        return None
    return token if token in _ISO_CODES else _SYMBOL_CODES.get(token)


def currency_code(symbol: str) -> str | None:
    """Default ISO 4217 code of a currency symbol as shown on a page, or None when unknown or ambiguous
    (``kr`` is SEK, NOK, DKK or ISK; ``₨`` several rupees). ``$`` -> USD and ``¥`` -> JPY are defaults
    that the page's unit line overrides (``CAD ($)``, ``CNY (¥)``). An ISO code prefix (``DKK``, ``CAD $``)
    wins."""
    symbol = symbol.strip()
    if symbol in _SYMBOL_CODES:
        return _SYMBOL_CODES[symbol]
    head = symbol.split(" ", 1)[0]
    if head in _ISO_CODES:
        return head
    return None


def currency_candidates(symbol: str) -> tuple[str, ...]:
    """All ISO codes a symbol may stand for, most likely first; empty when unknown."""
    symbol = symbol.strip()
    if symbol in _SYMBOL_CANDIDATES:
        return _SYMBOL_CANDIDATES[symbol]
    code = currency_code(symbol)
    return (code,) if code is not None else ()


# --- numbers ----------------------------------------------------------------------------------------------

# [[-]currency[ ]] [-|+] [(] digits [%] [)] [%]. ASCII digits only: \d would accept other scripts' digits.
# The currency token excludes digits, parentheses, "%" and starts with no sign/point, so it cannot swallow
# part of the amount; it is validated afterwards (is_currency_symbol).
_NUMBER_RE = re.compile(
    r"(?:(?P<sign0>[-−])?(?P<cur>[^\s0-9()%+\-−.,][^\s0-9()%]{0,5}(?: [^\s0-9()%+\-−.,][^\s0-9()%]{0,3})?)"
    r"(?P<sp> ?))?"
    r"(?P<sign>[-−+])?"
    r"(?P<open>\()?"
    r"(?P<num>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+)"
    r"(?P<pin>%)?"
    r"(?P<close>\))?"
    r"(?P<pout>%)?"
)

_DASHES = frozenset({"-", "–", "—", "−", "‒", "―"})
_BOOLEANS: dict[str, bool] = {"true": True, "false": False, "yes": True, "no": False}


def _shift(value: Decimal, places: int) -> Decimal:
    """value * 10**places, exactly: scaleb and * round to the context precision, the tuple form does not."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite by construction
    return Decimal((sign, digits, exponent + places))


def _parse_number(raw: str, s: str) -> ParsedValue | None:
    m = _NUMBER_RE.fullmatch(s)
    if m is None:
        return None
    sign0, cur, sign, opened, closed = m["sign0"], m["cur"], m["sign"], m["open"], m["close"]
    if (opened is None) != (closed is None):
        return None
    if m["pin"] and m["pout"]:
        return None
    minus = sign0 is not None or sign in ("-", "−")
    if (sign0 is not None and sign is not None) or (minus and opened):
        return None  # two signs: not something a renderer writes
    if cur is not None:
        if not is_currency_symbol(cur):
            return None
        # "$0.48" (no space) only after a currency sign: "R1" is a page name, not 1 rand.
        if not m["sp"] and not _has_currency_sign(cur[-1]):
            return None
    digits = m["num"]
    if len(digits) > 1 and digits[0] == "0" and digits[1] != ".":
        return None  # leading zero: an identifier such as a CIK (0000019617)
    number = Decimal(digits.replace(",", ""))
    kind = ValueKind.NUMBER
    if m["pin"] or m["pout"]:
        kind = ValueKind.PERCENT
        number = _shift(number, -2)
    if (minus or opened) and number:
        number = number.copy_negate()  # exact, unlike unary minus (context rounding); no "-0"
    return ParsedValue(
        raw=raw, kind=kind, number=number, currency_symbol=cur, negative_parens=opened is not None
    )


# --- durations --------------------------------------------------------------------------------------------

_DUR_PART = r"([0-9]+(?:\.[0-9]+)?) (year|month|day|hour|minute|second)s?"
_DUR_WORDS_RE = re.compile(rf"{_DUR_PART}(?:,? (?:and )?{_DUR_PART})*", re.IGNORECASE)
_DUR_PART_RE = re.compile(_DUR_PART, re.IGNORECASE)
_DUR_ISO_RE = re.compile(
    r"-?P(?=[0-9]|T[0-9])(?:[0-9]+(?:\.[0-9]+)?Y)?(?:[0-9]+(?:\.[0-9]+)?M)?(?:[0-9]+(?:\.[0-9]+)?W)?"
    r"(?:[0-9]+(?:\.[0-9]+)?D)?(?:T(?=[0-9])(?:[0-9]+(?:\.[0-9]+)?H)?(?:[0-9]+(?:\.[0-9]+)?M)?"
    r"(?:[0-9]+(?:\.[0-9]+)?S)?)?"
)
_DUR_UNITS = ("year", "month", "day", "hour", "minute", "second")
_DUR_LETTERS = ("Y", "M", "D", "H", "M", "S")


def parse_duration(text: str) -> str | None:
    """ISO 8601 duration of a rendered duration (``1 year 6 months`` -> ``P1Y6M``, ``90 days`` -> ``P90D``,
    ``P10Y`` kept), or None. Units must come in decreasing order, each at most once; counts are kept as
    shown (``18 months`` -> ``P18M``, not normalized)."""
    s = text.strip()
    if not s:
        return None
    if s[0] in "P-":
        return s if _DUR_ISO_RE.fullmatch(s) else None
    if not ("0" <= s[0] <= "9") or _DUR_WORDS_RE.fullmatch(s) is None:
        return None
    date_part: list[str] = []
    time_part: list[str] = []
    last = -1
    for count, unit in _DUR_PART_RE.findall(s):
        index = _DUR_UNITS.index(unit.lower())
        if index <= last:
            return None  # "6 months 1 year" or a repeated unit: not a rendered duration
        last = index
        (date_part if index < 3 else time_part).append(count + _DUR_LETTERS[index])
    return "P" + "".join(date_part) + ("T" + "".join(time_part) if time_part else "")


_ISO_PART_RE = re.compile(r"([0-9]+(?:\.[0-9]+)?)([YMWD])")
_DAYS_IN = {"Y": Decimal("365.25"), "M": Decimal("30.4375"), "W": Decimal(7), "D": Decimal(1)}


def duration_days(iso: str) -> Decimal | None:
    """An ISO 8601 duration's length in days, months and years at their average lengths (``P1Y6M``
    -> 547.875), to compare durations by size; None for a negative or time-only duration."""
    if iso.startswith("-"):
        return None
    date_part = iso[1:].partition("T")[0]
    parts = _ISO_PART_RE.findall(date_part)
    if not parts:
        return None
    return sum((Decimal(n) * _DAYS_IN[u] for n, u in parts), Decimal(0))


# --- dates ------------------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
_DATE_RE = re.compile(r"([A-Za-z]{3,9})\.? ([0-9]{1,2}),? ([0-9]{4})")
_ISO_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def parse_date(text: str) -> datetime.date | None:
    """Date of a header, label or value date (``Dec. 31, 2023``, ``Sep 30, 2023``, ``Sept. 30, 2023``,
    ``June 30, 2024``, ``May 04, 2019``, ``2023-12-31``); the whole text must be the date. None otherwise,
    including impossible dates (``Feb. 30, 2023``)."""
    s = text.strip()
    m = _DATE_RE.fullmatch(s)
    try:
        if m is not None:
            month = _MONTHS.get(m[1].lower())
            if month is None:
                return None
            return datetime.date(int(m[3]), month, int(m[2]))
        m = _ISO_DATE_RE.fullmatch(s)
        if m is not None:
            return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return None


# --- the cell ---------------------------------------------------------------------------------------------

_CACHE_MAX_LEN = 48  # short cells repeat a lot ("0", "$ 0", "true"); long text blocks are not worth caching


def parse_value(raw: str) -> ParsedValue:
    """Parse one value cell; never raises. ``raw`` is kept exactly in the result."""
    if len(raw) <= _CACHE_MAX_LEN:
        return _parse_cached(raw)
    return _parse(raw)


@lru_cache(maxsize=1 << 14)
def _parse_cached(raw: str) -> ParsedValue:
    return _parse(raw)


def _parse(raw: str) -> ParsedValue:
    s = raw.strip()
    if not s or s in _DASHES:
        return ParsedValue(raw=raw, kind=ValueKind.NIL)
    if len(s) <= 5:
        flag = _BOOLEANS.get(s.lower())
        if flag is not None:
            return ParsedValue(
                raw=raw, kind=ValueKind.BOOLEAN, boolean=flag, text="true" if flag else "false"
            )
    parsed = _parse_number(raw, s)
    if parsed is not None:
        return parsed
    head = s[0]
    if "0" <= head <= "9" or head in "P-":
        iso = parse_duration(s)
        if iso is not None:
            return ParsedValue(raw=raw, kind=ValueKind.DURATION, duration_iso=iso, text=iso)
    if len(s) <= 20:  # longest date: "September 30, 2023"
        day = parse_date(s)
        if day is not None:
            return ParsedValue(raw=raw, kind=ValueKind.DATE, date=day, text=day.isoformat())
        symbol, sep, rest = s.rpartition(" ")
        if sep and rest in _DASHES and is_currency_symbol(symbol):
            return ParsedValue(raw=raw, kind=ValueKind.NIL, currency_symbol=symbol)  # "$ —"
    return ParsedValue(raw=raw, kind=ValueKind.TEXT, text=s)
