"""What a taxonomy package parses into: plain rows, ready for the database or for tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


class TaxonomyError(ValueError):
    """The path is not a taxonomy (or a file in it is not XML): reported in one line."""


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """META-INF/taxonomyPackage.xml, or what the folder / file name tells when it is absent."""

    identifier: str  # e.g. http://xbrl.fasb.org/us-gaap/2025
    name: str
    version: str  # "" when nothing says
    year: int | None
    publication_date: dt.date | None
    from_metadata: bool  # False: derived from the folder or file name


@dataclass(frozen=True, slots=True)
class Element:
    prefix: str
    name: str
    element_id: str | None
    namespace: str
    data_type: str | None  # QName as written, e.g. xbrli:monetaryItemType
    substitution_group: str | None
    period_type: str | None  # instant | duration
    balance: str | None  # debit | credit
    abstract: bool
    nillable: bool

    @property
    def qname(self) -> str:
        return f"{self.prefix}:{self.name}"


@dataclass(frozen=True, slots=True)
class Label:
    prefix: str
    name: str
    role: str  # short for the XBRL standard roles (standard, terse, documentation, ...), else the URI
    lang: str
    text: str


@dataclass(frozen=True, slots=True)
class Calculation:
    role: str  # extended link role (the network)
    parent: str  # prefix:Name
    child: str
    weight: Decimal
    order: Decimal | None


@dataclass(frozen=True, slots=True)
class Presentation:
    role: str
    parent: str
    child: str
    order: Decimal | None
    preferred_label: str | None  # short role, like Label.role


@dataclass(slots=True)
class Taxonomy:
    """One parsed package. Relationship rows name concepts as prefix:Name, resolved or not."""

    info: PackageInfo
    source: str  # the zip or folder given, absolute
    sha256: str  # of the parsed files' paths and contents: the same for a zip and its unpacked folder
    n_files: int
    elements: list[Element] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    calculations: list[Calculation] = field(default_factory=list)
    presentation: list[Presentation] = field(default_factory=list)
