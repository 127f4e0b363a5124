"""FilingSummary.xml: the renderer's index of a filing's R pages (no facts of its own).

It lists every report (``R2.htm``: position, short and long name, role, menu category, type) and
the files the renderer read (the instance or inline document first, with the form type in its
``doctype``), plus the renderer version and counts. The loader uses it to know which R page is
which statement of which filing; nothing here is a value.

Shape (new renderer; older ones omit attributes and some elements, very old ones name
``R2.xml`` in ``XmlFileName``)::

    <FilingSummary>
      <Version>3.24.3</Version> <ReportFormat>html</ReportFormat> <ContextCount>193</ContextCount> ...
      <MyReports>
        <Report instance="abc-20241231.htm">
          <IsDefault>false</IsDefault> <HasEmbeddedReports>false</HasEmbeddedReports>
          <HtmlFileName>R2.htm</HtmlFileName> <LongName>0000002 - Statement - BALANCE SHEETS</LongName>
          <ReportType>Sheet</ReportType> <Role>http://abc.com/role/BalanceSheets</Role>
          <ShortName>BALANCE SHEETS</ShortName> <MenuCategory>Statements</MenuCategory>
          <ParentRole>...</ParentRole> <Position>2</Position>
        </Report>
        <Report> ... <ReportType>Book</ReportType> <ShortName>All Reports</ShortName> </Report>
      </MyReports>
      <InputFiles> <File doctype="10-K" original="abc-20241231.htm">abc-20241231.htm</File> ... </InputFiles>
      <SupplementalFiles> <File>...</File> </SupplementalFiles>
      <BaseTaxonomies> <BaseTaxonomy items="964">http://fasb.org/us-gaap/2024</BaseTaxonomy> </BaseTaxonomies>
      <HasPresentationLinkbase>true</HasPresentationLinkbase>
      <HasCalculationLinkbase>true</HasCalculationLinkbase>
    </FilingSummary>
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lxml import etree

from warehouse.parse.errors import ParseError

_INSTANCE_NAME_RE = re.compile(
    r"^(?P<prefix>[a-z][a-z0-9-]*?)-(?P<date>\d{8})(?:_htm)?\.(?:xml|htm|html|xhtml)$"
)
_LONG_NAME_RE = re.compile(r"^(?P<code>\d+)\s+-\s+(?P<type>[A-Za-z ]+?)\s+-\s+(?P<title>.+)$")


@dataclass(frozen=True, slots=True)
class SummaryReport:
    """One ``<Report>``: an R page of the filing (or the "All Reports" book, without a file)."""

    position: int | None
    html_file_name: str | None  # "R2.htm"
    xml_file_name: str | None = None  # very old filings: "R2.xml"
    short_name: str | None = None  # "CONSOLIDATED BALANCE SHEETS"
    long_name: str | None = None  # "0000002 - Statement - CONSOLIDATED BALANCE SHEETS"
    role: str | None = None  # the presentation role URI
    menu_category: str | None = None  # Cover, Statements, Notes, Policies, Tables, Details, ...
    report_type: str | None = None  # Sheet, Notes, Book
    instance: str | None = None  # the instance / inline document the report was rendered from
    parent_role: str | None = None
    is_default: bool | None = None
    has_embedded_reports: bool | None = None

    @property
    def file_name(self) -> str | None:
        return self.html_file_name or self.xml_file_name

    @property
    def sort_code(self) -> str | None:
        """The role's sort code from the long name ("0000002")."""
        m = _LONG_NAME_RE.match(self.long_name or "")
        return m.group("code") if m else None

    @property
    def definition_type(self) -> str | None:
        """The role's type from the long name: "Statement", "Disclosure", "Document"."""
        m = _LONG_NAME_RE.match(self.long_name or "")
        return m.group("type") if m else None


@dataclass(frozen=True, slots=True)
class InputFile:
    name: str  # "abc-20241231.htm", "abc-20241231.xsd", ...
    doctype: str | None = None  # the form type, on the instance / inline document: "10-K"
    original: str | None = None


@dataclass(frozen=True, slots=True)
class BaseTaxonomy:
    uri: str  # "http://fasb.org/us-gaap/2024"
    items: int | None = None


@dataclass(frozen=True, slots=True)
class LogEntry:
    type: str | None  # "Info", "Warning", "Error"
    text: str


