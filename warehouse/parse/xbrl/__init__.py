"""XBRL instances, classic (``parse_instance``) and inline (``parse_inline``), as plain dataclasses.

The instance holds the authoritative facts with their exact contexts and units; see ``model`` for the
shape and ``detect`` to tell the formats apart from content.
"""

from warehouse.parse.xbrl.detect import looks_like_inline, looks_like_instance
from warehouse.parse.xbrl.errors import XbrlError
from warehouse.parse.xbrl.inline import parse_inline
from warehouse.parse.xbrl.instance import parse_instance
from warehouse.parse.xbrl.model import XbrlContext, XbrlFact, XbrlFootnote, XbrlInstance, XbrlUnit

__all__ = [
    "XbrlContext",
    "XbrlError",
    "XbrlFact",
    "XbrlFootnote",
    "XbrlInstance",
    "XbrlUnit",
    "looks_like_inline",
    "looks_like_instance",
    "parse_inline",
    "parse_instance",
]
