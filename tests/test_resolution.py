"""Resolution against a loaded taxonomy: elements named, definitions attached, units and periods."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from tests.conftest import DATA
from tests.support.truth import Score, load_truth, score_page
from warehouse.cli.app import app
from warehouse.db.engine import make_engine
from warehouse.db.migrate import ensure_current
from warehouse.load.runner import load_directory
from warehouse.parse.text.page import parse_text_page
from warehouse.resolve.elements import element_index
from warehouse.taxonomy.load import load_taxonomy

# The standard elements of the 27 truth pages, written as a taxonomy package (see tests/support).
TAXONOMY = DATA / "taxonomy" / "rpages-2024"
RPAGES = DATA / "rpages"


def _q(engine: Engine, sql: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text(sql))]


def test_taxonomy_raises_definition_attachment(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    ensure_current(engine)
    load_taxonomy(engine, TAXONOMY)
    with engine.connect() as conn:
        index = element_index(conn)
    assert len(index) == 110  # 111 documented elements; two share one documentation text
    with_tax, without = Score(), Score()
    for text in sorted((RPAGES / "text").glob("*.txt")):
        truth = load_truth(RPAGES / "truth" / f"{text.stem}.json")
        with_tax.add(score_page(parse_text_page(text.read_text(), index), truth, text.stem))
        without.add(score_page(parse_text_page(text.read_text()), truth, text.stem))
    print(f"\nwithout a taxonomy: {without.summary()}\nwith the taxonomy:  {with_tax.summary()}")
    assert with_tax.defs_right / with_tax.defs_truth >= 0.96 > without.defs_right / without.defs_truth
    assert with_tax.certain - with_tax.certain_right <= 1  # the text block whose inner table was lost
    assert with_tax.cells_found == without.cells_found


def test_resolve_names_concepts_and_reparses(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(RPAGES / "text" / "aapl-10k-2024-R3.txt", folder / "R3.txt")
    load_directory(engine, folder, workers=1)
    before = _q(engine, "SELECT COUNT(*) AS n FROM concepts WHERE concept_name LIKE 'us-gaap:%'")[0]["n"]
    load_taxonomy(engine, TAXONOMY)
    result = CliRunner().invoke(
        app, ["resolve", "--db", engine.url.render_as_string(hide_password=False), "--json"]
    )
    assert result.exit_code == 0, result.stdout + result.stderr
    after = _q(engine, "SELECT COUNT(*) AS n FROM concepts WHERE concept_name LIKE 'us-gaap:%'")[0]["n"]
    assert before == 0 and after >= 15
    rows = _q(
        engine,
        "SELECT row_label, concept_name, unit FROM facts_flat WHERE column_index = 0 "
        "AND row_label IN ('Gross margin', 'Diluted (in dollars per share)', 'Diluted (in shares)')",
    )
    got = {(r["row_label"], r["concept_name"], r["unit"]) for r in rows}
    assert got == {
        ("Gross margin", "us-gaap:GrossProfit", "USD"),
        ("Diluted (in dollars per share)", "us-gaap:EarningsPerShareDiluted", "USD/shares"),
        ("Diluted (in shares)", "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "shares"),
    }


DOC_TYPE = (
    "The type of document being provided (such as 10-K, 10-Q, 485BPOS, etc). The document type is limited"
    " to the same value as the supporting SEC submission type, or the word 'Other'."
)


REGISTRANT_PARAPHRASE = "Exact name of the registrant as specified in its charter."
REGISTRANT = (
    "The exact name of the entity filing the report as specified in its charter, which is required by forms"
    " filed with the SEC."
)


def test_cover_gaps_placed_by_period_type(engine: Engine, tmp_path: Path) -> None:
    """A 10-K cover: with element period types, text facts go to the one duration column, certainly."""
    text = (DATA / "handmade" / "cover_10k_float_and_shares.txt").read_text()
    # The hand-made cover paraphrases the documentation; give two rows the real dei texts.
    text = text.replace("Type of document submitted, for example 10-K or 10-Q.", DOC_TYPE)
    text = text.replace(REGISTRANT_PARAPHRASE, REGISTRANT)
    (tmp_path / "cover.txt").write_text(text)
    load_taxonomy(engine, TAXONOMY)
    load_directory(engine, tmp_path / "cover.txt", workers=1)
    rows = _q(
        engine,
        "SELECT row_label, column_index, column_certain FROM facts_flat "
        "WHERE row_label IN ('Document Type', 'Entity Registrant Name')",
    )
    assert {(r["row_label"], r["column_index"], bool(r["column_certain"])) for r in rows} == {
        ("Document Type", 0, True),
        ("Entity Registrant Name", 0, True),
    }
