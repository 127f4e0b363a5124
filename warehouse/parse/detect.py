"""Tell a file's format from its content (never from its extension), and turn bytes into text.

Bad input gets a ``ParseError`` whose message is the one-line reason shown to the user.
"""

from __future__ import annotations

import re

from warehouse.parse.errors import ParseError, UnsupportedFormat

_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))
_MD_TABLE_RE = re.compile(r"^\|.*\|\s*$\n^\|\s*:?-{3,}", re.MULTILINE)


def decode(data: bytes) -> str:
    """UTF-8 text (a BOM is allowed); anything else is refused with the reason."""
    if not data.strip():
        raise ParseError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError("text in UTF-16; save the file as UTF-8")
    head = data[:4096]
    if b"\x00" in head or sum(head.count(bytes([b])) for b in _CONTROL) > len(head) // 20:
        raise ParseError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8"
        ) from None


def sniff(text: str) -> str:
    """The format of a decoded file: 'rpage-text', or an UnsupportedFormat/ParseError saying what it is."""
    start = text.lstrip()[:2000]
    low = start.lower()
    if start.startswith("XML ") and "IDEA: XBRL DOCUMENT" in start[:200]:
        raise UnsupportedFormat("EDGAR full-submission text rendering of an R page (not supported yet)")
    if low.startswith(("<!doctype html", "<html")) or ("<table" in low and "</" in low):
        raise UnsupportedFormat("R page as HTML (not supported yet: give the '|' text rendering)")
    if low.startswith("<?xml") or low.startswith("<xbrl") or "<xbrli:" in low:
        raise UnsupportedFormat("XML document (FilingSummary.xml / XBRL instance: not supported yet)")
    if _MD_TABLE_RE.search(start):
        raise UnsupportedFormat("markdown-table rendering of an R page (not supported yet)")
    first = start.split("\n", 1)[0].strip()
    if first.startswith("|") or first.startswith(("- Definition", "- References")):
        return "rpage-text"
    raise ParseError("not an R page: the text does not start with a '|' table cell")
