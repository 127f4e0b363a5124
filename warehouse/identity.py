"""Keys that identify a concept across filings; shared by the parsers, resolution and taxonomies.

A standard element's definition is its taxonomy documentation, identical in every filing, so a hash
of its normalised text is a key that joins the element wherever it appears.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_NORM_RE = re.compile(r"[^a-z0-9]+")


def norm(text: str) -> str:
    return _NORM_RE.sub(" ", text.lower()).strip()


def short_hash(text: str, n: int = 20) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def definition_key(text: str) -> str:
    """The documentation key of a definition text (concepts are keyed 'def:' + this)."""
    return short_hash(norm(text))


@dataclass(frozen=True, slots=True)
class ElementInfo:
    """What a taxonomy says of an element, for parsers and resolution (no database objects)."""

    qname: str  # prefix:LocalName
    period_type: str | None  # instant | duration
    data_type: str | None  # xbrli:monetaryItemType, dtr-types:perShareItemType, ...
    balance: str | None
    abstract: bool
    labels: tuple[str, ...] = ()  # standard, terse, ... labels
