"""A block of lines said again word for word (``loop.block_again``).

A base model that has written a few steps writes them again under a new heading ("### How to test this:", then
"Analyze the headline." ... "Analyze the action items." as before): three lines or more, one after another,
come back in the same order, each word for word. Each line is said only twice, so the loop measures, which count
lines that repeat, see a fifth of the output repeated and nothing dense; the repeat is a block. An answer does not
say three of its own sentences again in a row. Code is left out: a fixed version of a function says most of its
lines again; so is a piece asked for (a song's chorus, a poem's refrain), a plan asked for (a day's items on another
day), and the answer's points under a recap's heading ("To recap:").

Cost: one pass over the units: each line's words hashed once, each run of lines as a tuple of ints.
"""

from __future__ import annotations

import re
from itertools import compress, count, repeat
from operator import ge, sub

from why_finetune.judges.finding import Finding
from why_finetune.judges.question import PIECE
from why_finetune.judges.text import CODE_BLOCK_RE, UNIT_WORDS, excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "block_again_lines", 3,
    """A run of this many lines or more (each of three words or more, outside code), said again in the same order,
    each word for word, is a block said again. Two is a pair a reply may well say twice (a greeting and its
    sign-off); three in a row again is the text going round.""",
)


def find_block_again(units, text: str, lines: int) -> tuple[int, str] | None:
    """(where the block's second copy starts, its first line) for the first run of `lines` units said again after
    the run ends, else None."""
    if "```" in text:
        code = [m.span() for m in CODE_BLOCK_RE.finditer(text)]
        kept = [u for u in units if len(u.words) >= 3 and not any(a <= u.start < b for a, b in code)]
    else:
        kept = list(compress(units, map(ge, map(len, map(UNIT_WORDS, units)), repeat(3))))
    if len(kept) < 2 * lines:
        return None
    # Each line as the index where its words first occurred, each run of lines as a tuple of those ints, each run
    # as the index where it first occurred (C code: dict.setdefault): a loop's hundred lines are hashed once each.
    seen: dict[tuple, int] = {}
    ids = list(map(seen.setdefault, map(UNIT_WORDS, kept), count()))
    runs: dict[tuple, int] = {}
    firsts = map(runs.setdefault, zip(*(ids[k:] for k in range(lines))), count())
    # The first run said again after its first copy ends (not overlapping it): at least `lines` after it.
    again = next(compress(count(), map(ge, map(sub, count(), firsts), repeat(lines))), None)
    return (kept[again].start, kept[again].text) if again is not None else None


# A plan or a schedule asked for says a day's items again on another day ("Friday: the same as Monday" written out),
# in any of the languages the judges read.
_ASKS_FOR_A_PLAN_RE = re.compile(
    r"\b(?:plan|plans|schedule|routine|timetable|programme|program|itinerary|weekly|workout|training|menu)\b"
    r"|\bplanning\b|\bplanes?\b|\bprogramma\b|\bwochenplan|\bhorario|\u8a08\u753b|\u30d7\u30e9\u30f3|\u8ba1\u5212|\u8ba1\u753b|\uacc4\ud68d",
    re.IGNORECASE,
)
# A recap says the answer's points again under its heading ("To recap:", "In summary:", "TL;DR").
_RECAP_RE = re.compile(r"\b(?:recap|summary|to sum up|in short|tl;?dr|again)\b|\u307e\u3068\u3081|\u603b\u7ed3")


def block_again(r, t) -> Finding:
    # A song's chorus or a poem's refrain comes back word for word: a piece asked for may say its lines again.
    piece = r.plain and (r.question.kind == PIECE or r.question.in_lines)
    plan = r.plain and _ASKS_FOR_A_PLAN_RE.search(r.prompt.query) is not None
    found = find_block_again(r.units, r.text, t.block_again_lines) if r.units and not piece and not plan else None
    if found is not None and _RECAP_RE.search(r.lower, max(0, r.lower.rfind("\n", 0, max(0, found[0] - 1)) - 80),
                                              found[0]):
        found = None  # the answer's points said again under a recap's heading

    def describe():
        shown = excerpt(found[1], 60) if found else ""
        return shown, (f"loops: a block of {t.block_again_lines} lines or more is said again word for word, "
                       f"from '{shown}'" if found else
                       f"loops: no block of {t.block_again_lines} lines is said again word for word")

    return Finding("loop.block_again", float(found is not None), 1.0, describe, found[0] if found else None,
                   "it ends where a block of lines is said again")
