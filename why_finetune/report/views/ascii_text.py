"""ASCII spellings, for the plain view that goes into CI logs.

Typographic punctuation becomes its ASCII look-alike (’ as ', — as --, … as ...), accented letters
lose their accents (é as e), and anything else (CJK, emoji, a lone combining mark) is written as a
Python-style escape (\\u5b87, \\U0001f680), so nothing a model wrote is dropped without trace.
"""

from __future__ import annotations

import dataclasses
import unicodedata

LOOK_ALIKES = {
    "\u2018": "'", "\u2019": "'", "\u201a": ",", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2014": "--", "\u2013": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u2026": "...", "\u2022": "*", "\u00b7": "-", "\u00d7": "x", "\u2192": "->", "\u2190": "<-",
    "\u2713": "+", "\u2717": "-", "\u2502": "|", "\u2500": "-", "\u2501": "=", "\u253c": "+",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
}


def to_ascii(text: str) -> str:
    if text.isascii():  # most text, and a megabyte of it would be copied one character at a time
        return text
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch < "\x80":
            out.append(ch)
        elif ch in LOOK_ALIKES:
            out.append(LOOK_ALIKES[ch])
        else:
            bare = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            if bare and bare.isascii():
                out.append(bare)
            else:
                out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
    return "".join(out)


def ascii_copy(value):
    """A copy of `value` (a report, or any of its parts) with every string in ASCII."""
    if isinstance(value, str):
        return to_ascii(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: ascii_copy(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    if isinstance(value, list):
        return [ascii_copy(item) for item in value]
    if isinstance(value, tuple):
        return tuple(ascii_copy(item) for item in value)
    if isinstance(value, dict):
        return {key: ascii_copy(item) for key, item in value.items()}
    return value
