"""Copies of the test taxonomy package as other versions or with reworded texts, for tests."""

from __future__ import annotations

import shutil
from pathlib import Path

TEST_TAXONOMY = Path(__file__).resolve().parents[1] / "data" / "taxonomy" / "tst-2024"


def taxonomy_copy(
    dst: Path, version: str | None = None, replace: dict[str, tuple[str, str]] | None = None
) -> Path:
    """The test package copied to ``dst``: as ``version`` (identifier and version rewritten) and with
    ``replace`` applied, file name under elts/ -> (old text, new text)."""
    shutil.copytree(TEST_TAXONOMY, dst)
    if version:
        meta = dst / "META-INF" / "taxonomyPackage.xml"
        text = meta.read_text(encoding="utf-8")
        text = text.replace("/tst/2024</tp:identifier>", f"/tst/{version}</tp:identifier>")
        text = text.replace("<tp:version>2024</tp:version>", f"<tp:version>{version}</tp:version>")
        meta.write_text(text, encoding="utf-8")
    for name, (old, new) in (replace or {}).items():
        path = dst / "elts" / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"  # a copy that changes nothing tests nothing
        path.write_text(text.replace(old, new), encoding="utf-8")
    return dst
