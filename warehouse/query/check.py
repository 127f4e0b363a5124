"""`warehouse check FILING`: the rendered facts of a filing (R pages) that disagree with its XBRL instance.

The instance is authoritative. Each numeric fact of the filing's pages is looked up among the
instance's facts of the same concept (concepts are shared by element name or definition key):

* ``agrees``: same concept, period, members and value (within the page's rounding);
* ``value``: same concept, period and members, another value;
* ``period``: the value exists for the concept, but for another period;
* ``members``: the value exists for the concept and period, but with other members;
* ``not_in_instance``: the concept has no fact with this value at all (or the page's concept is not
  known by element, and no instance fact anywhere in the filing has this value for this period).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

_DECIMALS_RE = re.compile(r"\d\.(\d+)")


class CheckError(ValueError):
    """The filing is unknown or has nothing to compare."""


@dataclass(slots=True)
class Disagreement:
    kind: str  # value | period | members | not_in_instance
    source_path: str
    row_index: int
    column_index: int
    label: str
    raw_value: str
    value: Decimal
    period: str
    members: str
    instance: str  # what the instance says instead, for people


@dataclass(slots=True)
class CheckResult:
    filing_id: int
    filing: str
    rendered: int = 0
    agrees: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)


_FACTS = """
SELECT f.id, f.value, f.scale, f.raw_value, f.row_index, f.column_index, f.concept_id, rr.label,
       r.kind AS report_kind, sf.source_path, cx.period_type, cx.period_start, cx.period_end, f.context_id
FROM facts f
JOIN reports r ON r.id = f.report_id
JOIN source_files sf ON sf.id = r.source_file_id
JOIN report_rows rr ON rr.report_id = f.report_id AND rr.row_index = f.row_index
JOIN contexts cx ON cx.id = f.context_id
WHERE f.filing_id = :filing AND f.value IS NOT NULL
"""


def find_filing(conn: sa.Connection, ref: str) -> tuple[int, str]:
    """A filing by id, accession number, filing key, or the path of one of its files."""
    rows = conn.execute(
        sa.text(
            "SELECT DISTINCT fl.id, fl.filing_key FROM filings fl "
            "LEFT JOIN reports r ON r.filing_id = fl.id "
            "LEFT JOIN source_files sf ON sf.id = r.source_file_id "
            "WHERE CAST(fl.id AS VARCHAR(20)) = :ref OR fl.accession_number = :ref OR fl.filing_key = :ref "
            "OR sf.source_path = :ref OR sf.path = :ref"
        ),
        {"ref": ref},
    ).all()
    if not rows:
        raise CheckError(f"no filing {ref!r}: give its id, accession number, filing key or a file's path")
    if len(rows) > 1:
        raise CheckError(f"{ref!r} names {len(rows)} filings; give the filing id")
    return int(rows[0][0]), str(rows[0][1])


def check_filing(engine: Engine, ref: str) -> CheckResult:
    with engine.connect() as conn:
        filing_id, key = find_filing(conn, ref)
        facts = [dict(r._mapping) for r in conn.execute(sa.text(_FACTS), {"filing": filing_id})]
        members: dict[int, frozenset[str]] = defaultdict(frozenset)
        for ctx, member in conn.execute(
            sa.text(
                "SELECT cm.context_id, d.label FROM context_members cm "
                "JOIN dimensions d ON d.id = cm.dimension_id WHERE cm.context_id IN "
                "(SELECT DISTINCT context_id FROM facts WHERE filing_id = :filing)"
            ),
            {"filing": filing_id},
        ):
            members[ctx] = members[ctx] | {_member_words(member)}
    instance = [f for f in facts if f["report_kind"] == "instance"]
    rendered = [f for f in facts if f["report_kind"] != "instance"]
    if not instance:
        raise CheckError(f"filing {key} has no XBRL instance loaded: nothing to check the pages against")
    result = CheckResult(filing_id, key, rendered=len(rendered))
    by_concept: dict[int, list[dict[str, Any]]] = defaultdict(list)
    by_period: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for f in instance:
        by_concept[f["concept_id"]].append(f)
        by_period[_period(f)].append(f)
    for f in rendered:
        kind, other = _compare(f, by_concept.get(f["concept_id"], []), by_period.get(_period(f), []), members)
        if kind == "agrees":
            result.agrees += 1
            continue
        result.disagreements.append(
            Disagreement(
                kind=kind,
                source_path=f["source_path"],
                row_index=f["row_index"],
                column_index=f["column_index"],
                label=f["label"],
                raw_value=f["raw_value"],
                value=Decimal(str(f["value"])),
                period=_show_period(f),
                members=", ".join(sorted(members[f["context_id"]])),
                instance=other,
            )
        )
    return result


def _member_words(label: str) -> str:
    """Members compared by their words: a page shows "Customer Concentration Risk [Member]" where the
    instance names us-gaap:CustomerConcentrationRiskMember (labelled "Customer Concentration Risk")."""
    label = re.sub(r"(?i)\s*\[(?:member|domain)\]$", "", label)
    return " ".join(re.findall(r"[a-z0-9]+", label.lower()))


def _period(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["period_type"], str(f["period_start"]), str(f["period_end"]))


def _show_period(f: dict[str, Any]) -> str:
    if f["period_type"] == "duration" and f["period_start"]:
        return f"{f['period_start']}..{f['period_end']}"
    return str(f["period_end"])


def _same_value(page: dict[str, Any], inst: dict[str, Any]) -> bool:
    """Equal within the page's rounding: half a unit of the last digit shown, at the page's scale
    ("$ 12.4" in millions stands for 12,350,000 up to 12,450,000)."""
    a, b = Decimal(str(page["value"])), Decimal(str(inst["value"]))
    shown = _DECIMALS_RE.search(page["raw_value"] or "")
    places = len(shown.group(1)) if shown else 0
    return abs(a - b) <= Decimal(5).scaleb(int(page["scale"] or 0) - places - 1)


def _compare(
    f: dict[str, Any],
    same_concept: list[dict[str, Any]],
    same_period: list[dict[str, Any]],
    members: dict[int, frozenset[str]],
) -> tuple[str, str]:
    mine = members[f["context_id"]]
    if same_concept:
        exact = [i for i in same_concept if _period(i) == _period(f) and members[i["context_id"]] == mine]
        if any(_same_value(f, i) for i in exact):
            return "agrees", ""
        if exact:
            return "value", ", ".join(str(i["value"]) for i in exact)
        valued = [i for i in same_concept if _same_value(f, i)]
        if any(_period(i) == _period(f) for i in valued):
            return "members", "; ".join(
                sorted({", ".join(sorted(members[i["context_id"]])) or "-" for i in valued})
            )
        if valued:
            return "period", "; ".join(sorted({_show_period(i) for i in valued}))
        return "not_in_instance", ""
    # The page's concept is not known by element: any instance fact of this period with this value.
    if any(_same_value(f, i) and members[i["context_id"]] == mine for i in same_period):
        return "agrees", ""
    return "not_in_instance", ""
