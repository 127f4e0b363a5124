"""Inline XBRL transformation formats: displayed text -> the XBRL value (lexical form).

``transform(namespace, name, text)`` returns the value a format gives (``"1234.5"``, ``"2024-12-31"``,
``"--12-31"``, ``"true"``, ``""``) or raises ``TransformError`` when the text does not match the format,
``UnknownFormat`` when the format is not implemented. Nothing is guessed: the caller keeps the raw
text and records a warning.

Supported, by registry (all five XII versions and the SEC's):

* numbers: ``num-dot-decimal``/``numdotdecimal``, ``num-comma-decimal``/``numcommadecimal`` (TR5 also the
  ``-apos`` variants), ``num-unit-decimal``/``numunitdecimal`` (ASCII digits), ``fixed-zero``,
  ``zerodash``, and TR1's ``numcommadot``, ``numdotcomma``, ``numspacedot``, ``numspacecomma``,
  ``numcomma``, ``numdash``;
* dates with English month names or numbers, day-month-year in every order the registries name,
  month-day (``--MM-DD``) and month-year (``YYYY-MM``); TR1's ``datelongus``, ``dateshortus``,
  ``datelonguk``, ``dateshortuk``, ``dateslashus``, ``dateslasheu``, ``datedotus``, ``datedoteu``.
  One- and two-digit years are read as 20YY, as the registries say;
* ``fixed-true``/``booleantrue``, ``fixed-false``/``booleanfalse``, ``fixed-empty``/``nocontent``;
* SEC: ``numwordsen`` (whole numbers in English words up to the trillions: "no", "none", "zero",
  "twenty-one", "one hundred and five", "two million"; no fractions, no "a hundred") and
  ``boolballotbox``.

Not supported (-> ``UnknownFormat``): other languages' month names, CJK and Indian digit forms, the
SEC's ``durwordsen``, ``numinf``, ``exchnameen``, ``stateprovnameen``, ``countrynameen`` and other
name-to-code formats.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

__all__ = [
    "SEC",
    "TR1",
    "TR2",
    "TR3",
    "TR4",
    "TR5",
    "TransformError",
    "UnknownFormat",
    "is_known",
    "transform",
]

TR1 = "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20"
TR2 = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31"
TR3 = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26"
TR4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
TR5 = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16"
SEC = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31"


class TransformError(ValueError):
    """The displayed text does not match the format."""


class UnknownFormat(TransformError):
    """A format this module does not implement."""


Transform = Callable[[str], str]

_WS = " \t\n\r"


def _fail(text: str, what: str) -> TransformError:
    return TransformError(f"{text.strip(_WS)[:40]!r} does not match {what}")


# --- numbers ----------------------------------------------------------------------------------------------

_DECIMAL_RE = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")


def _grouped(pattern: str, group_chars: str, point: str, what: str) -> Transform:
    """A number written with group separators ``group_chars`` and decimal mark ``point``."""
    compiled = re.compile(pattern)
    table = str.maketrans({**dict.fromkeys(group_chars, None), point: "."})

    def parse(text: str) -> str:
        s = text.strip(_WS)
        if compiled.fullmatch(s) is None:
            raise _fail(text, what)
        out = s.translate(table)
        if _DECIMAL_RE.fullmatch(out) is None:
            raise _fail(text, what)
        return out

    return parse


_NBSP = "\xa0"
_APOS = "'`´’′"
# TR2/TR3: groups of three, an optional separator between them.
_dot_decimal_tr2 = _grouped(
    rf"[0-9]{{1,3}}(?:[, {_NBSP}]?[0-9]{{3}})*(?:\.[0-9]+)?", f", {_NBSP}", ".", "numdotdecimal"
)
_comma_decimal_tr2 = _grouped(
    rf"[0-9]{{1,3}}(?:[. {_NBSP}]?[0-9]{{3}})*(?:,[0-9]+)?", f". {_NBSP}", ",", "numcommadecimal"
)
# TR4/TR5: separators anywhere (the registry's own, looser, grammar).
_dot_decimal_tr4 = _grouped(rf"[, {_NBSP}0-9]*(?:\.[ {_NBSP}0-9]+)?", f", {_NBSP}", ".", "num-dot-decimal")
_comma_decimal_tr4 = _grouped(rf"[. {_NBSP}0-9]*(?:,[ {_NBSP}0-9]+)?", f". {_NBSP}", ",", "num-comma-decimal")
_dot_decimal_apos = _grouped(
    rf"[,{_APOS} {_NBSP}0-9]*(?:\.[ {_NBSP}0-9]+)?", f",{_APOS} {_NBSP}", ".", "num-dot-decimal-apos"
)
_comma_decimal_apos = _grouped(
    rf"[.{_APOS} {_NBSP}0-9]*(?:,[ {_NBSP}0-9]+)?", f".{_APOS} {_NBSP}", ",", "num-comma-decimal-apos"
)
# TR1: fixed separators, groups of three.
_numcommadot = _grouped(r"[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?", ",", ".", "numcommadot")
_numdotcomma = _grouped(r"[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]+)?", ".", ",", "numdotcomma")
_numspacedot = _grouped(
    rf"[0-9]{{1,3}}(?:[ {_NBSP}][0-9]{{3}})*(?:\.[0-9]+)?", f" {_NBSP}", ".", "numspacedot"
)
_numspacecomma = _grouped(
    rf"[0-9]{{1,3}}(?:[ {_NBSP}][0-9]{{3}})*(?:,[0-9]+)?", f" {_NBSP}", ",", "numspacecomma"
)
_numcomma = _grouped(r"[0-9]+(?:,[0-9]+)?", "", ",", "numcomma")


def _unit_decimal(pattern: str, group_chars: str, what: str) -> Transform:
    """``5 dollars 25 cents`` -> ``5.25``: the integer, a unit word, a one- or two-digit fraction."""
    compiled = re.compile(pattern)
    table = str.maketrans(dict.fromkeys(group_chars, None))

    def parse(text: str) -> str:
        m = compiled.fullmatch(text.strip(_WS))
        whole = m[1].translate(table) if m else ""
        if m is None or not whole.isdigit():
            raise _fail(text, what)
        return f"{whole}.{m[2].zfill(2)}"  # "5 cents" is 0.05, not 0.5

    return parse


_unit_decimal_tr2 = _unit_decimal(
    r"(0|[1-9][0-9]{0,2}(?:[.,]?[0-9]{3})*)[^0-9,.]+([0-9]{1,2})[^0-9,.]*", ".,", "numunitdecimal"
)
_unit_decimal_tr4 = _unit_decimal(r"([0-9.,]+)[^0-9.,][^0-9]*([0-9]{1,2})[^0-9]*", ".,", "num-unit-decimal")
_unit_decimal_apos = _unit_decimal(
    rf"([0-9.,{_APOS}]+)[^0-9.,{_APOS}][^0-9]*([0-9]{{1,2}})[^0-9]*", f".,{_APOS}", "num-unit-decimal-apos"
)

_DASHES = frozenset("-\u058a\u05be\u2010\u2011\u2012\u2013\u2014\u2015\ufe58\ufe63\uff0d")


def _zerodash(text: str) -> str:
    if text.strip(_WS) not in _DASHES:
        raise _fail(text, "zerodash")
    return "0"


def _numdash(text: str) -> str:
    if text.strip(_WS) != "-":
        raise _fail(text, "numdash")
    return "0"


def _fixed(value: str) -> Transform:
    return lambda _text: value


# --- numbers in English words (SEC numwordsen) ----------------------------------------------------------

_SMALL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
)
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_SMALL = {word: n for n, word in enumerate(_SMALL_WORDS.split())}
_TENS = {word: 10 * n for n, word in enumerate(_TENS_WORDS.split(), 2)}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def _word_group(tokens: list[str], i: int) -> tuple[int, int] | None:
    """One group below a thousand starting at ``tokens[i]``: (value, next index), or None."""
    start, value = i, 0
    if i + 1 < len(tokens) and 0 < _SMALL.get(tokens[i], 0) < 10 and tokens[i + 1] == "hundred":
        value, i = 100 * _SMALL[tokens[i]], i + 2
    if i < len(tokens) and tokens[i] in _TENS:
        value, i = value + _TENS[tokens[i]], i + 1
        if i < len(tokens) and 0 < _SMALL.get(tokens[i], 0) < 10:
            value, i = value + _SMALL[tokens[i]], i + 1
    elif i < len(tokens) and _SMALL.get(tokens[i], 0) > 0:
        value, i = value + _SMALL[tokens[i]], i + 1
    return (value, i) if i > start else None


def _numwordsen(text: str) -> str:
    s = " ".join(text.strip(_WS).lower().split())
    if s in ("no", "none", "zero"):
        return "0"
    tokens = [t for t in re.split(r"[\s,-]+", s) if t and t != "and"]
    total, i, last_scale = 0, 0, None
    while i < len(tokens):
        group = _word_group(tokens, i)
        if group is None:
            raise _fail(text, "numwordsen")
        value, i = group
        scale = _SCALES.get(tokens[i]) if i < len(tokens) else None
        if scale is not None:
            if last_scale is not None and scale >= last_scale:
                raise _fail(text, "numwordsen")  # "two thousand three thousand"
            last_scale, i = scale, i + 1
        elif i < len(tokens):
            raise _fail(text, "numwordsen")
        total += value * (scale or 1)
    if not tokens:
        raise _fail(text, "numwordsen")
    return str(total)


def _boolballotbox(text: str) -> str:
    s = text.strip(_WS)
    if s == "\u2610":
        return "false"
    if s in ("\u2611", "\u2612"):
        return "true"
    raise _fail(text, "boolballotbox")


# --- dates ------------------------------------------------------------------------------------------------

_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTHS: dict[str, int] = {name: n for n, name in enumerate(_MONTH_NAMES, 1)}
_MONTHS.update({name[:3]: n for n, name in enumerate(_MONTH_NAMES, 1)})
_MONTHS["sept"] = 9

_Y = r"([0-9]{4}|[0-9]{1,2})"
_D = r"([0-9]{1,2})(?:st|nd|rd|th)?"
_M = r"([0-9]{1,2})"
_NAME = r"([A-Za-z]+)"
_SEP = r"[^0-9A-Za-z]+"  # between a name or ordinal and what follows ("Dec. 31", "31st, ")


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) <= 2 else int(text)


def _month(text: str) -> int:
    if text.isdigit():
        return int(text)
    month = _MONTHS.get(text.lower())
    if month is None:
        raise ValueError(text)
    return month


def _date_format(pattern: str, order: str, what: str) -> Transform:
    """A date transform: ``order`` names the groups of ``pattern`` (``d``, ``m``, ``y``); without
    ``y`` it gives ``--MM-DD``, without ``d`` ``YYYY-MM``."""
    compiled = re.compile(pattern, re.IGNORECASE)

    def parse(text: str) -> str:
        m = compiled.fullmatch(text.strip(_WS))
        if m is None:
            raise _fail(text, what)
        parts = dict(zip(order, m.groups(), strict=True))
        try:
            month = _month(parts["m"])
            year = _year(parts["y"]) if "y" in parts else 2000  # a leap year: "--02-29" is valid
            day = dt.date(year, month, int(parts.get("d", "1")))
        except ValueError:
            raise _fail(text, what) from None
        if "y" not in parts:
            return f"--{day.month:02d}-{day.day:02d}"
        if "d" not in parts:
            return f"{day.year:04d}-{day.month:02d}"
        return day.isoformat()

    return parse


_NUM_SEP = r"[^0-9]+"
_DATES: dict[str, Transform] = {
    # TR4/TR5 names; the TR2/TR3 aliases are mapped below.
    "date-day-month": _date_format(rf"{_M}{_NUM_SEP}{_M}", "dm", "date-day-month"),
    "date-day-month-year": _date_format(rf"{_M}{_NUM_SEP}{_M}{_NUM_SEP}{_Y}", "dmy", "date-day-month-year"),
    "date-day-monthname-en": _date_format(rf"{_D}{_SEP}{_NAME}\.?", "dm", "date-day-monthname-en"),
    "date-day-monthname-year-en": _date_format(
        rf"{_D}{_SEP}{_NAME}[^0-9]+{_Y}", "dmy", "date-day-monthname-year-en"
    ),
    "date-month-day": _date_format(rf"{_M}{_NUM_SEP}{_M}", "md", "date-month-day"),
    "date-month-day-year": _date_format(rf"{_M}{_NUM_SEP}{_M}{_NUM_SEP}{_Y}", "mdy", "date-month-day-year"),
    "date-month-year": _date_format(rf"{_M}{_NUM_SEP}{_Y}", "my", "date-month-year"),
    "date-monthname-day-en": _date_format(rf"{_NAME}{_SEP}{_D}", "md", "date-monthname-day-en"),
    "date-monthname-day-year-en": _date_format(
        rf"{_NAME}{_SEP}{_D}[^0-9]+{_Y}", "mdy", "date-monthname-day-year-en"
    ),
    "date-monthname-year-en": _date_format(rf"{_NAME}[^0-9]+{_Y}", "my", "date-monthname-year-en"),
    "date-year-month": _date_format(rf"{_Y}{_NUM_SEP}{_M}", "ym", "date-year-month"),
    "date-year-month-day": _date_format(rf"{_Y}{_NUM_SEP}{_M}{_NUM_SEP}{_M}", "ymd", "date-year-month-day"),
}

_TR2_DATE_ALIASES = {
    "datedaymonth": "date-day-month",
    "datedaymonthyear": "date-day-month-year",
    "datedaymonthen": "date-day-monthname-en",
    "datedaymonthyearen": "date-day-monthname-year-en",
    "datemonthday": "date-month-day",
    "datemonthdayyear": "date-month-day-year",
    "datemonthyear": "date-month-year",
    "datemonthdayen": "date-monthname-day-en",
    "datemonthdayyearen": "date-monthname-day-year-en",
    "datemonthyearen": "date-monthname-year-en",
    "dateyearmonthday": "date-year-month-day",
}

_TR1_DATES: dict[str, Transform] = {
    "datelongus": _DATES["date-monthname-day-year-en"],
    "dateshortus": _DATES["date-monthname-day-year-en"],
    "datelonguk": _DATES["date-day-monthname-year-en"],
    "dateshortuk": _DATES["date-day-monthname-year-en"],
    "dateslashus": _date_format(rf"{_M}/{_M}/{_Y}", "mdy", "dateslashus"),
    "dateslasheu": _date_format(rf"{_M}/{_M}/{_Y}", "dmy", "dateslasheu"),
    "datedotus": _date_format(rf"{_M}\.{_M}\.{_Y}", "mdy", "datedotus"),
    "datedoteu": _date_format(rf"{_M}\.{_M}\.{_Y}", "dmy", "datedoteu"),
}

# --- registries -------------------------------------------------------------------------------------------

_TR1: dict[str, Transform] = {
    "numcommadot": _numcommadot,
    "numdotcomma": _numdotcomma,
    "numspacedot": _numspacedot,
    "numspacecomma": _numspacecomma,
    "numcomma": _numcomma,
    "numdash": _numdash,
    **_TR1_DATES,
}
_TR2: dict[str, Transform] = {
    "numdotdecimal": _dot_decimal_tr2,
    "numcommadecimal": _comma_decimal_tr2,
    "numunitdecimal": _unit_decimal_tr2,
    "zerodash": _zerodash,
    "nocontent": _fixed(""),
    "booleantrue": _fixed("true"),
    "booleanfalse": _fixed("false"),
    **{alias: _DATES[name] for alias, name in _TR2_DATE_ALIASES.items()},
}
_TR4: dict[str, Transform] = {
    "num-dot-decimal": _dot_decimal_tr4,
    "num-comma-decimal": _comma_decimal_tr4,
    "num-unit-decimal": _unit_decimal_tr4,
    "fixed-zero": _fixed("0"),
    "fixed-empty": _fixed(""),
    "fixed-true": _fixed("true"),
    "fixed-false": _fixed("false"),
    **_DATES,
}
_TR5: dict[str, Transform] = {
    **_TR4,
    "num-dot-decimal-apos": _dot_decimal_apos,
    "num-comma-decimal-apos": _comma_decimal_apos,
    "num-unit-decimal-apos": _unit_decimal_apos,
}
_SEC: dict[str, Transform] = {"numwordsen": _numwordsen, "boolballotbox": _boolballotbox}

_REGISTRIES: dict[str, dict[str, Transform]] = {
    TR1: _TR1,
    "http://www.xbrl.org/2008/inlineXBRL/transformation": _TR1,  # the pre-release name of TR1
    TR2: _TR2,
    TR3: _TR2,  # TR3 adds only formats for other languages and scripts to TR2's
    TR4: _TR4,
    TR5: _TR5,
    SEC: _SEC,
}


def is_known(namespace: str, name: str) -> bool:
    return name in _REGISTRIES.get(namespace, {})


def transform(namespace: str, name: str, text: str) -> str:
    """The XBRL value of ``text`` displayed with the format ``{namespace}name``."""
    func = _REGISTRIES.get(namespace, {}).get(name)
    if func is None:
        raise UnknownFormat(f"unsupported format {name!r} ({namespace or 'no namespace'})")
    return func(text)
