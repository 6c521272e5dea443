"""Bytes that are no text written into the output (``text.broken``).

A model whose weights or decoding broke writes characters no text holds: control characters (a NUL, "\\x03", "\\x1d"),
and the replacement character "\ufffd" that stands for bytes that decode to no character at all ("^Нет\\x00!"!"!",
"Да\\x00\\x00\\x03\ufffd..."). A reply, in any language, holds none of them: its layout is spaces, tabs and line breaks.
Read by the form alone, in any script. Not a replacement character at the very end: a token limit may cut a character
of several bytes in two ("... अल्\ufffd"), which is no drift, as stopping mid-word is none.

Cost: one regular expression search over the text (a character class the engine scans for in C).
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "broken_characters", 1,
    """Drift when the output holds at least this many control characters (other than a tab, a line break or a
    carriage return) or replacement characters before its last: one. No reply writes a NUL byte or "\ufffd"; the
    corpus's outputs holding them are all labelled drifting but one, whose only "\ufffd" ends it at the token limit.""",
)

_BROKEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
# The ASCII characters _BROKEN_RE leaves alone: a tab, a line break, a carriage return and the printable ones.
_ASCII_TEXT = bytes([9, 10, 13, *range(32, 127)])


def _may_be_broken(text: str) -> bool:
    """Cheap test first: ASCII text whose characters are all _ASCII_TEXT holds none _BROKEN_RE finds. bytes.translate
    deletes those in one C pass, many times faster than the regex's test of each character."""
    return not text.isascii() or bool(text.encode("ascii").translate(None, _ASCII_TEXT))


def broken_characters(r, t) -> Finding:
    text = r.text.rstrip("\ufffd \t\n")  # a character cut in two by the token limit ends the output
    first = _BROKEN_RE.search(text) if _may_be_broken(text) else None
    at = first.start() if first is not None else None
    count = len(_BROKEN_RE.findall(text)) if first is not None else 0
    shown = excerpt(repr(text[max(0, at - 20) : at + 20])[1:-1], 60) if at is not None else ""
    return Finding(
        "text.broken", count, t.broken_characters,
        lambda: (shown, f"writes bytes that are no text: {count} control or replacement character(s) (threshold "
                        f"{t.broken_characters}), first at character {at}: '{shown}'" if count else
                        "writes bytes that are no text: none"),
        at, "it ends where bytes that are no text start",
    )
