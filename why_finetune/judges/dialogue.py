"""Dialogues: whose turn the output is, and where it starts writing other people's turns.

A dialogue prompt is a transcript of labelled lines ("Agent: ...", "Customer: ...") that ends on
an open turn ("Agent:"). The model is asked to say that speaker's next line, and only that. A base
model writes both sides: its output soon contains "Customer: ..." lines. A chat model may too,
after a good first turn.

For a plain question there is no transcript, but a base model often carries on as if it were one:
"Q: ... A: ...", "User: ...". A line that opens with a *user-side* label is the model writing the
asker's next turn. Assistant-side labels ("Answer:", "A:", "Assistant:") alone are not counted: a
reply may legitimately be headed "Answer:".

Labels are only recognised at the start of a line, case-insensitively ("customer:" counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from why_finetune.judges.text import Cleaned, excerpt

_PROMPT_LINE_RE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z0-9 _'-]{0,30}?)[ \t]*:[ \t]*(.*)$", re.MULTILINE)

USER_SIDE_LABELS = frozenset(
    {"user", "human", "q", "question", "me", "customer", "client", "instruction", "prompt", "input", "student"}
)


@dataclass(frozen=True)
class Dialogue:
    speakers: frozenset[str]  # lower-case labels
    role: str  # lower-case label of the speaker the model must play
    role_label: str  # as written in the prompt, for messages


@lru_cache(maxsize=256)
def parse_dialogue(query: str) -> Dialogue | None:
    """The transcript's speakers and the role to play, or None if the query is not a dialogue.

    A dialogue has at least two labelled lines by at least two speakers, and labelled lines make up
    at least half of its non-empty lines. The role to play is the label of the last line when that
    line is an open turn ("Agent:"); otherwise, with exactly two speakers, the one who did not
    speak last.
    """
    lines = [ln for ln in query.splitlines() if ln.strip()]
    labelled = [(m.group(1), m.group(2)) for m in _PROMPT_LINE_RE.finditer(query)]
    if len(labelled) < 2 or len(labelled) * 2 < len(lines):
        return None
    names = {label.lower(): label for label, _ in labelled}
    if len(names) < 2:
        return None
    last_label, last_text = labelled[-1]
    if not last_text.strip():
        role = last_label
    elif len(names) == 2:
        role = next(label for key, label in names.items() if key != last_label.lower())
    else:
        return None
    return Dialogue(frozenset(names), role.lower(), role)


@dataclass(frozen=True)
class Turns:
    first_turn_start: int  # where the output's own first turn starts (after an own-role label)
    first_turn_end: int  # where the first labelled turn starts (len(text) if none)
    other_turns: int  # lines opened by another speaker's label
    first_other: str  # that first line, for evidence
    first_other_at: int | None


def find_turns(cleaned: Cleaned, dialogue: Dialogue | None) -> Turns:
    """Scan the output's labelled lines.

    For a dialogue, "other" means any transcript speaker but the role; for a plain question, any
    user-side label. The first turn is the text before the first labelled line, after an optional
    leading label of the role itself ("Agent: I see ..." is still the agent's first turn).
    """
    lower = cleaned.lower
    if dialogue is not None:
        speakers, own = dialogue.speakers, dialogue.role
    else:
        speakers, own = USER_SIDE_LABELS, ""
    start = 0
    first_turn_end = len(lower)
    other = 0
    first_other = ""
    first_other_at = None
    if ":" not in lower:
        return Turns(0, first_turn_end, 0, "", None)
    lead = len(lower) - len(lower.lstrip())  # offset of the output's first visible character
    pos = 0
    for line in lower.split("\n"):  # faster than a MULTILINE regex over the whole text
        line_start = pos
        pos += len(line) + 1
        colon = line.find(":", 0, 40)
        if colon < 0:
            continue
        label = line[:colon].strip()  # compared with known labels only, so no regex needed
        if label not in speakers and label != own:
            continue
        if label == own and line_start + len(line) - len(line.lstrip()) == lead:
            start = line_start + colon + 1  # the output re-states its own label first
            continue
        if first_turn_end == len(lower):
            first_turn_end = line_start
        if label != own:
            other += 1
            if first_other_at is None:
                first_other_at = line_start
                first_other = excerpt(cleaned.text[line_start : pos - 1])
    return Turns(start, max(first_turn_end, start), other, first_other, first_other_at)
