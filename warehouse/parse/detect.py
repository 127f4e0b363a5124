"""Tell a file's format from its content (never from its extension), and turn bytes into text.

Bad input gets a ``ParseError`` whose message is the one-line reason shown to the user.
"""

from __future__ import annotations

import re

from warehouse.parse.errors import ParseError, UnsupportedFormat
from warehouse.parse.html.detect import looks_like_filing_summary, looks_like_rpage_html
from warehouse.parse.xbrl.detect import looks_like_inline, looks_like_instance

# A header row then its separator: "| a | b |" over "|---|---|", or "a | b" over "---|---" (GFM).
_MD_TABLE_RE = re.compile(r"^\|.*\|\s*$\n^\|\s*:?-{3,}|^.*\|.*$\n^:?-{3,}:?\|:?-{3,}", re.MULTILINE)


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
    if re.search(r"^\|X\s*$", text, re.MULTILINE) and re.search(
        r"^- (?:Definition|Details)\s*$", text, re.MULTILINE
    ):
        # The pop-ups and "|label" cells are there, but every bare "|" line (which starts the title,
        # date and member cells) was dropped, as on many 2011 pages. The text parser reads them
        # where the header's dates stand apart, and refuses them where they do not.
        return "rpage-text"
    raise ParseError("not an R page: the text does not start with a '|' table cell")


_ARTIFACT_MAGIC = (
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "zip archive (e.g. Financial_Report.xlsx)"),
)
_ARTIFACT_XML_RE = re.compile(r"<(?:\w+:)?(schema|linkbase)\b")


def filing_artifact(data: bytes, name: str) -> str | None:
    """What another file of an EDGAR filing folder is, when it is not one the warehouse loads.

    A downloaded filing holds its taxonomy extension (schema, linkbases), images, exhibits and
    viewer assets beside the R pages and the instance: they are skipped with their kind, not failed.
    """
    head = data[:4096]
    for magic, kind in _ARTIFACT_MAGIC:
        if head.startswith(magic):
            return kind
    text = head.decode("utf-8", "replace").lstrip("\ufeff \r\n\t")
    m = _ARTIFACT_XML_RE.search(text)
    if m and not looks_like_filing_summary(text) and not looks_like_instance(head):
        return "XBRL linkbase" if m.group(1) == "linkbase" else "XML schema (taxonomy extension)"
    if text.startswith("{") and name.lower().endswith(".json"):
        return "JSON (viewer metadata)"
    if name.lower().endswith((".js", ".css")):
        return "viewer asset"
    low = text[:2000].lower()
    is_html = re.search(r"<html\b", low) is not None and not looks_like_filing_summary(text)
    wide = data[:65536].decode("utf-8", "replace")  # R pages put their report table after long <head>s
    if is_html and not looks_like_rpage_html(wide) and not looks_like_inline(head):
        return "HTML document that is not an R page (an exhibit or the filing's main document)"
    return None
