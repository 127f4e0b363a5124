"""SQL warehouse of SEC EDGAR filings: R pages in, normalized tables and views out."""

__version__ = "0.1.0"
