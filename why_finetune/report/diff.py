"""A word-level diff between a stored snapshot's output and the output shown now.

Words keep the whitespace that follows them, so joining the "equal" and "delete" pieces gives back
the old text exactly, and joining "equal" and "insert" gives back the new one.
"""

from __future__ import annotations

import difflib
import re

_WORD = re.compile(r"\s+|\S+\s*")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pieces with op in "equal", "delete", "insert"; runs of one op are joined."""
    a, b = words(old), words(new)
    pieces: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            _add(pieces, "equal", "".join(a[i1:i2]))
        else:
            _add(pieces, "delete", "".join(a[i1:i2]))
            _add(pieces, "insert", "".join(b[j1:j2]))
    return pieces


def changed_words(pieces: list[tuple[str, str]]) -> tuple[int, int]:
    """(words removed, words added)."""
    removed = sum(len(text.split()) for op, text in pieces if op == "delete")
    added = sum(len(text.split()) for op, text in pieces if op == "insert")
    return removed, added


def elide(pieces: list[tuple[str, str]], context: int = 6) -> list[tuple[str, str]]:
    """Long unchanged stretches cut to `context` words either side, with "…" ("skip") between."""
    result = []
    for index, (op, text) in enumerate(pieces):
        ws = words(text)
        if op != "equal" or len(ws) <= 2 * context + 1:
            result.append((op, text))
            continue
        head = "".join(ws[:context]) if index > 0 else ""
        tail = "".join(ws[-context:]) if index < len(pieces) - 1 else ""
        if head:
            result.append(("equal", head))
        result.append(("skip", "…"))
        if tail:
            result.append(("equal", tail))
    return result


def _add(pieces: list[tuple[str, str]], op: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1][0] == op:
        pieces[-1] = (op, pieces[-1][1] + text)
    else:
        pieces.append((op, text))
