"""Element names as the HTML writes them (``us-gaap_Revenues``) turned into ``us-gaap:Revenues``.

The page joins prefix and local name with ``_``, and local names may hold ``_`` too, so the split
uses the namespace prefixes the page's own pop-ups state (``Namespace Prefix: us-gaap_``) and
falls back to the first ``_`` (EDGAR prefixes hold none). Members are ``Axis=Member`` pairs;
a typed member's right side is its value, not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_QNAME_RE = re.compile(r"^[A-Za-z][\w.-]*_[A-Za-z_][\w.-]*$")


class Names:
    def __init__(self, prefixes: Iterable[str] = ()) -> None:
        # Longest first: "us-gaap-sup_" must win over a hypothetical "us-gaap_".
        self._prefixes = tuple(sorted({p for p in prefixes if p.endswith("_")}, key=len, reverse=True))

    def qname(self, raw: str) -> str:
        """``aapl_OtherIncome`` -> ``aapl:OtherIncome``; a name without ``_`` is kept as is."""
        for p in self._prefixes:
            if raw.startswith(p) and len(raw) > len(p):
                return f"{p[:-1]}:{raw[len(p) :]}"
        head, sep, tail = raw.partition("_")
        return f"{head}:{tail}" if sep and head and tail else raw

    def ref(self, raw: str) -> str:
        """A defref as a name: ``a_Axis=b_Member`` -> ``a:Axis=b:Member``; a typed value stays."""
        axis, sep, member = raw.partition("=")
        if not sep:
            return self.qname(raw)
        return f"{self.qname(axis)}={self.qname(member) if is_qname(member) else member}"


def is_qname(raw: str) -> bool:
    """Whether the right side of ``Axis=...`` names a member element (else it is a typed value)."""
    return _QNAME_RE.match(raw) is not None
