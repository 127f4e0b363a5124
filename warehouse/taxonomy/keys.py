"""Text keys: the same normalisation and hash that key concepts by definition in filings."""

from __future__ import annotations

from collections.abc import Iterable

from warehouse.identity import definition_key, norm
from warehouse.taxonomy.model import Label

# Preferred languages for an element's documentation key, best first; then any other.
_LANG_RANK = {"en-us": 0, "en": 1}


def documentation_keys(labels: Iterable[Label]) -> dict[tuple[str, str], str]:
    """(prefix, name) -> key of the element's documentation, English preferred."""
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for lab in labels:
        if lab.role != "documentation":
            continue
        if not norm(lab.text):
            continue
        key = definition_key(lab.text)
        lang = lab.lang.lower()
        rank = _LANG_RANK.get(lang, 2 if lang.startswith("en") else 3)
        el = (lab.prefix, lab.name)
        if el not in best or rank < best[el][0]:
            best[el] = (rank, key)
    return {el: key for el, (_, key) in best.items()}
