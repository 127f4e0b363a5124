"""Tell a file's format from its content (never from its extension), and turn bytes into text.

Bad input gets a ``ParseError`` whose message is the one-line reason shown to the user.
"""

from __future__ import annotations

import re

from warehouse.parse.errors import ParseError, UnsupportedFormat
from warehouse.parse.html.detect import looks_like_filing_summary, looks_like_rpage_html
from warehouse.parse.xbrl.detect import looks_like_inline, looks_like_instance

_MD_TABLE_RE = re.compile(r"^\|.*\|\s*$\n^\|\s*:?-{3,}", re.MULTILINE)


def sniff(text: str) -> str:
    """The format of a decoded file ('rpage-text', 'rpage-html', 'filing-summary', 'xbrl-instance',
    'inline-xbrl'), or an error saying what it is."""
    start = text.lstrip()[:2000]
    low = start.lower()
    if start.startswith("XML ") and "IDEA: XBRL DOCUMENT" in start[:200]:
        raise UnsupportedFormat("EDGAR full-submission text rendering of an R page (not supported yet)")
    head = text[:20000]
    if looks_like_inline(head.encode("utf-8", "replace")):
        return "inline-xbrl"
    if looks_like_rpage_html(head):
        return "rpage-html"
    if looks_like_filing_summary(head):
        return "filing-summary"
    if looks_like_instance(head.encode("utf-8", "replace")):
        return "xbrl-instance"
    if low.startswith(("<!doctype html", "<html")) or ("<table" in low and "</" in low):
        raise UnsupportedFormat("HTML that is not an EDGAR R page (not supported)")
    if low.startswith("<?xml") or low.startswith("<xbrl") or "<xbrli:" in low:
        raise UnsupportedFormat("XML document that is not an R page (not supported)")
    if _MD_TABLE_RE.search(start):
        raise UnsupportedFormat("markdown-table rendering of an R page (not supported yet)")
    first = start.split("\n", 1)[0].strip()
    if first.startswith("|") or first.startswith(("- Definition", "- References")):
        return "rpage-text"
    raise ParseError("not an R page: the text does not start with a '|' table cell")
