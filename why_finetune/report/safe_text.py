"""A model's or a server's text made safe to show anywhere: in a terminal, a log, a report.

Control characters and bidirectional overrides are shown as visible escapes, so an output can never
move the cursor, change colours, write the clipboard or reorder what is printed around it.
"""

from __future__ import annotations

import re

_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def safe(text: str) -> str:
    """Text that prints as itself: tabs as spaces, line breaks as "\\n", other controls escaped."""
    return _UNSAFE.sub(_escape, text.replace("\r\n", "\n").replace("\t", "    "))


# Controls (Unicode category Cc) but the line break, line and paragraph separators (Zl, Zp) and the
# bidirectional overrides: matched in C, since a model's output can be a megabyte long.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(_BIDI)) + "]")


def _escape(match: re.Match) -> str:
    ch = match.group()
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
