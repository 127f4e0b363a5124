"""Which files belong to one filing: evidence from the folder layout and its FilingSummary.xml.

Pages are grouped into one filing only on evidence: a path of the form ``.../<cik>/<accession>/...``
(EDGAR's own layout) names the filing; a folder holding a FilingSummary.xml is one submission. Any
other page stays a filing of its own. The cover page, loaded later, fills in the company, form and
period of a grouped filing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from warehouse.discover.files import SourceFile
from warehouse.parse.html.detect import looks_like_filing_summary

_ACCESSION_RE = re.compile(r"^(?P<a>\d{10})-?(?P<b>\d{2})-?(?P<c>\d{6})$")
_CIK_RE = re.compile(r"^\d{1,10}$")


@dataclass(frozen=True, slots=True)
class FolderFiling:
    """What a folder says about the filing its files belong to."""

    key: str  # "accession:0000950170-24-012345" or "folder:/abs/path"
    accession_number: str | None = None
    cik: str | None = None


def accession_from_path(path: Path) -> tuple[str | None, str | None]:
    """(accession "0000950170-24-012345", CIK "0000320193") from a path .../<cik>/<accession>/..."""
    parts = path.parts
    for i in range(len(parts) - 1, -1, -1):
        m = _ACCESSION_RE.match(parts[i])
        if m:
            accession = f"{m.group('a')}-{m.group('b')}-{m.group('c')}"
            cik = parts[i - 1].zfill(10) if i > 0 and _CIK_RE.match(parts[i - 1]) else None
            return accession, cik
    return None, None


def _has_filing_summary(folder: Path, names: Iterable[str]) -> bool:
    for name in names:
        if not name.lower().endswith(".xml"):
            continue
        try:
            with (folder / name).open("rb") as fh:
                head = fh.read(4096).decode("utf-8", "replace")
        except OSError:
            continue
        if looks_like_filing_summary(head):
            return True
    return False


def folder_filings(files: list[SourceFile]) -> dict[Path, FolderFiling]:
    """The filing of each folder that has evidence of one (folders without evidence are absent)."""
    by_folder: dict[Path, list[str]] = {}
    for f in files:
        by_folder.setdefault(f.path.parent, []).append(f.path.name)
    out: dict[Path, FolderFiling] = {}
    for folder, names in by_folder.items():
        accession, cik = accession_from_path(folder)
        if accession:
            out[folder] = FolderFiling(f"accession:{accession}", accession, cik)
        elif _has_filing_summary(folder, names):
            out[folder] = FolderFiling(f"folder:{folder.as_posix()}")
    return out
