"""Keys that identify a concept across filings; shared by the parsers, resolution and taxonomies.

A standard element's definition is its taxonomy documentation, identical in every filing, so a hash
of its normalised text is a key that joins the element wherever it appears.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal

_NORM_RE = re.compile(r"[^a-z0-9]+")


def norm(text: str) -> str:
    return _NORM_RE.sub(" ", text.lower()).strip()


def short_hash(text: str, n: int = 20) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def definition_key(text: str) -> str:
    """The documentation key of a definition text (concepts are keyed 'def:' + this)."""
    return short_hash(norm(text))


_MARKER_RE = re.compile(r"\s*\[[^\]]*\]|\s*\(in [^)]*\)", re.IGNORECASE)
_NAME_MARKER_RE = re.compile(r"(?:Abstract|LineItems|Table|Axis|Domain|Member|RollForward|TextBlock)$")
_CAMEL_SPLIT_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_KEY_STOP = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)


def element_id(qname: str) -> str:
    """The id of an element as R pages and schemas write it: "us-gaap:Assets" -> "us-gaap_Assets"."""
    return qname.replace(":", "_", 1)


def singular(word: str) -> str:
    """A plural's singular, crudely: "liabilities" -> "liability", "assets" -> "asset"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words_key(text: str) -> str:
    """The set of a label's words, plural-blind and without markers, hints or small words:
    "Non-current assets:" and "Assets, Noncurrent [Abstract]" both give "asset noncurrent"."""
    text = _MARKER_RE.sub(" ", text.split(" | ")[0])
    text = re.sub(r"(?i)\bnon[- ](?=[a-z])", "non", text).replace("'", "").replace("\u2019", "")
    return " ".join(sorted({singular(w) for w in _NORM_RE.split(text.lower()) if w and w not in _KEY_STOP}))


def name_words_key(name: str) -> str:
    """The words key of an element name: "AssetsNoncurrentAbstract" -> "asset noncurrent"."""
    return words_key(_CAMEL_SPLIT_RE.sub(" ", _NAME_MARKER_RE.sub("", name)))


@dataclass(frozen=True, slots=True)
class ElementInfo:
    """What a taxonomy says of an element, for parsers and resolution (no database objects)."""

    qname: str  # prefix:LocalName
    period_type: str | None  # instant | duration
    data_type: str | None  # xbrli:monetaryItemType, dtr-types:perShareItemType, ...
    balance: str | None
    abstract: bool
    labels: tuple[str, ...] = ()  # standard, terse, ... labels


@dataclass(slots=True)
class UndocumentedIndex:
    """Elements without documentation of their own (none, or a text shared with other elements),
    with that shared documentation key or None: by the words of their name and labels, and by id."""

    by_words: dict[str, tuple[tuple[str | None, ElementInfo], ...]] = field(default_factory=dict)
    by_id: dict[str, tuple[str | None, ElementInfo]] = field(default_factory=dict)  # prefix_Name ->
    _ids: list[str] = field(default_factory=list)  # by_id's keys, sorted when first needed

    def __bool__(self) -> bool:
        return bool(self.by_id)

    def add(self, doc_key: str | None, info: ElementInfo) -> None:
        """Index one element; call newest taxonomy first (an element keeps its newest version)."""
        key_id = element_id(info.qname)
        if key_id in self.by_id:
            return
        self.by_id[key_id] = (doc_key, info)
        self._ids.clear()
        local = info.qname.partition(":")[2]
        for key in {name_words_key(local), *(words_key(label) for label in info.labels)} - {""}:
            self.by_words[key] = (*self.by_words.get(key, ()), (doc_key, info))

    def between(self, low: str, high: str) -> list[tuple[str | None, ElementInfo]]:
        """The elements whose id sorts strictly between two ids."""
        if not self._ids:
            self._ids.extend(sorted(self.by_id))
        ids = self._ids
        return [self.by_id[i] for i in ids[bisect.bisect_right(ids, low) : bisect.bisect_left(ids, high)]]


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
        self.calculations = {}
        # the elements the documentation key cannot name (none of their own, or one shared text)
        self.undocumented = UndocumentedIndex()

    @property
    def calculations(self) -> dict[str, tuple[tuple[tuple[str, Decimal], ...], ...]]:
        """total prefix:Name -> its calculation networks, each ((item prefix:Name, weight), ...)."""
        return self._calculations

    @calculations.setter
    def calculations(self, networks: dict[str, tuple[tuple[tuple[str, Decimal], ...], ...]]) -> None:
        self._calculations = networks
        # every element some network sums, derived once per set of networks
        self.calculation_items = frozenset(
            item for nets in networks.values() for network in nets for item, _ in network
        )

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
