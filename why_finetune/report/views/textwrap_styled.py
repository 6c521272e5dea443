"""Display width, safe text and word wrapping for styled terminal text.

Styled text is a list of (text, code) pieces, where code is an SGR code such as "1;31" or None.
Widths are display columns, so CJK characters and most emoji count as two and combining marks as
none, and a model's output can never move the cursor or change colours: control characters and
bidirectional overrides are shown as visible escapes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from why_finetune.report.safe_text import safe  # noqa: F401  (the views' wrapping starts from it)

Pieces = list[tuple[str, "str | None"]]



def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(text: str) -> int:
    if text.isascii():  # every ASCII character, controls included, is one column wide
        return len(text)
    return sum(char_width(ch) for ch in text)


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
    return list(wrapped(pieces, columns, indent))


def wrapped(pieces: Iterable[tuple[str, str | None]], columns: int, indent: int = 0) -> Iterator[Pieces]:
    """The lines of `wrap`, one at a time: a view that shows the first lines of a long text wraps
    only those, one logical line after the other, never the whole text at once."""
    columns = max(columns, 1)
    indent = min(indent, columns // 2)
    for line in _logical_lines(pieces):
        yield from _wrap_line(line, columns, indent)


def _logical_lines(pieces) -> Iterator[Pieces]:
    line: Pieces = []
    for text, code in pieces:
        start = 0
        while True:
            end = text.find("\n", start)
            if end < 0:
                if start < len(text):
                    line.append((text[start:], code))
                break
            if end > start:
                line.append((text[start:end], code))
            yield line
            line = []
            start = end + 1
    yield line


def _wrap_line(pieces: Pieces, columns: int, indent: int) -> Iterator[Pieces]:
    text = "".join(piece for piece, _ in pieces)
    ends, position = [], 0
    for piece, _ in pieces:
        position += len(piece)
        ends.append(position)
    codes = [code for _, code in pieces]
    lead, start, end, used = 0, 0, 0, 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        word_width = width(token.rstrip())
        token_width = word_width + width(token[len(token.rstrip()):])
        if used + word_width <= columns:
            end, used = match.end(), used + token_width
            continue
        if lead or end > start:
            yield _line(text, ends, codes, lead, start, end, columns)
        lead, start, end, used = indent, match.start(), match.start(), indent
        if used + word_width <= columns:
            end, used = match.end(), used + token_width
            continue
        for index in range(match.start(), match.end()):  # a word longer than the line: cut it
            ch_width = char_width(text[index])
            if used + ch_width > columns:
                yield _line(text, ends, codes, lead, start, end, columns)
                lead, start, end, used = indent, index, index, indent
            end, used = index + 1, used + ch_width
    yield _line(text, ends, codes, lead, start, end, columns)


def _line(text: str, ends: list[int], codes: list, lead: int, start: int, end: int, columns: int) -> Pieces:
    """text[start:end] after `lead` spaces, without its trailing spaces, cut to `columns`, as pieces."""
    while end > start and text[end - 1] == " ":
        end -= 1
    if end == start:
        return []
    chars: list[tuple[str, str | None]] = [(" ", None)] * lead
    used, piece = lead, 0
    for index in range(start, end):
        ch = text[index]
        ch_width = char_width(ch)
        if used + ch_width > columns:
            break
        while ends[piece] <= index:
            piece += 1
        chars.append((ch, codes[piece]))
        used += ch_width
    return _pieces(chars)


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