@dataclass(frozen=True, slots=True)
class FilingSummary:
    version: str | None  # renderer version, "3.24.3" (the R pages show it as "v3.24.3")
    report_format: str | None
    reports: tuple[SummaryReport, ...]
    input_files: tuple[InputFile, ...] = ()
    supplemental_files: tuple[str, ...] = ()
    base_taxonomies: tuple[BaseTaxonomy, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()  # ("ContextCount", 193), ("ElementCount", 382), ...
    flags: tuple[tuple[str, bool], ...] = ()  # ("FootnotesReported", False), ("HasCalculationLinkbase", True)
    logs: tuple[LogEntry, ...] = ()

    @property
    def pages(self) -> tuple[SummaryReport, ...]:
        """The reports that are R pages (the "All Reports" book has no file)."""
        return tuple(r for r in self.reports if r.file_name)

    def report_for(self, file_name: str) -> SummaryReport | None:
        """The report rendered into ``file_name`` ("R2.htm", case-insensitive; a path is allowed)."""
        base = re.split(r"[\\/]", file_name)[-1].lower()
        return next((r for r in self.reports if (r.file_name or "").lower() == base), None)

    @property
    def instance(self) -> InputFile | None:
        """The instance or inline XBRL document: the input file stating a form type, else the
        file the reports were rendered from, else the first ``.xml``/``.htm`` input."""
        typed = next((f for f in self.input_files if f.doctype), None)
        if typed is not None:
            return typed
        named = next((r.instance for r in self.reports if r.instance), None)
        if named is not None:
            return next((f for f in self.input_files if f.name == named), InputFile(named))
        return next((f for f in self.input_files if f.name.lower().endswith((".xml", ".htm"))), None)

    @property
    def document_type(self) -> str | None:
        inst = self.instance
        return inst.doctype if inst is not None else None

    @property
    def entity_prefix(self) -> str | None:
        """The filer's prefix from the instance name ("abc" of "abc-20241231.htm"), when EDGAR-style."""
        m = self._instance_match()
        return m.group("prefix") if m else None

    @property
    def period_end_from_name(self) -> dt.date | None:
        """The date in an EDGAR-style instance name ("abc-20241231.htm" -> 2024-12-31)."""
        m = self._instance_match()
        if m is None:
            return None
        try:
            return dt.datetime.strptime(m.group("date"), "%Y%m%d").date()
        except ValueError:
            return None

    def _instance_match(self) -> re.Match[str] | None:
        inst = self.instance
        return _INSTANCE_NAME_RE.match(inst.name.lower()) if inst is not None else None


def parse_filing_summary(xml: bytes | str) -> FilingSummary:
    root = _root(xml.encode("utf-8") if isinstance(xml, str) else xml)
    if _local(root) != "FilingSummary":
        raise ParseError(f"not a FilingSummary.xml: the root element is <{_local(root)}>")
    reports = tuple(_report(r) for r in _all(_child(root, "MyReports"), "Report"))
    return FilingSummary(
        version=_text(root, "Version"),
        report_format=_text(root, "ReportFormat"),
        reports=reports,
        input_files=tuple(_input_file(f) for f in _all(_child(root, "InputFiles"), "File")),
        supplemental_files=tuple(
            t for f in _all(_child(root, "SupplementalFiles"), "File") if (t := _own_text(f))
        ),
        base_taxonomies=tuple(_taxonomy(t) for t in _all(_child(root, "BaseTaxonomies"), "BaseTaxonomy")),
        counts=tuple(
            (_local(el), n)
            for el in root
            if _local(el).endswith("Count") and (n := _int(_own_text(el))) is not None
        ),
        flags=tuple(
            (_local(el), b) for el in root if (b := _bool(_own_text(el))) is not None and len(el) == 0
        ),
        logs=tuple(
            LogEntry(el.get("type"), t) for el in _all(_child(root, "Logs"), "Log") if (t := _own_text(el))
        ),
    )


def _root(xml: bytes) -> etree._Element:
    # No entities, no network, no DTD: the file is data from outside.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(xml, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"not a FilingSummary.xml: the XML cannot be read ({exc.msg})") from None


def _report(el: etree._Element) -> SummaryReport:
    return SummaryReport(
        position=_int(_text(el, "Position")),
        html_file_name=_text(el, "HtmlFileName"),
        xml_file_name=_text(el, "XmlFileName"),
        short_name=_text(el, "ShortName"),
        long_name=_text(el, "LongName"),
        role=_text(el, "Role"),
        menu_category=_text(el, "MenuCategory"),
        report_type=_text(el, "ReportType"),
        instance=el.get("instance") or None,
        parent_role=_text(el, "ParentRole"),
        is_default=_bool(_text(el, "IsDefault")),
        has_embedded_reports=_bool(_text(el, "HasEmbeddedReports")),
    )


def _input_file(el: etree._Element) -> InputFile:
    return InputFile(
        _own_text(el) or "", doctype=el.get("doctype") or None, original=el.get("original") or None
    )


def _taxonomy(el: etree._Element) -> BaseTaxonomy:
    return BaseTaxonomy(_own_text(el) or "", items=_int(el.get("items")))


# --- namespace-agnostic access (the file has no namespace, but tolerate one) ----------------------


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _child(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    return next((c for c in el if _local(c) == name), None)


def _all(el: etree._Element | None, name: str) -> list[etree._Element]:
    return [] if el is None else [c for c in el if _local(c) == name]


def _own_text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    text = " ".join("".join(el.itertext()).split())
    return text or None


def _text(el: etree._Element, name: str) -> str | None:
    return _own_text(_child(el, name))


def _int(text: str | None) -> int | None:
    return int(text) if text is not None and text.strip().isdigit() else None


def _bool(text: str | None) -> bool | None:
    return {"true": True, "false": False}.get((text or "").strip().lower())
