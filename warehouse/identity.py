"""Keys that identify a concept across filings; shared by the parsers, resolution and taxonomies.

A standard element's definition is its taxonomy documentation, identical in every filing, so a hash
of its normalised text is a key that joins the element wherever it appears.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal

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


class ElementIndex(dict[str, ElementInfo]):
    """Documentation key -> element of the newest taxonomy, plus the older versions where they differ.

    Labels, names and data types change between taxonomy years while the documentation stays, so a
    page is named from the version of its own time (``for_year``): the newest taxonomy of a year no
    later than the year after the page's last period (a filing for periods of year Y uses the
    taxonomy of year Y or Y+1). Plain lookups give the newest version.
    """

    def __init__(self) -> None:
        super().__init__()
        # doc_key -> ((year, element), ...), newest first; only keys whose versions differ
        self.versions: dict[str, tuple[tuple[int | None, ElementInfo], ...]] = {}
        self._year_of: dict[str, int | None] = {}
        # total prefix:Name -> its calculation networks, each ((item prefix:Name, weight), ...)
        self.calculations: dict[str, tuple[tuple[tuple[str, Decimal], ...], ...]] = {}

    def add(self, doc_key: str, year: int | None, info: ElementInfo) -> None:
        """Add one taxonomy's element; call newest taxonomy first. Each version keeps the earliest
        year that says the same of the element."""
        known = self.versions.get(doc_key)
        if known is None:
            first = self.get(doc_key)
            if first is None:
                self[doc_key] = info
                self._year_of[doc_key] = year
                return
            known = ((self._year_of[doc_key], first),)
        last_year, last = known[-1]
        if info == last:
            if year is None or last_year is None or year >= last_year:
                return
            known = (*known[:-1], (year, last))
        else:
            known = (*known, (year, info))
        if len(known) == 1:
            self._year_of[doc_key] = known[0][0]
        else:
            self.versions[doc_key] = known

    def for_year(self, year: int | None) -> dict[str, ElementInfo]:
        """The index as a page of ``year`` should see it."""
        if year is None or not self.versions:
            return self
        view = dict(self)
        for key, versions in self.versions.items():
            view[key] = pick_version(versions, year)
        return view


def pick_version(versions: tuple[tuple[int | None, ElementInfo], ...], year: int) -> ElementInfo:
    """The newest version of a year <= year + 1; the oldest dated one when all are newer."""
    # (year, -position): of two versions of one year the one listed first (newer) sorts last
    dated = sorted((y, -i) for i, (y, _) in enumerate(versions) if y is not None)
    fitting = [-k for y, k in dated if y <= year + 1]
    if fitting:
        return versions[fitting[-1]][1]
    if dated:
        return versions[-dated[0][1]][1]
    return versions[0][1]
