"""Tell a classic XBRL instance and an inline XBRL document from the first few KB of content.

Only content counts, never the file name: EDGAR names instances ``*_htm.xml`` and inline documents
``*.htm`` like any other page. The test is the root element (after the XML declaration, comments and
a doctype) and the namespace that makes it XBRL, declared on that root.
"""

from __future__ import annotations

import re

from warehouse.parse.xbrl.names import IX, XBRLI

_PREAMBLE = re.compile(
    r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*", re.DOTALL | re.IGNORECASE
)
_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")


def _text(head: bytes) -> str:
    """The head as text: markers are ASCII, so Latin-1 reads any ASCII-compatible encoding."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")


def _root_name(text: str) -> str | None:
    """Local name of the first element, or None when the text does not start with markup."""
    start = _PREAMBLE.match(text)
    m = _TAG.match(text, start.end() if start else 0)
    return m[1] if m else None


def looks_like_instance(head: bytes) -> bool:
    """True for a classic XBRL instance: root ``xbrl`` with the XBRL 2.1 instance namespace."""
    text = _text(head)
    return _root_name(text) == "xbrl" and XBRLI in text


def looks_like_inline(head: bytes) -> bool:
    """True for an inline XBRL document: root ``html`` declaring the Inline XBRL 1.1 namespace."""
    text = _text(head)
    return _root_name(text) == "html" and IX in text
