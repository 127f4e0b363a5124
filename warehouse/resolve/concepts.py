"""Concept identity: what makes two rows, on any pages, the same concept.

A standard element's definition is the taxonomy's documentation text, the same in every filing,
so a normalised hash of it is a key that joins the same element across filers whatever its label.
Extension elements (a custom name, or a definition that only repeats the label) and rows without
a definition keep an identity private to their filer (a loose page is its own filer), except on
cover and fee pages: those are SEC forms tagged with the SEC's own taxonomies (dei, ffd), whose
elements, many without documentation ("Form Type", "Total Offering Amount"), show their standard
labels, so there a row without a definition is joined across filers by its label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from warehouse.identity import definition_key, norm
from warehouse.parse.model import HEADING_KINDS, SURE_MATCHES, BlockKind, DefinitionBlock, Row
from warehouse.resolve.model import ConceptRec


def _label_base(label: str) -> str:
    return re.sub(r"\s*\[(?:[a-z ]+)\]$", "", label, flags=re.IGNORECASE)


# Share of elements named right on the truth pages, by how they were named and, for documentation,
# by how the block was matched to the row (docs/text-parser.md, "Naming elements").
NAME_CONFIDENCE = {
    "page": 1.0,
    "instance": 1.0,
    "documentation": 0.99,  # the block's match is sure (text_match, calculation)
    "documentation_weak": 0.75,  # the block was left to its row by elimination
    "documentation_key": 0.9,  # `warehouse resolve` by the concept key alone: the match is not known
    "label": 0.95,
    "order": 0.9,
    "gap_words": 0.8,  # the best of several elements by shared words: a guess the taxonomy allows
}


def _name_rule(row: Row, block: DefinitionBlock | None) -> tuple[str | None, float | None]:
    if row.element:
        return "page", NAME_CONFIDENCE["page"]
    if block is None or not block.element:
        return None, None
    rule = block.element_rule or "page"
    if rule == "documentation" and block.match_rule not in SURE_MATCHES:
        return rule, NAME_CONFIDENCE["documentation_weak"]
    return rule, NAME_CONFIDENCE.get(rule)


def concept_for_row(
    row: Row, block: DefinitionBlock | None, filer: str, *, standard_form: bool = False
) -> ConceptRec:
    rec = _concept_for_row(row, block, filer, standard_form)
    if rec.concept_name:
        rule, confidence = _name_rule(row, block)
        rec = replace(rec, name_rule=rule, name_confidence=confidence)
    details = block.details if block is not None else {}
    if details:
        # What the HTML pop-up or a loaded taxonomy says of the element.
        rec = replace(
            rec,
            period_type=details.get("Period Type") or rec.period_type,
            data_type=details.get("Data Type") or rec.data_type,
            balance=(
                details.get("Balance Type") if details.get("Balance Type") in ("debit", "credit") else None
            )
            or rec.balance,
        )
    return rec


def _concept_for_row(row: Row, block: DefinitionBlock | None, filer: str, standard_form: bool) -> ConceptRec:
    abstract = row.kind in HEADING_KINDS
    # A block attached by elimination joins filings too: the count of blocks equals the count of
    # elements, so a leftover block is its row's unless two near twins swapped (then both keys are
    # those of real, closely related elements). Measured on the truth pages: 92% of eliminations are
    # right, and keeping them private left a tenth of standard facts outside their element's key.
    definition = block.definition if block is not None and block.kind is BlockKind.DEFINITION else None
    name = row.element or (block.element if block is not None else None)
    if name and name.startswith("custom:"):
        return ConceptRec(
            key=f"ext:{filer}:{name}",
            identity="extension",
            label=row.label,
            concept_name=name,
            definition=definition,
            is_abstract=abstract,
        )
    if definition and norm(definition) != norm(_label_base(row.label)):
        return ConceptRec(
            key=f"def:{definition_key(definition)}",
            identity="definition",
            label=row.label,
            concept_name=name,
            definition=definition,
            is_abstract=abstract,
        )
    if definition:  # an extension whose definition repeats its label
        return ConceptRec(
            key=f"ext:{filer}:{definition_key(definition)}",
            identity="extension",
            label=row.label,
            definition=definition,
            is_abstract=abstract,
        )
    # The block says "No definition available." on a form page: a standard element without
    # documentation, shown by its standard label (an unmatched row stays private).
    shared = standard_form and block is not None and block.kind is BlockKind.NO_DEFINITION and not abstract
    return ConceptRec(
        key=f"label:{'form' if shared else filer}:{definition_key(row.label)}",
        identity="label",
        label=row.label,
        concept_name=name,
        is_abstract=abstract,
    )
