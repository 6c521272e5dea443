"""A word-level diff between a stored snapshot's output and the output shown now.

Words and the whitespace between them are separate tokens, so a changed word is marked alone
("a [-cat-]{+dog+} to"), and joining the "equal" and "delete" pieces gives back the old text
exactly, and joining "equal" and "insert" the new one.
"""

from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"\s+|\S+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pieces with op in "equal", "delete", "insert"; runs of one op are joined.

    Lines are matched first and words only within changed lines, so a word changed on every line
    of a loop shows as that word, line after line, not as a reshuffle of the whole text.
    """
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    pieces: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            _add(pieces, "equal", "".join(a[i1:i2]))
        elif tag == "replace" and i2 - i1 == j2 - j1:
            for one, two in zip(a[i1:i2], b[j1:j2]):
                _words(pieces, one, two)
        else:
            _words(pieces, "".join(a[i1:i2]), "".join(b[j1:j2]))
    return pieces


def _words(pieces: list[tuple[str, str]], old: str, new: str) -> None:
    a, b = tokens(old), tokens(new)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            _add(pieces, "equal", "".join(a[i1:i2]))
        else:
            _add(pieces, "delete", "".join(a[i1:i2]))
            _add(pieces, "insert", "".join(b[j1:j2]))


def changed_words(pieces: list[tuple[str, str]]) -> tuple[int, int]:
    """(words removed, words added)."""
    removed = sum(len(text.split()) for op, text in pieces if op == "delete")
    added = sum(len(text.split()) for op, text in pieces if op == "insert")
    return removed, added


def elide(pieces: list[tuple[str, str]], context: int = 6) -> list[tuple[str, str]]:
    """Long unchanged stretches cut to `context` words either side, with "…" ("skip") between."""
    result = []
    for index, (op, text) in enumerate(pieces):
        words = [m for m in re.finditer(r"\S+", text)]
        if op != "equal" or len(words) <= 2 * context + 1:
            result.append((op, text))
            continue
        head = text[:words[context - 1].end()] if index > 0 and context else ""
        tail = text[words[-context].start():] if index < len(pieces) - 1 and context else ""
        if head:
            result.append(("equal", head + " "))
        result.append(("skip", "…"))
        if tail:
            result.append(("equal", " " + tail))
    return result


def _add(pieces: list[tuple[str, str]], op: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1][0] == op:
        pieces[-1] = (op, pieces[-1][1] + text)
    else:
        pieces.append((op, text))
