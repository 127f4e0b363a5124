"""Recognise EDGAR's own renderings by content (pure, cheap, no HTML/XML parsing).

An R page's HTML has the report table (``<table class="report"``) and the element links or
pop-ups (``defref_``, ``authRefData``) that the renderer writes; other HTML with tables does not.
A FilingSummary.xml has ``<FilingSummary>`` as its root element.
"""

from __future__ import annotations

import re

_HEAD = 20_000  # both signs sit near the top; a huge file is not read whole to decide

_REPORT_TABLE_RE = re.compile(r"<table\b[^>]*\bclass\s*=\s*[\"']?(?:[^\"'>]*\s)?report\b", re.IGNORECASE)
_RENDERER_RE = re.compile(r"defref_|authRefData|Show\.showAR|class\s*=\s*[\"']?(?:tl|pl)\b", re.IGNORECASE)
# Prolog: BOM, XML declaration, comments, processing instructions; then the root element.
_SUMMARY_ROOT_RE = re.compile(
    r"^\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<\?.*?\?>)\s*)*<(?:[\w.-]+:)?FilingSummary[\s>/]",
    re.DOTALL,
)


def looks_like_rpage_html(text: str) -> bool:
    """True for an R page as EDGAR serves it (``R2.htm``): HTML with the renderer's report table."""
    head = text[:_HEAD]
    return bool(_REPORT_TABLE_RE.search(head) and _RENDERER_RE.search(head))


def looks_like_filing_summary(text: str) -> bool:
    """True for a FilingSummary.xml: its root element is ``<FilingSummary>``."""
    return _SUMMARY_ROOT_RE.match(text[:_HEAD]) is not None
