"""The error both XBRL parsers raise for input they cannot read."""

from __future__ import annotations

from warehouse.parse.errors import ParseError


class XbrlError(ParseError):
    """Malformed or unreadable XBRL. ``str(err)`` is one line, fit for users.

    A ``ParseError`` (so a ``ValueError``): the loader's existing handling of bad files applies as is.
    Problems of one fact (a number that does not match its format) are not errors: they become
    warnings on the result and the fact keeps its raw text.
    """
