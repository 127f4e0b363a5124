"""`warehouse stats`: rows per table, the last load runs, the last errors."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from warehouse.db import schema as t

STAT_TABLES = (
    "filings",
    "reports",
    "source_files",
    "concepts",
    "contexts",
    "dimensions",
    "units",
    "facts",
    "definitions",
    "footnotes",
    "load_runs",
    "load_errors",
    "taxonomies",
    "taxonomy_elements",
    "taxonomy_labels",
    "taxonomy_calculations",
)


def collect(engine: Engine, last: int = 5) -> dict[str, Any]:
    with engine.connect() as conn:
        counts = {
            name: conn.execute(sa.select(sa.func.count()).select_from(t.metadata.tables[name])).scalar_one()
            for name in STAT_TABLES
        }
        runs = [
            dict(r._mapping)
            for r in conn.execute(sa.select(t.load_runs).order_by(t.load_runs.c.id.desc()).limit(last))
        ]
        errors = [
            dict(r._mapping)
            for r in conn.execute(
                sa.select(t.load_errors.c.load_run_id, t.load_errors.c.source_path, t.load_errors.c.reason)
                .order_by(t.load_errors.c.id.desc())
                .limit(last * 4)
            )
        ]
    return {"tables": counts, "last_runs": runs, "last_errors": errors}
