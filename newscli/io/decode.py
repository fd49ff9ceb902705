"""Bytes to text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM, nothing else guessed."""

from __future__ import annotations

import codecs

from newscli.errors import InputError

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# UTF-32 LE's BOM starts with UTF-16 LE's, so it is looked for first.
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def looks_binary(data: bytes) -> bool:
    """NUL bytes never occur in UTF-8 text; UTF-16 is recognised by its BOM before this check."""
    return b"\x00" in data[:8192]


def decode(data: bytes, source: str) -> str:
    """Decode one input's bytes, or raise InputError naming ``source``."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith(_UTF32_BOMS):
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"broken UTF-32 text at byte {exc.start}") from None
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"broken UTF-16 text at byte {exc.start}") from None
    if looks_binary(data):
        raise InputError(source, "looks like a binary file, not text; skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 or UTF-16 with a BOM",
        ) from None
