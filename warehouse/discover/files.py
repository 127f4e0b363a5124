"""Find the files under a folder: recursive, sorted, hidden files and folders left out."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path  # absolute
    source_path: str  # relative to the folder given to `warehouse load`, "/" separators
    size: int

    @property
    def key(self) -> str:
        return self.path.as_posix()


def discover(root: Path, exclude: frozenset[Path] = frozenset()) -> Iterator[SourceFile]:
    """Files under root; ``exclude`` holds paths never to load (the SQLite database and its journals)."""
    root = root.resolve()
    if root.is_file():
        yield SourceFile(root, root.name, root.stat().st_size)
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            if path in exclude or not path.is_file():
                continue
            yield SourceFile(path, path.relative_to(root).as_posix(), path.stat().st_size)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
