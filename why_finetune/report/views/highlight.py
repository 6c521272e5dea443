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


def labelled_segments(text: str, spans: list[str]) -> list[tuple[str, int | None]]:
    """`text` as consecutive (piece, index) pairs: the index in `spans` of the span that marks the
    piece (where spans overlap, the earlier one), None for unmarked text. Joined, the pieces give `text`."""
    owner: list[int | None] = [None] * len(text)
    for index, span in enumerate(spans):
        for start, end in marked_ranges(text, [span]):
            for position in range(start, end):
                if owner[position] is None:
                    owner[position] = index
    pieces: list[tuple[str, int | None]] = []
    start = 0
    for position in range(1, len(text) + 1):
        if position == len(text) or owner[position] != owner[start]:
            pieces.append((text[start:position], owner[start]))
            start = position
    return pieces or [(text, None)]


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
