"""Display width, safe text and word wrapping for styled terminal text.

Styled text is a list of (text, code) pieces, where code is an SGR code such as "1;31" or None.
Widths are display columns, so CJK characters and most emoji count as two and combining marks as
none, and a model's output can never move the cursor or change colours: control characters and
bidirectional overrides are shown as visible escapes.
"""

from __future__ import annotations

import re
import unicodedata

Pieces = list[tuple[str, "str | None"]]

_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def safe(text: str) -> str:
    """Text that prints as itself: tabs as spaces, line breaks as "\\n", other controls escaped."""
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def truncate(text: str, columns: int, ellipsis: str = "…") -> str:
    if width(text) <= columns:
        return text
    kept, used = [], width(ellipsis)
    for ch in text:
        if used + char_width(ch) > columns:
            break
        kept.append(ch)
        used += char_width(ch)
    return "".join(kept) + ellipsis


_TOKEN = re.compile(r"\S+\s*|\s+")


def wrap(pieces: Pieces, columns: int, indent: int = 0) -> list[Pieces]:
    """Wrap styled pieces to `columns`, keeping line breaks and leading indentation.

    Continuation lines of a wrapped line start with `indent` spaces (a hanging indent).
    """
    chars = [(ch, code) for text, code in pieces for ch in text]
    logical: list[list[tuple[str, str | None]]] = [[]]
    for ch, code in chars:
        if ch == "\n":
            logical.append([])
        else:
            logical[-1].append((ch, code))
    lines: list[Pieces] = []
    for line in logical:
        lines += _wrap_line(line, max(columns, 1), min(indent, columns // 2))
    return lines


def _wrap_line(chars, columns: int, indent: int) -> list[Pieces]:
    text = "".join(ch for ch, _ in chars)
    out: list[list] = []
    current: list = []
    used = 0
    for match in _TOKEN.finditer(text):
        token = chars[match.start():match.end()]
        word_width = sum(char_width(ch) for ch, _ in token[:len(match.group().rstrip())])
        token_width = sum(char_width(ch) for ch, _ in token)
        if used + word_width <= columns:
            current += token
            used += token_width
            continue
        if current:
            out.append(current)
        current, used = [(" ", None)] * indent, indent
        if used + word_width <= columns:
            current += token
            used += token_width
            continue
        for ch, code in token:  # a word longer than the line: cut it
            if used + char_width(ch) > columns:
                out.append(current)
                current, used = [(" ", None)] * indent, indent
            current.append((ch, code))
            used += char_width(ch)
    out.append(current)
    return [_pieces(_fit(line, columns)) for line in out]


def _fit(chars, columns: int):
    while chars and chars[-1][0] == " ":
        chars = chars[:-1]
    used, kept = 0, []
    for ch, code in chars:
        if used + char_width(ch) > columns:
            break
        kept.append((ch, code))
        used += char_width(ch)
    return kept


def _pieces(chars) -> Pieces:
    pieces: Pieces = []
    for ch, code in chars:
        if pieces and pieces[-1][1] == code:
            pieces[-1] = (pieces[-1][0] + ch, code)
        else:
            pieces.append((ch, code))
    return pieces


def pieces_width(pieces: Pieces) -> int:
    return sum(width(text) for text, _ in pieces)


def paint(pieces: Pieces, color: bool, pad_to: int | None = None) -> str:
    """Pieces as a string, with SGR codes if `color`, padded with spaces to `pad_to` columns."""
    text = "".join(f"\x1b[{code}m{t}\x1b[0m" if color and code else t for t, code in pieces)
    if pad_to is not None:
        text += " " * max(0, pad_to - pieces_width(pieces))
    return text
