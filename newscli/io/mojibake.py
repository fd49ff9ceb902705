"""Devanagari that was UTF-8, mis-decoded through a legacy code page, and saved again.

UTF-8 Devanagari is the bytes E0 A4 xx / E0 A5 xx, so each letter turns into a
fixed two-character lead in the wrong code page (cp866: "рд", "ре"; cp1252:
"à¤", "à¥"). When those leads are frequent and re-encoding the text gives valid
UTF-8, the repair is unambiguous; otherwise the text is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

# code page -> the two-character leads of U+0900..U+097F when mis-decoded through it
_LEADS = {
    "cp866": ("рд", "ре"),
    "windows-1252": ("à¤", "à¥"),
}
# Share of the text's characters the leads must cover: real Hindi text has none.
_MIN_LEAD_SHARE = 0.10


@dataclass(frozen=True, slots=True)
class Repair:
    text: str
    codepage: str


def repair_mojibake(text: str) -> Repair | None:
    """The repaired text when ``text`` is unambiguously mis-decoded Devanagari, else None."""
    for codepage, leads in _LEADS.items():
        lead_chars = 2 * sum(text.count(lead) for lead in leads)
        if lead_chars < 20 or lead_chars < _MIN_LEAD_SHARE * len(text):
            continue
        # A real no-break space inside the mojibake has no byte in cp866; it was a space.
        candidate = text.replace("\u00a0", " ") if codepage == "cp866" else text
        try:
            return Repair(_encode(candidate, codepage).decode("utf-8"), codepage)
        except (UnicodeEncodeError, UnicodeDecodeError):
            by_line = _repair_lines(candidate, codepage)
            if by_line is not None:
                return Repair(by_line, codepage)
    return None


def _encode(text: str, codepage: str) -> bytes:
    """Undo the wrong decoding. For windows-1252 this is the web's variant, where the
    five bytes cp1252 leaves undefined (and all of latin-1's C1 range) came through
    as U+0080..U+009F."""
    if codepage != "windows-1252":
        return text.encode(codepage)
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        return bytes(_sloppy_byte(ch) for ch in text)


def _sloppy_byte(ch: str) -> int:
    code = ord(ch)
    if 0x80 <= code <= 0x9F:
        return code
    return ch.encode("cp1252")[0]


def _repair_lines(text: str, codepage: str) -> str | None:
    """Repair line by line when only some lines (say, a plain-ASCII header) are mojibake."""
    out: list[str] = []
    changed = False
    for line in text.split("\n"):
        try:
            fixed = _encode(line, codepage).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            if any(lead in line for lead in _LEADS[codepage]):
                return None
            fixed = line
        changed = changed or fixed != line
        out.append(fixed)
    return "\n".join(out) if changed else None
