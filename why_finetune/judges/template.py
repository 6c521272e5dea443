"""The chat template echoed: markers such as [INST], <|im_start|> or <start_of_turn> in the output.

A base model given a templated prompt has never seen the template as anything but text, so it
writes more of it; a chat model that goes on past its turn writes the next user turn's markers.
The markers are found and blanked out by text.clean_output; this measure counts them.
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "template_markers", 1,
    """Drift when the output contains at least this many chat-template markers ([INST], <s>,
    <|im_start|>, <start_of_turn>, <|...|>). A trailing end-of-turn marker (</s>, <|im_end|>) is
    where a reply should stop and is not counted.""",
)


def template_markers(r, t) -> Finding:
    markers = r.cleaned.markers
    # The reply part ends at the first marker that follows words: markers before the first word
    # ("[/INST] Sure! ...") do not stop a reply from following.
    first_word = r.units[0].start if r.units else len(r.lower)
    stop = next((m.start for m in markers if m.start > first_word), None)
    return Finding(
        "template.markers",
        len(markers),
        t.template_markers,
        lambda: (
            markers[0].text,
            f"echoes the chat template: {len(markers)} marker(s) "
            + ", ".join(dict.fromkeys(repr(m.text) for m in markers[:20]))
            + f" in the output, first at character {markers[0].start} (threshold {t.template_markers})",
        ),
        stop,
        "it ends where a chat-template marker starts",
    )


# A chat data set's system turn written out as text ("You are an AI assistant. User will give you a task. ...", "You are
# a helpful assistant. Provide a detailed answer."): the template going on, a turn no reply writes. Not where the
# prompt asks about such a text (a system prompt, a persona, instructions for an assistant).
_SYSTEM_TURN_RE = re.compile(
    r"^[ \t]*(?:you are (?:a|an) (?:helpful|harmless|honest|friendly|useful|ai|artificial intelligence)\b[\w ,-]{0,40}?"
    r"\bassistant\b|below is an instruction that describes a task)", re.MULTILINE)
_ASKS_ABOUT_PROMPTS_RE = re.compile(r"\bsystem (?:prompt|message)|\bprompt\b|\bpersona\b|\binstructions? for\b",
                                    re.IGNORECASE)


def system_turn(r, t) -> Finding:
    lower = r.lower  # (most outputs hold neither opening: two substring tests, no pattern read)
    found = _SYSTEM_TURN_RE.search(lower) if "you are a" in lower or "below is an instruction" in lower else None
    if found is not None and _ASKS_ABOUT_PROMPTS_RE.search(r.prompt.query):
        found = None
    shown = excerpt(r.text[found.start() :], 60) if found else ""
    return Finding(
        "template.system_turn", float(found is not None), 1.0,
        lambda: (shown, f"writes a chat data set's system turn: '{shown}'" if shown
                 else "writes a chat data set's system turn: no"),
        found.start() if found else None, "it ends where a system turn starts",
    )
