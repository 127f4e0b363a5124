"""Errors a parser raises for input it cannot read; the message is the user-facing reason."""


class ParseError(ValueError):
    """The file is not a page this parser can read. ``str(err)`` is one line, fit for users."""


class UnsupportedFormat(ParseError):
    """A recognised rendering that this version does not load (said plainly, never mis-parsed)."""
