"""Parsers for EDGAR's own renderings: R pages as HTML (lossless) and FilingSummary.xml.

``looks_like_rpage_html`` / ``looks_like_filing_summary`` tell the formats apart by content;
``parse_html_page`` gives the same ``Page`` model as the text parser, with every column, cell,
element and definition read exactly; ``parse_filing_summary`` the filing's list of R pages.
"""

from warehouse.parse.html.detect import looks_like_filing_summary, looks_like_rpage_html
from warehouse.parse.html.filing_summary import (
    BaseTaxonomy,
    FilingSummary,
    InputFile,
    LogEntry,
    SummaryReport,
    parse_filing_summary,
)
from warehouse.parse.html.rpage import parse_html_page

__all__ = [
    "BaseTaxonomy",
    "FilingSummary",
    "InputFile",
    "LogEntry",
    "SummaryReport",
    "looks_like_filing_summary",
    "looks_like_rpage_html",
    "parse_filing_summary",
    "parse_html_page",
]
