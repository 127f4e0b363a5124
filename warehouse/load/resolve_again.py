"""`warehouse resolve`: apply the loaded taxonomies to data loaded before them.

Concepts keyed by a standard definition get their element (name, period type, data type,
balance) from the taxonomies in one statement; then every file still on disk is parsed again with
the element index, so definitions, placements, periods and units use what the taxonomy tells.
Files that are gone keep their facts, with their concepts named where the key allows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from warehouse.db import schema as t
from warehouse.db.migrate import ensure_current
from warehouse.load.runner import LoadSummary, load_directory
from warehouse.resolve.concepts import NAME_CONFIDENCE

_NAME_CONCEPTS = """
UPDATE concepts SET
    concept_name = (SELECT te.prefix || ':' || te.name FROM taxonomy_elements te
                    WHERE 'def:' || te.doc_key = concepts.concept_key ORDER BY te.taxonomy_id DESC LIMIT 1),
    period_type = (SELECT te.period_type FROM taxonomy_elements te
                   WHERE 'def:' || te.doc_key = concepts.concept_key ORDER BY te.taxonomy_id DESC LIMIT 1),
    data_type = (SELECT te.data_type FROM taxonomy_elements te
                 WHERE 'def:' || te.doc_key = concepts.concept_key ORDER BY te.taxonomy_id DESC LIMIT 1),
    balance = (SELECT te.balance FROM taxonomy_elements te
               WHERE 'def:' || te.doc_key = concepts.concept_key ORDER BY te.taxonomy_id DESC LIMIT 1),
    -- by documentation; how the row's block was matched is not known here (the files parsed again
    -- below say it for the concepts still unnamed)
    name_rule = 'documentation',
    name_confidence = :confidence
WHERE concepts.concept_name IS NULL AND concepts.identity = 'definition'
  AND EXISTS (SELECT 1 FROM taxonomy_elements te WHERE 'def:' || te.doc_key = concepts.concept_key)
"""


@dataclass(slots=True)
class ResolveSummary:
    concepts_named: int = 0
    files_missing: int = 0
    loads: list[LoadSummary] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.loads)


def resolve_again(
    engine: Engine, progress: Callable[[int, int, str], None] | None = None, workers: int | None = None
) -> ResolveSummary:
    ensure_current(engine)
    result = ResolveSummary()
    with engine.begin() as conn:
        result.concepts_named = (
            conn.execute(
                sa.text(_NAME_CONCEPTS), {"confidence": NAME_CONFIDENCE["documentation_key"]}
            ).rowcount
            or 0
        )
        files = conn.execute(sa.select(t.source_files.c.path, t.source_files.c.source_path)).all()
    roots: set[Path] = set()
    for path, rel in files:
        if not Path(path).exists():
            result.files_missing += 1
            continue
        # The folder the file was loaded from: its path without the relative part kept for it.
        roots.add(Path(path[: -len(rel)]) if rel and path.endswith(rel) else Path(path))
    for root in sorted(roots):
        result.loads.append(load_directory(engine, root, progress=progress, workers=workers, force=True))
    return result
