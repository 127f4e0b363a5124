"""A taxonomy package on disk, zipped or unpacked: its files, its metadata and its content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
import zlib
from pathlib import Path
from types import TracebackType

from lxml import etree

from warehouse.taxonomy.model import PackageInfo, TaxonomyError

PACKAGE_XML = "META-INF/taxonomyPackage.xml"
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


class Package:
    """Open with ``with open_package(path) as pkg``; ``files`` are the .xsd/.xml files to parse."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self._zip: zipfile.ZipFile | None = None
        if self.path.is_dir():
            names = [p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()]
        elif zipfile.is_zipfile(self.path):
            self._zip = zipfile.ZipFile(self.path)
            names = [n for n in self._zip.namelist() if not n.endswith("/")]
        else:
            raise TaxonomyError("not a taxonomy: neither a folder nor a zip file")
        try:
            self._list(names)
        except TaxonomyError:
            self.close()
            raise

    def _list(self, names: list[str]) -> None:
        names = [n for n in names if not any(part.startswith((".", "__MACOSX")) for part in n.split("/"))]
        self.root = _package_root(names)
        under = sorted(n[len(self.root) :] for n in names if n.startswith(self.root))
        self.has_metadata = PACKAGE_XML in under
        self.files = [n for n in under if n.endswith((".xsd", ".xml")) and not n.startswith("META-INF/")]
        if not self.has_metadata and not any(n.endswith(".xsd") for n in self.files):
            raise TaxonomyError("not a taxonomy: no META-INF/taxonomyPackage.xml and no .xsd schema")

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def read(self, rel: str) -> bytes:
        try:
            if self._zip is not None:
                return self._zip.read(self.root + rel)
            return (self.path / self.root / rel).read_bytes()
        except (OSError, zipfile.BadZipFile, zlib.error) as exc:  # unreadable file, corrupt zip member
            raise TaxonomyError(f"{rel}: cannot read ({exc})") from None

    def sha256(self) -> str:
        """Of every parsed file's path and content (and the metadata): a zip and its folder agree."""
        h = hashlib.sha256()
        for rel in ([PACKAGE_XML] if self.has_metadata else []) + self.files:
            h.update(f"{rel}\0{hashlib.sha256(self.read(rel)).hexdigest()}\n".encode())
        return h.hexdigest()

    def info(self) -> PackageInfo:
        if self.root:
            fallback = self.root.rstrip("/").rsplit("/", 1)[-1]
        else:
            fallback = self.path.stem if self._zip is not None else self.path.name
        if self.has_metadata:
            return read_package_xml(self.read(PACKAGE_XML), fallback)
        return PackageInfo(
            identifier=fallback,
            name=fallback,
            version=_year_text(fallback),
            year=_year(fallback),
            publication_date=None,
            from_metadata=False,
        )


def open_package(path: Path) -> Package:
    if not path.exists():
        raise TaxonomyError("no such file or directory")
    return Package(path)


def _package_root(names: list[str]) -> str:
    """The folder holding META-INF/ (zips wrap the package in one top folder), else the top."""
    roots = [n[: -len(PACKAGE_XML)] for n in names if n == PACKAGE_XML or n.endswith("/" + PACKAGE_XML)]
    if not roots:
        return ""
    depth = min(r.count("/") for r in roots)
    top = sorted(r for r in roots if r.count("/") == depth)
    if len(top) > 1:
        shown = ", ".join(r.rstrip("/") for r in top[:3]) + (", ..." if len(top) > 3 else "")
        raise TaxonomyError(f"holds {len(top)} taxonomy packages ({shown}): give each one as a path")
    return top[0]


def read_package_xml(data: bytes, fallback: str) -> PackageInfo:
    try:
        # Never fetch or expand what a file points at: taxonomy files are data, not instructions.
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise TaxonomyError(f"{PACKAGE_XML}: not XML ({exc})") from None
    # Direct children only: entry points carry tp:name and tp:version of their own.
    fields = {etree.QName(c).localname: (c.text or "").strip() for c in root if isinstance(c.tag, str)}
    identifier = fields.get("identifier") or fallback
    version = fields.get("version", "")
    published = _date(fields.get("publicationDate", ""))
    year = _year(version) or _year(identifier) or (published.year if published else None)
    return PackageInfo(
        identifier=identifier,
        name=fields.get("name") or fallback,
        version=version,
        year=year,
        publication_date=published,
        from_metadata=True,
    )


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _year(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def _year_text(text: str) -> str:
    y = _year(text)
    return str(y) if y else ""
