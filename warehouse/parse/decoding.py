"""Bytes to text: UTF-8 (a BOM is allowed); anything else is refused with the reason."""

from __future__ import annotations

from warehouse.parse.errors import ParseError

_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))


def decode(data: bytes) -> str:
    """UTF-8 text (a BOM is allowed); anything else is refused with the reason."""
    if not data.strip():
        raise ParseError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError("text in UTF-16; save the file as UTF-8")
    head = data[:4096]
    if b"\x00" in head or sum(head.count(bytes([b])) for b in _CONTROL) > len(head) // 20:
        raise ParseError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8"
        ) from None
