"""Where a judge's evidence sits inside an output: the text cut into marked and unmarked pieces.

A span is either words from the output or the pattern they follow, with "..." standing for the
words that vary ("I think we ... there.") or for a cut-off excerpt. Each fixed part is searched
for regardless of case and of how whitespace was laid out, because the judges compare cleaned,
lower-cased text. A long part (a looping phrase) is marked everywhere it occurs, so the repetition
itself stands out; a short one only where it first occurs. Overlapping marks merge.
"""

from __future__ import annotations

import re

SHORT_SPAN = 5  # parts shorter than this many characters are marked once
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*")


def parts(span: str) -> list[str]:
    """The fixed parts of a span, without its "..." placeholders."""
    return [part.strip() for part in _ELLIPSIS.split(span) if part.strip()]


def _pattern(part: str) -> re.Pattern:
    """Words in order, separated by any whitespace or punctuation; either apostrophe matches."""
    words = ("".join("['’]" if ch in "'’" else re.escape(ch) for ch in word) for word in part.split())
    return re.compile(r"\W+".join(words), re.IGNORECASE)


def marked_ranges(text: str, spans: list[str]) -> list[tuple[int, int]]:
    ranges = []
    for span in spans:
        for part in parts(span):
            found = [(m.start(), m.end()) for m in _pattern(part).finditer(text) if m.end() > m.start()]
            ranges += found if len(part) >= SHORT_SPAN else found[:1]
    return _merge(ranges)


def segments(text: str, spans: list[str]) -> list[tuple[str, bool]]:
    """`text` as consecutive (piece, marked) pairs; joined, the pieces give back `text`."""
    pieces, position = [], 0
    for start, end in marked_ranges(text, spans):
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text) or not pieces:
        pieces.append((text[position:], False))
    return pieces


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
