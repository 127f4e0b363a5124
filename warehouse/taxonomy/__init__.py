"""Taxonomy packages (US-GAAP, DEI, SRT, ...) parsed into the warehouse's taxonomy tables.

``parse`` reads a zip or folder without a database; ``load`` writes it (one transaction per
package, unchanged packages skipped); ``lookup`` finds elements for concept resolution.
"""

from warehouse.taxonomy.keys import documentation_keys
from warehouse.taxonomy.load import LoadResult, TaxonomySummary, list_taxonomies, load_taxonomy
from warehouse.taxonomy.lookup import (
    CalcArc,
    ElementMatch,
    calculation_children,
    calculation_parents,
    find_by_doc_key,
    find_by_documentation,
    find_by_label,
    find_by_name,
    labels_of,
)
from warehouse.taxonomy.model import (
    Calculation,
    Element,
    Label,
    PackageInfo,
    Presentation,
    Taxonomy,
    TaxonomyError,
)
from warehouse.taxonomy.parse import parse_package, parse_path

__all__ = [
    "CalcArc",
    "Calculation",
    "Element",
    "ElementMatch",
    "Label",
    "LoadResult",
    "PackageInfo",
    "Presentation",
    "Taxonomy",
    "TaxonomyError",
    "TaxonomySummary",
    "calculation_children",
    "calculation_parents",
    "documentation_keys",
    "find_by_doc_key",
    "find_by_documentation",
    "find_by_label",
    "find_by_name",
    "labels_of",
    "list_taxonomies",
    "load_taxonomy",
    "parse_package",
    "parse_path",
]
