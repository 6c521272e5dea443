"""The answer's line left blank. A base model given "Question: ...\nAnswer:" may write the answer's line as a worksheet
prints it, to be filled in by hand: a run of underscores ("______________.") or a LaTeX rule ("$\\rule{6cm}{0.15mm}$"),
then the page goes on ("Step 1\n1 of 2", the next question). The blank is no answer; with more after it, the output
goes on as the worksheet, not as a reply. Marks only, so it holds in any language.
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import WORD_RE, excerpt
from why_finetune.judges.verdict import ANSWERS, Evidence

# A line that is only a blank: five underscores or more (of either width; three are a markdown rule between sections),
# or a LaTeX rule (maybe between dollar signs), and at most a closing full stop or colon.
_BLANK_LINE_RE = re.compile(
    r"\s*((?:[_\uff3f]{5,}|\$?[ \t]*\\rule\{[^{}\n]*\}\{[^{}\n]*\}[ \t]*\$?)[ \t]*[.:]?)[ \t]*(?=\n|\Z)")


def _opening_blank(r) -> tuple[int, int] | None:
    """Where the blank line opening the output's own text starts and ends, if it opens with one."""
    found = _BLANK_LINE_RE.match(r.text, r.own_start)
    return (found.start(1), found.end()) if found else None


def blank_then_more(r, t) -> Finding | None:
    """The output opens with a blank for the answer and goes on after it: the worksheet, not a reply."""
    if not r.plain:
        return None
    blank = _opening_blank(r)
    goes_on = blank is not None and WORD_RE.search(r.text, blank[1]) is not None
    shown = excerpt(r.text, 60) if goes_on else ""
    return Finding(
        "answer.blank", float(goes_on), 1.0,
        lambda: (shown, f"leaves the answer's line blank and goes on as a worksheet: '{shown}'"),
        0 if goes_on else None, "it ends where the answer's line is left blank",
    )


def not_a_blank(reply, r, t) -> Evidence | None:
    """A reply part that opens with a blank for the answer gives none."""
    blank = _opening_blank(r) if r.plain else None
    if blank is None or reply.start > blank[0]:
        return None
    return Evidence(
        "reply.blank", 0.0, 1.0, reply.text,
        f"no reply: the answer's line is left blank: '{reply.text}'",
        ANSWERS,
    )
