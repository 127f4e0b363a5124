"""Names: the prefix of a namespace, the short name of a label role, prefix:Name from an element id."""

from __future__ import annotations

import re

# FASB and SEC namespaces end in /<prefix>/<year>: http://fasb.org/us-gaap/2025,
# http://xbrl.sec.gov/dei/2024, http://fasb.org/srt/2025. Filings use exactly that prefix.
_AUTHORITY_NS = re.compile(
    r"^https?://(?:www\.)?(?:xbrl\.)?(?:fasb\.org|sec\.gov)/([A-Za-z][\w.-]*)/\d{4}(?:-\d\d-\d\d)?/?$"
)
_YEAR_SUFFIX = re.compile(r"[-_]\d{4}(?:-\d\d-\d\d)?$")
_XBRL_ROLE = re.compile(r"^https?://www\.xbrl\.org/(?:2003|2009)/role/(\w+)$")


def namespace_prefix(namespace: str, declared: dict[str | None, str], file_name: str) -> str:
    """The conventional prefix for a schema's target namespace.

    Order: the FASB/SEC path convention, then the prefix the schema itself binds to its namespace,
    then the file name without its year (``dei-2024.xsd`` -> ``dei``).
    """
    m = _AUTHORITY_NS.match(namespace)
    if m:
        return m.group(1)
    for prefix, uri in declared.items():
        if prefix and uri == namespace:
            return prefix
    stem = file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _YEAR_SUFFIX.sub("", stem) or stem


def short_role(uri: str | None) -> str:
    """``standard``, ``terse``, ``total``, ``periodStart``, ``negated``, ``documentation``...

    Only the XBRL 2.1 and 2009 label roles are shortened (they cannot collide); any other role
    keeps its URI so nothing is lost.
    """
    if not uri:
        return "standard"
    m = _XBRL_ROLE.match(uri)
    if not m:
        return uri
    name = m.group(1)
    if name == "label":
        return "standard"
    return name[: -len("Label")] if name.endswith("Label") else name


def split_element_id(element_id: str) -> tuple[str, str] | None:
    """``us-gaap_Assets`` -> (``us-gaap``, ``Assets``): the id convention of FASB and SEC schemas.

    Used for locators into a schema the package does not contain (us-gaap-2025.xsd from dis/).
    """
    prefix, sep, name = element_id.partition("_")
    if not sep or not prefix or not name:
        return None
    return prefix, name
